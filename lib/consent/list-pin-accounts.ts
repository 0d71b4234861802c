// The user's accounts as 照会用暗証番号登録 shows them (docs/seeds/004 手順4–5): 登録状態 is 登録済み when the
// PIN is registered for API use, 登録済み* when it was verified in this flow (effective once the
// consent completes), 未登録 otherwise.
import "server-only";
import { db } from "@/lib/db";

export type TPinState = "未登録" | "登録済み" | "登録済み*";
export type TPinAccount = { id: string; label: string; branchName: string; branchCode: string; accountTypeName: string; accountNumber: string; memo: string; state: TPinState };

export function accountLabel(a: { branchName: string; branchCode: string; accountTypeName: string; accountNumber: string }): string {
  return `${a.branchName}(${a.branchCode}) ${a.accountTypeName.replace("預金", "")} ${a.accountNumber}`;
}

export async function listPinAccounts(userId: string, pendingIds: string[]): Promise<TPinAccount[]> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { contractId: true } });
  const rows = await db.account.findMany({
    where: { contractId: user.contractId },
    orderBy: [{ branchCode: "asc" }, { accountNumber: "asc" }],
    select: { id: true, branchName: true, branchCode: true, accountTypeName: true, accountNumber: true, memo: true, pinRegisteredAt: true },
  });
  return rows.map((a) => ({
    id: a.id, branchName: a.branchName, branchCode: a.branchCode, accountTypeName: a.accountTypeName, accountNumber: a.accountNumber, memo: a.memo,
    label: accountLabel(a),
    state: a.pinRegisteredAt ? "登録済み" : pendingIds.includes(a.id) ? "登録済み*" : "未登録",
  }));
}

/** The accounts the grant covers: with the PIN step, those registered or 登録済み*; otherwise all of the contract's. */
export function grantAccounts(accounts: TPinAccount[], pinStep: boolean): TPinAccount[] {
  return pinStep ? accounts.filter((a) => a.state !== "未登録") : accounts;
}
