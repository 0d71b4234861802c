// The demo aggregator keeps its state (PKCE verifier, state, DPoP key, tokens) in an httpOnly cookie
// sealed with the data key (AES-GCM) — no process memory, so several instances can serve it.
import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { decryptSecret, encryptSecret } from "@/lib/crypto/data-key";
import { appCookie } from "@/lib/http/app-cookie";

// Path=/ like every cookie of lib/http/app-cookie.ts: a __Host- cookie may have no other path.
const cookie = () => appCookie("renkei.demo", 3600);

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
  const raw = (await cookies()).get(cookie().name)?.value;
  if (!raw) return null;
  try {
    return ZDemoState.parse(JSON.parse(decryptSecret(raw)));
  } catch {
    return null;
  }
}

export async function writeDemoState(state: TDemoState): Promise<void> {
  const { name, options } = cookie();
  (await cookies()).set(name, encryptSecret(JSON.stringify(state)), options);
}

export async function clearDemoState(): Promise<void> {
  const { name, options } = cookie();
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
}
