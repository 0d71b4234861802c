// A Renkei server in http mode (RENKEI_DEMO_CORE=http) whose bank — the reference simulator — goes slow, flaky and
// then down (POST /__faults): the API answers 503 with Retry-After in its own shape within the timeout + 1 s, never a
// 500; the token and introspection endpoints, which never call the bank, keep answering 200; the circuit opens and,
// once the simulator recovers, closes again and the API answers 200.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as client from "openid-client";
import { exportJWK, generateKeyPair } from "jose";
import { TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newAggregator } from "../support/new-aggregator";
import { pointLibAtServer } from "../support/point-lib-at-server";
import { startServer, type TServer } from "../server-process";
import { extraServerPort, extraServerTlsPort } from "../env";
import { INITIAL_ACCESS_TOKEN, insecure, startInteraction } from "../oauth/helpers";

const SIM_PORT = extraServerPort("bankFailures", 1);
const SIM_SECRET = "test-failures-sim-secret-0123456789";
const DB = "bank-failures";
const root = path.resolve(__dirname, "../..");
const totp = new TOTP({ secret: "JBSWY3DPEHPK3PXP", algorithm: "SHA1", digits: 6, period: 30 });
const TIMEOUT_MS = 2000; // the default core.timeoutMs the http-mode seed leaves
const HALF_OPEN_MS = 10_000; // the transport's default breaker

let simulator: ChildProcess;
let server: TServer;
let config: client.Configuration;
let dpop: client.DPoPHandle;
let tokens: client.TokenEndpointResponse;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const faults = async (body: object) => expect((await fetch(`http://127.0.0.1:${SIM_PORT}/__faults`, { method: "POST", body: JSON.stringify(body) })).status).toBe(200);
async function balances() {
  const started = Date.now();
  const res = await client.fetchProtectedResource(config, tokens.access_token, new URL(`${server.baseUrl}/sakura/api/v1/accounts/balances`), "GET", undefined, undefined, { DPoP: dpop });
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.json(), ms: Date.now() - started };
}

beforeAll(async () => {
  simulator = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/core-sim.ts"], {
    cwd: root, stdio: ["ignore", "ignore", "inherit"], detached: true,
    env: { ...process.env, RENKEI_CORE_SIM_PORT: String(SIM_PORT), RENKEI_CORE_SIM_SECRET: SIM_SECRET, RENKEI_CORE_SIM_DIR: mkdtempSync(path.join(tmpdir(), "renkei-sim-")) },
  });
  for (let i = 0; i < 240 && !(await fetch(`http://127.0.0.1:${SIM_PORT}/__health`).then((r) => r.ok, () => false)); i++) await pause(500);
  server = await startServer(DB, extraServerPort("bankFailures"), extraServerTlsPort("bankFailures"), {
    RENKEI_DEMO_CORE: "http", RENKEI_CORE_SIM_PORT: String(SIM_PORT), RENKEI_CORE_SIM_SECRET: SIM_SECRET,
  });

  // the aggregator registers and pushes its request; the customer (sakura, personal) logs in through the bank and consents
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), alg: "ES256", use: "sig", kid: "k1" };
  const redirectUri = "http://localhost:8080/callback";
  const registered = await fetch(`${server.baseUrl}/sakura/oauth/register`, {
    method: "POST", headers: { authorization: `Bearer ${INITIAL_ACCESS_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({
      client_name: "障害テスト家計簿", ...newAggregator(),
      redirect_uris: [redirectUri], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [jwk] }, channels: ["personal"],
    }),
  });
  const clientId = ((await registered.json()) as { client_id: string }).client_id;
  config = await client.discovery(new URL(`${server.baseUrl}/sakura`), clientId, { token_endpoint_auth_method: "private_key_jwt" },
    client.PrivateKeyJwt({ key: privateKey, kid: "k1" }), { ...insecure, algorithm: "oauth2" });
  dpop = client.getDPoPHandle(config, await client.randomDPoPKeyPair("ES256"));
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = await client.buildAuthorizationUrlWithPAR(config, {
    redirect_uri: redirectUri, scope: "balances transactions", code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: "S256", state,
  }, { DPoP: dpop });
  const interactionId = await startInteraction(url);

  // this process's lib/ on the http-mode server's database, as its consent screens are
  pointLibAtServer(DB, { ...server.env, RENKEI_CORE_SIM_SECRET: SIM_SECRET });
  const { getInstitution } = await import("@/lib/institutions/get-institution");
  const { checkPasswordLogin } = await import("@/lib/auth/check-password-login");
  const { listPinAccounts, grantAccounts } = await import("@/lib/consent/list-pin-accounts");
  const { completeAuthorization } = await import("@/lib/oauth/authorization-response/complete-authorization");
  const institution = (await getInstitution("sakura"))!;
  const method = institution.settings.login.personal.find((m) => m.kind === "contract-password")!;
  const form = new FormData();
  for (const [k, v] of Object.entries({ contractNumber: "1000000001", password: "Demo-pass-1", otp: totp.generate() })) form.set(k, v);
  const passed = await checkPasswordLogin({ institution, channel: "personal", method: method as never, formData: form, ip: "192.0.2.20", deviceHash: null });
  const userId = (passed as { userId: string }).userId;
  const accounts = grantAccounts(await listPinAccounts(institution, userId, []), false);
  const { redirectUrl } = await completeAuthorization({ interactionId, userId, scopes: ["balances", "transactions"], accountIds: accounts.map((a) => a.id), pinsRegistered: 0 });
  tokens = await client.authorizationCodeGrant(config, new URL(redirectUrl), { pkceCodeVerifier: verifier, expectedState: state }, undefined, { DPoP: dpop });
}, 300_000);

afterAll(async () => {
  await server?.stop();
  if (simulator?.pid) process.kill(-simulator.pid, "SIGTERM");
});

describe("http mode when the bank fails", () => {
  it("answers from the bank while it is well", async () => {
    expect((await balances()).status).toBe(200);
  });

  it("slow (over the timeout): 503 service_unavailable with Retry-After, within the timeout + 1 s", async () => {
    await faults({ latencyMs: TIMEOUT_MS + 1500 });
    const answer = await balances();
    expect(answer).toMatchObject({ status: 503, retryAfter: expect.stringMatching(/^\d+$/), body: { errorCode: "service_unavailable" } });
    expect(answer.ms).toBeLessThan(TIMEOUT_MS + 1000);
    await faults({ latencyMs: 0 });
  }, 30_000);

  it("flaky (errorRate 0.5): each answer is the bank's 200 or a 503 with Retry-After, never a 500, within the timeout + 1 s", async () => {
    await faults({ errorRate: 0.5 });
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await balances());
    await faults({ errorRate: 0 });
    for (const answer of answers) {
      expect(answer.ms).toBeLessThan(TIMEOUT_MS + 1000);
      if (answer.status === 200) expect(answer.body).toHaveProperty("balances");
      else expect(answer).toMatchObject({ status: 503, retryAfter: expect.stringMatching(/^\d+$/), body: { errorCode: "service_unavailable" } });
    }
    // a read is tried twice, so at these odds most answers are the bank's (unless the breaker opened on a bad streak)
    expect(answers.some((a) => a.status === 200)).toBe(true);
  }, 60_000);

  it("down: the API answers 503 while token and introspection answer 200; the circuit opens, then closes after recovery", async () => {
    await pause(HALF_OPEN_MS + 500); // whatever the slow test left open
    expect((await balances()).status).toBe(200);
    await faults({ down: true });
    for (let i = 0; i < 5; i++) {
      const answer = await balances();
      expect(answer).toMatchObject({ status: 503, retryAfter: expect.stringMatching(/^\d+$/), body: { errorCode: "service_unavailable" } });
      expect(answer.ms).toBeLessThan(TIMEOUT_MS + 1000);
    }
    const open = await balances();
    expect(open.status).toBe(503);
    expect(open.ms).toBeLessThan(500); // the open circuit refuses without reaching the bank
    expect(await client.tokenIntrospection(config, tokens.access_token)).toMatchObject({ active: true });
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!, undefined, { DPoP: dpop });
    expect(refreshed.access_token).toBeTruthy();
    tokens = refreshed;
    await faults({ down: false });
    await pause(HALF_OPEN_MS + 500);
    expect((await balances()).status).toBe(200);
  }, 60_000);

  it("logged none of the customer's secrets, nor the bank's bearer secret, through all of it", () => {
    const log = server.output();
    expect(log).toContain("bank"); // the failures above were logged
    for (const secret of ["Demo-pass-1", SIM_SECRET, "JBSWY3DPEHPK3PXP"]) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/"stack"|\n\s+at /);
  });
});
