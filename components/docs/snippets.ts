// The copy-paste code of /docs, written from the OpenAPI document's own examples (lib/api/openapi-examples.ts)
// and this deployment's URLs (lib/oauth/endpoints/endpoint-urls.ts), so what the page shows is what the document says.
// test/api/docs-flow.test.ts runs the key commands and sign.mjs exactly as shown.
import * as ex from "@/lib/api/openapi-examples";
import type { TEndpoints } from "@/lib/oauth/endpoints/endpoint-urls";

const shellQuote = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;

/** -d / --data-urlencode lines for a form body; values named in `vars` become shell variables. */
function formLines(body: Record<string, string>, vars: Record<string, string>): string {
  return Object.entries(body).map(([k, v]) => `  --data-urlencode ${vars[k] ? `"${k}=$${vars[k]}"` : shellQuote(`${k}=${v}`)}`).join(" \\\n");
}

export const keygenSnippet = `# クライアント認証（private_key_jwt）の鍵と、DPoP の鍵（P-256）。秘密鍵は自社で保管します
openssl ecparam -name prime256v1 -genkey -noout -out client-key.pem
openssl ecparam -name prime256v1 -genkey -noout -out dpop-key.pem
# 登録する公開鍵（JWK Set）：jwks.json
node -e 'const c=require("node:crypto");const k=c.createPublicKey(require("node:fs").readFileSync("client-key.pem"));require("node:fs").writeFileSync("jwks.json",JSON.stringify({keys:[{...k.export({format:"jwk"}),kid:"${ex.EXAMPLE_JWK.kid}",alg:"ES256",use:"sig"}]}))'
cat jwks.json`;

export const signSnippet = `// sign.mjs — client_assertion（RFC 7523）と DPoP 証明（RFC 9449）を作ります（npm install jose）
//   CLIENT_ID=… ISSUER=… node sign.mjs assertion
//   node sign.mjs dpop POST <URL> [nonce]          … PAR・トークン
//   node sign.mjs dpop GET <URL> "" <access_token>  … API（ath 付き）
import { createHash, createPrivateKey, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { SignJWT, exportJWK } from "jose";

const [kind, htm, htu, nonce, accessToken] = process.argv.slice(2);
const now = Math.floor(Date.now() / 1000);
if (kind === "assertion") {
  // 登録した鍵で署名。iss = sub = client_id、aud = issuer、jti は毎回新しく、exp は10分以内
  const key = createPrivateKey(readFileSync("client-key.pem"));
  const claims = { iss: process.env.CLIENT_ID, sub: process.env.CLIENT_ID, aud: process.env.ISSUER, jti: randomUUID(), iat: now, exp: now + 300 };
  console.log(await new SignJWT(claims).setProtectedHeader({ alg: "ES256", kid: "${ex.EXAMPLE_JWK.kid}" }).sign(key));
} else if (kind === "dpop") {
  // DPoP の鍵は連携の間ずっと同じものを使う（トークンがこの鍵に拘束される）。証明はリクエストごとに新しく
  const key = createPrivateKey(readFileSync("dpop-key.pem"));
  const { d: _private, ...jwk } = await exportJWK(key);
  const claims = { jti: randomUUID(), htm, htu, iat: now, ...(nonce ? { nonce } : {}), ...(accessToken ? { ath: createHash("sha256").update(accessToken).digest("base64url") } : {}) };
  console.log(await new SignJWT(claims).setProtectedHeader({ typ: "dpop+jwt", alg: "ES256", jwk }).sign(key));
} else {
  console.error("usage: node sign.mjs assertion | node sign.mjs dpop <htm> <htu> [nonce] [access_token]");
  process.exit(2);
}`;

export function registerSnippet(e: TEndpoints): string {
  const body = { ...ex.registrationExample, jwks: "__JWKS__" };
  const json = JSON.stringify(body, null, 2).replace('"__JWKS__"', "$(cat jwks.json)");
  return `# INITIAL_ACCESS_TOKEN は金融機関から受け取った初期アクセストークン
curl -s ${e.registration} \\
  -H "Authorization: Bearer $INITIAL_ACCESS_TOKEN" \\
  -H "Content-Type: application/json" \\
  -d "$(cat <<JSON
${json}
JSON
)"
# → 201 {"client_id":"rk_…", …}   以降 CLIENT_ID として使います`;
}

export function pkceSnippet(): string {
  return `# PKCE：フローごとに新しい code_verifier と、その S256 の code_challenge
CODE_VERIFIER=$(openssl rand -base64 48 | tr '+/' '-_' | tr -d '=\\n')
CODE_CHALLENGE=$(printf %s "$CODE_VERIFIER" | openssl dgst -sha256 -binary | openssl base64 | tr '+/' '-_' | tr -d '=\\n')`;
}

export function parSnippet(e: TEndpoints): string {
  return `export CLIENT_ID=rk_… ISSUER=${e.issuer}
curl -s -X POST ${e.par} \\
  -H "DPoP: $(node sign.mjs dpop POST ${e.par})" \\
${formLines(ex.parExample, { client_id: "CLIENT_ID", code_challenge: "CODE_CHALLENGE", client_assertion: "(node sign.mjs assertion)" })}
# → 201 {"request_uri":"urn:ietf:params:oauth:request_uri:…","expires_in":60}
# 応答の DPoP-Nonce ヘッダーは、次の証明の nonce に使えます（400 use_dpop_nonce のときは必須）`;
}

export function authorizeSnippet(e: TEndpoints): string {
  return `# お客さまのブラウザをここへ（request_uri は URL エンコード）
${e.authorization}?client_id=$CLIENT_ID&request_uri=$REQUEST_URI
# 許可のあと：${ex.EXAMPLE_REDIRECT_URI}?code=…&state=${ex.parExample.state}&iss=${encodeURIComponent(e.issuer)}
#   state が PAR で送ったものと、iss が issuer と同じことを確かめてから code を使う（RFC 9207）
# キャンセルのとき：${ex.EXAMPLE_REDIRECT_URI}?error=access_denied&state=…&iss=…`;
}

export function tokenSnippet(e: TEndpoints): string {
  return `curl -s -X POST ${e.token} \\
  -H "DPoP: $(node sign.mjs dpop POST ${e.token})" \\
${formLines(ex.tokenCodeExample, { code: "CODE", code_verifier: "CODE_VERIFIER", client_assertion: "(node sign.mjs assertion)" })}
# → 200 {"access_token":"…","token_type":"DPoP","expires_in":300,"refresh_token":"…","scope":"balances transactions","grant_id":"…"}`;
}

export function refreshSnippet(e: TEndpoints): string {
  return `curl -s -X POST ${e.token} \\
  -H "DPoP: $(node sign.mjs dpop POST ${e.token})" \\
${formLines(ex.tokenRefreshExample, { refresh_token: "REFRESH_TOKEN", client_assertion: "(node sign.mjs assertion)" })}`;
}

export function apiSnippet(e: TEndpoints): string {
  const url = `${e.api}/accounts/balances`;
  return `# API：Authorization: DPoP <access_token> と、毎回新しい DPoP 証明（ath 付き、htu はクエリなしの URL）
curl -s ${url} \\
  -H "Authorization: DPoP $ACCESS_TOKEN" \\
  -H "DPoP: $(node sign.mjs dpop GET ${url} "" "$ACCESS_TOKEN")"
curl -s "${e.api}/accounts/transactions?accountId=$ACCOUNT_ID&dateFrom=2026-11-01&dateTo=2026-11-30" \\
  -H "Authorization: DPoP $ACCESS_TOKEN" \\
  -H "DPoP: $(node sign.mjs dpop GET ${e.api}/accounts/transactions "" "$ACCESS_TOKEN")"`;
}

export function revokeSnippet(e: TEndpoints): string {
  return `# 連携を停止（リフレッシュトークンの失効で、その連携のトークンはすべて失効）
curl -s -X POST ${e.revocation} \\
${formLines(ex.revokeExample, { token: "REFRESH_TOKEN", client_assertion: "(node sign.mjs assertion)" })}
# または Grant Management
curl -s -X DELETE ${e.grants}/$GRANT_ID \\
  -H "Authorization: DPoP $ACCESS_TOKEN" \\
  -H "DPoP: $(node sign.mjs dpop DELETE ${e.grants}/$GRANT_ID "" "$ACCESS_TOKEN")"`;
}

export function mtlsSnippet(e: TEndpoints): string {
  return `# tls_client_auth：クライアント証明書を提示して mtls_endpoint_aliases（HTTPS リスナー）へ。client_assertion は不要
curl -s --cert client.pem --key client.key -X POST ${e.mtls.token} \\
  -H "DPoP: $(node sign.mjs dpop POST ${e.mtls.token})" \\
  --data-urlencode 'grant_type=authorization_code' --data-urlencode "client_id=$CLIENT_ID" \\
  --data-urlencode "code=$CODE" --data-urlencode ${shellQuote(`redirect_uri=${ex.EXAMPLE_REDIRECT_URI}`)} --data-urlencode "code_verifier=$CODE_VERIFIER"`;
}

export function openidClientSnippet(e: TEndpoints): string {
  return `// openid-client v6（npm install openid-client jose）で、登録済みのクライアントとして1回の連携を行う例
import * as client from "openid-client";
import { importPKCS8 } from "jose";
import { createPrivateKey } from "node:crypto";
import { readFileSync } from "node:fs";

const key = createPrivateKey(readFileSync("client-key.pem")).export({ format: "pem", type: "pkcs8" }).toString();
const config = await client.discovery(new URL("${e.issuer}"), process.env.CLIENT_ID,
  { token_endpoint_auth_method: "private_key_jwt" },
  client.PrivateKeyJwt({ key: await importPKCS8(key, "ES256"), kid: "${ex.EXAMPLE_JWK.kid}" }),
  { algorithm: "oauth2" /*, execute: [client.allowInsecureRequests] … http://localhost のときのみ */ });

const dpop = client.getDPoPHandle(config, await client.randomDPoPKeyPair("ES256")); // 連携の間この鍵を保管
const verifier = client.randomPKCECodeVerifier();
const state = client.randomState();
const url = await client.buildAuthorizationUrlWithPAR(config, {
  redirect_uri: "${ex.EXAMPLE_REDIRECT_URI}", scope: "balances transactions", state,
  code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: "S256",
}, { DPoP: dpop });
// url へお客さまを送り、redirect_uri に戻った URL（callbackUrl）で：
const tokens = await client.authorizationCodeGrant(config, new URL(callbackUrl),
  { pkceCodeVerifier: verifier, expectedState: state }, undefined, { DPoP: dpop });
const res = await client.fetchProtectedResource(config, tokens.access_token,
  new URL("${e.api}/accounts/balances"), "GET", undefined, undefined, { DPoP: dpop });
console.log(await res.json());`;
}
