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

/** The bank's references of Renkei's accounts, in the same order (an id Renkei does not know is left out). */
export async function accountRefsOf(institution: TBankInstitution, accountIds: string[]): Promise<{ id: string; ref: string }[]> {
  if (coreMode(institution.settings) === "embedded") return accountIds.map((id) => ({ id, ref: id }));
  // every resource API call in http mode passes here: a prepared statement (lib/db/hot), not a Prisma query
  const rows = await (await hotQueries()).accountRefs(accountIds);
  const refOf = new Map(rows.flatMap((r) => (r.institutionId === institution.id ? [[r.id, r.bankRef]] : [])));
  return accountIds.flatMap((id) => (refOf.get(id) ? [{ id, ref: refOf.get(id)! }] : []));
}
