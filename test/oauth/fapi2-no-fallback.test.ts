// A fapi2 client cannot fall back to anything the baseline profile allows (lib/oauth/clients/profile-policy.ts),
// even at an institution that offers baseline: not a query-parameter authorization request, not its
// tokens as Bearer tokens, not a client secret, not an unbound token, not a rotated refresh token —
// each with its exact answer.
import { beforeAll, describe, expect, it } from "vitest";
import { SECRET_REFUSED_FOR_FAPI2 } from "@/lib/oauth/client-authentication/authenticate-client";
import { SENDER_CONSTRAINED } from "@/lib/oauth/resource-access/authenticate-resource-request";
import { type TTestKey } from "../api/builders";
import { INITIAL_ACCESS_TOKEN } from "./helpers";
import { challenge, code, issuerOf, post, rawClient, REDIRECT, testKey, tokenRequest, verifier, type TRawClient } from "./raw-client";
import { newAggregator } from "../support/new-aggregator";

let c: TRawClient;
let key: TTestKey;
let tokens: { access: string; refresh: string; grantId: string };
const sakura = () => issuerOf("sakura");
const basic = (secret: string) => `Basic ${Buffer.from(`${c.clientId}:${secret}`).toString("base64")}`;
const DPOP_CHALLENGE = (description: string) => `DPoP algs="ES256 PS256 EdDSA", error="invalid_token", error_description="${description}"`;

beforeAll(async () => {
  c = await rawClient("sakura");
  key = await testKey();
  const issued = await code(c, key);
  const res = await tokenRequest(c, { grant_type: "authorization_code", code: issued.code, redirect_uri: REDIRECT, code_verifier: issued.verifier }, key);
  tokens = { access: String(res.body.access_token), refresh: String(res.body.refresh_token), grantId: issued.grantId };
});

type TAnswer = { status: number; body: unknown; headers?: Record<string, string | null> };
const answer = async (res: Response, headers: string[] = []): Promise<TAnswer> => {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // the authorization endpoint's HTML page: compared by the reason it names
  }
  return { status: res.status, body, ...(headers.length ? { headers: Object.fromEntries(headers.map((h) => [h, res.headers.get(h)])) } : {}) };
};

const table: [string, () => Promise<TAnswer>, TAnswer][] = [
  ["an authorization request as query parameters (no PAR)", async () => {
    const res = await fetch(`${sakura()}/oauth/authorize?${new URLSearchParams({
      client_id: c.clientId, response_type: "code", redirect_uri: REDIRECT, scope: "balances", state: "s", code_challenge: challenge(verifier()), code_challenge_method: "S256",
    })}`, { redirect: "manual" });
    const page = await answer(res, ["location", "x-renkei-error"]);
    return { ...page, body: String(page.body).includes("お手続きに必要な情報が不足しています。") ? "the Japanese error page" : page.body };
  }, { status: 400, body: "the Japanese error page", headers: { location: null, "x-renkei-error": "missing_parameters" } }],

  ["its access token as a Bearer token at the API", async () =>
    answer(await fetch(`${sakura()}/api/v1/accounts`, { headers: { authorization: `Bearer ${tokens.access}` } }), ["www-authenticate"]),
  { status: 401, body: { errorCode: "unauthorized", errorMessage: "アクセストークンが無効です。" }, headers: { "www-authenticate": DPOP_CHALLENGE(SENDER_CONSTRAINED) } }],

  ["its access token as a Bearer token at Grant Management", async () =>
    answer(await fetch(`${sakura()}/grants/${tokens.grantId}`, { headers: { authorization: `Bearer ${tokens.access}` } }), ["www-authenticate"]),
  { status: 401, body: { error: "invalid_token", error_description: SENDER_CONSTRAINED }, headers: { "www-authenticate": DPOP_CHALLENGE(SENDER_CONSTRAINED) } }],

  ["a client secret with client_secret_basic at the token endpoint", async () =>
    answer(await fetch(`${sakura()}/oauth/token`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", authorization: basic("guess") }, body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: tokens.refresh }) })),
  { status: 401, body: { error: "invalid_client", error_description: SECRET_REFUSED_FOR_FAPI2 } }],

  ["a client secret with client_secret_post at the token endpoint", async () => {
    const res = await post(`${sakura()}/oauth/token`, { grant_type: "refresh_token", refresh_token: tokens.refresh, client_id: c.clientId, client_secret: "guess" });
    return { status: res.status, body: res.body };
  }, { status: 401, body: { error: "invalid_client", error_description: SECRET_REFUSED_FOR_FAPI2 } }],

  ["a client secret at the PAR endpoint", async () => {
    const res = await post(`${sakura()}/oauth/par`, { response_type: "code", redirect_uri: REDIRECT, scope: "balances", code_challenge: challenge(verifier()), code_challenge_method: "S256" }, { authorization: basic("guess") });
    return { status: res.status, body: res.body };
  }, { status: 401, body: { error: "invalid_client", error_description: SECRET_REFUSED_FOR_FAPI2 } }],

  ["a token request without DPoP (which would be an unbound Bearer token)", async () => {
    const res = await tokenRequest(c, { grant_type: "refresh_token", refresh_token: tokens.refresh }, null);
    return { status: res.status, body: res.body };
  }, { status: 400, body: { error: "invalid_dpop_proof", error_description: "a DPoP proof is required" } }],

  ["a refresh: no rotation — no new refresh token, and the same one works again", async () => {
    const first = await tokenRequest(c, { grant_type: "refresh_token", refresh_token: tokens.refresh }, key);
    const again = await tokenRequest(c, { grant_type: "refresh_token", refresh_token: tokens.refresh }, key);
    return { status: again.status, body: { first: "refresh_token" in first.body, again: "refresh_token" in again.body, token_type: again.body.token_type } };
  }, { status: 200, body: { first: false, again: false, token_type: "DPoP" } }],

  ["registering fapi2 with client_secret_basic", async () => {
    const res = await fetch(`${sakura()}/oauth/register`, {
      method: "POST", headers: { authorization: `Bearer ${INITIAL_ACCESS_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ client_name: "x", ...newAggregator("x株式会社"), redirect_uris: [REDIRECT], token_endpoint_auth_method: "client_secret_basic" }),
    });
    return answer(res);
  }, { status: 400, body: { error: "invalid_client_metadata", error_description: "token_endpoint_auth_method: client_secret_basic needs security_profile baseline (a fapi2 client uses private_key_jwt or tls_client_auth)" } }],

  ["registering fapi2 with client_secret_post", async () => {
    const res = await fetch(`${sakura()}/oauth/register`, {
      method: "POST", headers: { authorization: `Bearer ${INITIAL_ACCESS_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ client_name: "x", ...newAggregator("x株式会社"), redirect_uris: [REDIRECT], token_endpoint_auth_method: "client_secret_post", security_profile: "fapi2" }),
    });
    return answer(res);
  }, { status: 400, body: { error: "invalid_client_metadata", error_description: "token_endpoint_auth_method: client_secret_post needs security_profile baseline (a fapi2 client uses private_key_jwt or tls_client_auth)" } }],
];

describe("a fapi2 client at an institution that offers baseline", () => {
  it.each(table)("%s", async (_name, run, expected) => {
    expect(await run()).toEqual(expected);
  });
});
