// The 追加認証 answer to the customer's secret question (compared like a password, width-folded by
// verifySecret), through the lockout rule every factor shares (lib/auth/check-factor.ts). Used by the
// consent flow's 追加認証 step and by 連携サービスの確認・停止's.
import "server-only";
import { db } from "@/lib/db";
import type { TInstitutionSettings } from "@/lib/institutions/settings";
import { WRONG_ANSWER } from "@/lib/consent/messages";
import { checkFactor, type TFactorCheck } from "./check-factor";
import { verifySecret } from "./password";

export function checkSecretAnswer(input: {
  institution: { id: string; settings: TInstitutionSettings };
  userId: string;
  answer: string;
  ip: string;
  deviceHash: string | null;
  details?: Record<string, unknown>;
}): Promise<TFactorCheck> {
  const { userId } = input;
  return checkFactor({
    institution: input.institution, factor: "answer", userId, ip: input.ip, deviceHash: input.deviceHash, details: input.details,
    verify: async () => verifySecret(input.answer, (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { secretAnswerHash: true } })).secretAnswerHash),
    wrong: { field: "answer", message: WRONG_ANSWER },
  });
}
