// The account-data seam over Renkei's own tables (the demo bank, the default). The resource API's reads
// go through the prepared hot queries (lib/db/hot), as before: the bench's balances line depends on it.
// The past balances are the last transaction's balance before the day / before the 1st of the month,
// read for every account in one query (lib/db/hot/sql.ts); with no transaction before a cut-off, the
// balance before the account's first one (or the current one).
// An account of another institution is unknown here, as a bank's gateway knows only its own: the reads are by
// primary key (the fast path), and the institution is checked on the rows they return.
import "server-only";
import { db } from "@/lib/db";
import { firstOfMonth } from "@/lib/time/jst";
import { hotQueries, type THotQueries } from "@/lib/db/hot/hot-queries";
import type { IAccountData } from "../account-data";

async function balanceBeforeFirst(hot: THotQueries, accountId: string, current: bigint): Promise<bigint> {
  const first = await hot.firstTransaction(accountId);
  return first ? first.balance - (first.transactionType === 1 ? first.amount : -first.amount) : current;
}

export function embeddedAccountData(institutionId: string): IAccountData {
  const ours = (row: { institutionId: string }) => row.institutionId === institutionId;
  return {
    async customerAccounts(customerRef) {
      const rows = await db.account.findMany({
        where: { institutionId, contract: { users: { some: { id: customerRef } } } },
        orderBy: [{ branchCode: "asc" }, { accountNumber: "asc" }],
        select: {
          id: true, branchCode: true, branchName: true, accountTypeCode: true, accountTypeName: true, accountNumber: true,
          accountName: true, accountNameKana: true, currencyCode: true, currencyName: true, memo: true,
        },
      });
      return rows.map(({ id, ...a }) => ({ accountRef: id, ...a }));
    },

    async accounts(accountRefs) {
      const rows = await (await hotQueries()).accounts(accountRefs);
      return rows.filter(ours).map(({ id, institutionId: _institutionId, ...a }) => ({ accountRef: id, ...a }));
    },

    async balances(accountRefs, baseDate) {
      if (accountRefs.length === 0) return [];
      const hot = await hotQueries();
      const rows = await hot.balances(accountRefs, baseDate, firstOfMonth(baseDate));
      return Promise.all(rows.filter(ours).map(async (a) => {
        // read once for both cut-offs
        let beforeFirst: Promise<bigint> | undefined;
        const past = async (value: bigint | null) => value ?? (beforeFirst ??= balanceBeforeFirst(hot, a.id, a.balance));
        return {
          accountRef: a.id,
          accountTypeCode: a.accountTypeCode,
          accountTypeName: a.accountTypeName,
          currencyCode: a.currencyCode,
          currencyName: a.currencyName,
          balance: a.balance,
          withdrawableAmount: a.balance > 0n ? a.balance : 0n,
          previousDayBalance: await past(a.previousDay),
          previousMonthBalance: await past(a.previousMonth),
        };
      }));
    },

    async transactions(query) {
      const hot = await hotQueries();
      const account = await hot.currency(query.accountRef);
      if (!account || !ours(account)) return null;
      const after = query.after ? { date: query.after.transactionDate, id: Number(query.after.itemKey) } : null;
      if (after && !Number.isSafeInteger(after.id)) return { currencyCode: account.currencyCode, currencyName: account.currencyName, transactions: [] };
      const rows = await hot.transactionsPage({ accountId: query.accountRef, from: query.dateFrom, to: query.dateTo, after, limit: query.limit });
      return {
        currencyCode: account.currencyCode,
        currencyName: account.currencyName,
        transactions: rows.map((t) => ({
          itemKey: String(t.id), transactionDate: t.transactionDate, valueDate: t.valueDate,
          transactionType: t.transactionType === 1 ? 1 : 2, amount: t.amount, balance: t.balance, remarks: t.remarks,
        })),
      };
    },
  };
}
