// Finds the user a login form names, for the institution and channel of the interaction.
import "server-only";
import { db } from "@/lib/db";
import type { TLoginMethod } from "@/lib/institutions/settings";

export type TLoginUser = { id: string; passwordHash: string; totpSecretEnc: string | null; contractId: string; secretQuestion: string | null };

export async function findLoginUser(
  institutionId: string,
  channel: string,
  method: Exclude<TLoginMethod, { kind: "certificate" }>,
  values: Record<string, string>,
): Promise<TLoginUser | null> {
  // Selecting a globally omitted secret by name returns it (lib/db.ts omits them by default).
  const select = { id: true, passwordHash: true, totpSecretEnc: true, contractId: true, secretQuestion: true };
  if (method.kind === "contract-user-pin") {
    return db.user.findFirst({
      where: { institutionId, loginId: values.userCode, contract: { contractNumber: values.contractNumber, channel } },
      select
    });
  }
  const loginId = method.kind === "contract-password" ? values.contractNumber : values.loginId;
  return db.user.findFirst({ where: { institutionId, loginId, contract: { channel } }, select });
}
