// What a step's page shows of the signed-in (or certificate-named) user: the login ID the certificate
// names (手順1-1 ②) and the secret question (手順2 追加認証, the bank's). Never a secret: those stay in the actions.
import "server-only";
import { db } from "@/lib/db";
import { customerAuthFor, type TBankInstitution } from "@/lib/bank/bank-for";
import { customerRefOf } from "@/lib/bank/local-refs";

export type TStepUser = { loginId: string; secretQuestion: string | null };

export async function findStepUser(institution: TBankInstitution, userId: string): Promise<TStepUser> {
  const { loginId } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { loginId: true } });
  const secretQuestion = await customerAuthFor(institution).secretQuestion(await customerRefOf(institution, userId));
  return { loginId, secretQuestion };
}
