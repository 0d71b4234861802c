// A log kept from before the audit chain was keyed ends in rows hashed without the key (plain SHA-256,
// lib/audit/append-audit-event.ts legacyAuditHash). At every start (instrumentation.ts) this seals such
// a log: the first keyed row after those rows is an `audit.chain-keyed` entry that names the last one
// and its hash. Its own hash is keyed, so the verifier (lib/audit/verify-chain.ts) accepts unkeyed rows
// only as the prefix that seal names — and any change inside that prefix, which changes the prefix's
// last hash, shows. A log that is keyed already (every log begun by this release) is left as it is.
import "server-only";
import { db } from "@/lib/db";
import { appendAuditEvent, auditHash, legacyAuditHash, lockAuditChain } from "./append-audit-event";

export const CHAIN_KEYED_ACTION = "audit.chain-keyed"; // its label: lib/console/audit-action-label.ts

type TStoredRow = {
  id: number; at: Date; institutionId: string | null; actorType: string; actorId: string | null; action: string;
  targetType: string | null; targetId: string | null; ip: string | null; details: string; prevHash: string; hash: string;
};

/** The fields a stored row's hash covers. */
export function hashedFields(row: TStoredRow) {
  return {
    at: row.at, prevHash: row.prevHash, institutionId: row.institutionId, actorType: row.actorType as "system",
    actorId: row.actorId, action: row.action, targetType: row.targetType, targetId: row.targetId, ip: row.ip, details: row.details,
  };
}

/** Seals an unkeyed log; returns the id of the last unkeyed row it sealed, or null when there was nothing to seal. */
export async function sealLegacyAuditChain(): Promise<number | null> {
  return db.$transaction(async (tx) => {
    await lockAuditChain(tx);
    const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" } });
    if (!last) return null;
    const fields = hashedFields(last);
    // keyed: nothing to do; neither keyed nor unkeyed: a changed row, which the verifier reports
    if (auditHash(fields) === last.hash || legacyAuditHash(fields) !== last.hash) return null;
    await appendAuditEvent(tx, { actorType: "system", action: CHAIN_KEYED_ACTION, details: { legacyThroughId: last.id, legacyHeadHash: last.hash } });
    return last.id;
  });
}
