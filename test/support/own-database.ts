// A unit test that needs the database makes its own: this migrates the SQLite file test/support/unit-setup.ts
// named for the test file and, when asked, seeds the demo data (with a demo CA of its own for the
// certificate logins). Call it in beforeAll; lib/db connects lazily, so importing it earlier is fine.
import { migrate } from "@/lib/db/migrate";

let ready: Promise<void> | undefined;

export function ownDatabase(options: { seed?: boolean } = {}): Promise<void> {
  ready ??= (async () => {
    await migrate(process.env.DATABASE_URL);
    if (!options.seed) return;
    const { ensureDemoCa } = await import("../../scripts/demo-ca.mjs");
    await ensureDemoCa(process.env.RENKEI_CA_DIR);
    const { db } = await import("@/lib/db");
    const { seedDemo } = await import("@/prisma/seed/index");
    await seedDemo(db);
  })();
  return ready;
}
