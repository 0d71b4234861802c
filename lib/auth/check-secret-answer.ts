// The 追加認証 answer to the customer's secret question (the bank checks it, lib/bank/customer-auth.ts),
// through the lockout rule every factor shares (lib/auth/check-factor.ts). Used by the consent flow's
// 追加認証 step and by 連携サービスの確認・停止's.
import "server-only";
import { customerAuthFor, type TBankInstitution } from "@/lib/bank/bank-for";
import { customerRefOf } from "@/lib/bank/local-refs";
import { WRONG_ANSWER } from "@/lib/forms/messages";
import { checkFactor, type TFactorCheck } from "./check-factor";

export function checkSecretAnswer(input: {
  institution: TBankInstitution;
  userId: string;
  answer: string;
  ip: string;
  deviceHash: string | null;
  details?: Record<string, unknown>;
}): Promise<TFactorCheck> {
  const { institution, userId } = input;
  return checkFactor({
    institution, factor: "answer", userId, ip: input.ip, deviceHash: input.deviceHash, details: input.details,
    verify: async () => customerAuthFor(institution).checkAnswer(await customerRefOf(institution, userId), input.answer),
    wrong: { field: "answer", message: WRONG_ANSWER },
  });
}
