// Single-use things under a crowd (docs/house-style.md, Data): 100 concurrent redemptions of one code, 100 uses of one
// request_uri, 100 requests carrying one DPoP proof — exactly one wins each time.
import { describe, expect, inject, it } from "vitest";
import { dpopProof, seedGrant } from "../api/builders";
import { code, issuerOf, par, rawClient, REDIRECT, testKey, tokenRequest } from "../oauth/raw-client";

describe("races", () => {
  it("one code, 100 redemptions: one token response", async () => {
    const c = await rawClient();
    const key = await testKey();
    const issued = await code(c, key);
    const form = { grant_type: "authorization_code", code: issued.code, redirect_uri: REDIRECT, code_verifier: issued.verifier };
    const results = await Promise.all(Array.from({ length: 100 }, () => tokenRequest(c, form, key)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status !== 200 && r.body.error !== "invalid_grant").map((r) => r.body)).toEqual([]);
  });

  it("one request_uri, 100 uses: one interaction", async () => {
    const c = await rawClient();
    const pushed = await par(c);
    const url = `${issuerOf("sakura")}/oauth/authorize?client_id=${c.clientId}&request_uri=${encodeURIComponent(String(pushed.body.request_uri))}`;
    // the losers get the authorization endpoint's 400 error page (RFC 9700 §4.11: never a redirect)
    const statuses = await Promise.all(Array.from({ length: 100 }, async () => (await fetch(url, { redirect: "manual" })).status));
    expect(statuses.filter((s) => s === 303)).toHaveLength(1);
    expect(statuses.filter((s) => s === 400)).toHaveLength(99);
  });

  it("one DPoP proof, 100 API calls: one answer", async () => {
    const grant = await seedGrant();
    const url = `${inject("baseUrl")}/${grant.slug}/api/v1/accounts`;
    const proof = await dpopProof(grant.key, "GET", url, grant.token);
    const statuses = await Promise.all(Array.from({ length: 100 }, async () => (await fetch(url, { headers: { authorization: `DPoP ${grant.token}`, dpop: proof } })).status));
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 401)).toHaveLength(99);
  });
});
