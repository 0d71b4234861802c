// The baseline profile's whole flow as curl commands, for /docs (components/docs/security-profiles.tsx).
// test/oauth/docs-baseline-example.test.ts runs them exactly as shown, as it runs docs/for-aggregators.md's.
export function baselineFlowSnippet(issuer: string): string {
  return `ISSUER=${issuer}
# 1. 登録（client_secret はこの応答でだけ返ります）
curl -s $ISSUER/oauth/register -H "Authorization: Bearer $INITIAL_ACCESS_TOKEN" -H "Content-Type: application/json" \\
  -d '{ "client_name": "家計簿アプリ", "aggregator_name": "株式会社サンプル",
        "aggregator_registration_number": "関東財務局長（電代）第1234号", "redirect_uris": ["https://app.example/callback"],
        "security_profile": "baseline", "token_endpoint_auth_method": "client_secret_basic", "channels": ["personal"] }'
# → 201 { "client_id", "client_secret", "client_secret_expires_at", "security_profile_sunset_at", … }

# 2. PKCE（S256 は必須）と、お客さまを送る認可エンドポイント（クエリパラメータで。PAR も使えます）
VERIFIER=$(openssl rand -base64 48 | tr -d '=+/\\n' | cut -c1-64)
CHALLENGE=$(printf %s "$VERIFIER" | openssl dgst -sha256 -binary | openssl base64 | tr '+/' '-_' | tr -d '=')
echo "$ISSUER/oauth/authorize?response_type=code&client_id=$CLIENT_ID&redirect_uri=https%3A%2F%2Fapp.example%2Fcallback&scope=balances%20transactions&state=xyz&code_challenge=$CHALLENGE&code_challenge_method=S256"
# → redirect_uri?code&state&iss（誤ったリクエストは ?error&error_description&state&iss）

# 3. トークン（DPoP を送らなければ Bearer。既定10分）
curl -s $ISSUER/oauth/token -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=authorization_code \\
  -d code=$CODE -d redirect_uri=https://app.example/callback -d code_verifier=$VERIFIER

# 4. API
curl -s $ISSUER/api/v1/accounts/balances -H "Authorization: Bearer $ACCESS_TOKEN"

# 5. 更新：毎回新しい refresh_token が返ります。送ったものは使用済みです（もう一度使うと連携ごと取り消されます）
curl -s $ISSUER/oauth/token -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=refresh_token -d refresh_token=$REFRESH_TOKEN`;
}
