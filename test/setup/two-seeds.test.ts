// Two instances started together on an empty PostgreSQL, demo data asked for (README, "Several instances
// behind a load balancer"): both seed processes exit 0 and every demo record is there exactly once —
// the seed runs under the migration's advisory lock (lib/db/migrate.ts), so the second finds the first's rows.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { demoAggregators } from "@/lib/demo/demo-aggregators";
import { demoContracts, demoOperators } from "@/lib/demo/demo-customers";
import { demoInstitutions } from "@/prisma/seed/institutions";
import { generateTransactions } from "@/prisma/seed/transactions";
import { scratchPostgres } from "../support/scratch-postgres";
import { productionEnv } from "../support/production-env";

const root = path.resolve(__dirname, "../..");

function seedProcess(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "prisma/seed.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("two seeds at once on an empty PostgreSQL", () => {
  it("both exit 0 and the demo data is there once", { timeout: 180_000 }, async () => {
    const url = await scratchPostgres("seeds");
    const env = productionEnv(url, { RENKEI_DEMO: "1" });
    const results = await Promise.all([seedProcess(env), seedProcess(env)]);
    for (const r of results) expect(r.code, r.output).toBe(0);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const count = async (table: string) => Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    try {
      const links = demoAggregators.reduce((n, a) => n + Object.values(a.since).filter(Boolean).length, 0) + 2 * demoInstitutions.length;
      const accounts = demoContracts.flatMap((c) => c.accounts);
      expect({
        Institution: await count("Institution"), Aggregator: await count("Aggregator"), Client: await count("Client"),
        ClientInstitution: await count("ClientInstitution"), Contract: await count("Contract"), User: await count("User"),
        Account: await count("Account"), Transaction: await count("Transaction"), Operator: await count("Operator"),
      }).toEqual({
        Institution: demoInstitutions.length, Aggregator: demoAggregators.length + 1, Client: demoAggregators.length + 2,
        ClientInstitution: links, Contract: demoContracts.length, User: demoContracts.reduce((n, c) => n + c.users.length, 0),
        Account: accounts.length, Transaction: accounts.reduce((n, a) => n + generateTransactions(a).length, 0), Operator: demoOperators.length,
      });
    } finally {
      await client.end();
    }
  });
});
