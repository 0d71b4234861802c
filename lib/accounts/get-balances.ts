// GET /accounts/balances: current, withdrawable, previous day's and previous month's balances.
// The past balances are the last transaction's balance before today / before the 1st of this month
// (JST), read for every account in one query: each is one indexed probe of
// Transaction(accountId, transactionDate, id), walked backwards.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { ApiError } from "@/lib/api/errors";
import { firstOfMonth, japanNow } from "@/lib/api/base-time";

type TBalanceRow = {
  id: string; accountTypeCode: string; accountTypeName: string; balance: bigint | number | string; currencyCode: string; currencyName: string;
  previousDay: bigint | number | string | null; previousMonth: bigint | number | string | null;
};

const lastBalanceBefore = (date: string) => Prisma.sql`(SELECT t."balance" FROM "Transaction" t
  WHERE t."accountId" = a."id" AND t."transactionDate" < ${date} ORDER BY t."transactionDate" DESC, t."id" DESC LIMIT 1)`;

/** Nothing before that date: the balance before the first transaction on record (or the current one). */
async function balanceBeforeFirst(accountId: string, current: bigint): Promise<bigint> {
  const first = await db.transaction.findFirst({ where: { accountId }, orderBy: [{ transactionDate: "asc" }, { id: "asc" }], select: { balance: true, amount: true, transactionType: true } });
  return first ? first.balance - (first.transactionType === 1 ? first.amount : -first.amount) : current;
}

export async function getBalances(grantAccountIds: string[], accountId: string | undefined) {
  if (accountId !== undefined && !grantAccountIds.includes(accountId)) throw new ApiError("account_not_found");
  const ids = accountId ? [accountId] : grantAccountIds;
  if (ids.length === 0) return { balances: [] };
  const { baseDate, baseTime } = japanNow();
  const rows = await db.$queryRaw<TBalanceRow[]>(Prisma.sql`
    SELECT a."id", a."accountTypeCode", a."accountTypeName", a."balance", a."currencyCode", a."currencyName",
      ${lastBalanceBefore(baseDate)} AS "previousDay", ${lastBalanceBefore(firstOfMonth(baseDate))} AS "previousMonth"
    FROM "Account" a
    WHERE a."id" IN (${Prisma.join(ids)})
    ORDER BY a."branchCode" ASC, a."accountNumber" ASC`);
  const balances = await Promise.all(rows.map(async (a) => {
    const balance = BigInt(a.balance);
    const past = async (value: TBalanceRow["previousDay"]) => (value === null ? balanceBeforeFirst(a.id, balance) : BigInt(value));
    return {
      accountId: a.id,
      accountTypeCode: a.accountTypeCode,
      accountTypeName: a.accountTypeName,
      balance: balance.toString(),
      withdrawableAmount: (balance > 0n ? balance : 0n).toString(),
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
