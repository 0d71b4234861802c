// `npm run db:seed`, and the first step of `npm start` (scripts/lib/setup.mjs): migrate, then seed the
// demo data (prisma/seed/index.ts) — only when this is the demo (lib/config/demo-data-wanted.ts: the
// embedded SQLite default, or RENKEI_DEMO=1). On any other database it migrates and seeds nothing: the
// demo's logins are published, and a bank's database must not hold them.
// The seed runs under the migration's lock, so instances starting together on one PostgreSQL seed once.
// Its last line says which it was; scripts/lib/setup.mjs reads it.
import { migrate } from "../lib/db/migrate";
import { demoDataWanted } from "../lib/config/demo-data-wanted";
import type { TDemoCore } from "./seed/index";

/**
 * RENKEI_DEMO_CORE=http (scripts/start.mjs): the demo bank's customers are the reference simulator's
 * (RENKEI_CORE_SIM_PORT, 3900), which Renkei reaches with the bearer secret in RENKEI_CORE_SIM_SECRET.
 */
function demoCore(): TDemoCore {
  const mode = process.env.RENKEI_DEMO_CORE || "embedded";
  if (mode === "embedded") return { mode };
  if (mode !== "http") throw new Error("RENKEI_DEMO_CORE must be embedded or http");
  return { mode, simulatorUrl: `http://127.0.0.1:${Number(process.env.RENKEI_CORE_SIM_PORT || 3900)}`, secretEnv: "RENKEI_CORE_SIM_SECRET" };
}

async function main() {
  const demo = demoDataWanted();
  const { db } = await import("../lib/db");
  await migrate(undefined, {
    whileLocked: async () => {
      if (!demo) return;
      const { seedDemo } = await import("./seed/index");
      await seedDemo(db, (line) => console.log(`seed: ${line}`), demoCore());
    },
  });
  await db.$disconnect();
  if (demo) {
    console.log("seed: demo data ready");
  } else {
    console.log([
      "seed: no demo data (DATABASE_URL is not the embedded demo database; RENKEI_DEMO=1 would seed the demo's published logins)",
      "seed: institutions: npm run renkei -- institution add --slug … --name … --bank-code … --settings settings.json --theme theme.json",
      "seed: the first operator: printf '%s' \"$PASSWORD\" | npm run renkei -- operator add --login <id> --name <name> --institutions all",
    ].join("\n"));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
