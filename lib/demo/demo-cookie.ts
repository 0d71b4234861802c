// The demo aggregator keeps its state (PKCE verifier, state, DPoP key, tokens) in an httpOnly cookie
// sealed with the data key (AES-GCM) — no process memory, so several instances can serve it.
import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { decryptSecret, encryptSecret } from "@/lib/auth/data-key";

export const DEMO_COOKIE = "renkei.demo";

export const ZDemoState = z.object({
  slug: z.string(),
  verifier: z.string(),
  state: z.string(),
  dpopJwk: z.record(z.string(), z.unknown()),
  scopes: z.array(z.string()),
  accessToken: z.string().optional(),
  refreshToken: z.string().optional(),
  grantId: z.string().optional(),
});
export type TDemoState = z.infer<typeof ZDemoState>;

export async function readDemoState(): Promise<TDemoState | null> {
  const raw = (await cookies()).get(DEMO_COOKIE)?.value;
  if (!raw) return null;
  try {
    return ZDemoState.parse(JSON.parse(decryptSecret(raw)));
  } catch {
    return null;
  }
}

export async function writeDemoState(state: TDemoState): Promise<void> {
  (await cookies()).set(DEMO_COOKIE, encryptSecret(JSON.stringify(state)), { httpOnly: true, sameSite: "lax", path: "/demo", maxAge: 3600 });
}

export async function clearDemoState(): Promise<void> {
  (await cookies()).delete({ name: DEMO_COOKIE, path: "/demo" });
}
