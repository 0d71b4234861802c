// Starts the demo aggregator's flow: PAR as renkei-demo (private_key_jwt, PKCE, DPoP with a fresh key),
// the flow's state sealed in a cookie, and the authorization URL the browser goes to next.
import "server-only";
import * as client from "openid-client";
import { exportJWK, generateKeyPair, type JWK } from "jose";
import { z } from "zod";
import { publicOrigin } from "@/lib/config/origin";
import { demoClientConfig, dpopHandle } from "./demo-client";
import { writeDemoState } from "./demo-cookie";

const ZStartDemo = z.object({
  institution: z.string().regex(/^[a-z0-9-]{1,40}$/),
  channel: z.enum(["", "personal", "corporate"]).default(""),
  scopes: z.array(z.enum(["balances", "transactions"])).min(1),
});

export async function startDemoFlow(formData: FormData): Promise<string> {
  const parsed = ZStartDemo.safeParse({ institution: formData.get("institution"), channel: formData.get("channel") ?? "", scopes: formData.getAll("scope") });
  if (!parsed.success) return "/demo?error=input";
  const { institution, channel, scopes } = parsed.data;
  const config = await demoClientConfig(institution);
  const { privateKey } = await generateKeyPair("ES256", { extractable: true });
  const dpopJwk = (await exportJWK(privateKey)) as JWK;
  const dpop = await dpopHandle(config, dpopJwk);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = await client.buildAuthorizationUrlWithPAR(config, {
    redirect_uri: `${publicOrigin()}/demo/callback`, scope: scopes.join(" "), state,
    code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: "S256",
    ...(channel ? { channel } : {}),
  }, { DPoP: dpop });
  await writeDemoState({ slug: institution, verifier, state, dpopJwk: dpopJwk as Record<string, unknown>, scopes });
  return url.toString();
}

