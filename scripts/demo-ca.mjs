// The demo CA for 電子証明書 logins (docs/design.md §7), made with the openssl CLI on first start.
// Idempotent: only missing files are created, so the certificates registered by the seed (by their
// fingerprints) stay valid across restarts. Delete the folder to start over (then re-seed).
//   node scripts/demo-ca.mjs            creates what is missing in $RENKEI_CA_DIR (default .data/ca)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const P12_PASSWORD = "renkei";

// Subjects in openssl's -subj form (most significant first). The organisation names are the demo
// corporate customers' own (デモ法人 = demo corporate), so the browser's certificate picker shows whose it is.
export const DEMO_USERS = [
  { file: "sakura-admin01", subject: "/O=さくら信用金庫 デモ法人/serialNumber=2000000001/CN=admin01" },
  { file: "minato-CORP0002", subject: "/O=みなと信用金庫 デモ法人/CN=CORP0002" },
  { file: "kita-kita-user1", subject: "/O=きた信用組合 デモ法人/CN=kita-user1" },
];
export const DEMO_MTLS_CLIENT = { file: "demo-mtls", subject: "/O=Renkei Demo Aggregator/CN=demo-mtls-client" };

export function caDir() {
  return path.resolve(process.env.RENKEI_CA_DIR || ".data/ca");
}

const openssl = (args, cwd) => execFileSync("openssl", args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
const has = (dir, file) => existsSync(path.join(dir, file));
const newKey = (dir, file) => openssl(["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", file], dir);

const CLIENT_EXT = "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n";
const SERVER_EXT = "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
  + "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n";

function ensureCaPair(dir, name, cn, created) {
  if (has(dir, `${name}.pem`)) return;
  newKey(dir, `${name}.key`);
  openssl(["req", "-x509", "-new", "-key", `${name}.key`, "-sha256", "-days", "3650", "-utf8", "-subj", `/O=Renkei Demo/CN=${cn}`,
    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
    "-addext", "subjectKeyIdentifier=hash", "-out", `${name}.pem`], dir);
  created.push(`${name}.key`, `${name}.pem`);
}

// `openssl ca`, not `x509 -req`: only it can set an arbitrary validity (an expired certificate for
// the tests; openssl 3.0 has no -not_before/-not_after), and -rand_serial with a throwaway database
// leaves no serial file that two processes could race on.
const gtime = (date) => date.toISOString().replace(/[-:T]/g, "").replace(/\.\d+Z$/, "Z");

function sign(dir, stem, subject, extensions, { caName = "ca", days = 730, notBefore, notAfter } = {}) {
  const work = mkdtempSync(path.join(os.tmpdir(), "renkei-ca-"));
  try {
    writeFileSync(path.join(work, "index.txt"), "");
    writeFileSync(path.join(work, "ext"), extensions);
    writeFileSync(path.join(work, "ca.cnf"), [
      "[ca]", "default_ca = d", "[d]", `database = ${work}/index.txt`, `new_certs_dir = ${work}`, `serial = ${work}/serial`,
      "default_md = sha256", "policy = p", "unique_subject = no", "email_in_dn = no", "[p]", "",
    ].join("\n"));
    mkdirSync(path.dirname(path.join(dir, stem)), { recursive: true });
    newKey(dir, `${stem}.key`);
    openssl(["req", "-new", "-key", `${stem}.key`, "-utf8", "-subj", subject, "-out", path.join(work, "csr")], dir);
    const validity = notAfter
      ? ["-startdate", gtime(notBefore ?? new Date(notAfter.getTime() - 365 * 86_400_000)), "-enddate", gtime(notAfter)]
      : ["-days", String(days), ...(notBefore ? ["-startdate", gtime(notBefore)] : [])];
    openssl(["ca", "-batch", "-config", path.join(work, "ca.cnf"), "-in", path.join(work, "csr"), "-cert", `${caName}.pem`,
      "-keyfile", `${caName}.key`, "-rand_serial", "-preserveDN", "-notext", "-extfile", path.join(work, "ext"),
      ...validity, "-out", `${stem}.pem`], dir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// 3DES/SHA-1 instead of openssl 3's AES default: older Keychain and Windows imports reject the latter,
// and these algorithms are in the default provider (no -legacy needed).
function exportP12(dir, stem, name) {
  openssl(["pkcs12", "-export", "-inkey", `${stem}.key`, "-in", `${stem}.pem`, "-certfile", "ca.pem", "-name", name,
    "-keypbe", "PBE-SHA1-3DES", "-certpbe", "PBE-SHA1-3DES", "-macalg", "sha1", "-passout", `pass:${P12_PASSWORD}`,
    "-out", `${stem}.p12`], dir);
}

/**
 * Mints a client certificate (clientAuth) into `dir`/`stem`.{key,pem}, e.g. for tests.
 * subject: openssl -subj form, "/O=Org/CN=name". options.caName: "ca" (default) or "other-ca"
 * (ensureOtherCa first); days (default 730), or notBefore/notAfter (Dates; a past notAfter = expired);
 * p12: also write `stem`.p12 (password "renkei"). Overwrites an existing certificate of that name.
 */
export function issueClientCertificate(dir, stem, subject, options = {}) {
  sign(dir, stem, subject, CLIENT_EXT, options);
  if (options.p12) exportP12(dir, stem, path.basename(stem));
  return {
    certPath: path.join(dir, `${stem}.pem`),
    keyPath: path.join(dir, `${stem}.key`),
    ...(options.p12 ? { p12Path: path.join(dir, `${stem}.p12`) } : {}),
  };
}

/** "Untrusted Test CA" (other-ca.{key,pem}): no institution trusts it, for the refusal tests. */
export function ensureOtherCa(dir = caDir()) {
  mkdirSync(dir, { recursive: true });
  ensureCaPair(dir, "other-ca", "Untrusted Test CA", []);
  return path.join(dir, "other-ca.pem");
}

const README = `Renkei demo CA — made by scripts/demo-ca.mjs on first start. Delete this folder to start over
(then re-seed: the seed registers the users' certificates by their fingerprints).

ca.pem, ca.key                  "Renkei Demo CA": issues the demo customers' certificates; every demo institution trusts it
server.pem, server.key          the HTTPS listener's certificate (https://localhost:3443): localhost, 127.0.0.1, ::1.
                                Browsers warn about it unless ca.pem is imported as a trusted authority.
${DEMO_USERS.map((u) => `users/${u.file}.p12`.padEnd(32) + u.subject).join("\n")}
                                client certificates of the demo corporate users (also as .pem + .key).
                                Import the .p12 into the browser; its password is: ${P12_PASSWORD}
${`clients/${DEMO_MTLS_CLIENT.file}.pem, .key`.padEnd(32)}${DEMO_MTLS_CLIENT.subject}: an OAuth client using tls_client_auth
other-ca.pem, other-ca.key      (made by the tests only) "Untrusted Test CA", which no institution trusts
`;

// Several processes (npm start, parallel test servers) may start at once on a fresh clone: a lock
// directory keeps them from writing two different CAs over each other.
async function withLock(dir, work) {
  const lock = path.join(dir, ".lock");
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const stale = Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 30_000;
      if (stale || waited > 30_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const complete = (dir) =>
  ["ca.pem", "server.pem", `clients/${DEMO_MTLS_CLIENT.file}.pem`, ...DEMO_USERS.flatMap((u) => [`users/${u.file}.pem`, `users/${u.file}.p12`])]
    .every((file) => has(dir, file))
  && has(dir, "README.txt") && readFileSync(path.join(dir, "README.txt"), "utf8") === README;

/** Creates whatever of the demo CA is missing in `dir`; returns the files it created (none on a re-run). */
export async function ensureDemoCa(dir = process.env.RENKEI_CA_DIR || ".data/ca") {
  dir = path.resolve(dir);
  if (complete(dir)) return [];
  mkdirSync(dir, { recursive: true });
  return withLock(dir, () => {
    const created = [];
    ensureCaPair(dir, "ca", "Renkei Demo CA", created);
    // A new CA invalidates every certificate the old one signed: issue them all again.
    const renew = created.length > 0;
    const missing = (file) => renew || !has(dir, file);
    if (missing("server.pem")) {
      sign(dir, "server", "/O=Renkei Demo/CN=localhost", SERVER_EXT);
      created.push("server.key", "server.pem");
    }
    for (const user of DEMO_USERS) {
      const stem = `users/${user.file}`;
      if (missing(`${stem}.pem`)) {
        issueClientCertificate(dir, stem, user.subject);
        rmSync(path.join(dir, `${stem}.p12`), { force: true });
        created.push(`${stem}.key`, `${stem}.pem`);
      }
      if (!has(dir, `${stem}.p12`)) {
        exportP12(dir, stem, user.file);
        created.push(`${stem}.p12`);
      }
    }
    const client = `clients/${DEMO_MTLS_CLIENT.file}`;
    if (missing(`${client}.pem`)) {
      issueClientCertificate(dir, client, DEMO_MTLS_CLIENT.subject);
      created.push(`${client}.key`, `${client}.pem`);
    }
    if (!has(dir, "README.txt") || readFileSync(path.join(dir, "README.txt"), "utf8") !== README) {
      writeFileSync(path.join(dir, "README.txt"), README);
      created.push("README.txt");
    }
    return created;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.env.RENKEI_CA_DIR || ".data/ca");
  const created = await ensureDemoCa(dir);
  console.log(created.length ? `demo CA in ${dir}: created ${created.join(", ")}` : `demo CA in ${dir}: complete, nothing to create`);
}
