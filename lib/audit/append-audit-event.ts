// Appends one audit entry, chained to the previous one by a keyed hash (verify with lib/audit/verify-chain.ts).
// The hash is HMAC-SHA-256 under the audit key (lib/audit/audit-key.ts), which is not in the database: a
// writer of the database who rewrites a row and recomputes every hash after it still cannot produce
// hashes that verify.
// Call it with the same transaction client as the change it records, so both land or neither does.
// Never put a secret (password, PIN, token, code) in `details`.
import "server-only";
import { createHash, createHmac } from "node:crypto";
import type { TTx } from "@/lib/db";
import { dbProvider } from "@/lib/db";
import { thenMaybe, type TMaybePromise } from "@/lib/async/maybe-promise";
import type { THotAuditChain, THotWrite } from "@/lib/db/hot/hot-queries";
import { AUDIT_CHAIN_LOCK_SQL } from "@/lib/db/hot/sql";
import { auditKey } from "./audit-key";

export type TAuditInput = {
  institutionId?: string | null;
  actorType: "customer" | "aggregator" | "operator" | "system";
  actorId?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
};

export const GENESIS_HASH = "0".repeat(64);

type THashedEntry = { at: Date; prevHash: string } & Required<Omit<TAuditInput, "details">> & { details: string };

/** Every field that matters, in a fixed order, plus the previous hash. */
function canonical(entry: THashedEntry): string {
  return JSON.stringify([
    entry.prevHash, entry.at.toISOString(), entry.institutionId, entry.actorType, entry.actorId,
    entry.action, entry.targetType, entry.targetId, entry.ip, entry.details,
  ]);
}

/** The keyed hash of one entry. */
export function auditHash(entry: THashedEntry): string {
  return createHmac("sha256", auditKey()).update(canonical(entry)).digest("hex");
}

/**
 * The hash of an entry written before the chain was keyed (plain SHA-256 of the same fields). A log
 * from then verifies as a legacy prefix (lib/audit/verify-chain.ts); nothing is written this way now.
 */
export function legacyAuditHash(entry: THashedEntry): string {
  return createHash("sha256").update(canonical(entry)).digest("hex");
}

/** A stored audit row, as the verifier and the seal read it back. */
export type TStoredAuditRow = {
  id: number; at: Date; institutionId: string | null; actorType: string; actorId: string | null; action: string;
  targetType: string | null; targetId: string | null; ip: string | null; details: string; prevHash: string; hash: string;
};

/** The fields a stored row's hash covers. */
export function hashedFields(row: TStoredAuditRow): THashedEntry {
  return {
    at: row.at, prevHash: row.prevHash, institutionId: row.institutionId, actorType: row.actorType as "system",
    actorId: row.actorId, action: row.action, targetType: row.targetType, targetId: row.targetId, ip: row.ip, details: row.details,
  };
}

/** The row to append after the entry whose hash is prevHash: every field, and its chained hash. */
export function auditEntry(input: TAuditInput, prevHash: string, at = new Date()) {
  const entry = {
    at,
    prevHash,
    institutionId: input.institutionId ?? null,
    actorType: input.actorType,
    actorId: input.actorId ?? null,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    ip: input.ip ?? null,
    details: JSON.stringify(input.details ?? {}),
  };
  return { ...entry, hash: auditHash(entry) };
}

/**
 * The one append of the chain: under the chain's lock, the last entry's hash, then the new entry chained to
 * it. Each database path supplies only the three steps — Prisma's here (appendAuditEvent), each hot engine's
 * in its commit (lib/db/hot/sqlite-hot-queries.ts, lib/db/hot/postgres-hot-queries.ts) — and runs synchronously where they are.
 */
export function appendToChain(chain: THotAuditChain, input: TAuditInput): TMaybePromise<void> {
  return thenMaybe(chain.lock(), () => thenMaybe(chain.lastHash(), (last) => chain.insert(auditEntry(input, last ?? GENESIS_HASH))));
}

/** An audit entry as one write of a hot commit (lib/db/hot/hot-queries.ts): appended in that commit's transaction. */
export function auditWrite(input: TAuditInput): THotWrite {
  return { kind: "audit", append: (chain) => appendToChain(chain, input) };
}

/** Prisma's chain steps on a transaction. Several app instances write to one database: on PostgreSQL the lock is held to the end of the transaction (SQLite: its one writer). */
function prismaChain(tx: TTx): THotAuditChain {
  return {
    lock: async () => {
      if (dbProvider() === "postgresql") await tx.$executeRawUnsafe(AUDIT_CHAIN_LOCK_SQL);
    },
    lastHash: async () => (await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } }))?.hash ?? null,
    insert: async (row) => void (await tx.auditEvent.create({ data: row })),
  };
}

/** The chain's lock alone, for a writer that rewrites the chain itself (lib/audit/seal-legacy-chain.ts). */
export async function lockAuditChain(tx: TTx): Promise<void> {
  await prismaChain(tx).lock();
}

export async function appendAuditEvent(tx: TTx, input: TAuditInput): Promise<void> {
  await appendToChain(prismaChain(tx), input);
}
