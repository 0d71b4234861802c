// The console's sessions are held server-side (lib/console/operator-session.ts): a copy of the cookie
// opens nothing after sign-out or after OPERATOR_IDLE_MINUTES idle, and a password change ends them. Sign-in
// is counted per address as well as per login ID (lib/console/authenticate-operator.ts): 40 guesses over 10
// login IDs from one address get 20 evaluated.
import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { authenticateOperator, OPERATOR_ADDRESS_MAX_FAILURES } from "@/lib/console/authenticate-operator";
import { OPERATOR_IDLE_MINUTES } from "@/lib/console/operator-session";
import { setOperatorPassword } from "@/lib/console/set-operator-password";
import { hashSecret } from "@/lib/crypto/password";
import { signInOperator } from "../support/operator-sign-in";

const baseUrl = inject("baseUrl");

/** What /console answers the cookie: "open", or "sign-in" (the redirect to /console/login). */
async function consoleWith(cookie: string): Promise<"open" | "sign-in"> {
  const res = await fetch(`${baseUrl}/console`, { headers: { cookie }, redirect: "manual" });
  if (res.status === 200) return "open";
  expect(res.headers.get("location")).toMatch(/\/console\/login$/);
  return "sign-in";
}

/** next-auth's own sign-out door, as a browser posts it. */
async function signOut(session: string) {
  const csrf = await fetch(`${baseUrl}/api/auth/operator/csrf`, { headers: { cookie: session } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = [session, ...csrf.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
  const res = await fetch(`${baseUrl}/api/auth/operator/signout`, {
    method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${baseUrl}/console/login` }),
  });
  expect(res.status).toBeLessThan(400);
}

/** An operator of the test's own (so that its sessions are this test's alone), signed in: its login ID and cookie. */
async function signedInOperator(): Promise<{ loginId: string; cookie: string }> {
  const loginId = `ops-t-${randomBytes(3).toString("hex")}`;
  await db.operator.create({ data: { loginId, name: "一時", passwordHash: await hashSecret("Temporary-pass-2026"), allInstitutions: true } });
  return { loginId, cookie: (await signInOperator(baseUrl, loginId, "Temporary-pass-2026"))! };
}

describe("operator sessions", () => {
  it("a copied cookie opens nothing after sign-out", async () => {
    const { cookie } = await signedInOperator();
    const copy = cookie;
    expect(await consoleWith(cookie)).toBe("open");
    await signOut(cookie);
    expect(await consoleWith(copy)).toBe("sign-in");
    // and the sign-in page does not send it back to /console (no loop)
    expect((await fetch(`${baseUrl}/console/login`, { headers: { cookie: copy }, redirect: "manual" })).status).toBe(200);
  });

  it(`ends after ${OPERATOR_IDLE_MINUTES} idle minutes, not before`, async () => {
    const { loginId, cookie } = await signedInOperator();
    const row = await db.operatorSession.findFirstOrThrow({ where: { operator: { loginId } } });
    await db.operatorSession.update({ where: { idHash: row.idHash }, data: { lastSeenAt: new Date(Date.now() - (OPERATOR_IDLE_MINUTES - 1) * 60_000) } });
    expect(await consoleWith(cookie)).toBe("open");
    await db.operatorSession.update({ where: { idHash: row.idHash }, data: { lastSeenAt: new Date(Date.now() - (OPERATOR_IDLE_MINUTES + 1) * 60_000) } });
    expect(await consoleWith(cookie)).toBe("sign-in");
    expect((await db.operatorSession.findUniqueOrThrow({ where: { idHash: row.idHash } })).endedAt).not.toBeNull();
  });

  it("a password change ends the operator's sessions; only a hash of the session id is stored", async () => {
    const { loginId, cookie } = await signedInOperator();
    expect(await consoleWith(cookie)).toBe("open");
    const rows = await db.operatorSession.findMany({ where: { operator: { loginId } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.idHash).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(cookie).not.toContain(rows[0]!.idHash);
    expect((await setOperatorPassword(loginId, "Another-pass-2026-x", "cli")).ok).toBe(true);
    expect(await consoleWith(cookie)).toBe("sign-in");
  });
});

describe("operator sign-in from one address", () => {
  it(`40 guesses over 10 login IDs: ${OPERATOR_ADDRESS_MAX_FAILURES} evaluated, the rest refused unevaluated`, async () => {
    const ip = `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
    const ids = Array.from({ length: 10 }, (_, i) => `guess-${i}-${ip}`);
    for (let round = 0; round < 4; round++) for (const loginId of ids) expect(await authenticateOperator({ loginId, password: `wrong-${round}` }, ip)).toBeNull();
    const failures = await db.auditEvent.findMany({ where: { action: "operator.login.failure", ip }, select: { details: true } });
    expect(failures).toHaveLength(40);
    expect(failures.filter((f) => !String(f.details ?? "").includes("locked"))).toHaveLength(OPERATOR_ADDRESS_MAX_FAILURES);
    // the right password from that address is refused too, until the window ends
    expect(await authenticateOperator({ loginId: "ops-admin", password: "Operator-pass-1" }, ip)).toBeNull();
  });
});
