// A log kept from before the audit chain was keyed ends in rows hashed without the key (plain SHA-256,
// lib/audit/append-audit-event.ts legacyAuditHash). At every start (instrumentation.ts) this seals such
// a log: the first keyed row after those rows is an `audit.chain-keyed` entry that names the last one
// and its hash. Its own hash is keyed, so the verifier (lib/audit/verify-chain.ts) accepts unkeyed rows
// only as the prefix that seal names — and any change inside that prefix, which changes the prefix's
// last hash, shows. A log that is keyed already (every log begun by this release) is left as it is.
import "server-only";
import { db } from "@/lib/db";
import { auditEntry, auditHash, hashedFields, legacyAuditHash, lockAuditChain } from "./append-audit-event";

export const CHAIN_KEYED_ACTION = "audit.chain-keyed"; // its label: lib/console/audit-action-label.ts

/** Seals an unkeyed log; returns the id of the last unkeyed row it sealed, or null when there was nothing to seal. */
export async function sealLegacyAuditChain(): Promise<number | null> {
  return db.$transaction(async (tx) => {
    await lockAuditChain(tx);
    const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" } });
    if (!last) return null;
    const fields = hashedFields(last);
    // keyed: nothing to do; neither keyed nor unkeyed: a changed row, which the verifier reports
    if (auditHash(fields) === last.hash || legacyAuditHash(fields) !== last.hash) return null;
    // the chain's lock is held and its last row read: the seal follows that row directly
    await tx.auditEvent.create({
      data: auditEntry({ actorType: "system", action: CHAIN_KEYED_ACTION, details: { legacyThroughId: last.id, legacyHeadHash: last.hash } }, last.hash),
    });
    return last.id;
  });
}
