// The risk check's "device" on 連携サービスの確認・停止: this browser's id (proxy.ts gives every visitor one
// before the page), hashed. It also binds a passkey challenge to this browser (lib/links/passkey-actions.ts).
import "server-only";
import { cookies } from "next/headers";
import { browserCookie, browserHash } from "@/lib/auth/browser-id";

export async function linksDeviceHash(): Promise<string | null> {
  const id = (await cookies()).get(browserCookie().name)?.value;
  return id ? browserHash(id) : null;
}
