// Each authorization-request check alone, table-driven: the parameters that pass and what they store,
// and every refusal with its exact error and description (lib/oauth/authorization-request/checks.ts).
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { ownDatabase } from "@/test/support/own-database";
import { ZInstitutionSettings } from "@/lib/institutions/settings";
import type { TClient } from "@/lib/oauth/clients/load-client";
import { SingleUse } from "@/lib/oauth/endpoints/single-use";
import { OAuthError } from "@/lib/oauth/errors/oauth-errors";
import { checkAuthorizationDetails } from "./check-authorization-details";
import { checkChannel } from "./check-channel";
import { checkDpopBinding } from "./check-dpop-binding";
import { checkGrantManagement } from "./check-grant-management";
import { checkNoRequestObject } from "./check-no-request-object";
import { checkPkce } from "./check-pkce";
import { checkRedirectUri } from "./check-redirect-uri";
import { checkResponseType } from "./check-response-type";
import { checkScope } from "./check-scope";
import { checkSecurityProfile } from "./check-security-profile";
import { checkState } from "./check-state";
import { AUTHORIZATION_CHECKS } from "./checks";
import type { TAuthorizationCheck, TAuthorizationRequest } from "./context";

beforeAll(() => ownDatabase());

const REDIRECT = "https://aggregator.example/cb";
const CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
const client: TClient = {
  id: "row-1", clientId: "client-1", clientName: "テスト", aggregatorName: "テスト株式会社", registrationNumber: "第1号",
  redirectUris: [REDIRECT], jwks: null, jwksUri: null, authMethod: "private_key_jwt", tlsClientAuthSubjectDn: null, secretHash: null,
  sandbox: false, channels: ["personal"], scope: ["balances", "transactions"], status: "active", securityProfile: "fapi2", securityProfileSunsetAt: null,
};
const settings = (channels: ("personal" | "corporate")[]) => ZInstitutionSettings.parse({ channels, login: {}, steps: {} });

function ctx(form: Record<string, string>, overrides: Partial<TAuthorizationRequest> = {}): TAuthorizationRequest {
  return { form, request: new Request("http://localhost:3000/sakura/oauth/par", { method: "POST" }), singleUse: new SingleUse(), client, via: "par", institution: { id: "inst-1", settings: settings(["personal", "corporate"]) }, params: {}, ...overrides };
}

async function refusal(check: TAuthorizationCheck, c: TAuthorizationRequest): Promise<[string, string] | "passed"> {
  try {
    await check(c);
    return "passed";
  } catch (error) {
    if (error instanceof OAuthError) return [error.error, error.description];
    throw error;
  }
}

describe("the authorization checks", () => {
  it("run in the specifications' order, each named with its reference", () => {
    expect(AUTHORIZATION_CHECKS.map(([name]) => name.split(" (")[0])).toEqual([
      "the client's security profile allows this request", "no request_uri or request object inside", "response_type is code", "redirect_uri registered, exact match", "scope within the client's",
      "PKCE with S256", "code bound to a DPoP key when one is named", "channel offered by client and institution",
      "authorization_details of type account_information", "state bounded", "grant_management_action create or replace",
    ]);
  });
});

type TRow = [string, TAuthorizationCheck, Record<string, string>, [string, string] | "passed"];
const table: TRow[] = [
  ["no request object: none", checkNoRequestObject, {}, "passed"],
  ["no request object: request_uri", checkNoRequestObject, { request_uri: "urn:x" }, ["invalid_request", "request_uri must not be sent to the pushed authorization request endpoint"]],
  ["no request object: request", checkNoRequestObject, { request: "a.b.c" }, ["invalid_request", "request objects are not supported"]],
  ["response_type code", checkResponseType, { response_type: "code" }, "passed"],
  ["response_type missing", checkResponseType, {}, ["invalid_request", "missing response_type"]],
  ["response_type token", checkResponseType, { response_type: "token" }, ["unsupported_response_type", "response_type must be code"]],
  ["response_type code id_token", checkResponseType, { response_type: "code id_token" }, ["unsupported_response_type", "response_type must be code"]],
  ["redirect_uri registered", checkRedirectUri, { redirect_uri: REDIRECT }, "passed"],
  ["redirect_uri missing", checkRedirectUri, {}, ["invalid_request", "missing redirect_uri"]],
  ["redirect_uri prefix only", checkRedirectUri, { redirect_uri: `${REDIRECT}/more` }, ["invalid_request", "redirect_uri is not registered for this client"]],
  ["redirect_uri other case", checkRedirectUri, { redirect_uri: REDIRECT.toUpperCase() }, ["invalid_request", "redirect_uri is not registered for this client"]],
  ["scope both", checkScope, { scope: "balances transactions" }, "passed"],
  ["scope missing", checkScope, {}, ["invalid_scope", "missing scope: ask for balances and/or transactions"]],
  ["scope blank", checkScope, { scope: "  " }, ["invalid_scope", "missing scope: ask for balances and/or transactions"]],
  ["scope unknown", checkScope, { scope: "balances payments" }, ["invalid_scope", "unknown scope payments"]],
  ["PKCE S256", checkPkce, { code_challenge: CHALLENGE, code_challenge_method: "S256" }, "passed"],
  ["PKCE missing", checkPkce, { code_challenge_method: "S256" }, ["invalid_request", "missing code_challenge (PKCE is required)"]],
  ["PKCE plain", checkPkce, { code_challenge: CHALLENGE, code_challenge_method: "plain" }, ["invalid_request", "code_challenge_method must be S256"]],
  ["PKCE no method", checkPkce, { code_challenge: CHALLENGE }, ["invalid_request", "code_challenge_method must be S256"]],
  ["PKCE short challenge", checkPkce, { code_challenge: "abc", code_challenge_method: "S256" }, ["invalid_request", "code_challenge must be a base64url SHA-256"]],
  ["channel personal", checkChannel, { channel: "personal" }, "passed"],
  ["channel none", checkChannel, {}, "passed"],
  ["channel unknown", checkChannel, { channel: "business" }, ["invalid_request", "channel must be personal or corporate"]],
  ["channel not the client's", checkChannel, { channel: "corporate" }, ["unauthorized_client", "the client is not registered for the corporate channel"]],
  ["authorization_details none", checkAuthorizationDetails, {}, "passed"],
  ["authorization_details account_information", checkAuthorizationDetails, { authorization_details: '[{"type":"account_information"}]' }, "passed"],
  ["authorization_details not JSON", checkAuthorizationDetails, { authorization_details: "[" }, ["invalid_authorization_details", "authorization_details is not JSON"]],
  ["authorization_details other type", checkAuthorizationDetails, { authorization_details: '[{"type":"payment_initiation"}]' }, ["invalid_authorization_details", "authorization_details must be a list of account_information objects"]],
  ["authorization_details empty list", checkAuthorizationDetails, { authorization_details: "[]" }, ["invalid_authorization_details", "authorization_details must be a list of account_information objects"]],
  ["state 512", checkState, { state: "s".repeat(512) }, "passed"],
  ["state 513", checkState, { state: "s".repeat(513) }, ["invalid_request", "state is too long"]],
  ["grant management none", checkGrantManagement, {}, "passed"],
  ["grant management create", checkGrantManagement, { grant_management_action: "create" }, "passed"],
  ["grant management grant_id without replace", checkGrantManagement, { grant_id: "g" }, ["invalid_request", "grant_id needs grant_management_action=replace"]],
  ["grant management merge", checkGrantManagement, { grant_management_action: "merge", grant_id: "g" }, ["invalid_request", "grant_management_action must be create or replace (merge is not supported)"]],
  ["grant management replace without id", checkGrantManagement, { grant_management_action: "replace" }, ["invalid_request", "grant_management_action=replace needs grant_id"]],
  ["grant management replace unknown grant", checkGrantManagement, { grant_management_action: "replace", grant_id: "no-such-grant" }, ["invalid_grant_id", "grant_id is unknown, not this client's, or no longer active"]],
  ["dpop_jkt alone", checkDpopBinding, { dpop_jkt: CHALLENGE }, "passed"],
  ["dpop_jkt malformed", checkDpopBinding, { dpop_jkt: "short" }, ["invalid_request", "dpop_jkt is malformed"]],
];

describe.each(table)("%s", (_name, check, form, expected) => {
  it(expected === "passed" ? "passes" : `is refused with ${expected[0]}`, async () => {
    expect(await refusal(check, ctx(form))).toEqual(expected);
  });
});

describe("what the checks store", () => {
  it("fills in the parameters to keep with the request", async () => {
    const c = ctx({ redirect_uri: REDIRECT, scope: "transactions", code_challenge: CHALLENGE, code_challenge_method: "S256", channel: "personal", state: "xyz" });
    for (const check of [checkRedirectUri, checkScope, checkPkce, checkChannel, checkState]) await check(c);
    expect(c.params).toEqual({ redirectUri: REDIRECT, scopes: ["transactions"], codeChallenge: CHALLENGE, channel: "personal", state: "xyz" });
  });

  it("refuses a client that shares no channel with the institution", async () => {
    const c = ctx({}, { institution: { id: "inst-1", settings: settings(["corporate"]) } });
    expect(await refusal(checkChannel, c)).toEqual(["unauthorized_client", "the client's channels are not offered by this institution"]);
  });

  it("binds the code to the DPoP proof's key, and refuses a dpop_jkt of another key", async () => {
    const { privateKey, publicKey } = await generateKeyPair("ES256");
    const jwk = await exportJWK(publicKey);
    const url = `${process.env.RENKEI_ORIGIN}/sakura/oauth/par`;
    const proof = () => new SignJWT({ htm: "POST", htu: url, iat: Math.floor(Date.now() / 1000), jti: crypto.randomUUID() })
      .setProtectedHeader({ alg: "ES256", typ: "dpop+jwt", jwk }).sign(privateKey);
    const request = async () => new Request(url, { method: "POST", headers: { dpop: await proof() } });
    const bound = ctx({}, { request: await request() });
    await checkDpopBinding(bound);
    expect(bound.params.dpopJkt).toBe(await calculateJwkThumbprint(jwk));
    expect(await refusal(checkDpopBinding, ctx({ dpop_jkt: CHALLENGE }, { request: await request() }))).toEqual(["invalid_dpop_proof", "dpop_jkt does not match the DPoP proof's key"]);
  });
});

describe("the security profile check", () => {
  const baseline = (sunsetAt: Date | null): TClient => ({ ...client, securityProfile: "baseline", securityProfileSunsetAt: sunsetAt, authMethod: "client_secret_basic" });
  const inAYear = new Date(Date.now() + 365 * 86_400_000);
  const baselineOff = ZInstitutionSettings.parse({ channels: ["personal"], login: {}, steps: {}, profiles: { baseline: { enabled: false } } });
  const rows: [string, Partial<TAuthorizationRequest>, [string, string] | "passed"][] = [
    ["fapi2 through PAR", {}, "passed"],
    ["fapi2 as query parameters", { via: "query" }, ["invalid_request", "this client must push its authorization request (PAR, RFC 9126)"]],
    ["baseline as query parameters", { via: "query", client: baseline(inAYear) }, "passed"],
    ["baseline through PAR", { client: baseline(inAYear) }, "passed"],
    ["baseline past its sunset (the end of 2026-11-30 JST)", { via: "query", client: baseline(new Date("2026-11-30T15:00:00Z")) },
      ["unauthorized_client", "the baseline security profile of this client ended after 2026-11-30 (JST, its sunset date); re-register the client with security_profile fapi2"]],
    ["baseline at an institution that turned it off", { client: baseline(inAYear), institution: { id: "inst-1", settings: baselineOff } },
      ["unauthorized_client", "the baseline security profile is turned off at this institution; register the client with security_profile fapi2"]],
  ];
  it.each(rows)("%s", async (_name, overrides, expected) => {
    expect(await refusal(checkSecurityProfile, ctx({}, overrides))).toEqual(expected);
  });

  it("does not read a DPoP header on a request that came through the browser (dpop_jkt alone binds it)", async () => {
    const c = ctx({ dpop_jkt: CHALLENGE }, { via: "query", request: new Request("http://localhost:3000/sakura/oauth/authorize", { headers: { dpop: "not.a.proof" } }) });
    await checkDpopBinding(c);
    expect(c.params.dpopJkt).toBe(CHALLENGE);
  });
});
