// GET /accounts: the grant's accounts, in the field names Japanese bank APIs use (DESIGN.md §4).
import "server-only";
import { db } from "@/lib/db";
import { japanNow } from "@/lib/api/base-time";

export async function listAccounts(accountIds: string[]) {
  const rows = await db.account.findMany({
    where: { id: { in: accountIds } },
    orderBy: [{ branchCode: "asc" }, { accountNumber: "asc" }],
    select: { id: true, branchCode: true, branchName: true, accountTypeCode: true, accountTypeName: true, accountNumber: true, accountName: true, accountNameKana: true, currencyCode: true, currencyName: true },
  });
  return {
    ...japanNow(),
    accounts: rows.map(({ id, ...a }) => ({ accountId: id, ...a })),
  };
}
