// `npm run core-check -- --url URL [--bearer-env NAME] [--cert FILE --key FILE --ca FILE]`: the conformance kit for a
// bank's integrators. Runs the protocol's contract checks (lib/bank/conformance/) against any implementation — the
// simulator (`npm run core-sim`) or the bank's own gateway — prints one line per check and "N passed, M failed", and
// exits 1 when a check failed (2 on a usage error). The URL is the institution's base URL, as core.baseUrl names it.
// A bearer secret is read from the environment variable NAME, never taken on the command line.
import { parseArgs } from "node:util";
import { runConformance } from "../lib/bank/conformance/run-conformance";

const USAGE = "usage: npm run core-check -- --url URL [--bearer-env NAME] [--cert FILE --key FILE --ca FILE] [--timeout-ms 5000]";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: "string" }, "bearer-env": { type: "string" }, cert: { type: "string" }, key: { type: "string" }, ca: { type: "string" },
      "timeout-ms": { type: "string" },
    },
  });
  if (!values.url || !URL.canParse(values.url)) return usage("--url must be the implementation's base URL");
  const tlsFiles = [values.cert, values.key, values.ca];
  if (tlsFiles.some(Boolean) && !tlsFiles.every(Boolean)) return usage("mutual TLS needs all three: --cert, --key and --ca");
  const bearerEnv = values["bearer-env"];
  const bearer = bearerEnv ? process.env[bearerEnv] : undefined;
  if (bearerEnv && !bearer) return usage(`environment variable ${bearerEnv} is not set`);
  const lines = await runConformance({
    url: values.url, bearer, timeoutMs: values["timeout-ms"] ? Number(values["timeout-ms"]) : undefined,
    tls: values.cert ? { certFile: values.cert, keyFile: values.key!, caFile: values.ca! } : undefined,
  });
  for (const line of lines) console.log(line.ok ? `ok    ${line.name}` : `FAIL  ${line.name} — ${line.reason}`);
  const failed = lines.filter((l) => !l.ok).length;
  console.log(`${lines.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

function usage(problem: string): number {
  console.error(`${problem}\n${USAGE}`);
  return 2;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
