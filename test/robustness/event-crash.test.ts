// SIGKILL between a change and its event's delivery, on SQLite: a grant passes its expiry, the server's
// sweep ends it and writes grant-expired to the outbox in the same transaction, the worker starts the
// delivery — and the server is killed while the receiver still holds the request unanswered. Restarted on
// the same file, the server delivers the event (once the dead instance's claim lapses): the receiver gets
// it, correctly signed, and handles it exactly once.
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { portInUse } from "../../scripts/lib/server-process";
import { startServer } from "../server-process";
import { extraServerPort } from "../env";
import { eventually, startEventReceiver } from "../support/event-receiver";
import { newAggregator } from "../support/new-aggregator";

const PORT = extraServerPort("eventCrash");

describe("a crash before an event is delivered", () => {
  it("loses nothing: the event goes out after the restart", { timeout: 180_000 }, async () => {
    const first = await startServer("event-crash", PORT, 0);
    const file = first.env.DATABASE_URL!.slice("file:".length);
    const issuer = `${first.baseUrl}/sakura`;
    const receiver = await startEventReceiver(issuer);
    let second: Awaited<ReturnType<typeof startServer>> | undefined;
    try {
      const registration = await fetch(`${issuer}/oauth/register`, {
        method: "POST", headers: { authorization: "Bearer test-initial-access-token", "content-type": "application/json" },
        body: JSON.stringify({
          client_name: "クラッシュ通知", ...newAggregator("クラッシュ通知テスト株式会社"), redirect_uris: ["http://localhost:8080/cb"],
          token_endpoint_auth_method: "private_key_jwt", channels: ["personal"], event_delivery_uri: receiver.uri,
          jwks: { keys: [{ kty: "EC", crv: "P-256", x: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", y: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0" }] },
        }),
      });
      expect(registration.status).toBe(201);
      const { client_id: clientId } = (await registration.json()) as { client_id: string };
      receiver.expect(clientId);
      receiver.mode("hang");

      // a grant past its expiry, as the clock would leave it
      const grantId = `crash-${randomUUID()}`;
      const sqlite = new Database(file);
      const ids = sqlite.prepare(`SELECT c.id AS client, u.id AS user, u."institutionId" AS institution FROM "Client" c, "User" u WHERE c."clientId" = ? AND u."loginId" = '1000000001'`).get(clientId) as { client: string; user: string; institution: string };
      const now = new Date().toISOString();
      sqlite.prepare(`INSERT INTO "Grant" (id, "institutionId", "clientId", "userId", scopes, status, "createdAt", "expiresAt") VALUES (?, ?, ?, ?, 'balances', 'active', ?, ?)`)
        .run(grantId, ids.institution, ids.client, ids.user, now, new Date(Date.now() - 1000).toISOString());
      sqlite.close();

      // the sweep ends it and the worker starts delivering; the receiver holds the request, and the server dies
      await eventually(async () => receiver.hung() >= 1, "the delivery under way");
      first.kill();
      const dead = new Database(file, { readonly: true });
      const atDeath = dead.prepare(`SELECT e.id, e.status, g.status AS "grantStatus" FROM "SecurityEvent" e JOIN "Grant" g ON g.id = e."grantId" WHERE e."grantId" = ?`).get(grantId) as { id: string; status: string; grantStatus: string };
      dead.close();
      expect(atDeath.grantStatus).toBe("expired"); // the change and its event landed together
      expect(atDeath.status).not.toBe("sent");

      receiver.mode("ok");
      await eventually(async () => !(await portInUse(PORT)), "the killed server gone");
      second = await startServer("event-crash", PORT, 0, {}, { fresh: false });
      const event = await receiver.waitFor((e) => e.payload.grant_id === grantId, 60_000);
      expect(event).toMatchObject({ jti: atDeath.id, type: "grant-expired", payload: { grant_id: grantId, expired_at: expect.any(Number) } });
      const after = await eventually(async () => {
        const db = new Database(file, { readonly: true });
        const row = db.prepare(`SELECT status, attempts FROM "SecurityEvent" WHERE id = ?`).get(atDeath.id) as { status: string; attempts: number };
        db.close();
        return row.status === "sent" ? row : null;
      }, "the event marked sent");
      expect(after.attempts).toBeGreaterThanOrEqual(2);
      expect(receiver.events.filter((e) => e.jti === atDeath.id)).toHaveLength(1);
      expect(receiver.answers.filter((a) => a.status === 202)).toHaveLength(1);
    } finally {
      first.kill();
      await second?.stop();
      await receiver.close();
    }
  });
});
