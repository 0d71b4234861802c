// The client IP for audit entries: server.mjs strips any forged value and sets x-renkei-client-ip.
import "server-only";
import { headers } from "next/headers";

export async function consoleRequestIp(): Promise<string | null> {
  return (await headers()).get("x-renkei-client-ip");
}
