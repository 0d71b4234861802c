// FAPI Grant Management: grant_management_action in the PAR (create / replace, no merge), the
// invalid_grant_id error, and query/revoke limited to the grant's own client.
import * as client from "openid-client";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { code, par, rawClient, REDIRECT, testKey, tokenRequest } from "./raw-client";
import { baseUrl, issuerOf, registerTestClient, runToCode } from "./helpers";

describe("grant_management_action in the PAR", () => {
  it("replace keeps the grant's id, with only the new consent, and ends what the old one issued", async () => {
    const c = await rawClient();
    const key = await testKey();
    const first = await code(c, key);
    const t1 = await tokenRequest(c, { grant_type: "authorization_code", code: first.code, redirect_uri: REDIRECT, code_verifier: first.verifier }, key);
    expect(t1.body.grant_id).toBe(first.grantId);

    const second = await code(c, key, { grant_management_action: "replace", grant_id: first.grantId });
    expect(second.grantId).toBe(first.grantId);
    const t2 = await tokenRequest(c, { grant_type: "authorization_code", code: second.code, redirect_uri: REDIRECT, code_verifier: second.verifier }, key);
    expect(t2.status).toBe(200);
    expect(t2.body.grant_id).toBe(first.grantId);
    expect(await db.grant.findUniqueOrThrow({ where: { id: first.grantId } })).toMatchObject({ status: "active", revokedAt: null });
    // the first consent's refresh token died with it; the new one works
    const oldRefresh = await tokenRequest(c, { grant_type: "refresh_token", refresh_token: String(t1.body.refresh_token) }, key);
    expect(oldRefresh.body).toMatchObject({ error: "invalid_grant" });
    const newRefresh = await tokenRequest(c, { grant_type: "refresh_token", refresh_token: String(t2.body.refresh_token) }, key);
    expect(newRefresh.status).toBe(200);
  });

  it("create (or no action) makes a new grant that replaces the old one", async () => {
    const c = await rawClient();
    const key = await testKey();
    const first = await code(c, key);
    const second = await code(c, key, { grant_management_action: "create" });
    expect(second.grantId).not.toBe(first.grantId);
    expect(await db.grant.findUniqueOrThrow({ where: { id: first.grantId } })).toMatchObject({ status: "replaced", revokedBy: "replaced" });
  });

  it.each([
    ["merge", { grant_management_action: "merge", grant_id: "x".repeat(22) }, "invalid_request"],
    ["an unknown action", { grant_management_action: "update" }, "invalid_request"],
    ["replace without grant_id", { grant_management_action: "replace" }, "invalid_request"],
    ["grant_id without an action", { grant_id: "x".repeat(22) }, "invalid_request"],
    ["replace of an unknown grant", { grant_management_action: "replace", grant_id: "x".repeat(22) }, "invalid_grant_id"],
  ])("refuses %s", async (_name, overrides, error) => {
    const res = await par(await rawClient(), overrides);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe(error);
  });

  it("refuses to replace another client's grant, or a revoked one", async () => {
    const a = await rawClient();
    const key = await testKey();
    const issued = await code(a, key);
    const other = await par(await rawClient(), { grant_management_action: "replace", grant_id: issued.grantId });
    expect(other.body).toMatchObject({ error: "invalid_grant_id" });
    await db.grant.update({ where: { id: issued.grantId }, data: { status: "revoked" } });
    expect((await par(a, { grant_management_action: "replace", grant_id: issued.grantId })).body).toMatchObject({ error: "invalid_grant_id" });
  });
});

describe("the grant management endpoint", () => {
  it("answers 404 for another client's grant and 401 without a DPoP-bound token", async () => {
    const owner = await registerTestClient();
    const dpop = client.getDPoPHandle(owner.config, await client.randomDPoPKeyPair("ES256"));
    const run = await runToCode(owner, dpop);
    const tokens = await client.authorizationCodeGrant(owner.config, run.callback, { pkceCodeVerifier: run.verifier, expectedState: run.state }, undefined, { DPoP: dpop });
    const grantId = (tokens as unknown as { grant_id: string }).grant_id;

    const stranger = await registerTestClient();
    const dpop2 = client.getDPoPHandle(stranger.config, await client.randomDPoPKeyPair("ES256"));
    const run2 = await runToCode(stranger, dpop2, "1000000001");
    const theirs = await client.authorizationCodeGrant(stranger.config, run2.callback, { pkceCodeVerifier: run2.verifier, expectedState: run2.state }, undefined, { DPoP: dpop2 });
    const url = new URL(`${issuerOf("sakura")}/grants/${grantId}`);
    const foreign = await client.fetchProtectedResource(stranger.config, theirs.access_token, url, "DELETE", undefined, undefined, { DPoP: dpop2 }).catch((e: { response: Response }) => e.response);
    expect(foreign.status).toBe(404);
    expect((await db.grant.findUniqueOrThrow({ where: { id: grantId } })).status).toBe("active");

    const bearer = await fetch(url, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(bearer.status).toBe(401);
    expect(bearer.headers.get("www-authenticate")).toMatch(/^DPoP /);
  });

  it("advertises the actions it supports", async () => {
    const meta = await (await fetch(`${baseUrl()}/.well-known/oauth-authorization-server/sakura`)).json();
    expect(meta).toMatchObject({ grant_management_actions_supported: ["query", "revoke", "create", "replace"], grant_management_endpoint: `${issuerOf("sakura")}/grants` });
  });
});
