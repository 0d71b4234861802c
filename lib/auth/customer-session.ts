// The customer's sign-in after every login factor: a next-auth session (its JWT format, signed and
// encrypted with AUTH_SECRET by next-auth's own encode/decode), short-lived (15 minutes, the
// interaction's lifetime) and bound to one interaction and one user. The steps after 本人確認 require it.
import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { appCookie } from "@/lib/http/app-cookie";

const CUSTOMER_SESSION_COOKIE = "renkei.customer-session"; // also the JWT's salt, whatever the cookie's name
const MAX_AGE = 15 * 60;
const cookie = () => appCookie(CUSTOMER_SESSION_COOKIE, MAX_AGE);

function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set (npm start and npm test set it)");
  return value;
}

export async function startCustomerSession(input: { userId: string; institutionId: string; interactionId: string }): Promise<void> {
  const token = await encode({
    token: { sub: input.userId, institutionId: input.institutionId, interactionId: input.interactionId },
    secret: secret(),
    salt: CUSTOMER_SESSION_COOKIE,
    maxAge: MAX_AGE,
  });
  const { name, options } = cookie();
  (await cookies()).set(name, token, options);
}

export async function customerSession(): Promise<{ userId: string; institutionId: string; interactionId: string } | null> {
  const raw = (await cookies()).get(cookie().name)?.value;
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: secret(), salt: CUSTOMER_SESSION_COOKIE });
    if (!token?.sub || typeof token.interactionId !== "string" || typeof token.institutionId !== "string") return null;
    return { userId: token.sub, institutionId: token.institutionId, interactionId: token.interactionId };
  } catch {
    return null;
  }
}

export async function endCustomerSession(): Promise<void> {
  const { name, options } = cookie();
  (await cookies()).set(name, "", { ...options, maxAge: 0 }); // a __Host- cookie is replaced only with its own flags
}
