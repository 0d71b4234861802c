// One page of 入出金明細, oldest first, by keyset on the index Transaction(accountId, transactionDate, id):
// the scan starts at the cursor's date, so the cost of a page stays flat however deep it is
// (checked with EXPLAIN QUERY PLAN in list-transactions.test.ts and by `npm run bench`).
import { Prisma } from "@/lib/generated/sqlite/client";

export type TTransactionRow = { id: number | bigint; transactionDate: string; valueDate: string; transactionType: number | bigint; amount: number | bigint | string; balance: number | bigint | string; remarks: string };

export function transactionsPageSql(input: { accountId: string; from: string; to: string; after: { date: string; id: number } | null; limit: number }) {
  const start = input.after && input.after.date > input.from ? input.after.date : input.from;
  const keyset = input.after ? Prisma.sql`AND ("transactionDate" > ${input.after.date} OR "id" > ${input.after.id})` : Prisma.empty;
  return Prisma.sql`SELECT "id", "transactionDate", "valueDate", "transactionType", "amount", "balance", "remarks"
    FROM "Transaction"
    WHERE "accountId" = ${input.accountId} AND "transactionDate" >= ${start} AND "transactionDate" <= ${input.to} ${keyset}
    ORDER BY "transactionDate" ASC, "id" ASC
    LIMIT ${input.limit}`;
}
