// The environment of a production start for a test that runs the real scripts: the suite's own
// (secrets, origins) on another database, without the suite's RENKEI_DEMO=1 unless the test asks again.
export function productionEnv(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, ...extra };
  if (!("RENKEI_DEMO" in extra)) delete env.RENKEI_DEMO;
  return env;
}
