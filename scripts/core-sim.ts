// `npm run core-sim`: the reference implementation of Renkei's bank protocol (docs/connecting-your-bank.md),
// a separate process with its own copy of the demo bank — its own SQLite file (.data/core-sim/bank.db) and
// data key, seeded with the demo data (prisma/seed/) and answered through the embedded seams
// (lib/bank/sim/serve-wire.ts). Renkei in http mode reaches it at http://127.0.0.1:PORT/{institution}.
//   RENKEI_CORE_SIM_PORT    the port (3900)
//   RENKEI_CORE_SIM_SECRET  the bearer secret Renkei must send; without it, the one in .data/core-sim/bearer-secret
//                           (scripts/lib/core-sim-secret.mjs) — never printed, never on argv
//   RENKEI_CORE_SIM_DIR     its data folder (.data/core-sim)
// POST /__faults {"latencyMs": n, "errorRate": 0..1, "down": true|false} from loopback only; GET /__faults reads them.
import { createHash, timingSafeEqual } from "node:crypto";
import { mkdirSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { coreSimDir, coreSimSecret } from "./lib/core-sim-secret.mjs";

const dir = coreSimDir();
mkdirSync(dir, { recursive: true });
// its own bank: set before anything opens the database or reads the data key
process.env.DATABASE_URL = `file:${path.join(dir, "bank.db")}`;
process.env.RENKEI_DATA_DIR = dir;
delete process.env.RENKEI_DATA_KEY;

const digest = (value: string) => createHash("sha256").update(value).digest();

async function main() {
  const port = Number(process.env.RENKEI_CORE_SIM_PORT || 3900);
  const secret = digest(coreSimSecret());
  const { migrate } = await import("../lib/db/migrate");
  const { db } = await import("../lib/db");
  await migrate(undefined, {
    whileLocked: async () => {
      const { seedDemo } = await import("../prisma/seed/index");
      await seedDemo(db);
    },
  });
  const { serveWire } = await import("../lib/bank/sim/serve-wire");
  const { NO_FAULTS, isLoopback, updateFaults } = await import("../lib/bank/sim/faults");
  let faults = NO_FAULTS;

  const send = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), "cache-control": "no-store" });
    res.end(text);
  };
  const readBody = (req: IncomingMessage) => new Promise<string>((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > 64 * 1024) reject(new Error("body too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://sim");
    try {
      if (url.pathname === "/__faults") {
        if (!isLoopback(req.socket.remoteAddress)) return send(res, 403, { error: "invalid_request", message: "loopback only" });
        if (req.method === "GET") return send(res, 200, faults);
        if (req.method !== "POST") return send(res, 405, { error: "invalid_request" });
        const next = updateFaults(faults, JSON.parse((await readBody(req)) || "{}"));
        if (!next) return send(res, 400, { error: "invalid_request", message: "latencyMs ≥ 0, errorRate 0..1, down boolean" });
        faults = next;
        return send(res, 200, faults);
      }
      if (url.pathname === "/__health") return send(res, 200, { ok: true });
      if (faults.down) return void req.socket.destroy();
      const given = (req.headers.authorization ?? "").match(/^Bearer (\S+)$/)?.[1];
      if (!given || !timingSafeEqual(digest(given), secret)) {
        res.setHeader("www-authenticate", "Bearer");
        return send(res, 401, { error: "unauthorized", message: "a bearer secret is required" });
      }
      const text = req.method === "POST" ? await readBody(req) : "";
      let body: unknown = undefined;
      if (text) {
        try {
          body = JSON.parse(text);
        } catch {
          return send(res, 400, { error: "invalid_request", message: "the body is not JSON" });
        }
      }
      if (faults.latencyMs) await new Promise((r) => setTimeout(r, faults.latencyMs));
      if (faults.errorRate && Math.random() < faults.errorRate) return send(res, 500, { error: "server_error", message: "injected fault" });
      const answer = await serveWire(req.method ?? "GET", url.pathname, body);
      send(res, answer.status, answer.body);
    } catch (error) {
      // never a stack trace on the wire; the simulator's own log says what broke
      console.error("core-sim:", error instanceof Error ? error.message : error);
      if (!res.headersSent) send(res, 500, { error: "server_error" });
    }
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, "127.0.0.1", () => console.log(`core-sim: the demo bank's protocol on http://127.0.0.1:${port}/{institution}/v1/…`));
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.close(() => process.exit(0)));
}

main().catch((error) => {
  console.error("core-sim:", error instanceof Error ? error.message : error);
  process.exit(1);
});
