// The demo aggregator's redirect_uri: checks state and iss, exchanges the code (private_key_jwt +
// DPoP) and keeps the tokens in its sealed cookie, then shows the result.
import * as client from "openid-client";
import type { JWK } from "jose";
import { publicOrigin } from "@/lib/config/origin";
import { demoClientConfig, dpopHandle } from "@/lib/demo/demo-client";
import { readDemoState, writeDemoState } from "@/lib/demo/demo-cookie";
import { seeOther } from "@/lib/http/see-other";
import { errorFields, logger } from "@/lib/observability/logger";
import { demoNotServed } from "@/lib/demo/demo-served";

export const dynamic = "force-dynamic";

const go = (path: string) => seeOther(`${publicOrigin()}${path}`);

export async function GET(request: Request) {
  const hidden = demoNotServed();
  if (hidden) return hidden;
  const demo = await readDemoState();
  const url = new URL(request.url);
  if (!demo) return go("/demo?error=expired");
  // only a code /demo knows travels on (lib/demo/demo-message.ts shows a fixed message for it)
  if (url.searchParams.get("error")) return go(`/demo?error=${encodeURIComponent(url.searchParams.get("error")!.replace(/[^a-z_]/g, "").slice(0, 40))}`);
  // Already exchanged (the browser may ask twice): a second exchange would be a code replay.
  if (demo.accessToken && url.searchParams.get("state") === demo.state) return go("/demo/result");
  try {
    const config = await demoClientConfig(demo.slug);
    const dpop = await dpopHandle(config, demo.dpopJwk as JWK);
    const callback = new URL(`${publicOrigin()}/demo/callback${url.search}`);
    const tokens = await client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: demo.verifier, expectedState: demo.state }, undefined, { DPoP: dpop });
    await writeDemoState({ ...demo, accessToken: tokens.access_token, refreshToken: tokens.refresh_token, grantId: (tokens as { grant_id?: string }).grant_id });
    return go("/demo/result");
  } catch (error) {
    logger().error(errorFields(error), "demo: code exchange failed");
    return go("/demo?error=exchange");
  }
}
