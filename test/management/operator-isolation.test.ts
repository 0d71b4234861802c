// An operator of one institution cannot see or touch another institution's data: every console query
// and action in lib/console takes the operator's scope, and refuses or filters by it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadOperatorScope } from "@/lib/console/load-operator-scope";
import { ConsoleForbidden, type TOperatorScope } from "@/lib/console/operator-scope";
import { searchClients, ZClientSearchSchema } from "@/lib/console/search-clients";
import { getConsoleClient } from "@/lib/console/get-console-client";
import { setClientStatus } from "@/lib/console/set-client-status";
import { setPartnerDates } from "@/lib/console/set-partner-dates";
import { setPartnerListing } from "@/lib/console/set-partner-listing";
import { searchGrants, ZGrantSearchSchema } from "@/lib/console/search-grants";
import { revokeGrantAsOperator, RevokeReasonInvalid } from "@/lib/console/revoke-grant-as-operator";
import { listAuditEvents, ZAuditQuerySchema } from "@/lib/console/list-audit-events";
import { issueInitialAccessToken } from "@/lib/console/issue-initial-access-token";
import { revokeInitialAccessToken } from "@/lib/console/revoke-initial-access-token";
import { listInitialAccessTokens } from "@/lib/console/list-initial-access-tokens";
import { registerConsoleClient } from "@/lib/console/register-console-client";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { seedGrant } from "../api/builders";

const scopeOf = async (loginId: string) => {
  const op = await db.operator.findUniqueOrThrow({ where: { loginId }, select: { id: true } });
  return (await loadOperatorScope(op.id))!;
};
const institutionId = async (slug: string) => (await db.institution.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

describe("operator isolation", () => {
  let sakuraOps: TOperatorScope, admin: TOperatorScope;
  let sakura: string, minato: string;

  beforeAll(async () => {
    [sakuraOps, admin] = await Promise.all([scopeOf("ops-sakura"), scopeOf("ops-admin")]);
    [sakura, minato] = await Promise.all([institutionId("sakura"), institutionId("minato")]);
  });

  it("scopes: ops-sakura acts for sakura only, ops-admin for all three", async () => {
    expect(sakuraOps).toMatchObject({ all: false, institutionIds: [sakura] });
    expect(admin.all).toBe(true);
    expect(admin.institutionIds).toHaveLength(await db.institution.count()); // every institution, however many a test added
  });

  it("lists only the clients and the per-institution rows of the operator's institutions", async () => {
    const { rows: clients } = await searchClients(sakuraOps, ZClientSearchSchema.parse({}));
    expect(clients.length).toBeGreaterThan(0);
    for (const c of clients) for (const i of c.institutions) expect(i.institutionId).toBe(sakura);
    const minatoOnly = await db.client.findFirst({ where: { institutions: { some: { institutionId: minato }, none: { institutionId: sakura } } }, select: { clientId: true } });
    if (minatoOnly) {
      expect(await getConsoleClient(sakuraOps, minatoOnly.clientId)).toBeNull();
      expect((await searchClients(sakuraOps, ZClientSearchSchema.parse({ q: minatoOnly.clientId }))).total).toBe(0);
    }
    // naming the other institution in the filter does not widen the search
    expect((await searchClients(sakuraOps, ZClientSearchSchema.parse({ institutionId: minato }))).total).toBe(0);
    const { rows: all } = await searchClients(admin, ZClientSearchSchema.parse({ q: "freee" }));
    expect(new Set(all.flatMap((c) => c.institutions.map((i) => i.institutionId))).size).toBe(3);
  });

  it("refuses to suspend a client at another institution, and leaves it active", async () => {
    await expect(setClientStatus(sakuraOps, { clientId: "freee", institutionId: minato, status: "suspended" }, "127.0.0.1")).rejects.toBeInstanceOf(ConsoleForbidden);
    const row = await db.clientInstitution.findFirstOrThrow({ where: { client: { clientId: "freee" }, institutionId: minato } });
    expect(row.status).toBe("active");
  });

  it("refuses to change another institution's 連携開始日", async () => {
    await expect(setPartnerDates(sakuraOps, { clientId: "freee", institutionId: minato, personalSince: "2020-01-01", corporateSince: "" }, null)).rejects.toBeInstanceOf(ConsoleForbidden);
    const row = await db.clientInstitution.findFirstOrThrow({ where: { client: { clientId: "freee" }, institutionId: minato } });
    expect(row.personalSince).not.toBe("2020-01-01");
  });

  it("refuses to list or unlist a client on another institution's 連携先一覧", async () => {
    await expect(setPartnerListing(sakuraOps, { clientId: "freee", institutionId: minato, listed: false }, null)).rejects.toBeInstanceOf(ConsoleForbidden);
    const row = await db.clientInstitution.findFirstOrThrow({ where: { client: { clientId: "freee" }, institutionId: minato } });
    expect(row.publishedAt).not.toBeNull();
  });

  it("does not find, and cannot revoke, another institution's grant", async () => {
    const grant = await seedGrant({ loginId: "1000000002" }); // minato
    const all = await searchGrants(sakuraOps, ZGrantSearchSchema.parse({}));
    expect(all.rows.some((g) => g.id === grant.grantId)).toBe(false);
    expect(all.rows.every((g) => g.institution.name === "さくら信用金庫")).toBe(true);
    // naming the other institution in the filter does not widen the search
    expect((await searchGrants(sakuraOps, ZGrantSearchSchema.parse({ institutionId: minato }))).total).toBe(0);
    await expect(revokeGrantAsOperator(sakuraOps, grant.grantId, "お客さまからの申し出", null)).rejects.toBeInstanceOf(ConsoleForbidden);
    expect((await db.grant.findUniqueOrThrow({ where: { id: grant.grantId } })).status).toBe("active");
    // the operator of every institution can
    expect((await searchGrants(admin, ZGrantSearchSchema.parse({ institutionId: minato }))).rows.some((g) => g.id === grant.grantId)).toBe(true);
    // without a reason nothing is revoked
    await expect(revokeGrantAsOperator(admin, grant.grantId, "  ", null)).rejects.toBeInstanceOf(RevokeReasonInvalid);
    expect((await db.grant.findUniqueOrThrow({ where: { id: grant.grantId } })).status).toBe("active");
    await revokeGrantAsOperator(admin, grant.grantId, "お客さまから電話で停止の申し出", null);
    expect(await db.grant.findUniqueOrThrow({ where: { id: grant.grantId } })).toMatchObject({ status: "revoked", revokedBy: "operator", revokedReason: "お客さまから電話で停止の申し出" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "grant.revoked", targetId: grant.grantId } });
    expect(JSON.parse(audit.details)).toEqual({ by: "operator", reason: "お客さまから電話で停止の申し出" });
    expect(await db.accessToken.count({ where: { grantId: grant.grantId, revokedAt: null } })).toBe(0);
  });

  it("reads only its institutions' audit entries", async () => {
    for (const id of [sakura, minato, null]) {
      await db.$transaction((tx) => appendAuditEvent(tx, { institutionId: id, actorType: "system", action: "test.isolation" }));
    }
    const page = await listAuditEvents(sakuraOps, ZAuditQuerySchema.parse({}));
    expect(page.rows.length).toBeGreaterThan(0);
    for (const r of page.rows) expect(r.institutionId).toBe(sakura);
    expect((await listAuditEvents(sakuraOps, ZAuditQuerySchema.parse({ institutionId: minato }))).rows).toEqual([]);
    const adminRows = (await listAuditEvents(admin, ZAuditQuerySchema.parse({ action: "test.isolation" }))).rows;
    expect(new Set(adminRows.map((r) => r.institutionId))).toEqual(new Set([sakura, minato, null]));
  });

  it("issues and revokes initial access tokens only for its institutions", async () => {
    await expect(issueInitialAccessToken(sakuraOps, { institutionId: minato, label: "x", hours: "24", aggregatorName: "隔離テスト株式会社", registrationNumber: "関東財務局長（電代）第7777号", singleUse: false }, null)).rejects.toBeInstanceOf(ConsoleForbidden);
    // a token valid at every institution is for operators of every institution only
    await expect(issueInitialAccessToken(sakuraOps, { institutionId: "", label: "x", hours: "24", aggregatorName: "隔離テスト株式会社", registrationNumber: "関東財務局長（電代）第7777号", singleUse: false }, null)).rejects.toBeInstanceOf(ConsoleForbidden);
    const minatoToken = await issueInitialAccessToken(admin, { institutionId: minato, label: "minato-only", hours: "24", aggregatorName: "隔離テスト株式会社", registrationNumber: "関東財務局長（電代）第7777号", singleUse: false }, null);
    if (!minatoToken.ok) throw new Error(JSON.stringify(minatoToken.errors));
    expect((await listInitialAccessTokens(sakuraOps)).some((t) => t.id === minatoToken.id)).toBe(false);
    await expect(revokeInitialAccessToken(sakuraOps, minatoToken.id, null)).rejects.toBeInstanceOf(ConsoleForbidden);
    expect((await db.initialAccessToken.findUniqueOrThrow({ where: { id: minatoToken.id } })).revokedAt).toBeNull();
    const own = await issueInitialAccessToken(sakuraOps, { institutionId: sakura, label: "sakura-own", hours: "24", aggregatorName: "隔離テスト株式会社", registrationNumber: "関東財務局長（電代）第7777号", singleUse: false }, null);
    if (!own.ok) throw new Error(JSON.stringify(own.errors));
    const stored = await db.initialAccessToken.findUniqueOrThrow({ where: { id: own.id } });
    expect(stored.tokenHash).not.toContain(own.token); // only the hash is kept
    await revokeInitialAccessToken(sakuraOps, own.id, null);
    expect((await db.initialAccessToken.findUniqueOrThrow({ where: { id: own.id } })).revokedAt).not.toBeNull();
  });

  it("cannot register a client at another institution", async () => {
    const input = {
      aggregatorName: "分離テスト株式会社", registrationNumber: "関東財務局長（電代）第9999号", clientName: "分離テスト", serviceDescription: "",
      redirectUris: "https://example.com/cb", authMethod: "private_key_jwt", jwks: "", jwksUri: "https://example.com/jwks.json", tlsSubjectDn: "",
      sandbox: false, channels: ["personal"], since: [{ institutionId: minato, personal: "2026-01-01", corporate: "" }],
    };
    await expect(registerConsoleClient(sakuraOps, input, null)).rejects.toBeInstanceOf(ConsoleForbidden);
    expect(await db.client.count({ where: { clientName: "分離テスト" } })).toBe(0);
  });
});
