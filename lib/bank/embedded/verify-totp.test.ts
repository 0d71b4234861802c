import { beforeAll, describe, expect, it } from "vitest";
import { ownDatabase } from "@/test/support/own-database";
import { TOTP } from "otpauth";
import { randomToken } from "@/lib/crypto/hash-token";
import { encryptSecret } from "@/lib/crypto/data-key";
import { verifyTotp } from "./verify-totp";

const SECRET = "JBSWY3DPEHPK3PXP";
const totp = new TOTP({ secret: SECRET, algorithm: "SHA1", digits: 6, period: 30 });


beforeAll(() => ownDatabase());

describe("verifyTotp (RFC 6238, SHA-1, 6 digits, 30 s, ±1 step)", () => {
  it("accepts the current code once, and refuses the same code a second time", async () => {
    const userId = randomToken();
    const code = totp.generate();
    expect(await verifyTotp(userId, encryptSecret(SECRET), code)).toBe(true);
    expect(await verifyTotp(userId, encryptSecret(SECRET), code)).toBe(false);
  });
  it("accepts the previous step's code (clock drift) but not one two steps old", async () => {
    const previous = totp.generate({ timestamp: Date.now() - 30_000 });
    const old = totp.generate({ timestamp: Date.now() - 95_000 });
    expect(await verifyTotp(randomToken(), encryptSecret(SECRET), previous)).toBe(true);
    expect(await verifyTotp(randomToken(), encryptSecret(SECRET), old)).toBe(false);
  });
  it("refuses malformed codes, a wrong code and users without a one-time password", async () => {
    const code = totp.generate();
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    expect(await verifyTotp(randomToken(), encryptSecret(SECRET), wrong)).toBe(false);
    expect(await verifyTotp(randomToken(), encryptSecret(SECRET), "12345")).toBe(false);
    expect(await verifyTotp(randomToken(), encryptSecret(SECRET), "abcdef")).toBe(false);
    expect(await verifyTotp(randomToken(), null, code)).toBe(false);
  });
});
