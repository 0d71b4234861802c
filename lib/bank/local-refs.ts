// Between Renkei's rows and the bank's references. Embedded, a customer's reference is its User id and an
// account's its Account id. In http mode Renkei keeps a row per customer seen at login and per account a
// consent screen showed, named by the bank's reference (User.bankRef, Account.bankRef), holding nothing
// the bank keeps: no secret, no PIN, no balance (lib/bank/http/link-customer.ts writes them).
import "server-only";
import { db } from "@/lib/db";
import { hotQueries } from "@/lib/db/hot/hot-queries";
import { coreMode } from "./core-mode";
import type { TBankInstitution } from "./bank-for";

/** The bank's reference of a Renkei user. */
export async function customerRefOf(institution: TBankInstitution, userId: string): Promise<string> {
  if (coreMode(institution.settings) === "embedded") return userId;
  const user = await db.user.findFirstOrThrow({ where: { id: userId, institutionId: institution.id }, select: { bankRef: true } });
  if (!user.bankRef) throw new Error("the user has no bank reference");
  return user.bankRef;
}

// An account's bank reference never changes once it is set: lib/bank/link-customer.ts creates the row with it, and
// nothing updates it. So each one read is kept, and the resource API's calls in http mode — every one of which
// passes here — read the database only for an account not seen before. A reference not set yet (null) is not kept.
// Per copy of lib/ (lib/process/cross-bundle.ts): a second copy only reads each account once more. Bounded:
// emptied when full, and filled again as accounts are asked for.
const MAX_KNOWN_REFS = 100_000;
const knownRefs = new Map<string, { institutionId: string; bankRef: string }>();

/** The bank's references of Renkei's accounts, in the same order (an id Renkei does not know is left out). */
export async function accountRefsOf(institution: TBankInstitution, accountIds: string[]): Promise<{ id: string; ref: string }[]> {
  if (coreMode(institution.settings) === "embedded") return accountIds.map((id) => ({ id, ref: id }));
  const unknown = accountIds.filter((id) => !knownRefs.has(id));
  if (unknown.length > 0) {
    // a prepared statement (lib/db/hot), not a Prisma query: by primary key, the accounts not seen before
    const rows = await (await hotQueries()).accountRefs(unknown);
    if (knownRefs.size + rows.length > MAX_KNOWN_REFS) knownRefs.clear();
    for (const r of rows) if (r.bankRef) knownRefs.set(r.id, { institutionId: r.institutionId, bankRef: r.bankRef });
  }
  return accountIds.flatMap((id) => {
    const known = knownRefs.get(id);
    return known && known.institutionId === institution.id ? [{ id, ref: known.bankRef }] : [];
  });
}
