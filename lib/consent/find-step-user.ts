// What a step's page shows of the signed-in (or certificate-named) user: the login ID the certificate
// names (手順1-1 ②) and the secret question (手順2 追加認証). Never a secret: those stay in the actions.
import "server-only";
import { db } from "@/lib/db";

export type TStepUser = { loginId: string; secretQuestion: string | null };

export async function findStepUser(userId: string): Promise<TStepUser> {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { loginId: true, secretQuestion: true } });
}
