// The customer's short session on 連携サービスの確認・停止: next-auth's JWT (signed and encrypted with
// AUTH_SECRET), 10 minutes, for one user at one institution. Separate from the consent flow's session.
import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { appCookie } from "@/lib/http/app-cookie";

const COOKIE = "renkei.links-session"; // also the JWT's salt, whatever the cookie's name
const MAX_AGE = 10 * 60;
const cookie = () => appCookie(COOKIE, MAX_AGE);

export async function startLinksSession(userId: string, institutionId: string): Promise<void> {
  const token = await encode({ token: { sub: userId, institutionId }, secret: process.env.AUTH_SECRET!, salt: COOKIE, maxAge: MAX_AGE });
  const { name, options } = cookie();
  (await cookies()).set(name, token, options);
}

export async function linksSession(institutionId: string): Promise<{ userId: string } | null> {
  const raw = (await cookies()).get(cookie().name)?.value;
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: process.env.AUTH_SECRET!, salt: COOKIE });
    return token?.sub && token.institutionId === institutionId ? { userId: token.sub } : null;
  } catch {
    return null;
  }
}

export async function endLinksSession(): Promise<void> {
  const { name, options } = cookie();
  (await cookies()).set(name, "", { ...options, maxAge: 0 }); // a __Host- cookie is replaced only with its own flags
}
