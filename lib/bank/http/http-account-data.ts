// The account-data seam over the bank's gateway (lib/bank/wire/). Money arrives as decimal text and is
// read as bigint; nothing of it is stored.
import "server-only";
import type { IBankTransport } from "../transport/bank-transport";
import type { IAccountData } from "../account-data";
import { accountsOperation } from "../wire/accounts";
import { balancesOperation } from "../wire/balances";
import { customerAccountsOperation } from "../wire/customer-accounts";
import { transactionsOperation } from "../wire/transactions";
import { callBank } from "./call-bank";

export function httpAccountData(transport: IBankTransport): IAccountData {
  return {
    async customerAccounts(customerRef) {
      const result = await callBank(transport, customerAccountsOperation, { customerRef });
      return result.ok ? result.body.accounts : [];
    },

    async accounts(accountRefs) {
      if (accountRefs.length === 0) return [];
      const result = await callBank(transport, accountsOperation, {}, { accountRefs });
      return result.ok ? result.body.accounts : [];
    },

    async balances(accountRefs, baseDate) {
      if (accountRefs.length === 0) return [];
      const result = await callBank(transport, balancesOperation, {}, { accountRefs, baseDate });
      if (!result.ok) return [];
      return result.body.balances.map((b) => ({
        ...b,
        balance: BigInt(b.balance),
        withdrawableAmount: BigInt(b.withdrawableAmount),
        previousDayBalance: BigInt(b.previousDayBalance),
        previousMonthBalance: BigInt(b.previousMonthBalance),
      }));
    },

    async transactions(query) {
      const { accountRef, ...body } = query;
      const result = await callBank(transport, transactionsOperation, { accountRef }, body);
      if (!result.ok) return null;
      return {
        currencyCode: result.body.currencyCode,
        currencyName: result.body.currencyName,
        transactions: result.body.transactions.map((t) => ({ ...t, amount: BigInt(t.amount), balance: BigInt(t.balance) })),
      };
    },
  };
}
