// /docs: セキュリティプロファイル — fapi2 (FAPI 2.0, the default) and baseline (the dated transitional
// OAuth 2.0 profile), what each requires, and a working example of each: openid-client for fapi2, plain
// curl (client_secret_basic + Bearer) for baseline, run as shown by test/oauth/docs-baseline-example.test.ts.
// The rules are lib/oauth/clients/profile-policy.ts's; more in docs/for-aggregators.md ("Security profiles").
import type { TEndpoints } from "@/lib/oauth/endpoints/endpoint-urls";
import { EXAMPLE_JWK } from "@/lib/api/openapi-examples";
import { baselineFlowSnippet } from "./baseline-snippet";
import { STACKED } from "@/components/ui/stacked-table";
import { C, CodeBlock } from "./code-block";
import { DocsSection } from "./docs-section";

const HEADS = ["項目", "fapi2（既定）", "baseline（移行用）"] as const;

const fapi2Snippet = (e: TEndpoints) => `import * as client from "openid-client";
const config = await client.discovery(new URL("${e.issuer}"), clientId,
  { token_endpoint_auth_method: "private_key_jwt" }, client.PrivateKeyJwt({ key: privateKey, kid: "${EXAMPLE_JWK.kid}" }));
const dpop = client.getDPoPHandle(config, await client.randomDPoPKeyPair("ES256"));
const verifier = client.randomPKCECodeVerifier();
const url = await client.buildAuthorizationUrlWithPAR(config, {
  redirect_uri: "https://app.example/callback", scope: "balances transactions",
  code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: "S256",
}, { DPoP: dpop });
// お客さまを url へ → redirect_uri?code&state&iss
const tokens = await client.authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: verifier }, undefined, { DPoP: dpop });
const res = await client.fetchProtectedResource(config, tokens.access_token,
  new URL("${e.api}/accounts/balances"), "GET", undefined, undefined, { DPoP: dpop });`;

const ROWS: [string, string, string][] = [
  ["認可リクエスト", "PAR のみ（登録の応答に require_pushed_authorization_requests: true）", "クエリパラメータでも可（PAR も可）"],
  ["PKCE・redirect_uri", "S256 必須・登録どおり完全一致", "同じ"],
  ["クライアント認証", "private_key_jwt、tls_client_auth", "それに加えて client_secret_basic、client_secret_post（256ビットの秘密を金融機関側で発行し、登録の応答で一度だけ返します）"],
  ["アクセストークン", "DPoP（または証明書）に拘束。Authorization: DPoP", "DPoP を送らなければ Bearer（RFC 6750）。有効期間は金融機関の設定（既定10分）"],
  ["リフレッシュトークン", "ローテーションしない（連携の有効期限まで）", "使うたびに新しいものに替わる。替わった古いものをもう一度使うと、不正利用とみなして連携ごと取り消し（RFC 9700 §4.14.2）"],
  ["利用期限", "なし", "必ずあり（security_profile_sunset_at。登録時に金融機関の既定、例：1年後。金融機関が変更できます）"],
];

export function SecurityProfilesDocs({ endpoints: e }: { endpoints: TEndpoints }) {
  return (
    <DocsSection id="profiles" title="セキュリティプロファイル（fapi2・baseline）">
      <p>
        クライアントごとに、登録の <C>security_profile</C> で接続方式を選びます。既定は <C>fapi2</C>（FAPI 2.0 Security Profile）で、このページのほかの例はすべて fapi2 です。
        <C>baseline</C> は、まだ FAPI 2.0 に移行していない連携先のための移行用の方式で、必ず利用期限があります。
        期限を過ぎると、認可（お客さまには期限の日付を示す画面）、トークン（400 <C>unauthorized_client</C>）、API（401）がすべて期限の日付を示して拒否されます。
        期限までに <C>fapi2</C> で登録し直すか、金融機関に切り替えを依頼してください（連携中のお客さまの連携はそのまま続きます）。
        金融機関が baseline を提供しているかは、メタデータの <C>security_profiles_supported</C> でわかります（提供していなければ baseline の登録は <C>invalid_client_metadata</C>）。
      </p>
      {/* one card per row below 640 px (components/ui/stacked-table.tsx): three columns do not fit a phone */}
      <table className={`${STACKED.table} bg-white`}>
        <caption className={STACKED.caption}>プロファイルごとの違い</caption>
        <thead className={STACKED.thead}><tr>{HEADS.map((h) => <th key={h} scope="col" className={`${STACKED.th} align-top`}>{h}</th>)}</tr></thead>
        <tbody className={STACKED.tbody}>
          {ROWS.map(([what, fapi2, baseline]) => (
            <tr key={what} className={STACKED.row}>
              <th scope="row" className={`${STACKED.rowHeader} align-top`}>{what}</th>
              <td className={`${STACKED.cell} align-top [overflow-wrap:anywhere]`} data-label={HEADS[1]}>{fapi2}</td>
              <td className={`${STACKED.cell} align-top [overflow-wrap:anywhere]`} data-label={HEADS[2]}>{baseline}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CodeBlock label="fapi2 の例（openid-client）" snippet="profile-fapi2">{fapi2Snippet(e)}</CodeBlock>
      <CodeBlock label="baseline の例（curl：client_secret_basic と Bearer）" snippet="profile-baseline">{baselineFlowSnippet(e.issuer)}</CodeBlock>
    </DocsSection>
  );
}
