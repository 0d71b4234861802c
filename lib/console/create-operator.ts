// Creates an operator (`npm run renkei -- operator add`): the first one of a new database, or another.
// The password comes hashed into the row (scrypt) and is checked by ZOperatorPasswordSchema; the operator
// acts for every institution or for the ones named by slug. One transaction with its audit entry.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashSecret } from "@/lib/crypto/password";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { ZOperatorPasswordSchema } from "./operator-password";

export const ZNewOperatorSchema = z.object({
  loginId: z.string().trim().regex(/^[A-Za-z0-9._-]{3,64}$/, "the login ID is 3 to 64 letters, digits, '.', '_' or '-'"),
  name: z.string().trim().min(1, "a name is required").max(100),
  institutions: z.union([z.literal("all"), z.array(z.string().trim().min(1)).min(1, "name the institutions, or all")]),
  password: ZOperatorPasswordSchema,
});

export async function createOperator(input: unknown, actorId: string): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  const parsed = ZNewOperatorSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join("; ") };
  const { loginId, name, institutions, password } = parsed.data;
  const passwordHash = await hashSecret(password);
  return db.$transaction(async (tx) => {
    if (await tx.operator.findUnique({ where: { loginId }, select: { id: true } })) {
      return { ok: false as const, message: `operator ${loginId} already exists (change its password with: renkei operator password --login ${loginId})` };
    }
    const rows = institutions === "all" ? [] : await tx.institution.findMany({ where: { slug: { in: institutions } }, select: { id: true, slug: true } });
    const missing = institutions === "all" ? [] : institutions.filter((slug) => !rows.some((r) => r.slug === slug));
    if (missing.length) return { ok: false as const, message: `unknown institution: ${missing.join(", ")}` };
    const operator = await tx.operator.create({
      data: {
        loginId, name, passwordHash, allInstitutions: institutions === "all",
        institutions: institutions === "all" ? undefined : { create: rows.map((r) => ({ institutionId: r.id })) },
      },
    });
    await appendAuditEvent(tx, {
      actorType: "operator", actorId, action: "operator.created", targetType: "operator", targetId: operator.id,
      details: { loginId, institutions: institutions === "all" ? "all" : rows.map((r) => r.slug) },
    });
    return { ok: true as const, id: operator.id };
  });
}
