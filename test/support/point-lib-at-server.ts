// A test that drives lib/ in its own process against another server's database (as that server's consent
// screens would): the variables lib/ reads, and the process's singletons (lib/process/cross-bundle.ts) and
// modules forgotten, so that the next import opens that database. test/bank/http-mode.test.ts and
// http-failures.test.ts point lib/ at their http-mode server this way.
import { vi } from "vitest";
import { forgetProcessSingletons } from "@/lib/process/cross-bundle";
import { testDatabaseUrl } from "../env";

export function pointLibAtServer(dbName: string, env: Record<string, string>): void {
  process.env.DATABASE_URL = testDatabaseUrl(dbName);
  for (const name of ["RENKEI_CORE_SIM_SECRET", "RENKEI_ORIGIN", "RENKEI_TLS_ORIGIN"]) {
    if (env[name] !== undefined) process.env[name] = env[name];
  }
  forgetProcessSingletons("db", "institutions");
  vi.resetModules();
}
