// The production server: Next.js over plain HTTP (PORT, default 3000) and over HTTPS (TLS_PORT,
// default 3443; 0 turns it off). The HTTPS listener asks the browser for a client certificate
// (電子証明書) but does not decide trust: it passes the certificate to the app in a header, and the
// app verifies it against the institution's CA (or an OAuth client's registered subject).
import http from "node:http";
import https from "node:https";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { caDir, ensureDemoCa } from "./scripts/demo-ca.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));

// Headers only this server may set. Anything a client sends under these names is dropped first,
// on both listeners, or anyone could claim a certificate or an address.
export const TRUSTED_HEADERS = ["x-renkei-client-cert", "x-renkei-tls", "x-renkei-client-ip"];

const trustedProxies = new Set((process.env.RENKEI_TRUSTED_PROXIES || "").split(",").map((s) => s.trim()).filter(Boolean));
const proxyCertHeader = (process.env.RENKEI_PROXY_CERT_HEADER || "").toLowerCase();

const plainAddress = (address = "") => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");

function toPem(raw) {
  const body = raw.toString("base64").match(/.{1,64}/g).join("\n");
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

/** Rewrites the trusted headers of one request from what the socket (or a trusted proxy) says. */
export function sanitizeHeaders(req, { tls }) {
  const forged = new Set(TRUSTED_HEADERS);
  if (proxyCertHeader) forged.add(proxyCertHeader);
  const fromProxy = trustedProxies.has(plainAddress(req.socket.remoteAddress));
  const proxied = fromProxy && proxyCertHeader ? req.headers[proxyCertHeader] : undefined;
  const forwardedFor = fromProxy ? String(req.headers["x-forwarded-for"] || "").split(",")[0].trim() : "";
  const forwardedTls = fromProxy && req.headers["x-forwarded-proto"] === "https";

  for (const name of forged) delete req.headers[name];
  const raw = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (!forged.has(req.rawHeaders[i].toLowerCase())) raw.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
  }
  const set = (name, value) => {
    req.headers[name] = value;
    raw.push(name, value);
  };

  set("x-renkei-client-ip", forwardedFor || plainAddress(req.socket.remoteAddress) || "unknown");
  if (tls) {
    set("x-renkei-tls", "1");
    const cert = req.socket.getPeerCertificate?.(false);
    if (cert && cert.raw) set("x-renkei-client-cert", encodeURIComponent(toPem(cert.raw)));
  } else if (forwardedTls) {
    set("x-renkei-tls", "1");
    if (typeof proxied === "string" && proxied) set("x-renkei-client-cert", proxied);
  }
  req.rawHeaders = raw;
}

async function main() {
  const port = Number(process.env.PORT || 3000);
  const tlsPort = Number(process.env.TLS_PORT ?? 3443);
  const host = process.env.HOST || undefined;
  // hostname and port: Next fetches a server action's redirect target from itself, and must know where it is.
  const app = next({ dev: false, dir: root, hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const servers = [];
  const plain = http.createServer((req, res) => {
    sanitizeHeaders(req, { tls: false });
    handle(req, res);
  });
  servers.push(plain.listen(port, host, () => console.log(`Renkei listening on http://localhost:${port}`)));

  if (tlsPort) {
    await ensureDemoCa();
    const dir = caDir();
    const secure = https.createServer(
      {
        key: readFileSync(path.join(dir, "server.key")),
        cert: readFileSync(path.join(dir, "server.pem")),
        ca: readFileSync(path.join(dir, "ca.pem")), // the CA names the browser is offered to choose a certificate from
        requestCert: true,
        rejectUnauthorized: false, // the app decides, per institution, and answers in Japanese
      },
      (req, res) => {
        sanitizeHeaders(req, { tls: true });
        res.setHeader("Strict-Transport-Security", "max-age=31536000");
        handle(req, res);
      },
    );
    servers.push(secure.listen(tlsPort, host, () => console.log(`Renkei listening on https://localhost:${tlsPort} (client certificates requested)`)));
  }

  const stop = () => {
    for (const server of servers) server.close();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
