// A production start (a SQLite file that is not the embedded default, RENKEI_DEMO unset — as the README's
// PostgreSQL start: lib/config/demo-data-wanted.ts says "not the demo"), the real production server:
//   - /demo and its routes answer 404 (lib/demo/demo-served.ts)
//   - loopback redirect URIs, jwks_uri and event_delivery_uri are refused at registration
//     (lib/http/loopback-allowed.ts), https ones or not
//   - a client registered through the environment's initial access token, bound to no aggregator, is
//     pending: PAR refuses it (lib/oauth/registration/registration-status.ts)
//   - a loopback event_delivery_uri stored anyway (written before the rule, or by hand) is refused at
//     delivery: the listener is never connected to, the event fails with our own Japanese reason
import http from "node:http";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { exportJWK, generateKeyPair } from "jose";
import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { spawnServer, type TServerProcess } from "@/scripts/lib/server-process";
import { demoInstitutions } from "@/prisma/seed/institutions";
import { extraServerPort, testServerEnv, TEST_INITIAL_ACCESS_TOKEN } from "../env";
import { productionEnv } from "../support/production-env";
import { newAggregator } from "../support/new-aggregator";

const root = path.resolve(__dirname, "../..");
const PORT = extraServerPort("outsideDemo");
const LISTENER_PORT = extraServerPort("outsideDemo", 1);
const SLUG = "shinkin";
/** a DateTime as Prisma writes it on SQLite */
const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

let file: string;
let server: TServerProcess;
let listener: http.Server;
let hits = 0;

const sql = <T>(run: (db: Database.Database) => T): T => {
  const db = new Database(file);
  try {
    return run(db);
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  file = path.join(root, ".data/test", `outside-the-demo-${PORT}.db`);
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  await migrate(`file:${file}`);
  const model = demoInstitutions[0];
  const now = sqliteDate(new Date());
  sql((db) => db.prepare(`INSERT INTO "Institution" ("id", "slug", "name", "bankCode", "settings", "theme", "consentDays", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, 90, ?, ?)`)
    .run("inst-outside", SLUG, "しんきん銀行", "1234", JSON.stringify({ ...model.settings, registration: {} }), JSON.stringify(model.theme), now, now));
  listener = http.createServer((_req, res) => {
    hits++;
    res.writeHead(500, { "content-type": "application/json" }).end('{"err":"internal","description":"<b>Consul agent: service x deregistered</b>"}');
  });
  await new Promise<void>((resolve) => listener.listen(LISTENER_PORT, "127.0.0.1", resolve));
  const { RENKEI_DEMO: _demo, ...suite } = testServerEnv("unused", PORT, 0);
  server = await spawnServer(productionEnv(`file:${file}`, { ...suite, DATABASE_URL: `file:${file}`, TLS_PORT: "0" }), { fresh: false });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await new Promise((resolve) => listener?.close(resolve));
});

const issuer = () => `${server.baseUrl}/${SLUG}`;

async function metadata(overrides: Record<string, unknown> = {}) {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "ES256" };
  return {
    privateKey,
    body: {
      client_name: "本番の家計簿", ...newAggregator("本番アグリゲーター株式会社"), redirect_uris: ["https://app.example/cb"],
      token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [jwk] }, channels: ["personal"], ...overrides,
    },
  };
}

async function register(body: unknown) {
  const res = await fetch(`${issuer()}/oauth/register`, {
    method: "POST", headers: { authorization: `Bearer ${TEST_INITIAL_ACCESS_TOKEN}`, "content-type": "application/json" }, body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

describe("outside the demo", () => {
  it.each([
    ["GET", "/demo"],
    ["GET", "/demo?error=%E3%81%8A%E5%AE%A2%E3%81%95%E3%81%BE%E3%81%AE%E5%8F%A3%E5%BA%A7%E3%81%AF%E5%87%8D%E7%B5%90"],
    ["GET", "/demo/result"],
    ["GET", "/demo/callback?code=x&state=y"],
    ["POST", "/demo/start"],
  ])("answers %s %s with 404", async (method, url) => {
    const res = await fetch(`${server.baseUrl}${url}`, { method, redirect: "manual", ...(method === "POST" ? { body: new URLSearchParams({ institution: SLUG }) } : {}) });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("口座は凍結");
  });

  it.each([
    ["an http loopback redirect URI", { redirect_uris: ["http://localhost:8080/callback"] }, "invalid_redirect_uri", "redirect_uri http://localhost:8080/callback must not name a loopback host outside the demo"],
    ["an https loopback redirect URI", { redirect_uris: ["https://127.0.0.1/cb"] }, "invalid_redirect_uri", "redirect_uri https://127.0.0.1/cb must not name a loopback host outside the demo"],
    ["a loopback event_delivery_uri (the review's Consul deregistration)", { event_delivery_uri: "http://127.0.0.1:8500/v1/agent/service/deregister/x" }, "invalid_client_metadata",
      "event_delivery_uri: event_delivery_uri must be https (http only on a loopback host in the demo)"],
    ["a loopback jwks_uri", { jwks: undefined, jwks_uri: "https://localhost/jwks.json" }, "invalid_client_metadata", "jwks_uri: jwks_uri must not name a loopback host outside the demo"],
  ])("refuses %s at registration", async (_name, overrides, error, description) => {
    const { body } = await metadata(overrides);
    expect(await register(body)).toEqual({ status: 400, body: { error, error_description: description } });
  });

  it("keeps a client registered through the environment's token pending: PAR refuses it", async () => {
    const { body, privateKey } = await metadata();
    const registered = await register(body);
    expect(registered.status).toBe(201);
    const clientId = registered.body.client_id;
    expect(sql((db) => db.prepare(`SELECT ci."status" FROM "ClientInstitution" ci JOIN "Client" c ON c."id" = ci."clientId" WHERE c."clientId" = ?`).get(clientId))).toEqual({ status: "pending" });
    const config = await client.discovery(new URL(issuer()), clientId, { token_endpoint_auth_method: "private_key_jwt" },
      client.PrivateKeyJwt({ key: privateKey, kid: "k1" }), { execute: [client.allowInsecureRequests], algorithm: "oauth2" });
    const refused = await client.buildAuthorizationUrlWithPAR(config, {
      redirect_uri: "https://app.example/cb", scope: "balances", code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", code_challenge_method: "S256",
    }, { DPoP: client.getDPoPHandle(config, await client.randomDPoPKeyPair("ES256")) }).then(() => null, (e: { status?: number; response?: Response }) => e);
    expect(refused?.status).toBe(401);
    expect(await refused?.response?.json()).toEqual({ error: "invalid_client", error_description: "client is suspended at this institution" });
  });

  it("refuses a stored loopback event_delivery_uri at delivery: nothing reaches the listener, the console gets our own Japanese reason", async () => {
    const { body } = await metadata({ event_delivery_uri: "https://receiver.example/events" });
    const registered = await register(body);
    expect(registered.status).toBe(201);
    const eventId = randomUUID();
    sql((db) => {
      const row = db.prepare(`SELECT "id" FROM "Client" WHERE "clientId" = ?`).get(registered.body.client_id) as { id: string };
      // as if stored before the rule, or by hand: the worker checks at every attempt
      db.prepare(`UPDATE "Client" SET "eventDeliveryUri" = ? WHERE "id" = ?`).run(`http://127.0.0.1:${LISTENER_PORT}/events`, row.id);
      const now = new Date();
      db.prepare(`INSERT INTO "SecurityEvent" ("id", "institutionId", "clientId", "type", "payload", "status", "attempts", "nextAttemptAt", "giveUpAt", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?)`)
        .run(eventId, "inst-outside", row.id, "grant-revoked", JSON.stringify({ grant_id: "g", reason: "operator_revoked" }), sqliteDate(now), sqliteDate(new Date(now.getTime() + 86_400_000)), sqliteDate(now), sqliteDate(now));
    });
    let event: { status: string; lastError: string | null; lastStatus: number | null; attempts: number } | undefined;
    for (let i = 0; i < 100; i++) {
      event = sql((db) => db.prepare(`SELECT "status", "lastError", "lastStatus", "attempts" FROM "SecurityEvent" WHERE "id" = ?`).get(eventId)) as typeof event;
      if (event && event.status !== "pending" && event.status !== "sending") break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(event).toEqual({ status: "failed", lastStatus: null, attempts: 1, lastError: "送信しません: 送信先がループバックアドレス（localhost・127.0.0.1 など）です。デモ環境以外では送信しません。" });
    expect(hits).toBe(0);
  });
});
