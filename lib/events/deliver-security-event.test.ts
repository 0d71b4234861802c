// The outbox, claimed and delivered against a real HTTP receiver on loopback: the SET it gets is
// signed with the institution's published key and says what happened; a 202 marks the event sent; any
// other answer leaves it pending with backoff and a plain summary of the answer; after its 24 hours it
// is failed; concurrent claimers never hold one event twice.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createLocalJWKSet, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { revokeGrant } from "@/lib/oauth/grants/revoke-grant";
import { ownDatabase } from "@/test/support/own-database";
import { eventClient, eventGrant } from "@/test/support/event-builders";
import { claimDueEvents } from "./claim-due-events";
import { deliverSecurityEvent } from "./deliver-security-event";
import { deliverySettings } from "./delivery-settings";
import { institutionJwks } from "./institution-jwks";
import { retryDelay } from "./retry-delay";

let server: http.Server;
let uri = "";
let answer: { status: number; body?: string; headers?: Record<string, string> } = { status: 202 };
const received: { contentType?: string; body: string }[] = [];
const settings = { ...deliverySettings({} as NodeJS.ProcessEnv), retryBaseMs: 1000, timeoutMs: 2000, leaseMs: 6000 };

beforeAll(async () => {
  await ownDatabase({ seed: true });
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ contentType: req.headers["content-type"], body });
      res.writeHead(answer.status, answer.headers ?? {}).end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  uri = `http://localhost:${(server.address() as AddressInfo).port}/events`;
}, 120_000); // seeding takes seconds on a busy machine
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function revokedEvent(by: "customer" | "operator" = "customer") {
  const client = await eventClient({ eventDeliveryUri: uri });
  const grantId = await eventGrant(client);
  await db.$transaction((tx) => revokeGrant(tx, { grantId, by }));
  const event = await db.securityEvent.findFirstOrThrow({ where: { grantId } });
  return { client, grantId, event };
}

async function deliverNow(id: string) {
  const claimed = (await claimDueEvents(new Date(), 100, settings.leaseMs)).find((c) => c.id === id);
  if (!claimed) throw new Error("not claimed");
  return deliverSecurityEvent(claimed, settings);
}

describe("delivering a lifecycle event", () => {
  it("POSTs a SET signed with the institution's published key; 202 marks it sent", async () => {
    answer = { status: 202 };
    const { client, grantId, event } = await revokedEvent();
    const before = received.length;
    expect(await deliverNow(event.id)).toBe(true);
    const got = received.slice(before);
    expect(got).toHaveLength(1);
    expect(got[0].contentType).toBe("application/secevent+jwt");
    const { payload, protectedHeader } = await jwtVerify(got[0].body, createLocalJWKSet(await institutionJwks(client.institutionId)), {
      issuer: `${process.env.RENKEI_ORIGIN}/sakura`, audience: client.clientId, typ: "secevent+jwt",
    });
    expect(protectedHeader.alg).toBe("ES256");
    expect(payload).toMatchObject({ jti: event.id, iat: Math.floor(event.createdAt.getTime() / 1000) });
    expect(payload).not.toHaveProperty("exp");
    expect(payload.events).toEqual({ "https://schemas.renkei.dev/secevent/grant-revoked": { grant_id: grantId, reason: "customer_revoked", revoked_at: expect.any(Number) } });
    expect(await db.securityEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "sent", attempts: 1, lastStatus: 202, lastError: null });
  });

  it("keeps a refused event pending with backoff and a plain summary of the answer", async () => {
    answer = { status: 400, headers: { "content-type": "application/json" }, body: JSON.stringify({ err: "invalid_key", description: "<script>alert(1)</script>\u0007 unknown kid" }) };
    const { event } = await revokedEvent();
    const before = Date.now();
    expect(await deliverNow(event.id)).toBe(false);
    const row = await db.securityEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastStatus: 400 });
    expect(row.lastError).toContain("err=invalid_key");
    expect(row.lastError).not.toMatch(/[\u0000-\u001f]/);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 800);
    // not due yet: no worker takes it before its time
    expect((await claimDueEvents(new Date(), 100, settings.leaseMs)).map((c) => c.id)).not.toContain(event.id);
  });

  it("treats a redirect as a failure and does not follow it", async () => {
    answer = { status: 307, headers: { location: "http://169.254.169.254/" } };
    const { event } = await revokedEvent();
    const before = received.length;
    expect(await deliverNow(event.id)).toBe(false);
    expect(received.length - before).toBe(1);
    expect((await db.securityEvent.findUniqueOrThrow({ where: { id: event.id } })).lastError).toContain("リダイレクト");
  });

  it("marks the event failed once its 24 hours of retries are over", async () => {
    answer = { status: 500 };
    const { event } = await revokedEvent();
    await db.securityEvent.update({ where: { id: event.id }, data: { giveUpAt: new Date(Date.now() - 1) } });
    expect(await deliverNow(event.id)).toBe(false);
    expect(await db.securityEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "failed", lastStatus: 500 });
  });

  it("is claimed by one of many concurrent claimers, and a lapsed claim can be taken over", async () => {
    answer = { status: 202 };
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await revokedEvent("operator")).event.id);
    const rounds = await Promise.all(Array.from({ length: 6 }, () => claimDueEvents(new Date(), 100, settings.leaseMs)));
    const mine = rounds.flat().filter((c) => ids.includes(c.id));
    expect(mine.map((c) => c.id).sort()).toEqual([...ids].sort());
    // a worker that died holding them: after the lease, another takes them over, with a new attempt number
    const later = await claimDueEvents(new Date(Date.now() + settings.leaseMs + 1000), 100, settings.leaseMs);
    expect(later.filter((c) => ids.includes(c.id)).map((c) => c.attempts)).toEqual([2, 2, 2, 2, 2]);
    // the dead worker's late outcome is not written over the new holder's claim
    await deliverSecurityEvent(mine[0], settings);
    expect((await db.securityEvent.findUniqueOrThrow({ where: { id: mine[0].id } })).status).toBe("sending");
  });
});

describe("retryDelay", () => {
  it.each([[1, 1000], [2, 2000], [3, 4000], [10, 512_000], [20, 3_600_000]])("after attempt %i waits about %i ms", (attempts, expected) => {
    expect(retryDelay(attempts, 1000, () => 0.5)).toBe(expected);
    expect(retryDelay(attempts, 1000, () => 0)).toBe(Math.round(expected * 0.8));
    expect(retryDelay(attempts, 1000, () => 1)).toBe(Math.round(expected * 1.2));
  });

  it("keeps retrying for 24 hours after the event was written", async () => {
    const { event } = await revokedEvent();
    expect(event.giveUpAt.getTime() - event.createdAt.getTime()).toBe(24 * 3600_000);
  });
});
