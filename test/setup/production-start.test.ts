// `npm start` outside the embedded demo (docs/security-habits.md, "defaults in production"): its migrate-and-seed
// step (scripts/lib/setup.mjs, the one scripts/start.mjs runs) on PostgreSQL migrates and writes no
// demo data — no demo operator, no sandbox client, no demo customer — unless RENKEI_DEMO=1 asks for it.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrateAndSeed } from "../../scripts/lib/setup.mjs";
import { productionEnv } from "../support/production-env";
import { scratchPostgres } from "../support/scratch-postgres";

async function counts(url: string, tables: string[]): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, number> = {};
    for (const table of tables) out[table] = Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    return out;
  } finally {
    await client.end();
  }
}

describe("npm start on PostgreSQL", () => {
  it("migrates and seeds nothing: no demo operator, sandbox client, customer or institution", { timeout: 120_000 }, async () => {
    const url = await scratchPostgres("start");
    expect(migrateAndSeed(productionEnv(url))).toEqual({ demo: false });
    const after = await counts(url, ["_renkei_migrations", "Operator", "Client", "Aggregator", "Contract", "User", "Account", "Institution"]);
    expect(after._renkei_migrations).toBeGreaterThan(0);
    expect(after).toEqual({ _renkei_migrations: after._renkei_migrations, Operator: 0, Client: 0, Aggregator: 0, Contract: 0, User: 0, Account: 0, Institution: 0 });
  });

  it("seeds the demo when RENKEI_DEMO=1 asks for it", { timeout: 120_000 }, async () => {
    const url = await scratchPostgres("start");
    expect(migrateAndSeed(productionEnv(url, { RENKEI_DEMO: "1" }))).toEqual({ demo: true });
    expect(await counts(url, ["Operator", "Institution", "Contract"])).toEqual({ Operator: 4, Institution: 3, Contract: 5 });
  });
});
