// An engineer who has never seen Renkei, with /docs alone: the key commands and sign.mjs are run exactly
// as the page shows them, and every request body is the served OpenAPI document's example with only what
// is the client's own put in (its key, its client_id, its signed assertion, its PKCE pair, the code it
// received). Registration, PAR, the customer's consent, token, the API, refresh and revocation.
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { ZBalancesResponse, ZTokenResponse } from "@/lib/api/schemas";
import { consent, startInteraction } from "../oauth/helpers";
import { sampleAggregatorToken } from "../support/sample-aggregator-token";

const baseUrl = () => inject("baseUrl");
type TExamples = Record<string, { value: Record<string, unknown> }>;
type TDoc = { paths: Record<string, Record<string, { requestBody: { content: Record<string, { examples: TExamples }> } }>> };

const unescape = (html: string) => html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, "&");

/** A code block of /docs, by its data-snippet name, as the browser would show it. */
function snippet(html: string, name: string): string {
  const match = html.match(new RegExp(`<code data-snippet="${name.replace(".", "\\.")}">([\\s\\S]*?)</code>`));
  if (!match) throw new Error(`/docs has no snippet ${name}`);
  return unescape(match[1]!.replace(/<!-- -->/g, ""));
}

describe("following /docs alone", () => {
  let doc: TDoc;
  let dir: string;
  const issuer = () => `${baseUrl()}/sakura`;
  const example = (p: string, type: string, name: string): Record<string, unknown> => structuredClone(doc.paths[p]!.post!.requestBody.content[type]!.examples[name]!.value);
  // the documented helper, run as documented
  const sign = (...args: string[]) => execFileSync(process.execPath, ["sign.mjs", ...args], { cwd: dir, env: { ...process.env, CLIENT_ID: clientId, ISSUER: issuer() } }).toString().trim();
  const form = async (url: string, body: Record<string, unknown>, dpop?: string) => {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...(dpop ? { dpop } : {}) }, body: new URLSearchParams(body as Record<string, string>) });
    return { status: res.status, headers: res.headers, body: (await res.json().catch(() => ({}))) as Record<string, string> };
  };
  let clientId = "";

  beforeAll(async () => {
    doc = (await (await fetch(`${baseUrl()}/docs/openapi.json`)).json()) as TDoc;
    const html = await (await fetch(`${baseUrl()}/docs`)).text();
    // a folder inside the checkout, so that sign.mjs finds jose as it would in the engineer's project
    mkdirSync(path.resolve(__dirname, "../../.data/test"), { recursive: true });
    dir = mkdtempSync(path.resolve(__dirname, "../../.data/test/docs-flow-"));
    writeFileSync(path.join(dir, "sign.mjs"), snippet(html, "sign.mjs"));
    execFileSync("bash", ["-euo", "pipefail", "-c", snippet(html, "keygen")], { cwd: dir });
  });

  it("registers, runs the flow, calls the API, refreshes and stops the link", async () => {
    // 5. registration: the example, with the engineer's own public keys
    const registration = example("/oauth/register", "application/json", "private_key_jwt");
    registration.jwks = JSON.parse(readFileSync(path.join(dir, "jwks.json"), "utf8"));
    const registered = await fetch(`${issuer()}/oauth/register`, {
      method: "POST", headers: { authorization: `Bearer ${await sampleAggregatorToken()}`, "content-type": "application/json" }, body: JSON.stringify(registration),
    });
    expect(registered.status).toBe(201);
    clientId = ((await registered.json()) as { client_id: string }).client_id;

    // 6① PAR: the example, with this client, a fresh PKCE pair and its own assertion and DPoP proof
    const verifier = randomBytes(48).toString("base64url");
    const par: Record<string, unknown> = { ...example("/oauth/par", "application/x-www-form-urlencoded", "private_key_jwt"), client_id: clientId, code_challenge: createHash("sha256").update(verifier).digest("base64url"), client_assertion: sign("assertion") };
    const parUrl = `${issuer()}/oauth/par`;
    let pushed = await form(parUrl, par, sign("dpop", "POST", parUrl));
    if (pushed.status === 400 && pushed.body.error === "use_dpop_nonce") pushed = await form(parUrl, { ...par, client_assertion: sign("assertion") }, sign("dpop", "POST", parUrl, pushed.headers.get("dpop-nonce")!));
    expect(pushed.status, JSON.stringify(pushed.body)).toBe(201);
    expect(pushed.headers.get("dpop-nonce")).toBeTruthy();

    // 6② the customer at the bank (sakura 個人, as the example's channel says), back with code, state and iss
    const interactionId = await startInteraction(new URL(`${issuer()}/oauth/authorize?${new URLSearchParams({ client_id: clientId, request_uri: pushed.body.request_uri! })}`));
    const callback = new URL((await consent(interactionId, "1000000001")).redirectUrl);
    expect(callback.origin + callback.pathname).toBe(par.redirect_uri);
    expect(callback.searchParams.get("state")).toBe(par.state);
    expect(callback.searchParams.get("iss")).toBe(issuer());

    // 6③ token: the example, with the code, the verifier and a fresh assertion
    const tokenUrl = `${issuer()}/oauth/token`;
    const exchange = { ...example("/oauth/token", "application/x-www-form-urlencoded", "authorization_code"), code: callback.searchParams.get("code")!, code_verifier: verifier, client_assertion: sign("assertion") };
    const issued = await form(tokenUrl, exchange, sign("dpop", "POST", tokenUrl));
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const tokens = ZTokenResponse.parse(issued.body);
    expect(tokens.token_type).toBe("DPoP");

    // 9. the API, with the access token and a proof carrying ath
    const balancesUrl = `${issuer()}/api/v1/accounts/balances`;
    const call = (accessToken: string) => fetch(balancesUrl, { headers: { authorization: `DPoP ${accessToken}`, dpop: sign("dpop", "GET", balancesUrl, "", accessToken) } });
    const balances = await call(tokens.access_token);
    expect(balances.status).toBe(200);
    expect(ZBalancesResponse.parse(await balances.json()).balances.length).toBeGreaterThan(0);

    // refresh: the example, with the refresh token
    const refreshed = await form(tokenUrl, { ...example("/oauth/token", "application/x-www-form-urlencoded", "refresh_token"), refresh_token: tokens.refresh_token!, client_assertion: sign("assertion") }, sign("dpop", "POST", tokenUrl));
    expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
    expect((await call(refreshed.body.access_token!)).status).toBe(200);

    // 10. stop: the revocation example with the refresh token ends the link
    const revoked = await form(`${issuer()}/oauth/revoke`, { ...example("/oauth/revoke", "application/x-www-form-urlencoded", "refresh_token"), token: tokens.refresh_token!, client_assertion: sign("assertion") });
    expect(revoked.status).toBe(200);
    expect((await call(refreshed.body.access_token!)).status).toBe(401);
  });
});
