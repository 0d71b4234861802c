// The customer's short session on 連携サービスの確認・停止: next-auth's JWT (signed and encrypted with
// AUTH_SECRET), 10 minutes, for one user at one institution. Separate from the consent flow's session.
// A login the risk check found unusual holds a session that still owes the 追加認証 answer (`answer`:
// the factors passed so far): it shows nothing but the question until answered (lib/links/actions.ts).
import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { appCookie } from "@/lib/http/app-cookie";

const COOKIE = "renkei.links-session"; // also the JWT's salt, whatever the cookie's name
const MAX_AGE = 10 * 60;
const cookie = () => appCookie(COOKIE, MAX_AGE);

export type TLinksSession = {
  userId: string;
  /** the factors passed, while the 追加認証 answer is still owed */
  owesAnswer: string[] | null;
  /** logged in with a passkey (lib/links/passkey-actions.ts): it may list and delete passkeys, not register one */
  passkey: boolean;
};

export async function startLinksSession(userId: string, institutionId: string, owesAnswer: string[] | null = null, passkey = false): Promise<void> {
  const token = await encode({ token: { sub: userId, institutionId, owesAnswer, passkey }, secret: process.env.AUTH_SECRET!, salt: COOKIE, maxAge: MAX_AGE });
  const { name, options } = cookie();
  (await cookies()).set(name, token, options);
}

export async function linksSession(institutionId: string): Promise<TLinksSession | null> {
  const raw = (await cookies()).get(cookie().name)?.value;
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: process.env.AUTH_SECRET!, salt: COOKIE });
    if (!token?.sub || token.institutionId !== institutionId) return null;
    const owes = token.owesAnswer;
    return { userId: token.sub, owesAnswer: Array.isArray(owes) ? owes.map(String) : null, passkey: token.passkey === true };
  } catch {
    return null;
  }
}

export async function endLinksSession(): Promise<void> {
  const { name, options } = cookie();
  (await cookies()).set(name, "", { ...options, maxAge: 0 }); // a __Host- cookie is replaced only with its own flags
}
