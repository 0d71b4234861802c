// Passkey registration and login against a real database, with a software authenticator (a test fixture,
// test/support/software-authenticator.ts) making real attestations and assertions that @simplewebauthn/server
// verifies. What passes, and each refusal the issue names, with its audit entry: another RP ID or origin, a
// replayed challenge (and one bound to another interaction), a credential of another customer or institution,
// a deleted credential, a counter that went backwards on a device-bound passkey (and not on a synced one).
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ownDatabase } from "@/test/support/own-database";
import { seedLoginUser, type TSeededUser } from "@/test/support/seed-login-user";
import { SoftwareAuthenticator } from "@/test/support/software-authenticator";
import { db } from "@/lib/db";
import { parseSettings } from "@/lib/institutions/settings";
import { deletePasskey } from "./list-passkeys";
import { passkeyLoginOptions, verifyPasskeyLogin } from "./verify-passkey-login";
import { PASSKEY_REFUSED_MESSAGE } from "./passkey-refusal";
import { passkeyRegistrationOptions, registerPasskey } from "./register-passkey";

beforeAll(() => ownDatabase({ seed: true }));

const freshIp = () => `2001:db8:${randomBytes(2).toString("hex")}::${randomBytes(2).toString("hex")}`;
const binding = () => `interaction:${randomBytes(12).toString("base64url")}`;

async function institution(slug: string) {
  const row = await db.institution.findUniqueOrThrow({ where: { slug } });
  return { id: row.id, name: row.name, settings: parseSettings(row.settings) };
}

/** A customer of the test's own with a registered passkey (device-bound, or synced). */
async function customerWithPasskey(options: { slug?: string; synced?: boolean } = {}) {
  const user = await seedLoginUser({ slug: options.slug ?? "sakura", channel: "personal" });
  const inst = await institution(user.institution.slug);
  const authenticator = new SoftwareAuthenticator({ backupEligible: options.synced });
  const bound = binding();
  const options_ = await passkeyRegistrationOptions({ institution: inst, userId: user.userId, channel: "personal", binding: bound });
  expect(options_.rp.id).toBe("localhost");
  expect(options_.attestation).toBe("none");
  expect(options_.authenticatorSelection?.userVerification).toBe("required");
  const response = authenticator.register({ challenge: options_.challenge, userHandle: options_.user.id });
  const registered = await registerPasskey({ institution: inst, userId: user.userId, channel: "personal", binding: bound, response, name: "", ip: freshIp() });
  expect(registered.ok).toBe(true);
  return { user, inst, authenticator };
}

async function login(inst: Awaited<ReturnType<typeof institution>>, make: (challenge: string) => unknown, options: { bindAs?: string; verifyAs?: string; channels?: string[] } = {}) {
  const bound = options.bindAs ?? binding();
  const { challenge } = await passkeyLoginOptions({ institution: inst, binding: bound, channel: "personal" });
  const response = make(challenge);
  return verifyPasskeyLogin({ institution: inst, channels: options.channels ?? ["personal"], binding: options.verifyAs ?? bound, response, ip: freshIp(), deviceHash: null });
}

async function lastRefusal(): Promise<string | undefined> {
  const row = await db.auditEvent.findFirst({ where: { action: "login.passkey.failure" }, orderBy: { id: "desc" }, select: { details: true } });
  return row ? JSON.parse(row.details).refusal : undefined;
}

const stored = (user: TSeededUser) => db.passkey.findFirstOrThrow({ where: { userId: user.userId } });

describe("passkey registration", () => {
  it("stores the credential: public key, counter, flags, transports, a dated name; audited", async () => {
    const { user } = await customerWithPasskey();
    const row = await stored(user);
    expect(row).toMatchObject({ channel: "personal", backupEligible: false, backedUp: false, counter: 0n, deletedAt: null });
    expect(JSON.parse(row.transports)).toEqual(["internal"]);
    expect(row.name).toMatch(/^パスキー（\d{4}年\d{1,2}月\d{1,2}日登録）$/);
    expect(await db.auditEvent.count({ where: { action: "passkey.registered", targetId: row.id } })).toBe(1);
  });

  it("refuses a replayed registration challenge, and one issued for another customer", async () => {
    const user = await seedLoginUser({ slug: "sakura", channel: "personal" });
    const other = await seedLoginUser({ slug: "sakura", channel: "personal" });
    const inst = await institution("sakura");
    const bound = binding();
    const options = await passkeyRegistrationOptions({ institution: inst, userId: user.userId, channel: "personal", binding: bound });
    const response = new SoftwareAuthenticator().register({ challenge: options.challenge, userHandle: options.user.id });
    // another customer's ceremony cannot spend it
    expect(await registerPasskey({ institution: inst, userId: other.userId, channel: "personal", binding: bound, response, name: "x", ip: freshIp() })).toEqual({ ok: false, reason: "challenge" });
    expect((await registerPasskey({ institution: inst, userId: user.userId, channel: "personal", binding: bound, response, name: "x", ip: freshIp() })).ok).toBe(true);
    expect(await registerPasskey({ institution: inst, userId: user.userId, channel: "personal", binding: bound, response, name: "x", ip: freshIp() })).toEqual({ ok: false, reason: "challenge" });
    expect(await db.auditEvent.count({ where: { action: "passkey.registration-refused", actorId: user.userId } })).toBe(1);
  });

  it("refuses an attestation for another origin or without user verification", async () => {
    const user = await seedLoginUser({ slug: "sakura", channel: "personal" });
    const inst = await institution("sakura");
    for (const [wrong, reason] of [[{ origin: "https://phish.example" }, "origin"], [{ userVerified: false }, "user_verification"], [{ rpId: "phish.example" }, "rp_id"]] as const) {
      const bound = binding();
      const options = await passkeyRegistrationOptions({ institution: inst, userId: user.userId, channel: "personal", binding: bound });
      const response = new SoftwareAuthenticator().register({ challenge: options.challenge, userHandle: options.user.id, ...wrong });
      expect(await registerPasskey({ institution: inst, userId: user.userId, channel: "personal", binding: bound, response, name: "x", ip: freshIp() })).toEqual({ ok: false, reason });
    }
  });
});

describe("passkey login", () => {
  it("passes a user-verified assertion: names the customer, moves the counter on, records the use", async () => {
    const { user, inst, authenticator } = await customerWithPasskey();
    const result = await login(inst, (challenge) => authenticator.assert({ challenge }));
    expect(result).toEqual({ ok: true, userId: user.userId, channel: "personal", passkeyKey: "hwk" });
    const row = await stored(user);
    expect(row.counter).toBe(1n);
    expect(row.lastUsedAt).not.toBeNull();
    expect(await db.loginAttempt.count({ where: { userId: user.userId, factor: "passkey", success: true } })).toBe(1);
  });

  it("refuses an assertion for another origin, and one for another RP ID", async () => {
    const { inst, authenticator } = await customerWithPasskey();
    const origin = await login(inst, (challenge) => authenticator.assert({ challenge, origin: "https://sakura-shinkin.phish.example" }));
    expect(origin).toEqual({ ok: false, message: PASSKEY_REFUSED_MESSAGE, locked: false });
    expect(await lastRefusal()).toBe("origin");
    expect((await login(inst, (challenge) => authenticator.assert({ challenge, rpId: "phish.example" }))).ok).toBe(false);
    expect(await lastRefusal()).toBe("rp_id");
  });

  it("refuses an assertion without user verification", async () => {
    const { inst, authenticator } = await customerWithPasskey();
    expect((await login(inst, (challenge) => authenticator.assert({ challenge, userVerified: false }))).ok).toBe(false);
    expect(await lastRefusal()).toBe("user_verification");
  });

  it("refuses a replayed challenge, and a challenge bound to another interaction", async () => {
    const { inst, authenticator } = await customerWithPasskey();
    const bound = binding();
    const { challenge } = await passkeyLoginOptions({ institution: inst, binding: bound, channel: "personal" });
    const response = authenticator.assert({ challenge });
    const first = await verifyPasskeyLogin({ institution: inst, channels: ["personal"], binding: bound, response, ip: freshIp(), deviceHash: null });
    expect(first.ok).toBe(true);
    const replay = await verifyPasskeyLogin({ institution: inst, channels: ["personal"], binding: bound, response, ip: freshIp(), deviceHash: null });
    expect(replay.ok).toBe(false);
    expect(await lastRefusal()).toBe("challenge");
    expect((await login(inst, (c) => authenticator.assert({ challenge: c }), { verifyAs: binding() })).ok).toBe(false);
    expect(await lastRefusal()).toBe("challenge");
  });

  it("refuses a credential of another institution (one RP ID serves every institution)", async () => {
    const { authenticator } = await customerWithPasskey({ slug: "sakura" });
    const minato = await institution("minato");
    expect((await login(minato, (challenge) => authenticator.assert({ challenge }))).ok).toBe(false);
    expect(await lastRefusal()).toBe("other_institution");
  });

  it("refuses a credential whose user handle is another customer's, and one of another channel", async () => {
    const { inst, authenticator } = await customerWithPasskey();
    const other = await customerWithPasskey();
    expect((await login(inst, (challenge) => authenticator.assert({ challenge, userHandle: other.authenticator.userHandle }))).ok).toBe(false);
    expect(await lastRefusal()).toBe("other_customer");
    expect((await login(inst, (challenge) => authenticator.assert({ challenge }), { channels: ["corporate"] })).ok).toBe(false);
    expect(await lastRefusal()).toBe("other_channel");
  });

  it("refuses a deleted credential; only its owner deletes it, and the deletion is audited", async () => {
    const { user, inst, authenticator } = await customerWithPasskey();
    const other = await seedLoginUser({ slug: "sakura", channel: "personal" });
    const row = await stored(user);
    expect(await deletePasskey({ passkeyId: row.id, userId: other.userId, institutionId: inst.id, ip: freshIp() })).toBe(false);
    expect(await deletePasskey({ passkeyId: row.id, userId: user.userId, institutionId: inst.id, ip: freshIp() })).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "passkey.deleted", targetId: row.id } })).toBe(1);
    expect((await login(inst, (challenge) => authenticator.assert({ challenge }))).ok).toBe(false);
    expect(await lastRefusal()).toBe("deleted");
  });

  it("refuses a counter that went backwards on a device-bound passkey (a clone), and audits it", async () => {
    const { user, inst, authenticator } = await customerWithPasskey();
    expect((await login(inst, (challenge) => authenticator.assert({ challenge, counter: 5 }))).ok).toBe(true);
    expect((await login(inst, (challenge) => authenticator.assert({ challenge, counter: 3 }))).ok).toBe(false);
    expect(await lastRefusal()).toBe("counter");
    expect((await stored(user)).counter).toBe(5n); // the refused assertion changed nothing
    expect(await db.loginAttempt.count({ where: { userId: user.userId, factor: "passkey", success: false } })).toBe(1);
  });

  it("accepts a synced passkey whose counter stays at 0 (backup eligible: swk)", async () => {
    const { inst, authenticator } = await customerWithPasskey({ synced: true });
    for (let i = 0; i < 2; i++) {
      const result = await login(inst, (challenge) => authenticator.assert({ challenge, counter: 0 }));
      expect(result).toMatchObject({ ok: true, passkeyKey: "swk" });
    }
  });

  it("refuses what is not an assertion's shape", async () => {
    const inst = await institution("sakura");
    expect((await login(inst, () => ({ id: "x", response: "nope" }))).ok).toBe(false);
    expect(await lastRefusal()).toBe("malformed");
  });
});
