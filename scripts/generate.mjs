// Generates the two Prisma clients (SQLite, PostgreSQL) from prisma/schema.prisma.
// The PostgreSQL schema is derived here, never edited by hand, so the two cannot drift.
// `prisma generate` never runs the schema engine but looks for it; pointing the variable at any
// existing file keeps it from trying to download one (docs/stack-notes.md).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sqliteSchema = path.join(root, "prisma/schema.prisma");
const pgSchema = path.join(root, "prisma/postgres/schema.prisma");

export function derivePostgresSchema(source) {
  const header =
    "// GENERATED from ../schema.prisma by scripts/generate.mjs — edit that file, not this one.\n";
  return (
    header +
    source
      .replace('output       = "../lib/generated/sqlite"', 'output       = "../../lib/generated/postgres"')
      .replace('provider = "sqlite"', 'provider = "postgresql"')
  );
}

function main() {
  mkdirSync(path.dirname(pgSchema), { recursive: true });
  const derived = derivePostgresSchema(readFileSync(sqliteSchema, "utf8"));
  if (!existsSync(pgSchema) || readFileSync(pgSchema, "utf8") !== derived) writeFileSync(pgSchema, derived);
  const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
  const prisma = path.join(root, "node_modules/.bin/prisma");
  for (const schema of [sqliteSchema, pgSchema]) {
    execFileSync(prisma, ["generate", "--schema", schema], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
