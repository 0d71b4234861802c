// When the bank's side fails under a machine endpoint — here a real transport pointed at a port nobody listens on —
// the endpoint answers 503 with Retry-After in its own error shape: { errorCode, errorMessage } on the API,
// RFC 6749's temporarily_unavailable on the authorization server; never a 500, never the error's text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bankTransportFor } from "@/lib/bank/transport/bank-transport";
import { transportRegistry } from "@/lib/bank/transport/transport-registry";
import { ZCoreSettings } from "@/lib/institutions/settings";
import type { TInstitution } from "@/lib/institutions/get-institution";
import { extraServerPort } from "@/test/env";
import { ownDatabase } from "@/test/support/own-database";
import { apiEndpoint, oauthEndpoint } from "./define-endpoint";

const deadPort = extraServerPort("bankTransport", 3);
const callTheBank = async ({ institution }: { institution: TInstitution }) => {
  const core = ZCoreSettings.parse({ mode: "http", baseUrl: `http://127.0.0.1:${deadPort}`, timeoutMs: 300 });
  await bankTransportFor({ ...institution, settings: { ...institution.settings, core } })
    .request({ operation: "getBalances", method: "GET", path: "/accounts/x/balances", idempotent: true });
  return new Response("{}");
};
const request = (path: string) => new Request(`http://localhost${path}`);

beforeAll(() => ownDatabase({ seed: true }));
afterAll(() => transportRegistry().closeAll());

describe("a machine endpoint whose bank is unavailable", () => {
  it("answers the API's 503 service_unavailable with Retry-After", async () => {
    const endpoint = apiEndpoint({ GET: callTheBank });
    const started = Date.now();
    const response = await endpoint.handle(request("/sakura/api/v1/accounts"), { institution: "sakura" });
    expect(Date.now() - started).toBeLessThan(300 + 1000);
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.json()).toEqual({ errorCode: "service_unavailable", errorMessage: "一時的にご利用いただけません。しばらくしてから再度お試しください。" });
  });

  it("answers the authorization server's temporarily_unavailable with Retry-After", async () => {
    const response = await oauthEndpoint({ POST: callTheBank }).handle(new Request("http://localhost/sakura/oauth/par", { method: "POST" }), { institution: "sakura" });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).not.toBeNull();
    expect(await response.json()).toMatchObject({ error: "temporarily_unavailable" });
  });
});
