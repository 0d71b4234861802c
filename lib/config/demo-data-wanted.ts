// Whether this start is the demo (docs/security-habits.md, "defaults in production": demo data and demo passwords
// exist only where a person asked for them). Decided by the database, not NODE_ENV — scripts/start.mjs
// runs the embedded demo with NODE_ENV=production too:
//   RENKEI_DEMO=1   the demo, on whatever database (the test suites, a shared sandbox)
//   RENKEI_DEMO=0   never the demo, even on the embedded file
//   unset           the demo only on the default embedded SQLite file (README: `npm start` on a fresh clone)
// The demo seeds its data (prisma/seed.ts); anything else seeds nothing and refuses to serve while a
// published demo credential is in the database (lib/demo/demo-credentials-refusal.ts).
import { z } from "zod";
import { databaseTarget, DEFAULT_DATABASE_URL } from "@/lib/db/url";

const ZDemoFlag = z.enum(["0", "1", ""], { message: "RENKEI_DEMO must be 1 (demo data) or 0 (none)" }).optional();

export function demoDataWanted(env: Record<string, string | undefined> = process.env): boolean {
  const flag = ZDemoFlag.parse(env.RENKEI_DEMO);
  if (flag === "1") return true;
  if (flag === "0") return false;
  const target = databaseTarget(env.DATABASE_URL || DEFAULT_DATABASE_URL);
  const embedded = databaseTarget(DEFAULT_DATABASE_URL);
  return target.provider === "sqlite" && embedded.provider === "sqlite" && target.file === embedded.file;
}
