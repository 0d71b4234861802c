// Both stored formats verify their own secret and nothing else.
import { describe, expect, it } from "vitest";
import { hashSecret } from "@/lib/crypto/password";
import { issueClientSecret } from "@/lib/oauth/registration/issue-client-secret";
import { verifyClientSecret } from "./verify-client-secret";

describe("verifyClientSecret", () => {
  it("verifies an issued secret (256 bits, stored as SHA-256) and refuses any other", async () => {
    const { secret, hash } = issueClientSecret();
    expect(Buffer.from(secret, "base64url")).toHaveLength(32);
    expect(hash).toMatch(/^sha256\$[A-Za-z0-9_-]{43}$/);
    expect(hash).not.toContain(secret);
    expect(await verifyClientSecret(secret, hash)).toBe(true);
    expect(await verifyClientSecret(`${secret}x`, hash)).toBe(false);
    expect(await verifyClientSecret(issueClientSecret().secret, hash)).toBe(false);
  });

  it("keeps verifying the seeded sandbox client's scrypt hash", async () => {
    const stored = await hashSecret("sandbox-secret");
    expect(await verifyClientSecret("sandbox-secret", stored)).toBe(true);
    expect(await verifyClientSecret("guess", stored)).toBe(false);
  });

  it.each([[null], [undefined], [""], ["plain-text"], ["md5$abc"]])("never verifies against %s", async (stored) => {
    expect(await verifyClientSecret("anything", stored)).toBe(false);
  });
});
