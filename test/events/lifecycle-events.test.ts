// Lifecycle events end to end against the running server: a real receiver (docs/examples/set-receiver.mjs,
// verifying each SET with jose against the institution's jwks_uri fetched over HTTP from the server) gets
// grant-revoked when an operator revokes a grant or suspends the client, grant-expiring and grant-expired
// when a grant's expiry comes near and passes (the clock moved by rewriting the grant's expiresAt in the
// database; the server's own sweep and worker do the rest); one event, one audit entry and every replay
// recorded when a code is redeemed twenty times at once; a receiver that is down, then answers 500, then
// 202 gets the event handled exactly once; an operator's retry sends a failed event again. Registration
// echoes event_delivery_uri and refuses URLs that lead to internal hosts.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { loadOperatorScope } from "@/lib/console/load-operator-scope";
import { retrySecurityEvent } from "@/lib/console/retry-security-event";
import { revokeGrantAsOperator } from "@/lib/console/revoke-grant-as-operator";
import { setClientStatus } from "@/lib/console/set-client-status";
import { setEventDeliveryUri } from "@/lib/console/set-event-delivery-uri";
import { ConsoleForbidden } from "@/lib/console/operator-scope";
import { eventually, startEventReceiver, type TEventReceiver } from "../support/event-receiver";
import { eventClient, eventGrant } from "../support/event-builders";
import { code, rawClient, REDIRECT, testKey, tokenRequest } from "../oauth/raw-client";
import { newAggregator } from "../support/new-aggregator";

const issuer = () => `${inject("baseUrl")}/sakura`;
const REVOKED = "grant-revoked";
let receiver: TEventReceiver;

const admin = async () => (await loadOperatorScope((await db.operator.findUniqueOrThrow({ where: { loginId: "ops-admin" } })).id))!;

async function register(metadata: Record<string, unknown>) {
  const res = await fetch(`${issuer()}/oauth/register`, {
    method: "POST",
    headers: { authorization: "Bearer test-initial-access-token", "content-type": "application/json" },
    body: JSON.stringify({
      client_name: "イベント受信テスト", ...newAggregator("イベント受信テスト株式会社"),
      redirect_uris: [REDIRECT], token_endpoint_auth_method: "private_key_jwt",
      jwks: { keys: [{ kty: "EC", crv: "P-256", x: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", y: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0" }] },
      channels: ["personal"], ...metadata,
    }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A client of the receiver's (registered in-process, as the console does) with one active grant. */
async function linked() {
  const client = await eventClient({ eventDeliveryUri: receiver.uri });
  receiver.expect(client.clientId);
  return { client, grantId: await eventGrant(client) };
}

beforeAll(async () => {
  receiver = await startEventReceiver(issuer());
});
afterAll(() => receiver.close());

describe("registration", () => {
  it("stores and echoes event_delivery_uri", async () => {
    const { status, body } = await register({ event_delivery_uri: receiver.uri });
    expect(status).toBe(201);
    expect(body.event_delivery_uri).toBe(receiver.uri);
    expect((await db.client.findUniqueOrThrow({ where: { clientId: String(body.client_id) } })).eventDeliveryUri).toBe(receiver.uri);
  });

  it.each([
    ["event_delivery_uri", "http://aggregator.example/events", /must be https/],
    ["event_delivery_uri", "https://10.0.0.1/events", /private address/],
    ["event_delivery_uri", "https://169.254.169.254/latest/meta-data", /link-local/],
    ["event_delivery_uri", "https://[fd00::1]/events", /unique local/],
    ["jwks_uri", "https://10.0.0.1/jwks", /private address/],
    ["jwks_uri", "https://169.254.169.254/jwks", /link-local/],
    ["jwks_uri", "http://localhost:8080/jwks", /jwks_uri must be https/],
  ])("refuses %s %s with invalid_client_metadata", async (field, uri, reason) => {
    const { status, body } = await register(field === "jwks_uri" ? { jwks: undefined, jwks_uri: uri } : { [field]: uri });
    expect(status).toBe(400);
    expect(body.error).toBe("invalid_client_metadata");
    expect(String(body.error_description)).toMatch(reason);
  });
});

describe("the console's event_delivery_uri", () => {
  it("is set by an operator of every institution the client is at, under the registration rules", async () => {
    const client = await eventClient({ eventDeliveryUri: null });
    const sakuraOps = (await loadOperatorScope((await db.operator.findUniqueOrThrow({ where: { loginId: "ops-sakura" } })).id))!;
    const minato = await db.institution.findUniqueOrThrow({ where: { slug: "minato" } });
    await db.clientInstitution.create({ data: { clientId: client.id, institutionId: minato.id } });
    await expect(setEventDeliveryUri(sakuraOps, client.clientId, receiver.uri, null)).rejects.toBeInstanceOf(ConsoleForbidden);
    const scope = await admin();
    expect(await setEventDeliveryUri(scope, client.clientId, "https://192.168.10.2/events", null)).toMatchObject({ ok: false, error: expect.stringContaining("private address") });
    expect(await setEventDeliveryUri(scope, client.clientId, receiver.uri, "127.0.0.1")).toEqual({ ok: true });
    expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).eventDeliveryUri).toBe(receiver.uri);
    expect(await db.auditEvent.count({ where: { targetId: client.clientId, action: "client.event_delivery_uri_set" } })).toBe(2);
  });
});

describe("the institution's jwks_uri", () => {
  it("is in the metadata and publishes the public ES256 keys its events are signed with", async () => {
    const metadata = (await (await fetch(`${inject("baseUrl")}/.well-known/oauth-authorization-server/sakura`)).json()) as { jwks_uri: string };
    expect(metadata.jwks_uri).toBe(`${issuer()}/oauth/jwks`);
    const jwks = (await (await fetch(metadata.jwks_uri)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys.length).toBeGreaterThan(0);
    for (const key of jwks.keys) {
      expect(key).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig", kid: expect.any(String) });
      expect(key).not.toHaveProperty("d");
    }
  });
});

describe("grant-revoked", () => {
  it("reaches the receiver when an operator revokes the grant", async () => {
    const { grantId } = await linked();
    await revokeGrantAsOperator(await admin(), grantId, "イベントのテスト", "127.0.0.1");
    const event = await receiver.waitFor((e) => e.payload.grant_id === grantId);
    expect(event).toMatchObject({ type: REVOKED, payload: { grant_id: grantId, reason: "operator_revoked", revoked_at: expect.any(Number) } });
  });

  it("reaches the receiver for every grant of a suspended client, tied by one txn", async () => {
    const { client, grantId } = await linked();
    const second = await eventGrant(client, { loginId: "admin01" });
    const scope = await admin();
    await setClientStatus(scope, { clientId: client.clientId, institutionId: client.institutionId, status: "suspended" }, "127.0.0.1");
    const a = await receiver.waitFor((e) => e.payload.grant_id === grantId);
    const b = await receiver.waitFor((e) => e.payload.grant_id === second);
    expect(a).toMatchObject({ type: REVOKED, payload: { reason: "client_suspended" } });
    expect(b.txn).toBe(a.txn);
    expect(a.txn).toEqual(expect.any(String));
    // resumed: new flows may start, the ended grants stay ended
    await setClientStatus(scope, { clientId: client.clientId, institutionId: client.institutionId, status: "active" }, "127.0.0.1");
    expect((await db.grant.findUniqueOrThrow({ where: { id: grantId } })).status).toBe("revoked");
  });

  it("is sent once for a code redeemed twenty times at once; every replay is recorded", async () => {
    const c = await rawClient();
    await db.client.update({ where: { clientId: c.clientId }, data: { eventDeliveryUri: receiver.uri } });
    receiver.expect(c.clientId);
    const key = await testKey();
    const issued = await code(c, key);
    const form = { grant_type: "authorization_code", code: issued.code, redirect_uri: REDIRECT, code_verifier: issued.verifier };
    const results = await Promise.all(Array.from({ length: 20 }, () => tokenRequest(c, form, key)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.body.error === "invalid_grant")).toHaveLength(19);
    const audit = async (action: string) => db.auditEvent.count({ where: { targetId: issued.grantId, action } });
    expect(await audit("grant.revoked")).toBe(1);
    expect(await audit("code.replayed")).toBe(19);
    const event = await receiver.waitFor((e) => e.payload.grant_id === issued.grantId);
    expect(event.payload.reason).toBe("code_replayed");
    expect(await db.securityEvent.count({ where: { grantId: issued.grantId } })).toBe(1);
  });

  it("is not sent for what the client did itself", async () => {
    const { client, grantId } = await linked();
    const { revokeGrant } = await import("@/lib/oauth/grants/revoke-grant");
    await db.$transaction((tx) => revokeGrant(tx, { grantId, by: "aggregator", actorId: client.clientId }));
    expect(await db.securityEvent.count({ where: { grantId } })).toBe(0);
  });
});

describe("grant-expiring and grant-expired", () => {
  it("reach the receiver when the grant enters its warning window and when it passes its expiry", async () => {
    const { grantId } = await linked();
    // the clock moved: the grant now expires in ten days (inside sakura's 14-day window)
    const soon = new Date(Date.now() + 10 * 86_400_000);
    await db.grant.update({ where: { id: grantId }, data: { expiresAt: soon } });
    const expiring = await receiver.waitFor((e) => e.payload.grant_id === grantId && e.type === "grant-expiring");
    expect(expiring.payload).toEqual({ grant_id: grantId, expires_at: Math.floor(soon.getTime() / 1000) });
    // and now it is past
    const past = new Date(Date.now() - 1000);
    await db.grant.update({ where: { id: grantId }, data: { expiresAt: past } });
    const expired = await receiver.waitFor((e) => e.payload.grant_id === grantId && e.type === "grant-expired");
    expect(expired.payload).toEqual({ grant_id: grantId, expired_at: Math.floor(past.getTime() / 1000) });
    expect((await db.grant.findUniqueOrThrow({ where: { id: grantId } })).status).toBe("expired");
    expect(receiver.events.filter((e) => e.payload.grant_id === grantId).map((e) => e.type)).toEqual(["grant-expiring", "grant-expired"]);
  });
});

describe("delivery", () => {
  it("to a receiver that is down, then answers 500, then 202: handled exactly once, after the 202", async () => {
    const { grantId } = await linked();
    await receiver.stop();
    try {
      await revokeGrantAsOperator(await admin(), grantId, "イベントのテスト", null);
      const row = () => db.securityEvent.findFirstOrThrow({ where: { grantId } });
      await eventually(async () => (await row()).attempts >= 1 && (await row()).lastError?.includes("接続できません"), "a failed attempt while the receiver is down");
    } finally {
      receiver.mode("fail");
      await receiver.start();
    }
    const failedBefore = receiver.answers.filter((a) => a.status === 500).length;
    await eventually(async () => receiver.answers.filter((a) => a.status === 500).length > failedBefore && (await db.securityEvent.findFirstOrThrow({ where: { grantId } })).lastStatus === 500, "a 500 recorded");
    expect(receiver.events.some((e) => e.payload.grant_id === grantId)).toBe(false);
    receiver.mode("ok");
    const event = await receiver.waitFor((e) => e.payload.grant_id === grantId);
    const row = await eventually(async () => {
      const r = await db.securityEvent.findFirstOrThrow({ where: { grantId } });
      return r.status === "sent" ? r : null;
    }, "the event marked sent");
    expect(row).toMatchObject({ id: event.jti, lastStatus: 202, lastError: null });
    expect(row.attempts).toBeGreaterThanOrEqual(3);
    // a later event through the same receiver is the barrier: by the time it is in, nothing more came for the first
    const next = await linked();
    await revokeGrantAsOperator(await admin(), next.grantId, "イベントのテスト", null);
    await receiver.waitFor((e) => e.payload.grant_id === next.grantId);
    expect(receiver.events.filter((e) => e.jti === event.jti)).toHaveLength(1);
    expect(await db.securityEvent.findUniqueOrThrow({ where: { id: event.jti } })).toMatchObject({ status: "sent", attempts: row.attempts });
  });

  it("sends a failed event again when an operator retries it", async () => {
    const { grantId } = await linked();
    receiver.mode("fail");
    try {
      await revokeGrantAsOperator(await admin(), grantId, "イベントのテスト", null);
      const first = await eventually(() => db.securityEvent.findFirst({ where: { grantId, lastStatus: 500 } }), "a failed attempt");
      // its 24 hours are over (moved in the database): the next failure is final
      await db.securityEvent.update({ where: { id: first.id }, data: { giveUpAt: new Date(Date.now() - 1000) } });
      await eventually(() => db.securityEvent.findFirst({ where: { id: first.id, status: "failed" } }), "the event failed");
    } finally {
      receiver.mode("ok");
    }
    const failed = await db.securityEvent.findFirstOrThrow({ where: { grantId } });
    await retrySecurityEvent(await admin(), failed.id, "127.0.0.1");
    await receiver.waitFor((e) => e.jti === failed.id);
    expect(await db.auditEvent.count({ where: { action: "event.retried", details: { contains: failed.id } } })).toBe(1);
  });

  it("never reaches a private address, and says why", async () => {
    const client = await eventClient();
    // as if written before the rule, or through a hand-edited row: the worker checks again at every attempt
    await db.client.update({ where: { id: client.id }, data: { eventDeliveryUri: "https://10.0.0.1/events" } });
    const grantId = await eventGrant(client);
    await revokeGrantAsOperator(await admin(), grantId, "イベントのテスト", null);
    const row = await eventually(() => db.securityEvent.findFirst({ where: { grantId, attempts: { gte: 1 }, status: { not: "sending" } } }), "an attempt");
    expect(row.lastError).toMatch(/送信しません: .*private address/);
  });
});
