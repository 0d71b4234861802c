// The examples of the OpenAPI document (lib/api/openapi.ts) and of /docs: request bodies an aggregator
// copies, and the answers it gets. The request bodies are complete — test/api/docs-flow.test.ts registers
// a client and runs a whole flow with them, changing only what is the client's own (its key, its
// client_id, the signed assertion, the code it received) — and the answers parse with the API's own
// schemas (lib/api/openapi.test.ts).

/** An example public key (P-256). Register your own: only you hold its private half. */
export const EXAMPLE_JWK = { kty: "EC", crv: "P-256", x: "fKrR06h1rjSxSDDYMcXPkEcOB0Kzr-Tbu_kzuzuCvAU", y: "U78DacN7olFMO8M8ZFR_Qqk0HFGCzRd-Pr3sFbvJR7Y", kid: "key-2026-01", alg: "ES256", use: "sig" };

export const EXAMPLE_REDIRECT_URI = "https://app.example.jp/callback";
export const EXAMPLE_CLIENT_ID = "rk_Fh3kq9ZxP0aLmT2v";
// RFC 7636 Appendix B: a code_verifier and its S256 code_challenge (make a fresh pair for every flow)
export const EXAMPLE_CODE_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
export const EXAMPLE_CODE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
const ASSERTION = "eyJhbGciOiJFUzI1NiIsImtpZCI6ImtleS0yMDI2LTAxIn0.eyJpc3MiOiJya19GaDNrcTlaeFAwYUxtVDJ2Ii4uLn0.c2lnbmF0dXJl";
const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

export const registrationExample = {
  client_name: "家計簿アプリ サンプル",
  aggregator_name: "株式会社サンプル",
  aggregator_registration_number: "関東財務局長（電代）第1234号",
  redirect_uris: [EXAMPLE_REDIRECT_URI],
  token_endpoint_auth_method: "private_key_jwt",
  jwks: { keys: [EXAMPLE_JWK] },
  channels: ["personal", "corporate"],
  scope: "balances transactions",
  service_description: "家計簿サービス「サンプル」",
};

export const registrationTlsExample = {
  client_name: "会計ソフト サンプル",
  aggregator_name: "株式会社サンプル",
  aggregator_registration_number: "関東財務局長（電代）第1234号",
  redirect_uris: [EXAMPLE_REDIRECT_URI],
  token_endpoint_auth_method: "tls_client_auth",
  tls_client_auth_subject_dn: "CN=app.example.jp,O=Sample Inc.,C=JP",
  channels: ["corporate"],
};

export const registrationResponseExample = {
  ...registrationExample,
  grant_types: ["authorization_code", "refresh_token"],
  response_types: ["code"],
  client_id: EXAMPLE_CLIENT_ID,
  client_id_issued_at: 1798761600,
};

export const parExample = {
  response_type: "code",
  client_id: EXAMPLE_CLIENT_ID,
  redirect_uri: EXAMPLE_REDIRECT_URI,
  scope: "balances transactions",
  state: "af0ifjsldkj",
  code_challenge: EXAMPLE_CODE_CHALLENGE,
  code_challenge_method: "S256",
  channel: "personal",
  client_assertion_type: ASSERTION_TYPE,
  client_assertion: ASSERTION,
};

export const parResponseExample = { request_uri: "urn:ietf:params:oauth:request_uri:6esc_11ACC5bwc014ltc14eY22c", expires_in: 60 };

export const tokenCodeExample = {
  grant_type: "authorization_code",
  code: "SplxlOBeZQQYbYS6WxSbIA",
  redirect_uri: EXAMPLE_REDIRECT_URI,
  code_verifier: EXAMPLE_CODE_VERIFIER,
  client_assertion_type: ASSERTION_TYPE,
  client_assertion: ASSERTION,
};

export const tokenRefreshExample = {
  grant_type: "refresh_token",
  refresh_token: "8xLOxBtZp8lYq8aWj0GvzE1xUaxQ3RBh6bbm1E4aUs0",
  client_assertion_type: ASSERTION_TYPE,
  client_assertion: ASSERTION,
};

export const tokenResponseExample = {
  access_token: "Kz9h4Qe2mS7b1XyVwR0cT6uN3pLaD8fG5jHkE-oIq_Y",
  token_type: "DPoP",
  expires_in: 300,
  refresh_token: "8xLOxBtZp8lYq8aWj0GvzE1xUaxQ3RBh6bbm1E4aUs0",
  scope: "balances transactions",
  grant_id: "gr_2b7c4e1f9a0d3c5b8e6f",
};

export const revokeExample = { token: tokenRefreshExample.refresh_token, token_type_hint: "refresh_token", client_assertion_type: ASSERTION_TYPE, client_assertion: ASSERTION };
export const introspectExample = { token: tokenResponseExample.access_token, client_assertion_type: ASSERTION_TYPE, client_assertion: ASSERTION };
export const introspectResponseExample = {
  active: true, scope: "balances transactions", client_id: EXAMPLE_CLIENT_ID, token_type: "DPoP", exp: 1798761900, iat: 1798761600,
  sub: "cu_8d1f0b6a", iss: "https://bank.example.jp/sakura", grant_id: "gr_2b7c4e1f9a0d3c5b8e6f", cnf: { jkt: "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I" },
};

export const grantResponseExample = {
  grant_id: tokenResponseExample.grant_id,
  status: "active",
  scopes: [{ scope: "balances transactions" }],
  authorization_details: [{ type: "account_information", accounts: [{ accountId: "acc_1f2e3d4c", branchCode: "001", accountTypeCode: "01", accountNumber: "1234567" }] }],
  created_at: 1798761600,
  expires_at: 1806537600,
};

export const accountsResponseExample = {
  baseDate: "2026-12-01",
  baseTime: "10:15:00+09:00",
  accounts: [
    { accountId: "acc_1f2e3d4c", branchCode: "001", branchName: "本店営業部", accountTypeCode: "01", accountTypeName: "普通預金", accountNumber: "1234567", accountName: "サンプル タロウ", accountNameKana: "ｻﾝﾌﾟﾙ ﾀﾛｳ", currencyCode: "JPY", currencyName: "円" },
  ],
};

export const balancesResponseExample = {
  balances: [
    { accountId: "acc_1f2e3d4c", accountTypeCode: "01", accountTypeName: "普通預金", balance: "1523400", withdrawableAmount: "1523400", previousDayBalance: "1498400", previousMonthBalance: "1320000", currencyCode: "JPY", currencyName: "円", baseDate: "2026-12-01", baseTime: "10:15:00+09:00" },
  ],
};

export const transactionsResponseExample = {
  accountId: "acc_1f2e3d4c", currencyCode: "JPY", currencyName: "円", dateFrom: "2026-11-01", dateTo: "2026-11-30", baseDate: "2026-12-01", baseTime: "10:15:00+09:00",
  hasNext: true, nextItemKey: "eyJkIjoiMjAyNi0xMS0yNSIsImkiOjEyMzR9", count: 2,
  transactions: [
    { transactionDate: "2026-11-25", valueDate: "2026-11-25", transactionType: "1", amount: "250000", remarks: "給与", balance: "1523400", itemKey: "1234" },
    { transactionDate: "2026-11-26", valueDate: "2026-11-26", transactionType: "2", amount: "12000", remarks: "電気料金", balance: "1511400", itemKey: "1235" },
  ],
};

export const apiErrorExample = { errorCode: "date_range_invalid", errorMessage: "照会期間の開始日が終了日より後になっています。" };
export const oauthErrorExample = { error: "invalid_client", error_description: "the client assertion's signature does not verify" };
export const nonceErrorExample = { error: "use_dpop_nonce", error_description: "DPoP proof must carry the server's nonce" };
