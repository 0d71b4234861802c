// The production server (`npm start` runs it after `next build`): Next.js over plain HTTP (PORT,
// default 3000) and over HTTPS (TLS_PORT, default 3443; 0 turns it off). The HTTPS listener asks the
// browser for a client certificate (電子証明書) but does not decide trust: it hands the certificate to
// the app in a header, and the app verifies it against the institution's CA (or an OAuth client's
// registered subject), so that a refusal is a page in Japanese rather than a TLS error.
import http from "node:http";
import https from "node:https";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { ensureDemoCa } from "./scripts/demo-ca.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));

// Headers only this server may set. Whatever a client sends under these names is dropped first, on
// both listeners, or anyone could claim a certificate, TLS or an address.
// HSTS covers the whole host, every port: a year on a loopback host would force the demo's plain
// http://localhost:3000 onto https in a developer's browser after one certificate login. So a day there,
// a year on a real host.
const tlsHost = (() => {
  try {
    return new URL(process.env.RENKEI_TLS_ORIGIN || "https://localhost").hostname;
  } catch {
    return "localhost";
  }
})();
const HSTS = ["localhost", "127.0.0.1", "[::1]"].includes(tlsHost) ? "max-age=86400" : "max-age=31536000; includeSubDomains";

export const TRUSTED_HEADERS = ["x-renkei-client-cert", "x-renkei-client-cert-verified", "x-renkei-tls", "x-renkei-client-ip"];

const list = (value) => (value || "").split(",").map((s) => s.trim()).filter(Boolean);
const plainAddress = (address = "") => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");

function toPem(raw) {
  const body = raw.toString("base64").match(/.{1,64}/g).join("\n");
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

/**
 * Rebuilds the trusted headers of one request from what the socket (or a trusted proxy) says.
 * Both req.headers (what Next reads) and req.rawHeaders are rewritten, so no copy of a forged value survives.
 * env is read on each call (RENKEI_TRUSTED_PROXIES, RENKEI_PROXY_CERT_HEADER) so tests can vary it.
 */
export function sanitizeHeaders(req, { tls, env = process.env }) {
  const proxyCertHeader = (env.RENKEI_PROXY_CERT_HEADER || "").trim().toLowerCase();
  const remote = plainAddress(req.socket.remoteAddress);
  const fromProxy = list(env.RENKEI_TRUSTED_PROXIES).map(plainAddress).includes(remote);
  const header = (name) => [req.headers[name]].flat()[0];

  // Read what a trusted proxy vouches for before the clean-up deletes it.
  const forwardedFor = fromProxy ? String(header("x-forwarded-for") || "").split(",")[0].trim() : "";
  const forwardedTls = fromProxy && String(header("x-forwarded-proto") || "").split(",")[0].trim() === "https";
  const proxiedCert = fromProxy && proxyCertHeader ? header(proxyCertHeader) : undefined;

  const drop = new Set(TRUSTED_HEADERS);
  if (proxyCertHeader) drop.add(proxyCertHeader); // the app must never read it, whoever sent it
  for (const name of drop) delete req.headers[name];
  const raw = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (!drop.has(req.rawHeaders[i].toLowerCase())) raw.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
  }
  const set = (name, value) => {
    req.headers[name] = value;
    raw.push(name, value);
  };

  set("x-renkei-client-ip", forwardedFor || remote || "unknown");
  if (tls) {
    set("x-renkei-tls", "1");
    const cert = req.socket.getPeerCertificate?.(false);
    if (cert && cert.raw) set("x-renkei-client-cert", encodeURIComponent(toPem(cert.raw)));
  } else if (forwardedTls) {
    // A certificate can only come with TLS: one on a plain-HTTP hop is the client's own invention
    // passed through by a proxy that did not overwrite the header.
    set("x-renkei-tls", "1");
    if (typeof proxiedCert === "string" && proxiedCert && proxiedCert !== "-") set("x-renkei-client-cert", proxiedCert);
  }
  req.rawHeaders = raw;
}

async function main() {
  const port = Number(process.env.PORT || 3000);
  const tlsPort = Number(process.env.TLS_PORT ?? 3443);
  const host = process.env.HOST || undefined; // undefined: every interface
  const caDir = path.resolve(process.env.RENKEI_CA_DIR || path.join(root, ".data/ca"));
  if (tlsPort) await ensureDemoCa(caDir);

  // hostname and port: Next fetches a server action's redirect target from itself, and must know where it is.
  const app = next({ dev: false, dir: root, hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const servers = [];
  const listen = (server, listenPort, line) =>
    new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(listenPort, host, () => {
        server.off("error", reject);
        console.log(line);
        resolve();
      });
      servers.push(server);
    });

  const plain = http.createServer((req, res) => {
    sanitizeHeaders(req, { tls: false });
    handle(req, res);
  });
  await listen(plain, port, `Renkei listening on http://localhost:${port}`);

  if (tlsPort) {
    const secure = https.createServer(
      {
        key: readFileSync(path.join(caDir, "server.key")),
        cert: readFileSync(path.join(caDir, "server.pem")),
        ca: readFileSync(path.join(caDir, "ca.pem")), // the CA names the browser offers certificates for
        requestCert: true,
        rejectUnauthorized: false, // the app decides, per institution, and explains a refusal in Japanese
      },
      (req, res) => {
        sanitizeHeaders(req, { tls: true });
        res.setHeader("Strict-Transport-Security", HSTS);
        handle(req, res);
      },
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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
