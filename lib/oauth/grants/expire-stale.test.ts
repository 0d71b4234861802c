// The sweep and a grant's last weeks (the clock moved by expireStale's `now`): inside the institution's
// warning window (14 days unless set) the client gets grant-expiring, once, however often the sweep
// runs; past its expiry the grant ends (status expired, tokens revoked) and the client gets grant-expired, once.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { ownDatabase } from "@/test/support/own-database";
import { eventClient, eventGrant } from "@/test/support/event-builders";
import { expireStale } from "./expire-stale";

beforeAll(() => ownDatabase({ seed: true }), 120_000); // seeding takes seconds on a busy machine

const DAY = 86_400_000;
const types = async (grantId: string) => (await db.securityEvent.findMany({ where: { grantId }, orderBy: { createdAt: "asc" } })).map((e) => [e.type, JSON.parse(e.payload)]);

describe("a grant's expiry", () => {
  it("warns within the window, once, and ends the grant at its expiry, once", async () => {
    const client = await eventClient();
    const expiresAt = new Date(Date.now() + 90 * DAY);
    const grantId = await eventGrant(client, { expiresAt });
    await db.accessToken.create({ data: { tokenHash: hashToken(randomToken()), grantId, clientId: client.id, scopes: "balances", expiresAt } });
    const at = (daysBefore: number) => new Date(expiresAt.getTime() - daysBefore * DAY);
    const expiresAtSeconds = Math.floor(expiresAt.getTime() / 1000);

    await expireStale(at(15));
    expect(await types(grantId)).toEqual([]);
    await Promise.all([expireStale(at(14)), expireStale(at(13)), expireStale(at(10))]);
    expect(await types(grantId)).toEqual([["grant-expiring", { grant_id: grantId, expires_at: expiresAtSeconds }]]);

    await expireStale(at(0.001));
    expect((await db.grant.findUniqueOrThrow({ where: { id: grantId } })).status).toBe("active");
    await Promise.all([expireStale(at(-0.001)), expireStale(at(-1))]);
    expect(await types(grantId)).toEqual([
      ["grant-expiring", { grant_id: grantId, expires_at: expiresAtSeconds }],
      ["grant-expired", { grant_id: grantId, expired_at: expiresAtSeconds }],
    ]);
    expect(await db.grant.findUniqueOrThrow({ where: { id: grantId } })).toMatchObject({ status: "expired", revokedBy: "expiry" });
    expect(await db.accessToken.count({ where: { grantId, revokedAt: null } })).toBe(0);
    expect(await db.auditEvent.count({ where: { targetId: grantId, action: "grant.revoked" } })).toBe(1);
  });

  it("follows the institution's own warning window", async () => {
    const kita = await db.institution.findUniqueOrThrow({ where: { slug: "kita" } });
    const settings = JSON.parse(kita.settings);
    await db.institution.update({ where: { id: kita.id }, data: { settings: JSON.stringify({ ...settings, events: { expiryWarningDays: 30 } }) } });
    const client = await eventClient({ slug: "kita" });
    const expiresAt = new Date(Date.now() + 90 * DAY);
    const grantId = await eventGrant(client, { loginId: "kita-user1", expiresAt });
    await expireStale(new Date(expiresAt.getTime() - 31 * DAY));
    expect(await types(grantId)).toEqual([]);
    await expireStale(new Date(expiresAt.getTime() - 29 * DAY));
    expect((await types(grantId)).map(([t]) => t)).toEqual(["grant-expiring"]);
  });
});

describe("attempt counters", () => {
  it("are purged once their window has ended, and only then", async () => {
    const key = `test:${randomToken()}`;
    const resetAt = new Date(Date.now() + 30 * 60_000);
    await db.rateLimit.create({ data: { key, count: 5, resetAt } });
    await expireStale(new Date(resetAt.getTime() - 1000));
    expect(await db.rateLimit.findUnique({ where: { key } })).not.toBeNull();
    await expireStale(new Date(resetAt.getTime() + 1000));
    expect(await db.rateLimit.findUnique({ where: { key } })).toBeNull();
  });
});
