// A real PostgreSQL for the integration tests: Debian's package, installed and started when absent.
// RENKEI_TEST_PG_URL points the tests at an existing server instead.
import { execFileSync, execSync } from "node:child_process";
import { existsSync } from "node:fs";

const sh = (command) => execSync(command, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
const asPostgres = (sql) => execFileSync("su", ["postgres", "-c", `psql -v ON_ERROR_STOP=1 -qtAc "${sql}"`], { encoding: "utf8", cwd: "/" }).trim();

export function ensurePostgres() {
  if (process.env.RENKEI_TEST_PG_URL) return process.env.RENKEI_TEST_PG_URL;
  if (!existsSync("/usr/bin/pg_ctlcluster") || !sh("pg_lsclusters -h 2>/dev/null || true")) {
    console.log("Installing Debian's postgresql (apt) for the PostgreSQL integration tests");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql", { stdio: "inherit" });
  }
  const [version, cluster, port, status] = sh("pg_lsclusters -h").split("\n")[0].split(/\s+/);
  if (status !== "online") execFileSync("pg_ctlcluster", [version, cluster, "start"], { stdio: "inherit" });
  if (asPostgres("SELECT 1 FROM pg_roles WHERE rolname = 'renkei'") !== "1") asPostgres("CREATE ROLE renkei LOGIN PASSWORD 'renkei'");
  if (asPostgres("SELECT 1 FROM pg_database WHERE datname = 'renkei_test'") !== "1") asPostgres("CREATE DATABASE renkei_test OWNER renkei");
  return `postgresql://renkei:renkei@127.0.0.1:${port}/renkei_test`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) console.log(ensurePostgres());
