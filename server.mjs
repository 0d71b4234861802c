// The production server (`npm start` runs it after the build): plain HTTP (PORT, default 3000) and
// HTTPS (TLS_PORT, default 3443; 0 turns it off). On both listeners, every request first has its
// trusted headers rebuilt from the socket or a trusted proxy (lib/http/sanitize-headers.ts); a path
// that cannot be decoded is refused; then
//   - a machine endpoint (OAuth, Grant Management, the API: lib/endpoints/route-handlers.ts) is answered
//     by its Web handler directly — the lean path, the same handler as its Next route file;
//   - everything else (the screens) goes to Next.
// RENKEI_MACHINE_PATH=next sends the machine endpoints through Next too (the tests compare both mounts).
// The HTTPS listener asks the browser for a client certificate (電子証明書) but does not decide trust:
// the app verifies it against the institution's CA (or an OAuth client's registered subject), so a
// refusal is a page in Japanese rather than a TLS error.
// Before either listener opens: outside the demo, a published demo credential in the database stops the
// start (lib/demo/refuse-demo-credentials-before-listening.ts) — not one connection is accepted first.
// Both listeners hold a client to deadlines for its headers and its whole request and to a number of open
// connections (lib/http/listener-limits.ts: RENKEI_HEADERS_TIMEOUT_MS, RENKEI_REQUEST_TIMEOUT_MS,
// RENKEI_MAX_CONNECTIONS).
import http from "node:http";
import https from "node:https";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import next from "next";
import { ensureDemoCa } from "./scripts/demo-ca.mjs";
import { buildMachine, machineBundleExists, machineBundlePath } from "./scripts/build-machine.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));

async function loadServerParts() {
  if (!machineBundleExists()) {
    console.log("Bundling the machine endpoints (scripts/build-machine.mjs)");
    await buildMachine();
  }
  return import(pathToFileURL(machineBundlePath()).href);
}

async function main() {
  const port = Number(process.env.PORT || 3000);
  const tlsPort = Number(process.env.TLS_PORT ?? 3443);
  const host = process.env.HOST || undefined; // undefined: every interface
  const caDir = path.resolve(process.env.RENKEI_CA_DIR || path.join(root, ".data/ca"));
  if (tlsPort) await ensureDemoCa(caDir);

  const parts = await loadServerParts();
  const refusal = await parts.refuseDemoCredentialsBeforeListening();
  if (refusal) {
    console.error(refusal);
    process.exit(1);
  }
  const limits = parts.listenerLimits();
  const lean = process.env.RENKEI_MACHINE_PATH !== "next";
  const hsts = parts.strictTransportSecurity();

  // hostname and port: Next fetches a server action's redirect target from itself, and must know where it is.
  const app = next({ dev: false, dir: root, hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const listener = (tls) => (req, res) => {
    parts.sanitizeHeaders(req, { tls });
    if (parts.cameOverTls(req.headers)) res.setHeader("Strict-Transport-Security", hsts);
    if (parts.refuseUndecodablePath(req, res)) return;
    if (lean && parts.serveMachineRequest(req, res)) return;
    handle(req, res);
  };

  const servers = [];
  const listen = (server, listenPort, line) =>
    new Promise((resolve, reject) => {
      server.maxConnections = limits.maxConnections;
      server.once("error", reject);
      server.listen(listenPort, host, () => {
        server.off("error", reject);
        console.log(line);
        resolve();
      });
      servers.push(server);
    });

  await listen(http.createServer(limits.serverOptions, listener(false)), port, `Renkei listening on http://localhost:${port}${lean ? "" : " (machine endpoints through Next)"}`);
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
  const stop = () => {
    if (stopping) process.exit(0); // a second Ctrl-C: do not wait for open connections
    stopping = true;
    // Keep-alive connections would hold close() open for minutes; give in-flight requests 2 s.
    setTimeout(() => process.exit(0), 2000).unref();
    Promise.all(servers.map((server) => new Promise((resolve) => {
      server.close(resolve);
      server.closeIdleConnections();
    }))).then(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
