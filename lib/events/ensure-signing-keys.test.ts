// The institution's SET signing keys rotate with an overlap (clock moved by the `now` argument): one
// key at first use; the next one published a week before it signs; the old one published for 30 days
// after it stopped; the private half stored sealed, never in the published set; two instances making
// the same generation at once end with one.
import { decodeProtectedHeader, jwtVerify, createLocalJWKSet, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ownDatabase } from "@/test/support/own-database";
import { ensureSigningKeys } from "./ensure-signing-keys";
import { institutionJwks } from "./institution-jwks";
import { institutionSigningKey } from "./institution-signing-key";

beforeAll(() => ownDatabase({ seed: true }), 120_000); // seeding takes seconds on a busy machine

const DAY = 86_400_000;
const kids = async (institutionId: string, now: Date) => (await institutionJwks(institutionId, now)).keys.map((k) => k.kid);

describe("institution signing keys", () => {
  it("rotate with an overlap", async () => {
    const { id } = await db.institution.findUniqueOrThrow({ where: { slug: "minato" } });
    const t0 = new Date("2030-01-01T00:00:00Z");
    await Promise.all([ensureSigningKeys(id, t0), ensureSigningKeys(id, t0), ensureSigningKeys(id, t0)]);
    const first = await db.institutionKey.findMany({ where: { institutionId: id } });
    expect(first).toHaveLength(1);
    const gen1 = first[0].kid;
    expect(await kids(id, t0)).toEqual([gen1]);
    expect((await institutionSigningKey(id, t0)).kid).toBe(gen1);

    // a week before gen1 stops: gen2 is published, gen1 still signs
    const t1 = new Date(t0.getTime() + 84 * DAY);
    const published = await kids(id, t1);
    expect(published).toHaveLength(2);
    const gen2 = published.find((k) => k !== gen1)!;
    expect((await institutionSigningKey(id, new Date(t1.getTime() + 61_000))).kid).toBe(gen1);

    // gen2 signs from day 90; gen1 stays published until day 120
    const t2 = new Date(t0.getTime() + 91 * DAY);
    expect((await institutionSigningKey(id, t2)).kid).toBe(gen2);
    expect(await kids(id, t2)).toEqual([gen2, gen1]);
    expect(await kids(id, new Date(t0.getTime() + 121 * DAY))).not.toContain(gen1);
  });

  it("publishes public keys only, and what it signs verifies with them", async () => {
    const { id } = await db.institution.findUniqueOrThrow({ where: { slug: "kita" } });
    const jwks = await institutionJwks(id);
    for (const key of jwks.keys) {
      expect(key).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig" });
      expect(key).not.toHaveProperty("d");
    }
    const row = await db.institutionKey.findFirstOrThrow({ where: { institutionId: id }, select: { privateJwkEnc: true } });
    expect(row.privateJwkEnc).toMatch(/^v1\./); // sealed with the data key
    expect(row.privateJwkEnc).not.toContain('"d"');
    const signer = await institutionSigningKey(id);
    const token = await new SignJWT({ a: 1 }).setProtectedHeader({ alg: signer.alg, kid: signer.kid }).sign(signer.key);
    expect(decodeProtectedHeader(token).kid).toBe(signer.kid);
    await expect(jwtVerify(token, createLocalJWKSet(jwks))).resolves.toBeTruthy();
  });
});
