// Several instances on one database (PostgreSQL in the second run of npm test, the SQLite file in the
// first): two more servers join the suite's server on its database, so three event workers race for the
// same outbox. Every event is delivered once — one request for each jti, one attempt on each row.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { revokeGrant } from "@/lib/oauth/revoke-grant";
import { startServer, type TServer } from "../server-process";
import { VITEST_DB_NAME, VITEST_PORT } from "../env";
import { eventually, startEventReceiver, type TEventReceiver } from "../support/event-receiver";
import { eventClient, eventGrant } from "../support/event-builders";

let receiver: TEventReceiver;
const others: TServer[] = [];

beforeAll(async () => {
  receiver = await startEventReceiver(`${inject("baseUrl")}/sakura`);
  // the same database as the suite's server (fresh: false — no reset), HTTP only, issuer URLs the same
  for (const port of [VITEST_PORT + 40, VITEST_PORT + 41]) {
    others.push(await startServer(VITEST_DB_NAME, port, 0, { RENKEI_ORIGIN: inject("baseUrl") }, { fresh: false }));
  }
}, 120_000);
afterAll(async () => {
  await Promise.all(others.map((s) => s.stop()));
  await receiver.close();
});

describe("three instances, one outbox", () => {
  it("deliver each event once", async () => {
    const client = await eventClient({ eventDeliveryUri: receiver.uri });
    receiver.expect(client.clientId);
    const grants: string[] = [];
    for (let i = 0; i < 30; i++) grants.push(await eventGrant(client));
    await Promise.all(grants.map((grantId) => db.$transaction((tx) => revokeGrant(tx, { grantId, by: "operator" }))));
    await eventually(async () => (await db.securityEvent.count({ where: { clientId: client.id, status: "sent" } })) === 30, "all 30 events sent", 60_000);
    const rows = await db.securityEvent.findMany({ where: { clientId: client.id }, select: { id: true, attempts: true } });
    expect(rows.map((r) => r.attempts)).toEqual(Array(30).fill(1));
    const received = receiver.events.map((e) => e.jti);
    expect(received.sort()).toEqual(rows.map((r) => r.id).sort());
    expect(receiver.answers.filter((a) => a.status === 202)).toHaveLength(30);
    expect(receiver.answers).toHaveLength(30);
  });
});
