// The console over HTTP and its lib functions on the shared test database:
//   - sign-in through the operator next-auth instance (/api/auth/operator), audited; pages need it
//   - registration: the OAuth metadata rules answer beside the fields; a sandbox client gets a secret once
//   - suspending a client ends its grants at the institution at once; resuming lets new ones start, the ended ones stay ended
import { beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { sunsetAfterDays } from "@/lib/oauth/clients/sunset-date";
import { verifyClientSecret } from "@/lib/oauth/client-authentication/verify-client-secret";
import { loadOperatorScope } from "@/lib/console/load-operator-scope";
import type { TOperatorScope } from "@/lib/console/operator-scope";
import { registerConsoleClient } from "@/lib/console/register-console-client";
import { setClientStatus } from "@/lib/console/set-client-status";
import { setPartnerListing } from "@/lib/console/set-partner-listing";
import { setPartnerDates } from "@/lib/console/set-partner-dates";
import { listPartners } from "@/lib/partners/list-partners";
import { apiGet, seedGrant } from "../api/builders";
import { eventClient } from "../support/event-builders";
import { signInOperator } from "../support/operator-sign-in";

const base = () => inject("baseUrl");

const signIn = (loginId: string, password: string) => signInOperator(base(), loginId, password);

describe("operator sign-in (next-auth at /api/auth/operator)", () => {
  it("refuses a wrong password and an unknown ID alike, and audits both", async () => {
    expect(await signIn("ops-kita", "wrong-password")).toBeNull();
    expect(await signIn("ops-nobody", "Operator-pass-1")).toBeNull();
    const failures = await db.auditEvent.findMany({ where: { action: "operator.login.failure", actorId: { in: ["ops-kita", "ops-nobody"] } } });
    expect(failures.length).toBeGreaterThanOrEqual(2);
    for (const f of failures) expect(f.details).not.toContain("wrong-password");
  });

  it("signs in with the demo password; /console needs the session", async () => {
    const anonymous = await fetch(`${base()}/console`, { redirect: "manual" });
    expect([303, 307, 308]).toContain(anonymous.status);
    expect(anonymous.headers.get("location")).toContain("/console/login");
    const session = await signIn("ops-minato", "Operator-pass-1");
    expect(session).not.toBeNull();
    const page = await fetch(`${base()}/console`, { headers: { cookie: session! } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("みなと信用金庫 API担当");
    expect(html).not.toContain("さくら信用金庫</td>");
    expect(await db.auditEvent.count({ where: { action: "operator.login.success", actorId: "ops-minato" } })).toBeGreaterThan(0);
  });

  it("locks an ID after 5 failures, even with the right password", async () => {
    for (let i = 0; i < 5; i++) expect(await signIn("ops-kita", `bad-${i}`)).toBeNull();
    expect(await signIn("ops-kita", "Operator-pass-1")).toBeNull();
  });
});

describe("client registration from the console", () => {
  let admin: TOperatorScope;
  let sakura: string;
  const valid = () => ({
    aggregatorName: "コンソール登録株式会社", registrationNumber: "関東財務局長（電代）第8001号", clientName: "コンソール家計簿", serviceDescription: "家計簿",
    redirectUris: "https://console-test.example/cb\nhttp://localhost:9999/cb", authMethod: "private_key_jwt",
    jwks: JSON.stringify({ keys: [{ kty: "EC", crv: "P-256", x: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", y: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0" }] }),
    jwksUri: "", tlsSubjectDn: "", sandbox: false, channels: ["personal", "corporate"],
    since: [{ institutionId: sakura, personal: "2026-04-01", corporate: "" }],
  });

  beforeAll(async () => {
    admin = (await loadOperatorScope((await db.operator.findUniqueOrThrow({ where: { loginId: "ops-admin" } })).id))!;
    sakura = (await db.institution.findUniqueOrThrow({ where: { slug: "sakura" } })).id;
  });

  it.each([
    ["an http redirect URI on a public host", { redirectUris: "http://example.com/cb" }, "redirectUris"],
    ["a private key in the JWKS", { jwks: JSON.stringify({ keys: [{ kty: "EC", d: "secret" }] }) }, "jwks"],
    ["JWKS that is not JSON", { jwks: "{keys" }, "jwks"],
    ["a public key that cannot be imported", { jwks: JSON.stringify({ keys: [{ kty: "EC", crv: "P-256", x: "AAAA", y: "AAAA" }] }) }, "jwks"],
    ["both JWKS and a JWKS URI", { jwksUri: "https://console-test.example/jwks" }, "jwks"],
    ["tls_client_auth without a subject DN", { authMethod: "tls_client_auth", jwks: "" }, "tlsSubjectDn"],
    ["client_secret_basic without the sandbox flag or baseline", { authMethod: "client_secret_basic", jwks: "" }, "authMethod"],
    ["client_secret_post for a sandbox fapi2 client", { authMethod: "client_secret_post", jwks: "", sandbox: true }, "authMethod"],
    ["no channel", { channels: [] }, "channels"],
    ["no 連携開始日 at any institution", { since: [] as unknown[] }, "since"],
    ["a malformed date", { since: [{ institutionId: "x", personal: "2026/04/01", corporate: "" }] }, "since"],
  ])("refuses %s, beside the field, in Japanese", async (_name, change, field) => {
    const result = await registerConsoleClient(admin, { ...valid(), ...change }, null);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.errors)).toContain(field);
      // the operator is told in Japanese: no English sentence (three words in a row) in any message
      for (const message of Object.values(result.errors)) expect(message).not.toMatch(/[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}/);
    }
  });

  it("registers the client with its 連携開始日, and audits it", async () => {
    const result = await registerConsoleClient(admin, valid(), "127.0.0.1");
    expect(result).toMatchObject({ ok: true, clientSecret: null });
    if (!result.ok) return;
    const client = await db.client.findUniqueOrThrow({ where: { clientId: result.clientId }, include: { institutions: true, aggregator: true } });
    expect(client.aggregator.registrationNumber).toBe("関東財務局長（電代）第8001号");
    expect(JSON.parse(client.redirectUris)).toEqual(["https://console-test.example/cb", "http://localhost:9999/cb"]);
    expect(client.institutions).toEqual([expect.objectContaining({ institutionId: sakura, personalSince: "2026-04-01", corporateSince: null, status: "active" })]);
    expect(await db.auditEvent.count({ where: { action: "client.registered", targetId: result.clientId, actorId: "ops-admin" } })).toBe(1);
  });

  it("gives a sandbox client_secret_basic client a secret, once, stored hashed", async () => {
    const result = await registerConsoleClient(admin, { ...valid(), clientName: "サンドボックス家計簿", authMethod: "client_secret_basic", jwks: "", sandbox: true }, null);
    if (!result.ok || !result.clientSecret) throw new Error("expected a secret");
    const row = await db.client.findUniqueOrThrow({ where: { clientId: result.clientId }, omit: { clientSecretHash: false } });
    expect(row).toMatchObject({ sandbox: true, tokenEndpointAuthMethod: "client_secret_basic", jwks: null });
    expect(row.clientSecretHash).not.toContain(result.clientSecret);
    expect(await verifyClientSecret(result.clientSecret, row.clientSecretHash!)).toBe(true);
  });

  it("registers a baseline client with a secret shown once, stored as SHA-256, and its sunset", async () => {
    const result = await registerConsoleClient(admin, { ...valid(), clientName: "移行中の家計簿", securityProfile: "baseline", authMethod: "client_secret_post", jwks: "" }, null);
    if (!result.ok || !result.clientSecret || !result.sunsetAt) throw new Error(`expected a secret and a sunset: ${JSON.stringify(result)}`);
    const row = await db.client.findUniqueOrThrow({ where: { clientId: result.clientId }, omit: { clientSecretHash: false } });
    expect(result.sunsetAt.getTime()).toBe(sunsetAfterDays(365, row.createdAt).getTime()); // sakura's defaultSunsetDays
    expect(row.securityProfileSunsetAt?.getTime()).toBe(result.sunsetAt.getTime());
    expect(row).toMatchObject({ securityProfile: "baseline", sandbox: false, tokenEndpointAuthMethod: "client_secret_post" });
    expect(row.clientSecretHash).toMatch(/^sha256\$/);
    expect(await verifyClientSecret(result.clientSecret, row.clientSecretHash)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "client.registered", targetId: result.clientId } });
    expect(JSON.parse(audit.details)).toMatchObject({ profile: "baseline", method: "client_secret_post" });
  });

  it("refuses a baseline client where an institution has baseline off, beside the profile field", async () => {
    const kita = (await db.institution.findUniqueOrThrow({ where: { slug: "kita" } })).id;
    const result = await registerConsoleClient(admin, { ...valid(), securityProfile: "baseline", authMethod: "client_secret_basic", jwks: "", channels: ["corporate"], since: [{ institutionId: kita, personal: "", corporate: "2026-04-01" }] }, null);
    expect(result).toEqual({ ok: false, errors: { securityProfile: "きた信用組合では baseline プロファイルが無効です（/console/profiles で設定できます）。" } });
  });
});

describe("suspending a client", () => {
  it("ends its grants at the institution at once; resumed, the ended ones stay ended and new ones work", async () => {
    const admin = (await loadOperatorScope((await db.operator.findUniqueOrThrow({ where: { loginId: "ops-admin" } })).id))!;
    const client = await eventClient({ slug: "kita", eventDeliveryUri: null });
    const grant = await seedGrant({ loginId: "kita-user1", clientId: client.clientId });
    expect((await apiGet(grant, "/accounts")).status).toBe(200);
    await setClientStatus(admin, { clientId: client.clientId, institutionId: client.institutionId, status: "suspended" }, null);
    expect((await apiGet(grant, "/accounts")).status).toBe(401);
    expect(await db.grant.findUniqueOrThrow({ where: { id: grant.grantId } })).toMatchObject({ status: "revoked", revokedBy: "suspension" });
    await setClientStatus(admin, { clientId: client.clientId, institutionId: client.institutionId, status: "active" }, null);
    expect((await apiGet(grant, "/accounts")).status).toBe(401);
    const fresh = await seedGrant({ loginId: "kita-user1", clientId: client.clientId });
    expect((await apiGet(fresh, "/accounts")).status).toBe(200);
    const actions = (await db.auditEvent.findMany({ where: { OR: [{ targetId: client.clientId }, { targetId: grant.grantId }], institutionId: client.institutionId }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions.slice(-3)).toEqual(["grant.revoked", "client.suspended", "client.resumed"]);
  });
});

describe("連携先一覧: listing is the operator's decision", () => {
  it("lists a registered client only once published with a date; never a sandbox client; suspended is not listed", async () => {
    const admin = (await loadOperatorScope((await db.operator.findUniqueOrThrow({ where: { loginId: "ops-admin" } })).id))!;
    const sakura = (await db.institution.findUniqueOrThrow({ where: { slug: "sakura" } })).id;
    const created = await registerConsoleClient(admin, {
      aggregatorName: "掲載判定株式会社", registrationNumber: "関東財務局長（電代）第8301号", clientName: "掲載判定家計簿", serviceDescription: "",
      redirectUris: "https://listing-check.example/cb", authMethod: "private_key_jwt", jwks: "", jwksUri: "https://listing-check.example/jwks", tlsSubjectDn: "",
      sandbox: false, channels: ["personal"], since: [{ institutionId: sakura, personal: "2026-05-01", corporate: "" }],
    }, null);
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const listed = async () => (await listPartners(sakura)).some((p) => p.aggregator === "掲載判定株式会社");
    expect(await listed()).toBe(false);
    // without a 連携開始日 there is nothing to show: refused until the dates are set
    await setPartnerDates(admin, { clientId: created.clientId, institutionId: sakura, personalSince: "", corporateSince: "" }, null);
    expect(await setPartnerListing(admin, { clientId: created.clientId, institutionId: sakura, listed: true }, null)).toBe("needs-dates");
    await setPartnerDates(admin, { clientId: created.clientId, institutionId: sakura, personalSince: "2026-05-01", corporateSince: "" }, null);
    expect(await setPartnerListing(admin, { clientId: created.clientId, institutionId: sakura, listed: true }, null)).toBe("listed");
    expect(await listed()).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "client.published", targetId: created.clientId } })).toBe(1);
    await setClientStatus(admin, { clientId: created.clientId, institutionId: sakura, status: "suspended" }, null);
    expect(await listed()).toBe(false);
    await setClientStatus(admin, { clientId: created.clientId, institutionId: sakura, status: "active" }, null);
    expect(await setPartnerListing(admin, { clientId: created.clientId, institutionId: sakura, listed: false }, null)).toBe("unlisted");
    expect(await listed()).toBe(false);
    expect(await setPartnerListing(admin, { clientId: "renkei-sandbox", institutionId: sakura, listed: true }, null)).toBe("sandbox");
    expect((await db.clientInstitution.findFirstOrThrow({ where: { client: { clientId: "renkei-sandbox" }, institutionId: sakura } })).publishedAt).toBeNull();
  });

  it("refuses a 連携開始日 for a channel the institution does not offer, and changes nothing", async () => {
    const admin = (await loadOperatorScope((await db.operator.findUniqueOrThrow({ where: { loginId: "ops-admin" } })).id))!;
    const kita = (await db.institution.findUniqueOrThrow({ where: { slug: "kita" } })).id; // 法人 only
    const row = () => db.clientInstitution.findFirstOrThrow({ where: { client: { clientId: "freee" }, institutionId: kita } });
    const before = await row();
    const audits = await db.auditEvent.count({ where: { targetId: "freee", institutionId: kita } });
    expect(await setPartnerDates(admin, { clientId: "freee", institutionId: kita, personalSince: "2021-01-04", corporateSince: before.corporateSince ?? "" }, null)).toBe("channel-not-offered");
    expect(await row()).toEqual(before);
    expect(await db.auditEvent.count({ where: { targetId: "freee", institutionId: kita } })).toBe(audits);
    expect(await setPartnerDates(admin, { clientId: "freee", institutionId: kita, personalSince: "", corporateSince: "2019-04-02" }, null)).toBe("dates");
    expect((await row()).corporateSince).toBe("2019-04-02");
    expect(await setPartnerDates(admin, { clientId: "freee", institutionId: kita, personalSince: "", corporateSince: "4月1日" }, null)).toBe("bad-date");
    await setPartnerDates(admin, { clientId: "freee", institutionId: kita, personalSince: "", corporateSince: before.corporateSince ?? "" }, null);
  });

  it("keeps the seeds' 連携先一覧 published with their dates", async () => {
    const minato = (await db.institution.findUniqueOrThrow({ where: { slug: "minato" } })).id;
    const rows = await listPartners(minato);
    expect(rows.find((r) => r.aggregator === "freee株式会社")).toMatchObject({ personalSince: "2020-02-03", corporateSince: "2019-02-04" });
    expect(rows.some((r) => r.aggregator.includes("デモ"))).toBe(false);
  });
});
