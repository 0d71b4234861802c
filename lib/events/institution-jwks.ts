// The public half of an institution's signing keys, as its jwks_uri serves them (RFC 7517 §5): the key
// that signs now, the next one once it is made (published ahead), and the previous ones until
// KEEP_AFTER_DAYS after they stopped signing (lib/events/ensure-signing-keys.ts).
import "server-only";
import type { JWK } from "jose";
import { db } from "@/lib/db";
import { ensureSigningKeys, KEEP_AFTER_DAYS } from "./ensure-signing-keys";

export async function institutionJwks(institutionId: string, now = new Date()): Promise<{ keys: JWK[] }> {
  await ensureSigningKeys(institutionId, now);
  const rows = await db.institutionKey.findMany({
    where: { institutionId, signsUntil: { gt: new Date(now.getTime() - KEEP_AFTER_DAYS * 86_400_000) } },
    orderBy: { generation: "desc" },
    select: { publicJwk: true },
  });
  return { keys: rows.map((r) => JSON.parse(r.publicJwk) as JWK) };
}
