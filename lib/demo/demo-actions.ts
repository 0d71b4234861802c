"use server";
// The demo aggregator's 連携を解除 (RFC 7009 revocation of the refresh token, which ends the grant).
import { redirect } from "next/navigation";
import * as client from "openid-client";
import { demoClientConfig } from "./demo-client";
import { clearDemoState, readDemoState } from "./demo-cookie";

export async function revokeDemoLink(): Promise<void> {
  const demo = await readDemoState();
  if (demo?.refreshToken) {
    const config = await demoClientConfig(demo.slug);
    await client.tokenRevocation(config, demo.refreshToken, { token_type_hint: "refresh_token" }).catch(() => undefined);
  }
  await clearDemoState();
  redirect("/demo?revoked=1");
}
