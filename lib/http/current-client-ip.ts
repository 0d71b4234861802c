// clientIp (lib/http/client-ip.ts) for server actions and pages, which see the request through next/headers.
import "server-only";
import { headers } from "next/headers";
import { clientIp } from "./client-ip";

export async function currentClientIp(): Promise<string> {
  return clientIp(await headers());
}
