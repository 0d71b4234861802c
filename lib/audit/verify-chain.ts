// Verifies the audit log's hash chain (the format of lib/audit/append-audit-event.ts):
//   - every row's hash is recomputed from its fields under the audit key: a difference means the row was
//     changed (a forger without the key cannot recompute it, lib/audit/audit-key.ts)
//   - except for a sealed legacy prefix: the rows a database kept from before the chain was keyed verify
//     by the unkeyed hash they were written with, from the first row on, when the first keyed row after
//     them is the seal that names their last row and its hash (lib/audit/seal-legacy-chain.ts). Unkeyed
//     rows anywhere else, or not sealed, or not the ones sealed: "unsealed"
//   - the first row links to GENESIS_HASH; every other row's prevHash is the hash of the row before it
//   - a prevHash that names no row means rows were deleted in between (their hashes are gone)
//   - a prevHash that names an older row means two rows claim the same predecessor: a fork
//     (the unique index on prevHash refuses this in the database; a copy restored without it may not)
// The walk is in id order, in pages, so the cost is one pass however long the log grows.
// Deleting the newest rows cannot be seen from the chain alone: the report gives the last id and hash, so
// an operator can compare them with a copy kept elsewhere.
import "server-only";
import { db } from "@/lib/db";
import { auditHash, GENESIS_HASH, hashedFields, legacyAuditHash, type TStoredAuditRow } from "./append-audit-event";
import { CHAIN_KEYED_ACTION } from "./seal-legacy-chain";

export type TChainProblem = "changed" | "missing" | "fork" | "bad-genesis" | "unsealed";
export type TChainReport =
  | { ok: true; checked: number; lastId: number | null; lastHash: string | null; legacyThroughId: number | null }
  | { ok: false; checked: number; brokenId: number; problem: TChainProblem; message: string };

const PAGE = 1000;
type TAuditRow = TStoredAuditRow;

const MESSAGES: Record<TChainProblem, (id: number) => string> = {
  changed: (id) => `監査ログ #${id} の内容が記録後に変更されています（ハッシュが一致しません）。`,
  missing: (id) => `監査ログ #${id} の直前の記録が削除されています（前のハッシュに一致する記録がありません）。`,
  fork: (id) => `監査ログ #${id} が直前ではない記録につながっています（チェーンの分岐）。`,
  "bad-genesis": (id) => `監査ログ #${id}（最初の記録）が起点につながっていません。`,
  unsealed: (id) => `監査ログ #${id} までの鍵のないハッシュの記録が、鍵付きハッシュ導入時の封印と一致しません。`,
};

export async function verifyAuditChain(): Promise<TChainReport> {
  let checked = 0;
  let previous: { id: number; hash: string } | null = null;
  let legacyThroughId: number | null = null;
  let inLegacyPrefix = true;
  // hashes seen so far, to tell a fork (links to an older row) from a deletion (links to nothing)
  const seen = new Set<string>();
  for (;;) {
    const rows: TAuditRow[] = await db.auditEvent.findMany({
      where: previous ? { id: { gt: previous.id } } : {},
      orderBy: { id: "asc" },
      take: PAGE,
    });
    for (const row of rows) {
      const fail = (problem: TChainProblem): TChainReport => ({ ok: false, checked, brokenId: row.id, problem, message: MESSAGES[problem](row.id) });
      const fields = hashedFields(row);
      if (auditHash(fields) === row.hash) {
        if (inLegacyPrefix && previous && legacyThroughId !== null && !seals(row, previous)) {
          return { ok: false, checked, brokenId: previous.id, problem: "unsealed", message: MESSAGES.unsealed(previous.id) };
        }
        inLegacyPrefix = false;
      } else if (inLegacyPrefix && legacyAuditHash(fields) === row.hash) legacyThroughId = row.id;
      else return fail("changed");
      const expected = previous ? previous.hash : GENESIS_HASH;
      if (row.prevHash !== expected) {
        if (!previous) return fail("bad-genesis");
        return fail(seen.has(row.prevHash) || row.prevHash === GENESIS_HASH ? "fork" : "missing");
      }
      seen.add(row.hash);
      previous = { id: row.id, hash: row.hash };
      checked += 1;
    }
    if (rows.length < PAGE) break;
  }
  // every start seals an unkeyed log (instrumentation.ts): one that ends unkeyed was rewritten since
  if (inLegacyPrefix && previous && legacyThroughId !== null) {
    return { ok: false, checked, brokenId: previous.id, problem: "unsealed", message: MESSAGES.unsealed(previous.id) };
  }
  return { ok: true, checked, lastId: previous?.id ?? null, lastHash: previous?.hash ?? null, legacyThroughId };
}

/** Whether a keyed row is the seal of the unkeyed rows ending at `last`. */
function seals(row: TAuditRow, last: { id: number; hash: string }): boolean {
  if (row.action !== CHAIN_KEYED_ACTION || row.actorType !== "system") return false;
  try {
    const details = JSON.parse(row.details) as { legacyThroughId?: unknown; legacyHeadHash?: unknown };
    return details.legacyThroughId === last.id && details.legacyHeadHash === last.hash;
  } catch {
    return false;
  }
}
