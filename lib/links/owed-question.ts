// The secret question a 連携サービスの確認・停止 login owes its answer to (lib/links/actions.ts).
import "server-only";
import { db } from "@/lib/db";

export async function owedQuestion(userId: string): Promise<string> {
  const { secretQuestion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { secretQuestion: true } });
  return secretQuestion ?? "";
}
