// GET /accounts/balances: current, withdrawable, previous day's and previous month's balances.
// The past balances are the last transaction's balance before today / before the 1st of this month
// (JST), read for every account in one query: each is one indexed probe of
// Transaction(accountId, transactionDate, id), walked backwards (lib/db/hot/sql.ts).
import "server-only";
import { ApiError } from "@/lib/api/api-errors";
import { firstOfMonth, japanNow } from "@/lib/api/base-time";
import { hotQueries, type THotQueries } from "@/lib/db/hot/hot-queries";

/** Nothing before that date: the balance before the first transaction on record (or the current one). */
async function balanceBeforeFirst(hot: THotQueries, accountId: string, current: bigint): Promise<bigint> {
  const first = await hot.firstTransaction(accountId);
  return first ? first.balance - (first.transactionType === 1 ? first.amount : -first.amount) : current;
}

export async function getBalances(grantAccountIds: string[], accountId: string | undefined) {
  if (accountId !== undefined && !grantAccountIds.includes(accountId)) throw new ApiError("account_not_found");
  const ids = accountId ? [accountId] : grantAccountIds;
  if (ids.length === 0) return { balances: [] };
  const { baseDate, baseTime } = japanNow();
  const hot = await hotQueries();
  const rows = await hot.balances(ids, baseDate, firstOfMonth(baseDate));
  const balances = await Promise.all(rows.map(async (a) => {
    // no transaction before a cut-off: the balance before the account's first one (read once for both)
    let beforeFirst: Promise<bigint> | undefined;
    const past = async (value: bigint | null) => value ?? (beforeFirst ??= balanceBeforeFirst(hot, a.id, a.balance));
    return {
      accountId: a.id,
      accountTypeCode: a.accountTypeCode,
      accountTypeName: a.accountTypeName,
      balance: a.balance.toString(),
      withdrawableAmount: (a.balance > 0n ? a.balance : 0n).toString(),
      previousDayBalance: (await past(a.previousDay)).toString(),
      previousMonthBalance: (await past(a.previousMonth)).toString(),
      currencyCode: a.currencyCode,
      currencyName: a.currencyName,
      baseDate,
      baseTime,
    };
  }));
  return { balances };
}
