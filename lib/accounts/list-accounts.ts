// GET /accounts: the grant's accounts, in the field names Japanese bank APIs use (docs/design.md §4).
import "server-only";
import { japanNow } from "@/lib/api/base-time";
import { hotQueries } from "@/lib/db/hot/hot-queries";

export async function listAccounts(accountIds: string[]) {
  const rows = await (await hotQueries()).accounts(accountIds);
  return {
    ...japanNow(),
    accounts: rows.map(({ id, ...a }) => ({ accountId: id, ...a })),
  };
}
