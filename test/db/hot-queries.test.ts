// The hot queries (lib/db/hot/) on the test database — SQLite, or PostgreSQL in the PostgreSQL run —
// against what Prisma reads and writes on the same rows: the same values both ways, a commit that is
// all or nothing, one winner among racing single-use ids, and an audit chain that stays whole.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { hotQueries, ReplayDetected, WriteRaced, type TReplayRecord } from "@/lib/db/hot/hot-queries";
import { auditWrite } from "@/lib/audit/append-audit-event";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { seedGrant } from "../api/builders";

const replay = (): TReplayRecord => ({ key: `test:${randomUUID()}`, kind: "dpop", expiresAt: new Date(Date.now() + 60_000) });

async function someGrant() {
  const { grantId } = await seedGrant();
  return db.grant.findUniqueOrThrow({ where: { id: grantId }, select: { id: true, clientId: true, institutionId: true, expiresAt: true, scopes: true } });
}

describe("hot queries", () => {
  it("read a client as Prisma stores it", async () => {
    const link = await db.clientInstitution.findFirstOrThrow({ select: { institutionId: true, status: true, client: { select: { id: true, clientId: true, sandbox: true, channels: true, aggregator: { select: { name: true } } } } } });
    const row = await (await hotQueries()).client(link.institutionId, link.client.clientId);
    expect(row).toMatchObject({ id: link.client.id, clientId: link.client.clientId, sandbox: link.client.sandbox, channels: link.client.channels, aggregatorName: link.client.aggregator.name, status: link.status });
    expect(await (await hotQueries()).client(link.institutionId, "no-such-client")).toBeNull();
  });

  it("write an access token Prisma reads back exactly, with its audit entry, in one commit", async () => {
    const hot = await hotQueries();
    const grant = await someGrant();
    const token = randomToken();
    const expiresAt = new Date(Date.now() + 300_000);
    const before = await db.auditEvent.count();
    await hot.commit([replay()], [
      { kind: "accessToken", tokenHash: hashToken(token), grantId: grant.id, clientId: grant.clientId, scopes: grant.scopes, jkt: "jkt", certThumbprint: null, codeId: null, expiresAt },
      auditWrite({ institutionId: grant.institutionId, actorType: "system", action: "test.hot", targetType: "grant", targetId: grant.id }),
      auditWrite({ institutionId: grant.institutionId, actorType: "system", action: "test.hot", targetType: "grant", targetId: grant.id }),
    ]);
    const stored = await db.accessToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(stored).toMatchObject({ grantId: grant.id, clientId: grant.clientId, scopes: grant.scopes, jkt: "jkt", certThumbprint: null, revokedAt: null });
    expect(stored.expiresAt.getTime()).toBe(expiresAt.getTime());
    const read = await hot.token("access", hashToken(token), grant.institutionId);
    expect(read).toMatchObject({ grantId: grant.id, clientRowId: grant.clientId, jkt: "jkt", revokedAt: null });
    expect(read!.expiresAt.getTime()).toBe(expiresAt.getTime());
    expect(read!.grantExpiresAt.getTime()).toBe(grant.expiresAt.getTime());
    expect(await db.auditEvent.count()).toBe(before + 2);
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("roll a whole commit back when a single-use id was used before", async () => {
    const hot = await hotQueries();
    const grant = await someGrant();
    const used = replay();
    await hot.commit([used], []);
    expect(await hot.replaySeen(used.key)).toBe(true);
    const token = randomToken();
    const auditBefore = await db.auditEvent.count();
    await expect(hot.commit([replay(), used], [
      { kind: "accessToken", tokenHash: hashToken(token), grantId: grant.id, clientId: grant.clientId, scopes: grant.scopes, jkt: null, certThumbprint: null, codeId: null, expiresAt: new Date(Date.now() + 60_000) },
      auditWrite({ actorType: "system", action: "test.rolled-back" }),
    ])).rejects.toBeInstanceOf(ReplayDetected);
    expect(await db.accessToken.findUnique({ where: { tokenHash: hashToken(token) } })).toBeNull();
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  it("make commits asked for together each all or nothing on its own: the one that fails rolls back alone, the others stay", async () => {
    const hot = await hotQueries();
    const grant = await someGrant();
    const used = replay();
    await hot.commit([used], []);
    const auditBefore = await db.auditEvent.count();
    const tokens = [randomToken(), randomToken(), randomToken()];
    const write = (token: string, records: TReplayRecord[]) => hot.commit(records, [
      { kind: "accessToken", tokenHash: hashToken(token), grantId: grant.id, clientId: grant.clientId, scopes: grant.scopes, jkt: null, certThumbprint: null, codeId: null, expiresAt: new Date(Date.now() + 60_000) },
      auditWrite({ institutionId: grant.institutionId, actorType: "system", action: "test.together", targetType: "grant", targetId: grant.id }),
    ]);
    // asked for together (on SQLite: within the commit window, one transaction, a savepoint each)
    const results = await Promise.allSettled([write(tokens[0], [replay()]), write(tokens[1], [replay(), used]), write(tokens[2], [replay()])]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(ReplayDetected);
    const stored = await db.accessToken.findMany({ where: { tokenHash: { in: tokens.map(hashToken) } }, select: { tokenHash: true } });
    expect(stored.map((t) => t.tokenHash).sort()).toEqual([hashToken(tokens[0]), hashToken(tokens[2])].sort());
    expect(await db.auditEvent.count()).toBe(auditBefore + 2);
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("let exactly one of 50 racing commits spend one id, with Prisma transactions writing the chain at the same time", async () => {
    const hot = await hotQueries();
    const record = replay();
    const results = await Promise.allSettled([
      ...Array.from({ length: 50 }, () => hot.commit([record], [auditWrite({ actorType: "system", action: "test.race" })])),
      ...Array.from({ length: 10 }, () => db.$transaction(async (tx) => {
        const { appendAuditEvent } = await import("@/lib/audit/append-audit-event");
        await appendAuditEvent(tx, { actorType: "system", action: "test.prisma" });
      })),
    ]);
    const hotResults = results.slice(0, 50);
    expect(hotResults.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(hotResults.filter((r) => r.status === "rejected" && r.reason instanceof ReplayDetected)).toHaveLength(49);
    expect(results.slice(50).every((r) => r.status === "fulfilled")).toBe(true);
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("read a client's security profile, sunset and secret hash as Prisma stores them", async () => {
    const aggregator = await db.aggregator.findFirstOrThrow({ select: { id: true } });
    const institution = await db.institution.findUniqueOrThrow({ where: { slug: "sakura" }, select: { id: true } });
    const sunsetAt = new Date("2027-12-01T15:00:00.000Z");
    const clientId = `hot-${randomUUID()}`;
    await db.client.create({
      data: {
        clientId, aggregatorId: aggregator.id, clientName: "hot", redirectUris: "[]", tokenEndpointAuthMethod: "client_secret_basic", channels: '["personal"]',
        clientSecretHash: "sha256$abc", securityProfile: "baseline", securityProfileSunsetAt: sunsetAt, institutions: { create: { institutionId: institution.id } },
      },
    });
    const row = await (await hotQueries()).client(institution.id, clientId);
    expect(row).toMatchObject({ clientSecretHash: "sha256$abc", securityProfile: "baseline", status: "active" });
    expect(row!.securityProfileSunsetAt!.getTime()).toBe(sunsetAt.getTime());
    const sandbox = await db.client.findUniqueOrThrow({ where: { clientId: "renkei-sandbox" }, omit: { clientSecretHash: false } });
    expect(await (await hotQueries()).client(institution.id, "renkei-sandbox")).toMatchObject({ clientSecretHash: sandbox.clientSecretHash, securityProfile: "fapi2", securityProfileSunsetAt: null });
  });

  it("rotate a refresh token once: of 20 racing commits exactly one marks it and writes its successor, the rest roll back whole", async () => {
    const hot = await hotQueries();
    const grant = await someGrant();
    const old = randomToken();
    await db.refreshToken.create({ data: { tokenHash: hashToken(old), grantId: grant.id, clientId: grant.clientId, scopes: grant.scopes, expiresAt: grant.expiresAt } });
    const successors = Array.from({ length: 20 }, () => randomToken());
    const auditBefore = await db.auditEvent.count();
    const results = await Promise.allSettled(successors.map((next) => hot.commit([replay()], [
      { kind: "rotateRefreshToken", tokenHash: hashToken(old), at: new Date() },
      { kind: "refreshToken", tokenHash: hashToken(next), grantId: grant.id, clientId: grant.clientId, scopes: grant.scopes, jkt: null, certThumbprint: null, codeId: null, expiresAt: grant.expiresAt },
      auditWrite({ actorType: "system", action: "test.rotated", targetType: "grant", targetId: grant.id }),
    ])));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof WriteRaced && r.reason.write.kind === "rotateRefreshToken")).toHaveLength(19);
    const written = await db.refreshToken.findMany({ where: { tokenHash: { in: successors.map(hashToken) } } });
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ grantId: grant.id, rotatedAt: null, revokedAt: null, jkt: null });
    expect(written[0].expiresAt.getTime()).toBe(grant.expiresAt.getTime());
    expect((await db.refreshToken.findUniqueOrThrow({ where: { tokenHash: hashToken(old) } })).rotatedAt).toBeInstanceOf(Date);
    expect((await hot.token("refresh", hashToken(old), grant.institutionId))!.rotatedAt).toBeInstanceOf(Date);
    expect((await hot.token("access", hashToken(old), grant.institutionId))).toBeNull();
    expect(await db.auditEvent.count()).toBe(auditBefore + 1);
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("bind an unbound refresh token to the first key only", async () => {
    const hot = await hotQueries();
    const grant = await someGrant();
    const token = randomToken();
    await db.refreshToken.create({ data: { tokenHash: hashToken(token), grantId: grant.id, clientId: grant.clientId, scopes: grant.scopes, expiresAt: grant.expiresAt } });
    await hot.commit([], [{ kind: "bindRefreshToken", tokenHash: hashToken(token), jkt: "first-key", certThumbprint: null }]);
    await expect(hot.commit([], [{ kind: "bindRefreshToken", tokenHash: hashToken(token), jkt: "second-key", certThumbprint: null }])).rejects.toBeInstanceOf(WriteRaced);
    expect(await db.refreshToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })).toMatchObject({ jkt: "first-key" });
  });

  it("redeem a code once among racing commits, and bind its grant only while the grant lives", async () => {
    const hot = await hotQueries();
    const grant = await someGrant();
    const code = await db.authorizationCode.create({ data: { codeHash: hashToken(randomToken()), grantId: grant.id, clientId: grant.clientId, redirectUri: "https://a.example/cb", codeChallenge: "x", expiresAt: new Date(Date.now() + 60_000) } });
    const tokens = Array.from({ length: 10 }, () => randomToken());
    const auditBefore = await db.auditEvent.count();
    const results = await Promise.allSettled(tokens.map((token) => hot.commit([replay()], [
      { kind: "consumeCode", codeId: code.id, at: new Date() },
      { kind: "bindGrant", grantId: grant.id, jkt: "code-key", certThumbprint: null, at: new Date() },
      { kind: "accessToken", tokenHash: hashToken(token), grantId: grant.id, clientId: grant.clientId, scopes: grant.scopes, jkt: "code-key", certThumbprint: null, codeId: code.id, expiresAt: new Date(Date.now() + 60_000) },
      auditWrite({ actorType: "system", action: "test.redeemed", targetType: "grant", targetId: grant.id }),
    ])));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof WriteRaced && r.reason.write.kind === "consumeCode")).toHaveLength(9);
    expect(await db.accessToken.count({ where: { codeId: code.id } })).toBe(1);
    expect(await db.grant.findUniqueOrThrow({ where: { id: grant.id } })).toMatchObject({ dpopJkt: "code-key" });
    expect(await db.auditEvent.count()).toBe(auditBefore + 1);

    // a grant that ended rolls back the redemption with it: the code stays unused
    const ended = await someGrant();
    await db.grant.update({ where: { id: ended.id }, data: { status: "revoked" } });
    const second = await db.authorizationCode.create({ data: { codeHash: hashToken(randomToken()), grantId: ended.id, clientId: ended.clientId, redirectUri: "https://a.example/cb", codeChallenge: "x", expiresAt: new Date(Date.now() + 60_000) } });
    const failed = hot.commit([], [{ kind: "consumeCode", codeId: second.id, at: new Date() }, { kind: "bindGrant", grantId: ended.id, jkt: null, certThumbprint: null, at: new Date() }]);
    await expect(failed).rejects.toMatchObject({ write: { kind: "bindGrant" } });
    expect((await db.authorizationCode.findUniqueOrThrow({ where: { id: second.id } })).usedAt).toBeNull();
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("read balances and pages with exact amounts", async () => {
    const hot = await hotQueries();
    const account = await db.account.findFirstOrThrow({ select: { id: true, balance: true } });
    const [row] = await hot.balances([account.id], "2999-01-01", "2999-01-01");
    expect(row.balance).toBe(account.balance);
    const page = await hot.transactionsPage({ accountId: account.id, from: "2000-01-01", to: "2999-12-31", after: null, limit: 3 });
    const prisma = await db.transaction.findMany({ where: { accountId: account.id }, orderBy: [{ transactionDate: "asc" }, { id: "asc" }], take: 3 });
    expect(page.map((t) => [t.id, t.amount, t.balance])).toEqual(prisma.map((t) => [t.id, t.amount, t.balance]));
  });
});
