// The secret question a 連携サービスの確認・停止 login owes its answer to (lib/links/actions.ts): the bank's
// (lib/bank/customer-auth.ts), as on the consent flow's 追加認証 step.
import "server-only";
import { customerAuthFor, type TBankInstitution } from "@/lib/bank/bank-for";
import { customerRefOf } from "@/lib/bank/local-refs";

export async function owedQuestion(institution: TBankInstitution, userId: string): Promise<string> {
  return (await customerAuthFor(institution).secretQuestion(await customerRefOf(institution, userId))) ?? "";
}
