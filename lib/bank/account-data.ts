// The account-data seam: what the bank's core system (勘定系) answers about accounts, balances and
// 入出金明細. Renkei stores none of it in http mode: only the references of the accounts a grant covers.
// Implementations: lib/bank/embedded/embedded-account-data.ts and lib/bank/http/http-account-data.ts.

/** An account as the API's GET /accounts shows it (docs/design.md §4). */
export type TBankAccount = {
  accountRef: string;
  branchCode: string;
  branchName: string;
  accountTypeCode: string;
  accountTypeName: string;
  accountNumber: string;
  accountName: string;
  accountNameKana: string;
  currencyCode: string;
  currencyName: string;
};

/** An account as the customer's screens show it: with its 口座メモ. */
export type TCustomerAccount = TBankAccount & { memo: string };

export type TBankBalance = {
  accountRef: string;
  accountTypeCode: string;
  accountTypeName: string;
  currencyCode: string;
  currencyName: string;
  balance: bigint;
  withdrawableAmount: bigint;
  /** the balance at the end of the day before baseDate */
  previousDayBalance: bigint;
  /** the balance at the end of the month before baseDate's */
  previousMonthBalance: bigint;
};

export type TBankTransaction = {
  /** the bank's key of this line: with transactionDate, the keyset the next page starts after */
  itemKey: string;
  transactionDate: string;
  valueDate: string;
  transactionType: 1 | 2;
  amount: bigint;
  balance: bigint;
  remarks: string;
};

export type TTransactionsQuery = {
  accountRef: string;
  dateFrom: string;
  dateTo: string;
  /** the last line of the previous page; lines arriving meanwhile never shift a page (keyset, not offset) */
  after: { transactionDate: string; itemKey: string } | null;
  limit: number;
};

export type TTransactionsPage = { currencyCode: string; currencyName: string; transactions: TBankTransaction[] };

export interface IAccountData {
  /** A customer's accounts, by branch and number. */
  customerAccounts(customerRef: string): Promise<TCustomerAccount[]>;
  /** These accounts (unknown references are left out), in the bank's order. */
  accounts(accountRefs: string[]): Promise<TBankAccount[]>;
  /** Current, withdrawable, previous day's and previous month's balances as of baseDate (JST). */
  balances(accountRefs: string[], baseDate: string): Promise<TBankBalance[]>;
  /** One page of 入出金明細, oldest first; null when the account is unknown. */
  transactions(query: TTransactionsQuery): Promise<TTransactionsPage | null>;
}
