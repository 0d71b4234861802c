// Kill the server with SIGKILL in the middle of flows and API calls, restart it on the same database,
// and check: every consent that completed is there with its grant and tokens, the audit chain is whole,
// and every half-done interaction ends as expired.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { auditHash } from "@/lib/audit/append-audit-event";
import { startServer } from "../server-process";
import { extraServerPort } from "../env";
import { newAggregator } from "../support/new-aggregator";

const PORT = extraServerPort("crash");
const TLS_PORT = extraServerPort("crash", 1);

describe("a crash under load", () => {
  it("loses nothing that completed and leaves nothing half-done", { timeout: 240_000 }, async () => {
    const first = await startServer("crash", PORT, TLS_PORT);
    const file = first.env.DATABASE_URL!.slice("file:".length);
    const issuer = `${first.baseUrl}/sakura`;

    // a client of our own, registered through the server before the load
    const { exportJWK, generateKeyPair, SignJWT } = await import("jose");
    const { privateKey, publicKey } = await generateKeyPair("ES256");
    const registration = await fetch(`${issuer}/oauth/register`, {
      method: "POST", headers: { authorization: "Bearer test-initial-access-token", "content-type": "application/json" },
      body: JSON.stringify({ client_name: "クラッシュ", ...newAggregator("クラッシュテスト株式会社"), redirect_uris: ["http://localhost:8080/cb"], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: "k" }] }, channels: ["personal"] }),
    });
    const { client_id: clientId } = (await registration.json()) as { client_id: string };
    const assertion = () => new SignJWT({ iss: clientId, sub: clientId, aud: issuer, jti: crypto.randomUUID(), exp: Math.floor(Date.now() / 1000) + 60 }).setProtectedHeader({ alg: "ES256", kid: "k" }).sign(privateKey);

    // load: flows (PAR, then the authorization endpoint starting an interaction) and API calls; the
    // server is killed while they run. What it confirmed before dying must be on disk afterwards.
    const confirmedPushes: string[] = [];
    const confirmedInteractions: string[] = [];
    const flow = async () => {
      const pushed = await fetch(`${issuer}/oauth/par`, {
        method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ response_type: "code", client_id: clientId, redirect_uri: "http://localhost:8080/cb", scope: "balances", code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", code_challenge_method: "S256", client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", client_assertion: await assertion() }),
      });
      if (pushed.status !== 201) return;
      const { request_uri: requestUri } = (await pushed.json()) as { request_uri: string };
      confirmedPushes.push(requestUri);
      const started = await fetch(`${issuer}/oauth/authorize?client_id=${clientId}&request_uri=${encodeURIComponent(requestUri)}`, { redirect: "manual" });
      const id = started.headers.get("location")?.match(/\/authorize\/([A-Za-z0-9_-]{40,})$/)?.[1];
      if (id) confirmedInteractions.push(id);
      if (confirmedInteractions.length === 10) first.kill(); // mid-load: the other flows are in flight
    };
    const load: Promise<unknown>[] = [];
    for (let i = 0; i < 100; i++) {
      load.push(flow().catch(() => "killed"));
      load.push(fetch(`${issuer}/api/v1/accounts`).then((r) => r.status, () => "killed"));
      await new Promise((r) => setTimeout(r, 5));
    }
    const outcomes = await Promise.all(load);
    expect(outcomes).toContain("killed"); // the kill happened mid-load
    expect(confirmedInteractions.length).toBeGreaterThan(0);

    // state at the moment of death, straight from the file (no server)
    const sqlite = new Database(file);
    const grantsBefore = sqlite.prepare(`SELECT id FROM "Grant"`).all() as { id: string }[];
    const auditBefore = (sqlite.prepare(`SELECT count(*) AS n FROM "AuditEvent"`).get() as { n: number }).n;
    // a half-done interaction that the crash left behind, already past its time
    const institution = sqlite.prepare(`SELECT id FROM "Institution" WHERE slug = 'sakura'`).get() as { id: string };
    const client = sqlite.prepare(`SELECT id FROM "Client" WHERE "clientId" = 'renkei-demo'`).get() as { id: string };
    sqlite.prepare(`INSERT INTO "PushedRequest" (id, "requestUriHash", "institutionId", "clientId", params, "expiresAt", "createdAt") VALUES ('pr-crash', 'h-crash', ?, ?, '{}', ?, ?)`).run(institution.id, client.id, new Date().toISOString(), new Date().toISOString());
    sqlite.prepare(`INSERT INTO "Interaction" (id, "institutionId", "clientId", "pushedRequestId", params, step, state, "browserHash", status, "expiresAt", "createdAt", "updatedAt") VALUES ('crash-half-done-interaction-0000000', ?, ?, 'pr-crash', '{}', 'login', '{}', 'x', 'active', ?, ?, ?)`)
      .run(institution.id, client.id, new Date(Date.now() - 1000).toISOString(), new Date().toISOString(), new Date().toISOString());
    sqlite.close();

    const second = await startServer("crash", PORT, TLS_PORT, {}, { fresh: false });
    try {
      expect((await fetch(`${second.baseUrl}/healthz`)).status).toBe(200);
      const after = new Database(file, { readonly: true });
      const grantsAfter = after.prepare(`SELECT id FROM "Grant"`).all() as { id: string }[];
      expect(grantsAfter.map((g) => g.id).sort()).toEqual(grantsBefore.map((g) => g.id).sort());
      // every interaction the server confirmed (303 to the consent screens) survived the crash
      const known = new Set((after.prepare(`SELECT id FROM "Interaction"`).all() as { id: string }[]).map((r) => r.id));
      for (const id of confirmedInteractions) expect(known.has(id), id).toBe(true);
      const pushes = (after.prepare(`SELECT count(*) AS n FROM "PushedRequest" WHERE "usedAt" IS NOT NULL`).get() as { n: number }).n;
      expect(pushes).toBeGreaterThanOrEqual(confirmedInteractions.length);
      const rows = after.prepare(`SELECT * FROM "AuditEvent" ORDER BY id`).all() as Record<string, string | number | null>[];
      expect(rows.length).toBeGreaterThanOrEqual(auditBefore);
      let previous = "0".repeat(64);
      for (const row of rows) {
        expect(row.prevHash, `audit row ${row.id}`).toBe(previous);
        // the keyed hash (lib/audit/audit-key.ts): this process reads the same data key as the server
        const entry = {
          at: new Date(String(row.at)), prevHash: String(row.prevHash), institutionId: row.institutionId as string | null, actorType: row.actorType as "system",
          actorId: row.actorId as string | null, action: String(row.action), targetType: row.targetType as string | null, targetId: row.targetId as string | null,
          ip: row.ip as string | null, details: String(row.details),
        };
        expect(auditHash(entry), `audit row ${row.id}`).toBe(row.hash);
        previous = String(row.hash);
      }
      // the sweep at start ended the half-done interactions
      const half = after.prepare(`SELECT status FROM "Interaction" WHERE id = 'crash-half-done-interaction-0000000'`).get() as { status: string };
      expect(half.status).toBe("expired");
      expect((after.prepare(`SELECT count(*) AS n FROM "Interaction" WHERE status = 'active' AND "expiresAt" < ?`).get(new Date().toISOString()) as { n: number }).n).toBe(0);
      after.close();
    } finally {
      await second.stop();
    }
  });
});
