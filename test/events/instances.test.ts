// Several instances on one database deliver each lifecycle event once. Two servers share a database —
// in the PostgreSQL run of npm test the suite's own (so with the suite's server, three workers race for
// one outbox), in the SQLite run a file of their own (several processes on one SQLite file are not the
// suite's business). Thirty grants pass their expiry at once; the instances' sweeps end them and their
// workers deliver: one grant-expired per grant, one request per jti, one attempt per event.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type TServer } from "../server-process";
import { extraServerPort, VITEST_DB_NAME } from "../env";
import { eventually, startEventReceiver, type TEventReceiver } from "../support/event-receiver";
import { newAggregator } from "../support/new-aggregator";
import { outsideSql } from "../support/outside-sql";

const onPostgres = Boolean(process.env.RENKEI_TEST_PG_URL);
let receiver: TEventReceiver;
const servers: TServer[] = [];
let origin = "";

/** One statement on the instances' database, as an outside writer (the clock, here) would. */
const sql = <T>(text: string, params: unknown[] = []) => outsideSql<T>(servers[0].env.DATABASE_URL!, text, params);

beforeAll(async () => {
  const name = onPostgres ? VITEST_DB_NAME : "events-instances";
  origin = onPostgres ? inject("baseUrl") : `http://localhost:${extraServerPort("instances")}`;
  for (const [i, port] of [extraServerPort("instances"), extraServerPort("instances", 1)].entries()) {
    // the first on SQLite makes the file; every other one joins what is there
    servers.push(await startServer(name, port, 0, { RENKEI_ORIGIN: origin }, { fresh: !onPostgres && i === 0 }));
  }
  receiver = await startEventReceiver(`${origin}/sakura`);
}, 180_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await receiver?.close();
});

describe("instances sharing one outbox", () => {
  it("deliver each event once", async () => {
    const registration = await fetch(`${servers[0].baseUrl}/sakura/oauth/register`, {
      method: "POST", headers: { authorization: "Bearer test-initial-access-token", "content-type": "application/json" },
      body: JSON.stringify({
        client_name: "複数インスタンス通知", ...newAggregator("複数インスタンス通知テスト株式会社"),
        redirect_uris: ["http://localhost:8080/cb"], token_endpoint_auth_method: "private_key_jwt", channels: ["personal"], event_delivery_uri: receiver.uri,
        jwks: { keys: [{ kty: "EC", crv: "P-256", x: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", y: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0" }] },
      }),
    });
    expect(registration.status).toBe(201);
    const { client_id: clientId } = (await registration.json()) as { client_id: string };
    receiver.expect(clientId);
    const [ids] = await sql<{ client: string; user: string; institution: string }>(
      `SELECT c.id AS client, u.id AS "user", u."institutionId" AS institution FROM "Client" c, "User" u WHERE c."clientId" = $1 AND u."loginId" = '1000000001'`, [clientId]);

    // thirty grants whose expiry has just passed
    const grants = Array.from({ length: 30 }, () => `instances-${randomUUID()}`);
    const now = new Date().toISOString();
    const past = new Date(Date.now() - 1000).toISOString();
    for (const id of grants) {
      await sql(`INSERT INTO "Grant" (id, "institutionId", "clientId", "userId", scopes, status, "createdAt", "expiresAt") VALUES ($1, $2, $3, $4, 'balances', 'active', $5, $6)`,
        [id, ids.institution, ids.client, ids.user, now, past]);
    }

    await eventually(async () => (await sql<{ n: number | string }>(`SELECT count(*) AS n FROM "SecurityEvent" WHERE "clientId" = $1 AND status = 'sent'`, [ids.client]))[0].n == 30, "all 30 events sent", 90_000);
    const rows = await sql<{ id: string; attempts: number; grantId: string; type: string }>(`SELECT id, attempts, "grantId", type FROM "SecurityEvent" WHERE "clientId" = $1`, [ids.client]);
    expect(rows).toHaveLength(30);
    expect(rows.map((r) => r.grantId).sort()).toEqual([...grants].sort());
    expect(rows.every((r) => r.type === "grant-expired" && Number(r.attempts) === 1)).toBe(true);
    expect(receiver.events.map((e) => e.jti).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(receiver.answers).toHaveLength(30);
    expect(receiver.answers.every((a) => a.status === 202)).toBe(true);
  });
});
