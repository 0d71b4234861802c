// GET /healthz and /readyz, machine routes of the one list (lib/routes/machine-routes.json), so both mounts answer
// them and the production server answers them on its lean path, without Next (and in RENKEI_ROLE=machine).
//   /healthz — liveness: the process answers. Never asks the database: a restart would not bring it back.
//   /readyz  — readiness (lib/health/readiness.ts): 200 {"status":"ready"}, or 503 {"status":"unavailable",
//              "reasons":[…]} with Retry-After, at once after SIGTERM, while the database is down or unmigrated,
//              or while a bank connector's circuit is open.
import "server-only";
import { RETRY_AFTER_SECONDS } from "@/lib/db/database-unavailable";
import { withMachineSecurityHeaders } from "@/lib/http/machine-security-headers";
import type { TMachineRequest } from "@/lib/http/machine-request";
import { readiness } from "@/lib/health/readiness";
import type { TMachineEndpoint } from "./define-endpoint";

const NO_STORE = { "cache-control": "no-store" };

function healthEndpoint(answer: () => Promise<Response>): TMachineEndpoint {
  return {
    methods: ["GET", "HEAD"],
    handle: async (request: TMachineRequest) => {
      if (request.method !== "GET" && request.method !== "HEAD") {
        return withMachineSecurityHeaders(Response.json({ status: "method not allowed" }, { status: 405, headers: { ...NO_STORE, allow: "GET, HEAD" } }));
      }
      return withMachineSecurityHeaders(await answer());
    },
  };
}

export const healthzEndpoint = healthEndpoint(async () => Response.json({ status: "ok" }, { headers: NO_STORE }));

export const readyzEndpoint = healthEndpoint(async () => {
  const { ready, reasons } = await readiness();
  if (ready) return Response.json({ status: "ready" }, { headers: NO_STORE });
  return Response.json({ status: "unavailable", reasons }, { status: 503, headers: { ...NO_STORE, "retry-after": String(RETRY_AFTER_SECONDS) } });
});
