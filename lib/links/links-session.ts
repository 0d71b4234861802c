// The customer's short session on 連携サービスの確認・停止: next-auth's JWT (signed and encrypted with
// AUTH_SECRET), 10 minutes, for one user at one institution. Separate from the consent flow's session.
import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";

const COOKIE = "renkei.links-session";
const MAX_AGE = 10 * 60;

export async function startLinksSession(userId: string, institutionId: string): Promise<void> {
  const token = await encode({ token: { sub: userId, institutionId }, secret: process.env.AUTH_SECRET!, salt: COOKIE, maxAge: MAX_AGE });
  (await cookies()).set(COOKIE, token, { httpOnly: true, sameSite: "lax", path: "/", maxAge: MAX_AGE });
}

export async function linksSession(institutionId: string): Promise<{ userId: string } | null> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: process.env.AUTH_SECRET!, salt: COOKIE });
    return token?.sub && token.institutionId === institutionId ? { userId: token.sub } : null;
  } catch {
    return null;
  }
}

export async function endLinksSession(): Promise<void> {
  (await cookies()).delete(COOKIE);
}
