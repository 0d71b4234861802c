// Verifies the audit log's hash chain (the format of lib/audit/append-audit-event.ts):
//   - every row's hash is recomputed from its fields under the audit key: a difference means the row was
//     changed (a forger without the key cannot recompute it, lib/audit/audit-key.ts)
//   - the first row links to GENESIS_HASH; every other row's prevHash is the hash of the row before it
//   - a prevHash that names no row means rows were deleted in between (their hashes are gone)
//   - a prevHash that names an older row means two rows claim the same predecessor: a fork
//     (the unique index on prevHash refuses this in the database; a copy restored without it may not)
// The walk is in id order, in pages, so the cost is one pass however long the log grows.
// Deleting the newest rows cannot be seen from the chain alone: the report gives the last id and hash, so
// an operator can compare them with a copy kept elsewhere.
import "server-only";
import { db } from "@/lib/db";
import { auditHash, GENESIS_HASH } from "./append-audit-event";

export type TChainProblem = "changed" | "missing" | "fork" | "bad-genesis";
export type TChainReport =
  | { ok: true; checked: number; lastId: number | null; lastHash: string | null }
  | { ok: false; checked: number; brokenId: number; problem: TChainProblem; message: string };

const PAGE = 1000;
type TAuditRow = {
  id: number; at: Date; institutionId: string | null; actorType: string; actorId: string | null; action: string;
  targetType: string | null; targetId: string | null; ip: string | null; details: string; prevHash: string; hash: string;
};

const MESSAGES: Record<TChainProblem, (id: number) => string> = {
  changed: (id) => `監査ログ #${id} の内容が記録後に変更されています（ハッシュが一致しません）。`,
  missing: (id) => `監査ログ #${id} の直前の記録が削除されています（前のハッシュに一致する記録がありません）。`,
  fork: (id) => `監査ログ #${id} が直前ではない記録につながっています（チェーンの分岐）。`,
  "bad-genesis": (id) => `監査ログ #${id}（最初の記録）が起点につながっていません。`,
};

export async function verifyAuditChain(): Promise<TChainReport> {
  let checked = 0;
  let previous: { id: number; hash: string } | null = null;
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
      const recomputed = auditHash({
        at: row.at, prevHash: row.prevHash, institutionId: row.institutionId, actorType: row.actorType as "system",
        actorId: row.actorId, action: row.action, targetType: row.targetType, targetId: row.targetId, ip: row.ip, details: row.details,
      });
      if (recomputed !== row.hash) return fail("changed");
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
  return { ok: true, checked, lastId: previous?.id ?? null, lastHash: previous?.hash ?? null };
}
