// GET /accounts/balances: current, withdrawable, previous day's and previous month's balances.
// The past balances are the last transaction's balance before today / before the 1st of this month
// (JST), each one indexed lookup on Transaction(accountId, transactionDate, id).
import "server-only";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { firstOfMonth, japanNow } from "@/lib/api/base-time";

async function balanceBefore(accountId: string, date: string, current: bigint): Promise<bigint> {
  const before = await db.transaction.findFirst({
    where: { accountId, transactionDate: { lt: date } },
    orderBy: [{ transactionDate: "desc" }, { id: "desc" }],
    select: { balance: true },
  });
  if (before) return before.balance;
  // nothing before that date: the balance before the first transaction on record
  const first = await db.transaction.findFirst({ where: { accountId }, orderBy: [{ transactionDate: "asc" }, { id: "asc" }], select: { balance: true, amount: true, transactionType: true } });
  return first ? first.balance - (first.transactionType === 1 ? first.amount : -first.amount) : current;
}

export async function getBalances(grantAccountIds: string[], accountId: string | undefined) {
  if (accountId !== undefined && !grantAccountIds.includes(accountId)) throw new ApiError("account_not_found");
  const ids = accountId ? [accountId] : grantAccountIds;
  const { baseDate, baseTime } = japanNow();
  const accounts = await db.account.findMany({
    where: { id: { in: ids } },
    orderBy: [{ branchCode: "asc" }, { accountNumber: "asc" }],
    select: { id: true, accountTypeCode: true, accountTypeName: true, balance: true, currencyCode: true, currencyName: true },
  });
  const balances = await Promise.all(accounts.map(async (a) => {
    const [previousDay, previousMonth] = await Promise.all([balanceBefore(a.id, baseDate, a.balance), balanceBefore(a.id, firstOfMonth(baseDate), a.balance)]);
    return {
      accountId: a.id,
      accountTypeCode: a.accountTypeCode,
      accountTypeName: a.accountTypeName,
      balance: a.balance.toString(),
      withdrawableAmount: (a.balance > 0n ? a.balance : 0n).toString(),
      previousDayBalance: previousDay.toString(),
      previousMonthBalance: previousMonth.toString(),
      currencyCode: a.currencyCode,
      currencyName: a.currencyName,
      baseDate,
      baseTime,
    };
  }));
  return { balances };
}
