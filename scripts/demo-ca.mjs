// The demo CA for 電子証明書 logins (DESIGN.md §7): created on first start with openssl, idempotent.
//   ca.pem/key           Renkei Demo CA — the institutions' customer-certificate CA in the demo
//   server.pem/key       the HTTPS listener's certificate for localhost, 127.0.0.1 and ::1
//   users/<inst>-<login>.pem/key/p12   the demo users' client certificates (p12 password "renkei")
//   clients/demo-mtls.pem/key          a client certificate for an OAuth client using tls_client_auth
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const DEMO_USERS = [
  { file: "sakura-admin01", subject: "/O=さくら信用金庫 デモ法人/serialNumber=2000000001/CN=admin01" },
  { file: "minato-CORP0002", subject: "/O=みなと信用金庫 デモ法人/CN=CORP0002" },
  { file: "kita-kita-user1", subject: "/O=きた信用組合 デモ法人/CN=kita-user1" },
];

const openssl = (args, cwd) => execFileSync("openssl", args, { cwd, stdio: ["ignore", "ignore", "pipe"] });

function ensureCaPair(dir, name, cn) {
  if (existsSync(path.join(dir, `${name}.pem`))) return;
  openssl(["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", `${name}.key`], dir);
  openssl(["req", "-x509", "-new", "-key", `${name}.key`, "-sha256", "-days", "3650", "-utf8", "-subj", `/O=Renkei Demo/CN=${cn}`,
    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign", "-out", `${name}.pem`], dir);
}

/** Signs a new leaf certificate with the named CA. `extensions` is an openssl extension section body. */
function issue(dir, stem, subject, extensions, { caName = "ca", days = 730 } = {}) {
  const ext = path.join(dir, `${stem}.ext`);
  mkdirSync(path.dirname(ext), { recursive: true });
  writeFileSync(ext, extensions);
  openssl(["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", `${stem}.key`], dir);
  openssl(["req", "-new", "-key", `${stem}.key`, "-utf8", "-subj", subject, "-out", `${stem}.csr`], dir);
  openssl(["x509", "-req", "-in", `${stem}.csr`, "-CA", `${caName}.pem`, "-CAkey", `${caName}.key`, "-CAcreateserial",
    "-days", String(days), "-sha256", "-extfile", ext, "-out", `${stem}.pem`], dir);
  rmSync(path.join(dir, `${stem}.csr`));
  rmSync(ext);
}

const CLIENT_EXT = "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n";

/** A client certificate from the demo CA (or another CA in `dir`), for tests and new demo users. */
export function issueClientCertificate(dir, stem, subject, options = {}) {
  issue(dir, stem, subject, CLIENT_EXT, options);
  return { certPath: path.join(dir, `${stem}.pem`), keyPath: path.join(dir, `${stem}.key`) };
}

/** A CA that no institution trusts, for the tests that a foreign certificate is refused. */
export function ensureOtherCa(dir = caDir()) {
  mkdirSync(dir, { recursive: true });
  ensureCaPair(dir, "other-ca", "Untrusted Test CA");
  return path.join(dir, "other-ca.pem");
}

export function caDir() {
  return path.resolve(process.env.RENKEI_CA_DIR || ".data/ca");
}

export async function ensureDemoCa(dir = caDir()) {
  mkdirSync(path.join(dir, "users"), { recursive: true });
  mkdirSync(path.join(dir, "clients"), { recursive: true });
  ensureCaPair(dir, "ca", "Renkei Demo CA");
  if (!existsSync(path.join(dir, "server.pem"))) {
    issue(dir, "server", "/O=Renkei Demo/CN=localhost",
      "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n");
  }
  for (const user of DEMO_USERS) {
    const stem = `users/${user.file}`;
    if (existsSync(path.join(dir, `${stem}.pem`))) continue;
    issueClientCertificate(dir, stem, user.subject);
    openssl(["pkcs12", "-export", "-inkey", `${stem}.key`, "-in", `${stem}.pem`, "-certfile", "ca.pem", "-name", user.file,
      "-passout", "pass:renkei", "-out", `${stem}.p12`], dir);
  }
  if (!existsSync(path.join(dir, "clients/demo-mtls.pem"))) {
    issueClientCertificate(dir, "clients/demo-mtls", "/O=Renkei Demo Aggregator/CN=demo-mtls-client");
  }
  writeFileSync(path.join(dir, "README.txt"), [
    "Renkei demo CA (created by scripts/demo-ca.mjs on first start; delete this folder to start over)",
    "",
    "ca.pem, ca.key            Renkei Demo CA: issues the demo customers' certificates; every demo institution trusts it",
    "server.pem, server.key    certificate of the HTTPS listener (https://localhost:3443) for localhost, 127.0.0.1, ::1",
    ...DEMO_USERS.map((u) => `users/${u.file}.p12     client certificate of ${u.subject} (also .pem/.key); p12 password: renkei`),
    "clients/demo-mtls.pem     client certificate for an OAuth client using tls_client_auth (subject CN=demo-mtls-client,O=Renkei Demo Aggregator)",
    "",
  ].join("\n"));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await ensureDemoCa();
  console.log(`demo CA ready in ${caDir()}`);
}
