// A registrant cannot pose as another licensed aggregator (lib/oauth/registration/registration-aggregator-problem.ts):
// the consent screen shows the aggregator's name and 登録番号, so a client registered under 株式会社Zaim by
// someone else would send Zaim's customers' codes to the registrant's redirect_uri. Over real HTTP against
// the suite's server:
//   - an operator-issued initial access token registers clients of the aggregator it was issued for only
//   - the environment's token (bound to no aggregator) only creates new aggregators
//   - a 登録番号 names one company; a registration never changes another aggregator
//   - single-use tokens are spent once, even by racing requests; a refused registration does not spend one
//   - registrations are counted per token: past the limit, 429 with Retry-After in RFC 6749's shape
//   - a client registered through the unbound token where the institution holds such clients is pending:
//     PAR refuses it as a suspended one until an operator enables it
import { exportJWK, generateKeyPair } from "jose";
import * as client from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { loadOperatorScope } from "@/lib/console/load-operator-scope";
import type { TOperatorScope } from "@/lib/console/operator-scope";
import { issueInitialAccessToken } from "@/lib/console/issue-initial-access-token";
import { setClientStatus } from "@/lib/console/set-client-status";
import { listPendingClients } from "@/lib/console/list-pending-clients";
import { INITIAL_ACCESS_TOKEN, issuerOf, registerTestClient } from "./helpers";
import { newAggregator } from "../support/new-aggregator";

const ZAIM = { aggregator_name: "株式会社Zaim", aggregator_registration_number: "関東財務局長（電代）第11号" };

async function metadata(overrides: Record<string, unknown> = {}) {
  const { publicKey } = await generateKeyPair("ES256");
  return {
    client_name: "Zaim家計簿", redirect_uris: ["https://evil.example/cb"], token_endpoint_auth_method: "private_key_jwt",
    jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: "k1" }] }, channels: ["personal"], ...overrides,
  };
}

async function register(slug: string, body: unknown, token: string, contentType = "application/json") {
  const res = await fetch(`${issuerOf(slug)}/oauth/register`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": contentType }, body: JSON.stringify(body) });
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body: (await res.json()) as Record<string, unknown> };
}

const scopeOf = async (loginId: string) => (await loadOperatorScope((await db.operator.findUniqueOrThrow({ where: { loginId } })).id))!;
const idOf = async (slug: string) => (await db.institution.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

/** Every aggregator as the consent screens show it, and how many clients each has. */
const aggregatorsSnapshot = () =>
  db.aggregator.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, registrationNumber: true, updatedAt: true, _count: { select: { clients: true } } } });

async function issueFor(scope: TOperatorScope, institutionId: string, aggregator: { aggregator_name: string; aggregator_registration_number: string }, singleUse = false) {
  const issued = await issueInitialAccessToken(scope, {
    institutionId, label: `impersonation-${randomToken(4)}`, aggregatorName: aggregator.aggregator_name,
    registrationNumber: aggregator.aggregator_registration_number, hours: "1", singleUse,
  }, null);
  if (!issued.ok) throw new Error(JSON.stringify(issued.errors));
  return issued.token;
}

describe("posing as another licensed aggregator at registration", () => {
  let sakuraOps: TOperatorScope;
  let sakura: string;

  beforeAll(async () => {
    sakuraOps = await scopeOf("ops-sakura");
    sakura = await idOf("sakura");
  });

  it("refuses the reproduced attack: a sakura token, 「Zaim家計簿」 as 株式会社Zaim / 第11号 with redirect https://evil.example/cb", async () => {
    const before = await aggregatorsSnapshot();
    const startup = newAggregator("家計簿スタートアップ株式会社");
    const sakuraToken = await issueFor(sakuraOps, sakura, startup);
    // a token from before tokens were bound to an aggregator: bound to none
    const legacyToken = randomToken();
    await db.initialAccessToken.create({ data: { tokenHash: hashToken(legacyToken), label: "legacy", institutionId: sakura, createdBy: "test" } });

    const attempts = [
      [sakuraToken, "aggregator_name: this initial access token was issued for " + `${startup.aggregator_name} (${startup.aggregator_registration_number}); it registers clients of that aggregator only`],
      [INITIAL_ACCESS_TOKEN, "aggregator_name: 株式会社Zaim is already registered; register its clients with an initial access token the bank issued for it"],
      [legacyToken, "aggregator_name: 株式会社Zaim is already registered; register its clients with an initial access token the bank issued for it"],
    ] as const;
    for (const [token, description] of attempts) {
      expect(await register("sakura", await metadata(ZAIM), token)).toMatchObject({ status: 400, body: { error: "invalid_client_metadata", error_description: description } });
    }
    expect(await db.client.count({ where: { clientName: "Zaim家計簿" } })).toBe(0);
    expect(await aggregatorsSnapshot()).toEqual(before);
  });

  it("refuses a new company under a registered 登録番号, and a known name under a new number, through the unbound token", async () => {
    const fresh = newAggregator("株式会社ザイム");
    const cases = [
      [{ ...fresh, aggregator_registration_number: ZAIM.aggregator_registration_number },
        "aggregator_registration_number: 関東財務局長（電代）第11号 is the registration number of 株式会社Zaim; a registration number names one aggregator"],
      [{ ...fresh, aggregator_name: ZAIM.aggregator_name }, "aggregator_name: 株式会社Zaim is already registered; register its clients with an initial access token the bank issued for it"],
    ] as const;
    for (const [aggregator, description] of cases) {
      expect(await register("sakura", await metadata(aggregator), INITIAL_ACCESS_TOKEN)).toEqual({ status: 400, retryAfter: null, body: { error: "invalid_client_metadata", error_description: description } });
    }
    expect(await db.aggregator.count({ where: { name: fresh.aggregator_name } })).toBe(0);
  });

  it("never changes another aggregator, whichever token tries", async () => {
    const before = await aggregatorsSnapshot();
    const own = newAggregator("自社株式会社");
    const ownToken = await issueFor(sakuraOps, sakura, own);
    const tries: [Record<string, string>, string][] = [
      [{ ...ZAIM, aggregator_registration_number: "関東財務局長（電代）第99999号" }, INITIAL_ACCESS_TOKEN],
      [{ ...ZAIM, aggregator_registration_number: "関東財務局長（電代）第99999号" }, ownToken],
      [{ ...own, aggregator_registration_number: ZAIM.aggregator_registration_number }, ownToken],
      [{ aggregator_name: ZAIM.aggregator_name, aggregator_registration_number: own.aggregator_registration_number }, ownToken],
      [{ aggregator_name: "エメラダ株式会社", aggregator_registration_number: ZAIM.aggregator_registration_number }, INITIAL_ACCESS_TOKEN],
    ];
    for (const [aggregator, token] of tries) expect((await register("sakura", await metadata(aggregator), token)).status).toBe(400);
    expect(await aggregatorsSnapshot()).toEqual(before);
  });

  it("registers, through a token issued for an aggregator, that aggregator's clients only — under that aggregator", async () => {
    const own = newAggregator("正規アグリゲーター株式会社");
    const token = await issueFor(sakuraOps, sakura, own);
    const first = await register("sakura", await metadata({ ...own, client_name: "正規の家計簿", redirect_uris: ["https://own.example/cb"] }), token);
    expect(first.status).toBe(201);
    const second = await register("sakura", await metadata({ ...own, client_name: "正規の家計簿2", redirect_uris: ["https://own.example/cb2"] }), token);
    expect(second.status).toBe(201);
    const rows = await db.client.findMany({ where: { clientId: { in: [String(first.body.client_id), String(second.body.client_id)] } }, select: { aggregator: { select: { name: true } }, institutions: { select: { status: true } } } });
    expect(rows).toEqual([0, 1].map(() => ({ aggregator: { name: own.aggregator_name }, institutions: [{ status: "active" }] })));
    // at another institution the token is refused (its institution is fixed too)
    expect((await register("minato", await metadata({ ...own, redirect_uris: ["https://own.example/cb"] }), token)).status).toBe(401);
  });

  it("spends a single-use token with one registration, even when five race; a refused registration spends nothing", async () => {
    const own = newAggregator("一回限り株式会社");
    const token = await issueFor(sakuraOps, sakura, own, true);
    expect((await register("sakura", await metadata({ ...own, redirect_uris: ["https://own.example/cb#fragment"] }), token)).status).toBe(400);
    const results = await Promise.all(Array.from({ length: 5 }, async () => register("sakura", await metadata({ ...own, redirect_uris: ["https://own.example/cb"] }), token)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 401, 401, 401, 401]);
    expect(results.find((r) => r.status === 401)?.body).toEqual({ error: "invalid_token", error_description: "the initial access token was single-use and has been used" });
    expect(await db.client.count({ where: { aggregator: { name: own.aggregator_name } } })).toBe(1);
  });

  it("refuses issuing a token for another company's 登録番号, beside the field", async () => {
    const result = await issueInitialAccessToken(sakuraOps, {
      institutionId: sakura, label: "x", aggregatorName: `株式会社サンプル-${randomToken(4)}`, registrationNumber: "関東財務局長（電代）第77号", hours: "1", singleUse: true,
    }, null);
    expect(result).toEqual({ ok: false, errors: { registrationNumber: "登録番号「関東財務局長（電代）第77号」は エメラダ株式会社 の登録番号です。1つの登録番号で登録できる電子決済等代行業者は1社だけです。" } });
  });
});

describe("registration rate limit", () => {
  it("counts registrations per token: past 30 an hour, 429 with Retry-After in RFC 6749's shape; another token is not affected", async () => {
    const sakuraOps = await scopeOf("ops-sakura");
    const sakura = await idOf("sakura");
    const own = newAggregator("回数制限株式会社");
    const token = await issueFor(sakuraOps, sakura, own);
    // refused bodies count too: the limit is on what a token may try
    for (let i = 0; i < 30; i++) expect((await register("sakura", {}, token, "text/plain")).status).toBe(400);
    const limited = await register("sakura", await metadata(own), token);
    expect(limited).toMatchObject({
      status: 429,
      body: { error: "temporarily_unavailable", error_description: "too many registrations with this initial access token or from this address; retry after the Retry-After seconds" },
    });
    expect(Number(limited.retryAfter)).toBeGreaterThan(3000);
    expect(Number(limited.retryAfter)).toBeLessThanOrEqual(3600);
    expect(await db.client.count({ where: { aggregator: { name: own.aggregator_name } } })).toBe(0);
    const other = newAggregator("別トークン株式会社");
    expect((await register("sakura", await metadata({ ...other, redirect_uris: ["https://other.example/cb"] }), await issueFor(sakuraOps, sakura, other))).status).toBe(201);
  });
});

describe("a client registered through the unbound token where the institution holds such clients", () => {
  it("is pending: PAR refuses it as a suspended client until an operator enables it", async () => {
    const sakura = await db.institution.findUniqueOrThrow({ where: { slug: "sakura" } });
    const settings = JSON.parse(sakura.settings) as Record<string, unknown>;
    const slug = `hold${randomToken(4).toLowerCase().replace(/[^a-z0-9]/g, "x")}`;
    const institution = await db.institution.create({
      data: {
        slug, name: "保留テスト信用金庫", bankCode: String(5000 + Math.floor(Math.random() * 4000)), consentDays: 90, theme: sakura.theme,
        settings: JSON.stringify({ ...settings, registration: { unboundClients: "pending" } }),
      },
    });
    const c = await registerTestClient(slug);
    const row = await db.clientInstitution.findFirstOrThrow({ where: { client: { clientId: c.clientId }, institutionId: institution.id }, select: { status: true } });
    expect(row.status).toBe("pending");
    const par = async () => client.buildAuthorizationUrlWithPAR(c.config, {
      redirect_uri: c.redirectUri, scope: "balances", code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", code_challenge_method: "S256",
    }, { DPoP: client.getDPoPHandle(c.config, await client.randomDPoPKeyPair("ES256")) });
    const refused = await par().then(() => null, (error: { status?: number; response?: Response }) => error);
    expect(refused?.status).toBe(401);
    expect(await refused?.response?.json()).toEqual({ error: "invalid_client", error_description: "client is suspended at this institution" });
    const admin = await scopeOf("ops-admin");
    // the console lists it above every other client until enabled
    expect(await listPendingClients(admin)).toContainEqual(expect.objectContaining({ clientId: c.clientId, institution: "保留テスト信用金庫" }));
    expect(await setClientStatus(admin, { clientId: c.clientId, institutionId: institution.id, status: "active" }, null)).toBe("approved");
    await expect(par()).resolves.toBeInstanceOf(URL);
    expect((await listPendingClients(admin)).some((p) => p.clientId === c.clientId)).toBe(false);
  });
});
