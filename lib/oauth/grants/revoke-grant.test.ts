// revokeGrant ends a grant once: of several callers, one writes the grant.revoked entry and the
// lifecycle event, in the same transaction as the change; what the client did itself sends it nothing;
// a client without an event_delivery_uri gets no outbox row; expiry sends grant-expired.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ownDatabase } from "@/test/support/own-database";
import { eventClient, eventGrant } from "@/test/support/event-builders";
import { revokeGrant, type TRevokedBy } from "./revoke-grant";

beforeAll(() => ownDatabase({ seed: true }), 120_000); // seeding takes seconds on a busy machine

const entries = (grantId: string) => db.auditEvent.count({ where: { targetId: grantId, action: "grant.revoked" } });
const events = (grantId: string) => db.securityEvent.findMany({ where: { grantId } });

describe("revokeGrant", () => {
  it("ends the grant once: one entry and one event however many callers", async () => {
    const client = await eventClient();
    const grantId = await eventGrant(client);
    const results = await Promise.all(Array.from({ length: 10 }, () => db.$transaction((tx) => revokeGrant(tx, { grantId, by: "replay" }))));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await entries(grantId)).toBe(1);
    const [event, ...more] = await events(grantId);
    expect(more).toHaveLength(0);
    expect(event).toMatchObject({ type: "grant-revoked", status: "pending", clientId: client.id, institutionId: client.institutionId });
    expect(JSON.parse(event.payload)).toEqual({ grant_id: grantId, reason: "code_replayed", revoked_at: expect.any(Number) });
    expect(await db.grant.findUniqueOrThrow({ where: { id: grantId } })).toMatchObject({ status: "revoked", revokedBy: "replay" });
  });

  it.each<[TRevokedBy, string]>([["customer", "customer_revoked"], ["operator", "operator_revoked"], ["suspension", "client_suspended"]])("reports a revocation by %s as %s", async (by, reason) => {
    const client = await eventClient();
    const grantId = await eventGrant(client);
    await db.$transaction((tx) => revokeGrant(tx, { grantId, by, txn: "t-1" }));
    const [event] = await events(grantId);
    expect(JSON.parse(event.payload).reason).toBe(reason);
    expect(event.txn).toBe("t-1");
  });

  it.each<TRevokedBy>(["aggregator", "replaced"])("tells the client nothing of what it did itself (%s)", async (by) => {
    const client = await eventClient();
    const grantId = await eventGrant(client);
    await db.$transaction((tx) => revokeGrant(tx, { grantId, by }));
    expect(await entries(grantId)).toBe(1);
    expect(await events(grantId)).toHaveLength(0);
  });

  it("writes no outbox row for a client without an event_delivery_uri", async () => {
    const client = await eventClient({ eventDeliveryUri: null });
    const grantId = await eventGrant(client);
    await db.$transaction((tx) => revokeGrant(tx, { grantId, by: "customer" }));
    expect(await events(grantId)).toHaveLength(0);
  });

  it("reports an expiry as grant-expired with the grant's expiry time", async () => {
    const client = await eventClient();
    const expiresAt = new Date(Date.now() - 1000);
    const grantId = await eventGrant(client, { expiresAt });
    await db.$transaction((tx) => revokeGrant(tx, { grantId, by: "expiry" }));
    const [event] = await events(grantId);
    expect(event.type).toBe("grant-expired");
    expect(JSON.parse(event.payload)).toEqual({ grant_id: grantId, expired_at: Math.floor(expiresAt.getTime() / 1000) });
    expect((await db.grant.findUniqueOrThrow({ where: { id: grantId } })).status).toBe("expired");
  });

  it("leaves no event when the change is rolled back", async () => {
    const client = await eventClient();
    const grantId = await eventGrant(client);
    await expect(db.$transaction(async (tx) => {
      await revokeGrant(tx, { grantId, by: "operator" });
      throw new Error("the rest of the change failed");
    })).rejects.toThrow();
    expect(await events(grantId)).toHaveLength(0);
    expect((await db.grant.findUniqueOrThrow({ where: { id: grantId } })).status).toBe("active");
  });
});
