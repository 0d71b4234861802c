// Starts the production server (server.mjs over the last build) on a database of its own, for whatever
// talks to it over real HTTP: the integration tests (test/server-process.ts) and the benchmark
// (bench/renkei-target.ts). The caller gives the whole environment; this file knows no test or bench.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import path from "node:path";

export type TServerProcess = {
  baseUrl: string;
  tlsUrl: string;
  env: NodeJS.ProcessEnv;
  pid: number;
  /** SIGKILL to the whole process group: no shutdown, no flush — a crash. */
  kill: () => void;
  /** SIGTERM to the group, SIGKILL after 5 s. */
  stop: () => Promise<void>;
  /** everything the server wrote to stdout and stderr so far (its JSON log lines: lib/observability/logger.ts) */
  output: () => string;
  /** The server's exit code once it exits (null: killed by a signal). */
  exited: Promise<number | null>;
};

const root = path.resolve(__dirname, "../..");

/** Fresh database: empty it, migrate, seed the demo data (prisma/seed.ts: the caller's env says RENKEI_DEMO=1). */
export function prepareDatabase(env: NodeJS.ProcessEnv) {
  const url = env.DATABASE_URL!;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  } else {
    execFileSync(process.execPath, ["-e", RESET_POSTGRES, url], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  }
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "prisma/seed.ts"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
}

const RESET_POSTGRES = `
const { Client } = require("pg");
const client = new Client({ connectionString: process.argv[1] });
client.connect()
  .then(() => client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public"))
  .then(() => client.end(), (e) => { console.error(e.message); process.exit(1); });
`;

/** Whether something already listens on the port (a server left behind would answer in our place). */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** ready "listening": done once the server listens, for a server whose database is meant to be unreachable. */
export async function spawnServer(env: NodeJS.ProcessEnv, options: { fresh?: boolean; nodeArgs?: string[]; ready?: "healthz" | "listening" } = {}): Promise<TServerProcess> {
  const port = Number(env.PORT);
  const tlsPort = Number(env.TLS_PORT);
  for (const p of [port, tlsPort]) {
    if (p && (await portInUse(p))) throw new Error(`port ${p} is already in use: stop whatever listens there first`);
  }
  if (options.fresh !== false) prepareDatabase(env);
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), "server.mjs"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let output = "";
  // RENKEI_SERVER_LOG=1 shows what the server prints while the tests run (it is always shown when it fails to start)
  const echo = Boolean(process.env.RENKEI_SERVER_LOG);
  child.stdout?.on("data", (d) => ((output += d), echo && process.stderr.write(d)));
  child.stderr?.on("data", (d) => ((output += d), echo && process.stderr.write(d)));
  const group = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal); // the whole group: nothing the server started outlives it
    } catch {
      // already gone
    }
  };
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    group("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    group("SIGKILL");
  };
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    if (options.ready === "listening" && output.includes(`listening on ${baseUrl}`)) break;
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server did not start in 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { baseUrl, tlsUrl: `https://localhost:${tlsPort}`, env, pid: child.pid!, kill: () => group("SIGKILL"), stop, output: () => output, exited };
}
