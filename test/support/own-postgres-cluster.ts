// A PostgreSQL cluster of a test's own — its own data directory, port and postmaster — for what the shared test
// server must never suffer: being stopped with `pg_ctl stop -m immediate` (a crash: the next start runs crash
// recovery) and started again. Debian's binaries (scripts/lib/postgres.mjs installs them), run as the postgres
// user; trust authentication on 127.0.0.1 only. Removed by `remove()`.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { ensurePostgres } from "../../scripts/lib/postgres.mjs";

export type TOwnCluster = {
  url: string;
  /** pg_ctl stop -m immediate: every backend killed, nothing flushed — a crash. */
  crash: () => void;
  /** pg_ctl start, resolving once it accepts connections (after crash recovery); the caller's event loop runs meanwhile. */
  start: () => Promise<void>;
  remove: () => void;
};

const command = (args: string[]) => ["postgres", "-c", args.map((a) => `'${a}'`).join(" ")];
const asPostgres = (args: string[]) => execFileSync("su", command(args), { cwd: "/", stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
const asPostgresLater = (args: string[]) => promisify(execFile)("su", command(args), { cwd: "/" });

export function ownPostgresCluster(name: string, port: number): TOwnCluster {
  ensurePostgres(); // the binaries
  const version = readdirSync("/usr/lib/postgresql").sort().at(-1)!;
  const bin = (tool: string) => path.join("/usr/lib/postgresql", version, "bin", tool);
  const dir = path.join("/tmp", `renkei-${name}-${port}`);
  const data = path.join(dir, "data");
  const pgCtl = (...args: string[]) => asPostgres([bin("pg_ctl"), "-D", data, ...args]);
  if (existsSync(path.join(data, "postmaster.pid"))) {
    try {
      pgCtl("stop", "-m", "immediate");
    } catch {
      // not running
    }
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync("chown", ["postgres:postgres", dir]);
  asPostgres([bin("initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const startArgs = [bin("pg_ctl"), "-D", data, "start", "-w", "-t", "30", "-l", path.join(dir, "log"), "-o", options];
  asPostgres(startArgs);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    crash: () => void pgCtl("stop", "-m", "immediate"),
    start: async () => void (await asPostgresLater(startArgs)),
    remove: () => {
      try {
        pgCtl("stop", "-m", "immediate");
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
