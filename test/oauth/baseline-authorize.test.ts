// A baseline client's authorization request as query parameters: the same checks as a pushed request.
// Until the client and its redirect_uri are verified, a refusal is the Japanese error page and never a
// redirect (RFC 9700 §4.11); after, an OAuth error goes back to the redirect_uri with state and iss
// (RFC 6749 §4.1.2.1, RFC 9207).
import { beforeAll, describe, expect, it } from "vitest";
import { BASELINE_REDIRECT, registerBaselineClient, type TBaselineClient } from "./baseline-client";
import { issuerOf } from "./helpers";
import { challenge, verifier } from "./raw-client";

let c: TBaselineClient;
beforeAll(async () => {
  c = await registerBaselineClient("sakura");
});

const good = () => ({
  client_id: c.clientId, response_type: "code", redirect_uri: BASELINE_REDIRECT, scope: "balances", state: "st-1",
  code_challenge: challenge(verifier()), code_challenge_method: "S256",
});

function authorizeUrl(params: Record<string, string | undefined>, extra = ""): string {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
  return `${issuerOf("sakura")}/oauth/authorize?${query}${extra}`;
}

describe("a baseline client's query-parameter authorization request", () => {
  it("starts an interaction (303 to the first step) and sets the browser cookie", async () => {
    const res = await fetch(authorizeUrl(good()), { redirect: "manual" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/\/sakura\/authorize\/[A-Za-z0-9_-]{40,}$/);
    expect(res.headers.get("set-cookie")).toMatch(/renkei_browser=/);
  });

  it.each([
    ["no PKCE", { code_challenge: undefined, code_challenge_method: undefined }, "", "invalid_request", "missing code_challenge (PKCE is required)"],
    ["plain PKCE", { code_challenge_method: "plain" }, "", "invalid_request", "code_challenge_method must be S256"],
    ["no response_type", { response_type: undefined }, "", "invalid_request", "missing response_type"],
    ["response_type token", { response_type: "token" }, "", "unsupported_response_type", "response_type must be code"],
    ["an unknown scope", { scope: "balances payments" }, "", "invalid_scope", "unknown scope payments"],
    ["a request object", { request: "a.b.c" }, "", "invalid_request", "request objects are not supported"],
    ["a parameter twice", {}, "&scope=transactions", "invalid_request", "scope is given more than once"],
    ["a channel it is not registered for", { channel: "corporate" }, "", "unauthorized_client", "the client is not registered for the corporate channel"],
  ])("sends %s back to the redirect_uri with the error, state and iss", async (_name, overrides, extra, error, description) => {
    const res = await fetch(authorizeUrl({ ...good(), ...overrides }, extra), { redirect: "manual" });
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get("location")!);
    expect(`${location.origin}${location.pathname}`).toBe(BASELINE_REDIRECT);
    expect(Object.fromEntries(location.searchParams)).toEqual({ error, error_description: description, state: "st-1", iss: issuerOf("sakura") });
  });

  it.each([
    ["an unregistered redirect_uri", { redirect_uri: "http://localhost:8080/other" }, "", "invalid_redirect_uri"],
    ["a redirect_uri with a different path", { redirect_uri: `${BASELINE_REDIRECT}/more` }, "", "invalid_redirect_uri"],
    ["no redirect_uri", { redirect_uri: undefined }, "", "invalid_redirect_uri"],
    ["the redirect_uri twice", {}, `&redirect_uri=${encodeURIComponent(BASELINE_REDIRECT)}`, "invalid_redirect_uri"],
    ["an unknown client", { client_id: "rk_nobody" }, "", "unknown_client"],
    ["no client_id", { client_id: undefined }, "", "missing_parameters"],
  ])("shows the error page for %s, and redirects nowhere", async (_name, overrides, extra, reason) => {
    const res = await fetch(authorizeUrl({ ...good(), ...overrides }, extra), { redirect: "manual" });
    expect(res.status).toBe(400);
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("x-renkei-error")).toBe(reason);
    const html = await res.text();
    expect(html).toContain("お手続きを開始できません");
    expect(html).not.toContain("http://localhost:8080/other");
  });
});
