// GET /accounts: the grant's accounts, in the field names Japanese bank APIs use (docs/design.md §4), as
// the bank's core names them (lib/bank/account-data.ts).
import "server-only";
import { japanNow } from "@/lib/api/base-time";
import { accountDataFor, type TBankInstitution } from "@/lib/bank/bank-for";
import { accountRefsOf } from "@/lib/bank/local-refs";

export async function listAccounts(institution: TBankInstitution, accountIds: string[]) {
  const refs = await accountRefsOf(institution, accountIds);
  const idOf = new Map(refs.map((r) => [r.ref, r.id]));
  const rows = await accountDataFor(institution).accounts(refs.map((r) => r.ref));
  return {
    ...japanNow(),
    accounts: rows.flatMap((a) => {
      const id = idOf.get(a.accountRef);
      return id === undefined ? [] : [{
        accountId: id, branchCode: a.branchCode, branchName: a.branchName, accountTypeCode: a.accountTypeCode, accountTypeName: a.accountTypeName,
        accountNumber: a.accountNumber, accountName: a.accountName, accountNameKana: a.accountNameKana, currencyCode: a.currencyCode, currencyName: a.currencyName,
      }];
    }),
  };
}
