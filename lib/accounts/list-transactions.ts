// GET /accounts/transactions (docs/design.md §4):
//   - accountId is required and must be one of the grant's (another answers like a missing one)
//   - no dates: today (JST); only dateFrom: up to today; only dateTo: that day alone
//   - dateFrom > dateTo, a range over the institution's limit, or a malformed date: 400
//   - oldest first, at most 500 a page, hasNext + an opaque nextItemKey (lib/accounts/paging-key.ts) carrying
//     the last line's (transactionDate, itemKey): the bank's keyset, so new lines never shift a page
import "server-only";
import { ApiError } from "@/lib/api/api-errors";
import { daysBetween, isCalendarDate, japanNow } from "@/lib/api/base-time";
import { decodeCursor, encodeCursor } from "./paging-key";
import { accountDataFor, type TBankInstitution } from "@/lib/bank/bank-for";
import { accountRefsOf } from "@/lib/bank/local-refs";

export const PAGE_SIZE = 500;

export type TTransactionQuery = { accountId?: string; dateFrom?: string; dateTo?: string; nextItemKey?: string };

export async function listTransactions(institution: TBankInstitution, access: { grantId: string; accountIds: string[] }, query: TTransactionQuery, maxRangeDays: number) {
  const { baseDate, baseTime } = japanNow();
  if (!query.accountId) throw new ApiError("invalid_parameter", "accountId は必須です");
  if (query.accountId.length > 64) throw new ApiError("invalid_parameter", "accountId が長すぎます");
  for (const [name, value] of [["dateFrom", query.dateFrom], ["dateTo", query.dateTo]] as const) {
    if (value !== undefined && !isCalendarDate(value)) throw new ApiError("invalid_parameter", `${name} は YYYY-MM-DD の日付で指定してください`);
  }
  if (!access.accountIds.includes(query.accountId)) throw new ApiError("account_not_found");
  const dateTo = query.dateTo ?? baseDate;
  const dateFrom = query.dateFrom ?? (query.dateTo ? query.dateTo : baseDate);
  if (dateFrom > dateTo) throw new ApiError("date_range_invalid");
  if (daysBetween(dateFrom, dateTo) > maxRangeDays) throw new ApiError("date_range_too_long", `${maxRangeDays}日以内で指定してください`);

  const binding = { grantId: access.grantId, accountId: query.accountId, dateFrom, dateTo };
  let after: { transactionDate: string; itemKey: string } | null = null;
  if (query.nextItemKey !== undefined) {
    const cursor = decodeCursor(query.nextItemKey, binding);
    if (!cursor) throw new ApiError("invalid_next_item_key");
    after = { transactionDate: cursor.lastDate, itemKey: String(cursor.lastId) };
  }
  const [ref] = await accountRefsOf(institution, [query.accountId]);
  const account = ref ? await accountDataFor(institution).transactions({ accountRef: ref.ref, dateFrom, dateTo, after, limit: PAGE_SIZE + 1 }) : null;
  if (!account) throw new ApiError("account_not_found");
  const rows = account.transactions;
  const hasNext = rows.length > PAGE_SIZE;
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return {
    accountId: query.accountId,
    currencyCode: account.currencyCode,
    currencyName: account.currencyName,
    dateFrom,
    dateTo,
    baseDate,
    baseTime,
    hasNext,
    nextItemKey: hasNext && last ? encodeCursor({ ...binding, lastDate: last.transactionDate, lastId: cursorId(last.itemKey) }) : null,
    count: page.length,
    transactions: page.map((t) => ({
      transactionDate: t.transactionDate,
      valueDate: t.valueDate,
      transactionType: String(t.transactionType),
      amount: String(t.amount),
      remarks: t.remarks,
      balance: String(t.balance),
      itemKey: t.itemKey,
    })),
  };
}

/** The embedded bank's keys are integers and stay integers in the cursor (as before); another bank's are its own text. */
function cursorId(itemKey: string): number | string {
  return /^(0|[1-9]\d{0,14})$/.test(itemKey) ? Number(itemKey) : itemKey;
}
