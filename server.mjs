// The production server (`npm start` runs it after the build): plain HTTP (PORT, default 3000) and
// HTTPS (TLS_PORT, default 3443; 0 turns it off). On both listeners, every request first has its
// trusted headers rebuilt from the socket or a trusted proxy (lib/http/sanitize-headers.ts); a path
// that cannot be decoded is refused; then
//   - a machine endpoint (OAuth, Grant Management, the API, /healthz and /readyz: lib/endpoints/route-handlers.ts)
//     is answered by its Web handler directly — the lean path, the same handler as its Next route file;
//   - everything else (the screens) goes to Next — or, while the database is down, gets a Japanese 503 page in
//     the institution's colours (lib/http/screen-outage-guard.ts).
// RENKEI_MACHINE_PATH=next sends the machine endpoints through Next too (the tests compare both mounts).
// RENKEI_ROLE (lib/server/role.ts): all (default) | machine (the machine routes only; Next is not even loaded) |
// portal (the screens; the machine routes but health are 404).
// The HTTPS listener asks the browser for a client certificate (電子証明書) but does not decide trust:
// the app verifies it against the institution's CA (or an OAuth client's registered subject), so a
// refusal is a page in Japanese rather than a TLS error.
// Before either listener opens: outside the demo, a published demo credential in the database stops the
// start (lib/demo/refuse-demo-credentials-before-listening.ts) — not one connection is accepted first; then the
// background work starts (lib/server/background-work.ts: the sweep and the lifecycle-event worker).
// Both listeners hold a client to deadlines for its headers and its whole request and to a number of open
// connections (lib/http/listener-limits.ts: RENKEI_HEADERS_TIMEOUT_MS, RENKEI_REQUEST_TIMEOUT_MS,
// RENKEI_MAX_CONNECTIONS).
// SIGTERM is a graceful shutdown (docs/operators.md, "Rolling restart"):
//   1. draining: /readyz answers 503 at once, every response from now on says `Connection: close`;
//   2. for RENKEI_SHUTDOWN_GRACE_MS (5 s) everything is still served, new connections too, so that a load
//      balancer's health check notices before the port closes;
//   3. the listeners stop accepting and idle connections are closed; the requests in flight finish (at most
//      RENKEI_SHUTDOWN_TIMEOUT_MS, 25 s, then the rest are cut);
//   4. the event worker finishes its deliveries, the database's pools close, exit 0.
// SIGINT (Ctrl-C) does the same without the grace period; a second signal exits at once.
import http from "node:http";
import https from "node:https";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ensureDemoCa } from "./scripts/demo-ca.mjs";
import { buildMachine, machineBundleExists, machineBundlePath } from "./scripts/build-machine.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));

// the process's logger (lib/observability/logger.ts: JSON lines on stdout), once the bundle is loaded
let log = null;
let errorFields = null;

async function loadServerParts() {
  const bundled = !machineBundleExists();
  if (bundled) await buildMachine();
  const parts = await import(pathToFileURL(machineBundlePath()).href);
  log = parts.logger();
  errorFields = parts.errorFields;
  parts.sendConsoleToLog(); // Next's own lines too: stdout is JSON only
  if (bundled) log.info("bundled the machine endpoints (scripts/build-machine.mjs)");
  return parts;
}

/** A duration in milliseconds from the environment, or its default. */
function millis(name, fallback) {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of milliseconds (got "${process.env[name]}")`);
  return value;
}

async function main() {
  const port = Number(process.env.PORT || 3000);
  const tlsPort = Number(process.env.TLS_PORT ?? 3443);
  const host = process.env.HOST || undefined; // undefined: every interface
  const caDir = path.resolve(process.env.RENKEI_CA_DIR || path.join(root, ".data/ca"));
  const graceMs = millis("RENKEI_SHUTDOWN_GRACE_MS", 5000);
  const timeoutMs = millis("RENKEI_SHUTDOWN_TIMEOUT_MS", 25_000);
  if (tlsPort) await ensureDemoCa(caDir);

  const parts = await loadServerParts();
  const role = parts.serverRole();
  const refusal = await parts.refuseDemoCredentialsBeforeListening();
  if (refusal) {
    log.fatal(refusal);
    process.exit(1);
  }
  const limits = parts.listenerLimits();
  const lean = role === "machine" || process.env.RENKEI_MACHINE_PATH !== "next";
  const hsts = parts.strictTransportSecurity();
  await parts.startBackgroundWork();

  // the machine role never loads Next: neither its code nor the build's pages (the import itself is the cost)
  let handle = null;
  if (role !== "machine") {
    const { default: next } = await import("next");
    // hostname and port: Next fetches a server action's redirect target from itself, and must know where it is.
    const app = next({ dev: false, dir: root, hostname: "localhost", port });
    handle = app.getRequestHandler();
    await app.prepare();
  }
  await parts.startMetrics();

  let draining = false;
  const inFlight = new Set();
  const listener = (tls) => (req, res) => {
    inFlight.add(res);
    res.once("close", () => inFlight.delete(res));
    // after SIGTERM a keep-alive client is told to go elsewhere once this answer is done
    if (draining) res.setHeader("connection", "close");
    parts.sanitizeHeaders(req, { tls });
    parts.observeRequest(req, res);
    if (parts.cameOverTls(req.headers)) res.setHeader("Strict-Transport-Security", hsts);
    if (parts.refuseUndecodablePath(req, res)) return;
    const route = parts.machineRouteName(req.url ?? "/");
    if (!parts.roleServesRoute(role, route)) return parts.notServedByRole(role, res);
    if (route && lean && parts.serveMachineRequest(req, res)) return;
    if (!route && parts.guardScreenDuringOutage(req, res)) return;
    handle(req, res);
  };

  const servers = [];
  const listen = (server, listenPort, line) =>
    new Promise((resolve, reject) => {
      server.maxConnections = limits.maxConnections;
      server.once("error", reject);
      server.listen(listenPort, host, () => {
        server.off("error", reject);
        log.info(line);
        resolve();
      });
      servers.push(server);
    });

  const roleNote = role === "all" ? "" : ` (role: ${role}${role === "machine" ? ", Next not loaded" : ""})`;
  await listen(http.createServer(limits.serverOptions, listener(false)), port, `Renkei listening on http://localhost:${port}${lean || role === "portal" ? "" : " (machine endpoints through Next)"}${roleNote}`);
  if (tlsPort) {
    const secure = https.createServer(
      {
        key: readFileSync(path.join(caDir, "server.key")),
        cert: readFileSync(path.join(caDir, "server.pem")),
        ca: readFileSync(path.join(caDir, "ca.pem")), // the CA names the browser offers certificates for
        requestCert: true,
        rejectUnauthorized: false, // the app decides, per institution, and explains a refusal in Japanese
        ...limits.serverOptions,
      },
      listener(true),
    );
    await listen(secure, tlsPort, `Renkei listening on https://localhost:${tlsPort} (client certificates requested)`);
  }

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) process.exit(0); // a second signal: do not wait
    stopping = true;
    draining = true;
    parts.startDraining();
    for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
    const grace = signal === "SIGINT" ? 0 : graceMs;
    log.info(`${signal}: draining — /readyz answers 503; still serving for ${grace} ms so that the load balancer notices`);
    // the whole shutdown has a bound even if a step hangs
    setTimeout(() => {
      log.error("shutdown did not finish in time: exiting");
      process.exit(1);
    }, grace + timeoutMs + 10_000).unref();
    await new Promise((resolve) => setTimeout(resolve, grace));

    log.info(`no longer accepting connections; ${inFlight.size} request(s) in flight (waiting up to ${timeoutMs} ms)`);
    const closed = Promise.all(servers.map((server) => new Promise((resolve) => {
      server.close(resolve); // stops accepting; resolves once every connection has ended
      server.closeIdleConnections();
    })));
    const cut = setTimeout(() => {
      log.error(`${inFlight.size} request(s) still running after ${timeoutMs} ms: cutting them`);
      for (const server of servers) server.closeAllConnections();
    }, timeoutMs);
    await closed;
    clearTimeout(cut);
    await parts.runShutdownHooks(); // the event worker's deliveries in flight
    await parts.closeConnections();
    log.info("stopped: requests finished, event worker stopped, database closed");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error) => {
  if (log) log.fatal(errorFields(error), "could not start");
  else console.error(error); // before the logger exists: the bundle could not be built or loaded
  process.exit(1);
});
