// The SQL migrations and prisma/schema.prisma must describe the same tables: Prisma's migration engine
// cannot run here, so nothing else keeps them in step (docs/stack-notes.md).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { parseSchema } from "../../scripts/sql-from-schema.mjs";
import { derivePostgresSchema } from "../../scripts/generate.mjs";
import { listMigrations, migrate } from "./migrate";

type TModel = { name: string; fields: { name: string }[] };
const schemaText = readFileSync(path.resolve(__dirname, "../../prisma/schema.prisma"), "utf8");
const models: TModel[] = parseSchema(schemaText);

async function freshSqlite() {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "renkei-sync-")), "sync.db");
  await migrate(`file:${file}`);
  return file;
}

describe("migrations and schema", () => {
  it("has the same models in both providers' migrations", () => {
    expect(listMigrations("sqlite").map((m) => m.name)).toEqual(listMigrations("postgresql").map((m) => m.name));
  });

  it("creates exactly the schema's columns for every model (SQLite)", async () => {
    const sqlite = new Database(await freshSqlite(), { readonly: true });
    for (const model of models) {
      const columns = (sqlite.prepare(`PRAGMA table_info("${model.name}")`).all() as { name: string }[]).map((c) => c.name);
      expect(columns.sort(), model.name).toEqual(model.fields.map((f) => f.name).sort());
    }
    sqlite.close();
  });

  it("lets the Prisma client read every model on a freshly migrated database", async () => {
    const file = await freshSqlite();
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    const { PrismaClient } = await import("../generated/sqlite/client");
    const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file }) });
    for (const model of models) {
      const delegate = (client as unknown as Record<string, { findFirst: () => Promise<unknown> }>)[model.name[0].toLowerCase() + model.name.slice(1)];
      await expect(delegate.findFirst(), model.name).resolves.toBeNull();
    }
    await client.$disconnect();
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const file = await freshSqlite();
    const sqlite = new Database(file);
    sqlite.prepare(`UPDATE "_renkei_migrations" SET checksum = 'edited'`).run();
    sqlite.close();
    await expect(migrate(`file:${file}`)).rejects.toThrow(/was changed after it was applied/);
  });

  it("derives the PostgreSQL schema by changing only the provider and output", () => {
    const derived: string = derivePostgresSchema(schemaText);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain("lib/generated/postgres");
    expect(derived.split("\n").filter((l) => /^model /.test(l)).length).toBe(models.length);
  });
});
