// /docs: セキュリティプロファイル — fapi2 (FAPI 2.0, the default) and baseline (the dated transitional
// OAuth 2.0 profile), what each requires, and a working example of each: openid-client for fapi2, plain
// curl (client_secret_basic + Bearer) for baseline. The rules are lib/oauth/profile-policy.ts's; more in
// docs/for-aggregators.md ("Security profiles").
const cell = "border px-2 py-1 align-top";
const code = "overflow-x-auto rounded bg-black/5 p-3 text-xs";

const FAPI2 = `import * as client from "openid-client";
const config = await client.discovery(new URL("{issuer}"), clientId,
  { token_endpoint_auth_method: "private_key_jwt" }, client.PrivateKeyJwt({ key: privateKey, kid: "k1" }));
const dpop = client.getDPoPHandle(config, await client.randomDPoPKeyPair("ES256"));
const verifier = client.randomPKCECodeVerifier();
const url = await client.buildAuthorizationUrlWithPAR(config, {
  redirect_uri: "https://app.example/callback", scope: "balances transactions",
  code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: "S256",
}, { DPoP: dpop });
// お客さまを url へ → redirect_uri?code&state&iss
const tokens = await client.authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: verifier }, undefined, { DPoP: dpop });
const res = await client.fetchProtectedResource(config, tokens.access_token,
  new URL("{issuer}/api/v1/accounts/balances"), "GET", undefined, undefined, { DPoP: dpop });`;

const BASELINE = `# 1. 登録（client_secret はこの応答でだけ返ります）
curl -s {issuer}/oauth/register -H "Authorization: Bearer $INITIAL_ACCESS_TOKEN" \\
  -H "Content-Type: application/json" -d '{ "client_name": "家計簿アプリ", "aggregator_name": "株式会社サンプル",
  "aggregator_registration_number": "関東財務局長（電代）第77号", "redirect_uris": ["https://app.example/callback"],
  "security_profile": "baseline", "token_endpoint_auth_method": "client_secret_basic" }'
# → { "client_id", "client_secret", "security_profile_sunset_at", … }

# 2. お客さまを認可エンドポイントへ（クエリパラメータで。PKCE S256 は必須）
{issuer}/oauth/authorize?response_type=code&client_id=$CLIENT_ID&redirect_uri=https%3A%2F%2Fapp.example%2Fcallback&scope=balances&state=$STATE&code_challenge=$CHALLENGE&code_challenge_method=S256

# 3. トークン（DPoP なし → Bearer、10分）
curl -s {issuer}/oauth/token -u "$CLIENT_ID:$CLIENT_SECRET" \\
  -d grant_type=authorization_code -d code=$CODE -d redirect_uri=https://app.example/callback -d code_verifier=$VERIFIER

# 4. API
curl -s {issuer}/api/v1/accounts/balances -H "Authorization: Bearer $ACCESS_TOKEN"

# 5. 更新：毎回新しい refresh_token が返ります。古いものは二度と使わないこと（使うと連携ごと取り消されます）
curl -s {issuer}/oauth/token -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=refresh_token -d refresh_token=$REFRESH_TOKEN`;

export function SecurityProfilesDocs({ origin }: { origin: string }) {
  const issuer = `${origin}/{institution}`;
  const fill = (text: string) => text.replaceAll("{issuer}", issuer);
  return (
    <section aria-labelledby="profiles" className="space-y-4">
      <h2 id="profiles" className="text-2xl font-bold">セキュリティプロファイル (Security profiles)</h2>
      <p>
        クライアントごとに、登録時の <code>security_profile</code> で接続方式を選びます。既定は <code>fapi2</code>（FAPI 2.0 Security Profile）です。
        <code>baseline</code> は、まだ FAPI 2.0 に移行していない連携先のための移行用の方式で、必ず利用期限（<code>security_profile_sunset_at</code>）があります。
        期限を過ぎると、認可・トークン発行・API はすべて期限の日付を示して拒否されます。期限までに <code>fapi2</code> で登録し直すか、金融機関に切り替えを依頼してください（連携中のお客さまの連携はそのまま続きます）。
        金融機関が baseline を提供しているかは、メタデータの <code>security_profiles_supported</code> でわかります。
      </p>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="text-left font-bold">プロファイルごとの違い</caption>
        <thead><tr>{["", "fapi2（既定）", "baseline（移行用）"].map((h) => <th key={h} scope="col" className={`${cell} text-left`}>{h}</th>)}</tr></thead>
        <tbody>
          <tr><th scope="row" className={`${cell} text-left`}>認可リクエスト</th><td className={cell}>PAR のみ（<code>require_pushed_authorization_requests: true</code>）</td><td className={cell}>クエリパラメータでも可（PAR も可）</td></tr>
          <tr><th scope="row" className={`${cell} text-left`}>PKCE・redirect_uri</th><td className={cell} colSpan={2}>どちらも S256 必須、redirect_uri は登録どおり完全一致</td></tr>
          <tr><th scope="row" className={`${cell} text-left`}>クライアント認証</th><td className={cell}>private_key_jwt、tls_client_auth</td><td className={cell}>それに加えて client_secret_basic、client_secret_post（256ビットの秘密を Renkei が発行し、登録の応答で一度だけ返します）</td></tr>
          <tr><th scope="row" className={`${cell} text-left`}>アクセストークン</th><td className={cell}>DPoP（または証明書）に紐づく。<code>Authorization: DPoP</code></td><td className={cell}>DPoP を送らなければ Bearer（RFC 6750）。金融機関の設定の有効期間（既定10分）</td></tr>
          <tr><th scope="row" className={`${cell} text-left`}>リフレッシュトークン</th><td className={cell}>ローテーションしない（連携の有効期限まで）</td><td className={cell}>使うたびに新しいものに替わります。替わった古いものを再び使うと、不正利用とみなして連携ごと取り消します（RFC 9700 §4.14.2）</td></tr>
          <tr><th scope="row" className={`${cell} text-left`}>利用期限</th><td className={cell}>なし</td><td className={cell}>あり（登録時に金融機関の既定、例：1年後。金融機関が変更できます）</td></tr>
        </tbody>
      </table>
      <h3 className="font-bold">fapi2 の例（openid-client）</h3>
      <pre className={code}><code>{fill(FAPI2)}</code></pre>
      <h3 className="font-bold">baseline の例（curl：client_secret_basic と Bearer）</h3>
      <pre className={code}><code>{fill(BASELINE)}</code></pre>
      <p className="text-sm">
        期限切れのときの応答：トークンエンドポイントは <code>400 unauthorized_client</code>（<code>error_description</code> に期限の日付と fapi2 での再登録）、
        API は <code>401</code>（<code>errorMessage</code> と <code>WWW-Authenticate</code> に期限の日付）、お客さまには金融機関の画面で期限の日付を示します。
      </p>
    </section>
  );
}
