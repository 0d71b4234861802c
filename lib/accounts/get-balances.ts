// GET /accounts/balances: current, withdrawable, previous day's and previous month's balances, as the
// bank's core answers them (lib/bank/account-data.ts; embedded: one indexed query for every account).
import "server-only";
import { ApiError } from "@/lib/api/api-errors";
import { japanNow } from "@/lib/api/base-time";
import { accountDataFor, type TBankInstitution } from "@/lib/bank/bank-for";
import { accountRefsOf } from "@/lib/bank/local-refs";

export async function getBalances(institution: TBankInstitution, grantAccountIds: string[], accountId: string | undefined) {
  if (accountId !== undefined && !grantAccountIds.includes(accountId)) throw new ApiError("account_not_found");
  const ids = accountId ? [accountId] : grantAccountIds;
  if (ids.length === 0) return { balances: [] };
  const { baseDate, baseTime } = japanNow();
  const refs = await accountRefsOf(institution, ids);
  const idOf = new Map(refs.map((r) => [r.ref, r.id]));
  const rows = await accountDataFor(institution).balances(refs.map((r) => r.ref), baseDate);
  return {
    balances: rows.flatMap((a) => {
      const id = idOf.get(a.accountRef);
      return id === undefined ? [] : [{
        accountId: id,
        accountTypeCode: a.accountTypeCode,
        accountTypeName: a.accountTypeName,
        balance: a.balance.toString(),
        withdrawableAmount: a.withdrawableAmount.toString(),
        previousDayBalance: a.previousDayBalance.toString(),
        previousMonthBalance: a.previousMonthBalance.toString(),
        currencyCode: a.currencyCode,
        currencyName: a.currencyName,
        baseDate,
        baseTime,
      }];
    }),
  };
}
