import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ownDatabase } from "@/test/support/own-database";
import { db } from "@/lib/db";
import { verifyCustomerCertificate } from "./verify-customer-certificate";

const pem = (file: string) => readFileSync(path.resolve(process.env.RENKEI_CA_DIR!, file), "utf8");
const request = (cert: string | null, tls = true) => new Request("https://localhost/x", {
  headers: { ...(tls ? { "x-renkei-tls": "1" } : {}), ...(cert ? { "x-renkei-client-cert": encodeURIComponent(cert) } : {}) },
});
const institutionId = async (slug: string) => (await db.institution.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;


beforeAll(() => ownDatabase({ seed: true }));

describe("verifyCustomerCertificate (電子証明書 login)", () => {
  it("maps the demo CA's client certificate to its user of that institution and channel", async () => {
    const result = await verifyCustomerCertificate(request(pem("users/sakura-admin01.pem")), await institutionId("sakura"), "corporate");
    const user = await db.user.findFirstOrThrow({ where: { loginId: "admin01", institution: { slug: "sakura" } } });
    expect(result).toEqual({ ok: true, userId: user.id });
  });
  it("refuses it for another channel or another institution", async () => {
    const cert = pem("users/sakura-admin01.pem");
    expect(await verifyCustomerCertificate(request(cert), await institutionId("sakura"), "personal")).toEqual({ ok: false, reason: "unregistered" });
    expect(await verifyCustomerCertificate(request(cert), await institutionId("minato"), "corporate")).toEqual({ ok: false, reason: "unregistered" });
  });
  it("ignores a certificate header that did not come over the TLS listener", async () => {
    expect(await verifyCustomerCertificate(request(pem("users/sakura-admin01.pem"), false), await institutionId("sakura"), "corporate")).toEqual({ ok: false, reason: "none" });
    expect(await verifyCustomerCertificate(request(null), await institutionId("sakura"), "corporate")).toEqual({ ok: false, reason: "none" });
  });
  it("refuses a certificate of the right CA that is not for client authentication (the server's)", async () => {
    expect(await verifyCustomerCertificate(request(pem("server.pem")), await institutionId("sakura"), "corporate")).toEqual({ ok: false, reason: "untrusted" });
  });
  it("refuses a self-signed certificate copying a registered subject", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "renkei-cert-"));
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "1",
      "-subj", "/O=Demo/CN=admin01", "-addext", "extendedKeyUsage=clientAuth",
      "-keyout", path.join(dir, "k.pem"), "-out", path.join(dir, "c.pem"),
    ], { stdio: "ignore" });
    const forged = readFileSync(path.join(dir, "c.pem"), "utf8");
    expect(await verifyCustomerCertificate(request(forged), await institutionId("sakura"), "corporate")).toEqual({ ok: false, reason: "untrusted" });
  });
});
