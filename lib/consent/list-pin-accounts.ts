// The user's accounts as 照会用暗証番号登録 shows them (docs/seeds/004 手順4–5): 登録状態 is 登録済み when the
// PIN is registered for API use, 登録済み* when it was verified in this flow (effective once the
// consent completes), 未登録 otherwise. The accounts and their PIN states are the bank's (lib/bank);
// `id` is Renkei's account id (what a grant covers), `ref` the bank's.
import "server-only";
import { accountDataFor, customerAuthFor, type TBankInstitution } from "@/lib/bank/bank-for";
import { linkAccounts } from "@/lib/bank/link-customer";
import { customerRefOf } from "@/lib/bank/local-refs";

export type TPinState = "未登録" | "登録済み" | "登録済み*";
export type TPinAccount = { id: string; ref: string; label: string; branchName: string; branchCode: string; accountTypeName: string; accountNumber: string; memo: string; state: TPinState };

export function accountLabel(a: { branchName: string; branchCode: string; accountTypeName: string; accountNumber: string }): string {
  return `${a.branchName}(${a.branchCode}) ${a.accountTypeName.replace("預金", "")} ${a.accountNumber}`;
}

export async function listPinAccounts(institution: TBankInstitution, userId: string, pendingIds: string[]): Promise<TPinAccount[]> {
  const customerRef = await customerRefOf(institution, userId);
  const [rows, pins] = await Promise.all([
    accountDataFor(institution).customerAccounts(customerRef),
    customerAuthFor(institution).pinStates(customerRef),
  ]);
  const ids = await linkAccounts(institution, userId, rows);
  const registered = new Set(pins.filter((p) => p.registered).map((p) => p.accountRef));
  return rows.map((a, i) => ({
    id: ids[i], ref: a.accountRef, branchName: a.branchName, branchCode: a.branchCode, accountTypeName: a.accountTypeName, accountNumber: a.accountNumber, memo: a.memo,
    label: accountLabel(a),
    state: registered.has(a.accountRef) ? "登録済み" : pendingIds.includes(ids[i]) ? "登録済み*" : "未登録",
  }));
}

/** The accounts the grant covers: with the PIN step, those registered or 登録済み*; otherwise all of the contract's. */
export function grantAccounts(accounts: TPinAccount[], pinStep: boolean): TPinAccount[] {
  return pinStep ? accounts.filter((a) => a.state !== "未登録") : accounts;
}
