// What an operations team watches (issue 24), on a server of this file's own with its stdout kept and a metrics
// listener: two whole consent flows through the real screens (kita: password, 追加認証, 照会用暗証番号; sakura
// personal: password + ワンタイムパスワード), each with PAR, the code exchange, a refresh and API calls, every
// credential built by hand so that the test knows each secret. Then:
//   - the log: every line is JSON, and not one of the flow's secrets appears in it (passwords, answer, OTP, PIN,
//     codes, access and refresh tokens, client assertions, DPoP proofs, cookie values)
//   - X-Request-Id: a trusted proxy's round-trips and names the request's log line; a client's own is replaced
//   - the metrics listener: the histogram counted the token, PAR and balances requests the test made, by route
//     template, and the domain counters moved by what the flows imply (login attempts equal to the LoginAttempt
//     rows the server wrote)
import { request } from "node:http";
import { randomUUID } from "node:crypto";
import { TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TServer } from "../server-process";
import { extraServerPort, extraServerTlsPort } from "../env";
import { dpopProof, testKey, type TTestKey } from "../api/builders";
import { assertion, challenge, verifier as newVerifier, REDIRECT, type TRawClient } from "../oauth/raw-client";
import { ConsentBrowser, type TScreen } from "../support/consent-browser";
import { newAggregator } from "../support/new-aggregator";
import { pointLibAtServer } from "../support/point-lib-at-server";

const DB = "observability";
const METRICS_PORT = extraServerPort("observabilityMetrics");
const PROXY = "127.0.0.77"; // the trusted proxy's address (RENKEI_TRUSTED_PROXIES)
const BROWSER = "127.0.0.78";
const TOTP_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";

let server: TServer;
/** Every secret the flows used, by what it is. */
const secrets: Record<string, string[]> = {};
const keep = (what: string, value: string | null | undefined) => {
  if (!value) throw new Error(`no ${what} to keep`);
  (secrets[what] ??= []).push(value);
  return value;
};

type TSample = { name: string; labels: Record<string, string>; value: number };

async function scrape(): Promise<TSample[]> {
  const res = await fetch(`http://127.0.0.1:${METRICS_PORT}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("text/plain");
  const samples: TSample[] = [];
  for (const line of (await res.text()).split("\n")) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const [, k, v] of (match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[k] = v;
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** The sum of a metric's samples whose labels include `labels`. */
const valueOf = (samples: TSample[], name: string, labels: Record<string, string> = {}) =>
  samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((sum, s) => sum + s.value, 0);

function post(url: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(form) });
}

async function register(slug: string, channel: "personal" | "corporate"): Promise<TRawClient> {
  const { exportJWK, generateKeyPair } = await import("jose");
  const { privateKey, publicKey } = await generateKeyPair("ES256");
  const issuer = `${server.baseUrl}/${slug}`;
  const res = await fetch(`${issuer}/oauth/register`, {
    method: "POST",
    headers: { authorization: "Bearer test-initial-access-token", "content-type": "application/json" },
    body: JSON.stringify({ client_name: "観測テスト", ...newAggregator(), redirect_uris: [REDIRECT], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: "k1" }] }, channels: [channel] }),
  });
  expect(res.status).toBe(201);
  return { clientId: ((await res.json()) as { client_id: string }).client_id, key: privateKey, slug, issuer };
}

/** Client authentication and a DPoP proof for one request, both kept as secrets. */
async function credentials(c: TRawClient, key: TTestKey, method: string, url: string, accessToken?: string) {
  return {
    assertion: keep("client assertion", await assertion(c)),
    proof: keep("DPoP proof", await dpopProof(key, method, url, accessToken)),
  };
}

const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/** PAR, then the consent screens in `browser` through `steps`, then the code exchange, a refresh and API calls. */
async function flow(slug: string, channel: "personal" | "corporate", scope: string, steps: (browser: ConsentBrowser, first: TScreen) => Promise<TScreen>) {
  const c = await register(slug, channel);
  const key = await testKey();
  const verifier = newVerifier();
  const parUrl = `${c.issuer}/oauth/par`;
  const par = await credentials(c, key, "POST", parUrl);
  const pushed = await post(parUrl, {
    response_type: "code", client_id: c.clientId, redirect_uri: REDIRECT, scope, state: "st-1", code_challenge: challenge(verifier), code_challenge_method: "S256",
    client_assertion_type: ASSERTION_TYPE, client_assertion: par.assertion,
  }, { dpop: par.proof });
  expect(pushed.status).toBe(201);
  const { request_uri: requestUri } = (await pushed.json()) as { request_uri: string };

  const browser = new ConsentBrowser(BROWSER, REDIRECT);
  const first = await browser.open(`${c.issuer}/oauth/authorize?client_id=${c.clientId}&request_uri=${encodeURIComponent(requestUri)}`);
  const callback = await steps(browser, first);
  expect(callback.url.startsWith(REDIRECT), callback.html.slice(0, 400)).toBe(true);
  for (const value of browser.cookieValues()) keep("cookie value", value);
  const code = keep("authorization code", new URL(callback.url).searchParams.get("code"));

  const tokenUrl = `${c.issuer}/oauth/token`;
  const exchange = await credentials(c, key, "POST", tokenUrl);
  const issued = await post(tokenUrl, {
    grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: keep("PKCE verifier", verifier),
    client_assertion_type: ASSERTION_TYPE, client_assertion: exchange.assertion,
  }, { dpop: exchange.proof });
  expect(issued.status).toBe(200);
  const tokens = (await issued.json()) as { access_token: string; refresh_token: string };
  keep("access token", tokens.access_token);
  keep("refresh token", tokens.refresh_token);

  const refresh = await credentials(c, key, "POST", tokenUrl);
  const refreshed = await post(tokenUrl, { grant_type: "refresh_token", refresh_token: tokens.refresh_token, client_assertion_type: ASSERTION_TYPE, client_assertion: refresh.assertion }, { dpop: refresh.proof });
  expect(refreshed.status).toBe(200);
  const now = (await refreshed.json()) as { access_token: string; refresh_token?: string };
  keep("access token", now.access_token);
  if (now.refresh_token) keep("refresh token", now.refresh_token);

  for (let i = 0; i < 2; i++) {
    const url = `${c.issuer}/api/v1/accounts/balances`;
    const api = await credentials(c, key, "GET", url, now.access_token);
    const res = await fetch(url, { headers: { authorization: `DPoP ${now.access_token}`, dpop: api.proof } });
    expect(res.status, await res.clone().text()).toBe(200);
  }
}

/** A GET of /healthz from `localAddress` with the X-Request-Id given: the id the server answered with. */
function healthzFrom(localAddress: string, requestId: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: new URL(server.baseUrl).port, path: "/healthz", localAddress, headers: { "x-request-id": requestId } }, (res) => {
      res.resume();
      res.on("end", () => resolve([res.headers["x-request-id"]].flat()[0]));
    });
    req.on("error", reject);
    req.end();
  });
}

const logLines = () => server.output().split("\n").filter((line) => line.trim() !== "");

let before: TSample[];
let after: TSample[];
let attemptsBefore: { factor: string; success: boolean }[];
let attemptsAfter: { factor: string; success: boolean }[];

beforeAll(async () => {
  server = await startServer(DB, extraServerPort("observability"), extraServerTlsPort("observability"), {
    RENKEI_METRICS_PORT: String(METRICS_PORT), RENKEI_TRUSTED_PROXIES: PROXY, RENKEI_LOG_LEVEL: "info",
  });
  pointLibAtServer(DB, server.env as Record<string, string>);
  const { seedLoginUser } = await import("../support/seed-login-user");
  const { db } = await import("@/lib/db");
  const attempts = () => db.loginAttempt.findMany({ select: { factor: true, success: true } });

  const kita = await seedLoginUser({ slug: "kita", password: keep("password", `Obs-${randomUUID().slice(0, 8)}-k1`), pin: keep("PIN", "8642"), answer: { question: "はじめて飼ったペットの名前は？", answer: keep("secret answer", "みけねこ") }, accounts: 1 });
  const sakura = await seedLoginUser({ slug: "sakura", channel: "personal", password: keep("password", `Obs-${randomUUID().slice(0, 8)}-s1`), totpSecret: TOTP_SECRET, accounts: 1 });
  const wrongPassword = keep("password", `Wrong-${randomUUID().slice(0, 8)}`);

  before = await scrape();
  attemptsBefore = await attempts();
  await flow("kita", "corporate", "balances", async (browser, login) => {
    const refused = await browser.submit(login, { loginId: kita.loginId, password: wrongPassword });
    let screen = await browser.submit(refused, { loginId: kita.loginId, password: kita.password });
    screen = await browser.submit(screen, { answer: "みけねこ" });
    // 認可業務選択 only when the request asked for more than one operation
    if (screen.html.includes(' name="scope"')) screen = await browser.submit(screen, { scope: "balances" });
    const [account] = kita.accounts;
    screen = await browser.submit(screen, { [`select_${account.id}`]: "on", [`pin_${account.id}`]: "8642" });
    screen = await browser.submit(screen, { next: "confirm" });
    return browser.submit(screen, { agree: "on" });
  });
  await flow("sakura", "personal", "balances", async (browser, login) => {
    const otp = keep("one-time password", new TOTP({ secret: TOTP_SECRET, digits: 6, period: 30 }).generate());
    const screen = await browser.submit(login, { contractNumber: sakura.contractNumber, password: sakura.password, otp });
    return browser.submit(screen, { agree: "on" });
  });
  attemptsAfter = await attempts();
  after = await scrape();
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

describe("the log of two whole flows", () => {
  it("is one JSON object per line, a request line for each answer", () => {
    const lines = logLines();
    expect(lines.length).toBeGreaterThan(20);
    const bad = lines.filter((line) => {
      try {
        return typeof JSON.parse(line) !== "object";
      } catch {
        return true;
      }
    });
    expect(bad).toEqual([]);
    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === "request");
    const token = requests.find((entry) => entry.route === "/:institution/oauth/token");
    expect(token).toMatchObject({ method: "POST", status: 200, institution: "kita" });
    expect(typeof token.durationMs).toBe("number");
    expect(token.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("holds none of the flow's secrets", () => {
    const log = server.output();
    expect(Object.keys(secrets).sort()).toEqual([
      "DPoP proof", "PIN", "PKCE verifier", "access token", "authorization code", "client assertion", "cookie value", "one-time password",
      "password", "refresh token", "secret answer",
    ]);
    const found: string[] = [];
    for (const [what, values] of Object.entries(secrets)) {
      for (const value of values) {
        // a short numeric secret as a whole number only (a timestamp's digits are not a PIN)
        const hit = /^\d{1,8}$/.test(value) ? new RegExp(`(?<![0-9])${value}(?![0-9])`).test(log) : log.includes(value);
        if (hit) found.push(`${what}: ${value.slice(0, 12)}…`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe("X-Request-Id", () => {
  it("round-trips from a trusted proxy and names that request's log line", async () => {
    const id = `lb-${randomUUID().slice(0, 8)}`;
    expect(await healthzFrom(PROXY, id)).toBe(id);
    await new Promise((r) => setTimeout(r, 100));
    const line = logLines().map((l) => JSON.parse(l)).find((entry) => entry.requestId === id);
    expect(line).toMatchObject({ msg: "request", route: "/healthz", status: 200, method: "GET" });
  });

  it("is replaced when a client sends its own, and the replacement is the one logged", async () => {
    const forged = `forged-${randomUUID().slice(0, 8)}`;
    const answered = await healthzFrom(BROWSER, forged);
    expect(answered).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 100));
    expect(server.output()).not.toContain(forged);
    expect(logLines().map((l) => JSON.parse(l)).find((entry) => entry.requestId === answered)).toMatchObject({ route: "/healthz" });
  });
});

describe("the metrics listener after the flows", () => {
  const delta = (name: string, labels: Record<string, string> = {}) => valueOf(after, name, labels) - valueOf(before, name, labels);
  const requests = (route: string, status: string) =>
    delta("http_server_request_duration_seconds_count", { http_route: route, http_response_status_code: status });

  it("counts the token, PAR and balances requests by route template", () => {
    expect(requests("/:institution/oauth/par", "201")).toBe(2);
    expect(requests("/:institution/oauth/token", "200")).toBe(4); // two code exchanges, two refreshes
    expect(requests("/:institution/api/v1/accounts/balances", "200")).toBe(4);
    expect(delta("http_server_request_duration_seconds_count", { http_route: "/:institution/authorize/:interaction/consent" })).toBeGreaterThan(0);
    // no raw path is a label
    expect(after.filter((s) => s.labels.http_route && /kita|sakura/.test(s.labels.http_route))).toEqual([]);
  });

  it("counts tokens, consents and login attempts as the flows imply", () => {
    expect(delta("renkei_tokens_issued_total", { grant_type: "authorization_code", profile: "fapi2" })).toBe(2);
    expect(delta("renkei_tokens_issued_total", { grant_type: "refresh_token", profile: "fapi2" })).toBe(2);
    expect(delta("renkei_consents_total", { outcome: "given" })).toBe(2);
    expect(delta("renkei_consents_total", { outcome: "refused" })).toBe(0);
    // every LoginAttempt row the server wrote during the flows, and no other, is one count
    const rows = (list: { factor: string; success: boolean }[], factor: string, success: boolean) => list.filter((a) => a.factor === factor && a.success === success).length;
    for (const factor of ["password", "otp", "answer", "pin", "login"]) {
      for (const [outcome, success] of [["success", true], ["failure", false]] as const) {
        expect(delta("renkei_login_attempts_total", { factor, outcome }), `${factor} ${outcome}`).toBe(rows(attemptsAfter, factor, success) - rows(attemptsBefore, factor, success));
      }
    }
    expect(delta("renkei_login_attempts_total", { factor: "password", outcome: "failure" })).toBe(1);
    expect(delta("renkei_login_attempts_total", { factor: "pin", outcome: "success" })).toBe(1);
    expect(delta("renkei_login_attempts_total", { factor: "otp", outcome: "success" })).toBe(1);
    expect(delta("renkei_lockouts_total")).toBe(0);
  });

  it("serves the outbox gauges and the process's own metrics", () => {
    expect(after.some((s) => s.name === "renkei_event_outbox_depth")).toBe(true);
    expect(after.some((s) => s.name === "renkei_event_outbox_oldest_age_seconds")).toBe(true);
    expect(valueOf(after, "process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(after.some((s) => s.name === "nodejs_eventloop_lag_seconds")).toBe(true);
  });
});
