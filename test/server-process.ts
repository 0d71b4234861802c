// A production server for the integration tests, on its own ports and database (test/env.ts), migrated
// and seeded first unless `fresh: false` (a restart on the same data).
import { spawnServer, type TServerProcess } from "../scripts/lib/server-process";
import { testServerEnv } from "./env";

export type TServer = TServerProcess;

export function startServer(
  name: string,
  port: number,
  tlsPort: number,
  extraEnv: Record<string, string> = {},
  options: { fresh?: boolean; nodeArgs?: string[]; ready?: "healthz" | "listening" } = {},
): Promise<TServer> {
  return spawnServer({ ...process.env, NODE_ENV: "production", ...testServerEnv(name, port, tlsPort), ...extraEnv }, options);
}
