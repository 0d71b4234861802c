// Creates an institution (`npm run renkei -- institution add`): what a database outside the demo needs
// before its first aggregator can register, since the demo's institutions are demo data
// (lib/config/demo-data-wanted.ts). The settings and theme are checked by the same schemas every read uses
// (ZInstitutionSettings, ZTheme); the slug becomes the issuer's path, so it cannot be one of the app's own
// top-level paths. One transaction with its audit entry.
import "server-only";
import { X509Certificate } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { ZInstitutionSettings } from "./settings";
import { ZTheme } from "./theme";

// app/'s own segments beside app/[institution] (and what Next serves at the root)
const RESERVED = new Set(["api", "console", "demo", "docs", "healthz", "readyz", "preview", "_next", "favicon.ico", "robots.txt"]);

export const ZNewInstitutionSchema = z.object({
  slug: z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, "the slug is 2 to 32 lower-case letters, digits or '-', starting with a letter")
    .refine((s) => !RESERVED.has(s), "the slug is one of the app's own paths"),
  name: z.string().trim().min(1, "a name is required").max(100),
  bankCode: z.string().regex(/^\d{4}$/, "the 金融機関コード is 4 digits"),
  consentDays: z.number().int().min(1).max(366).default(90),
  settings: ZInstitutionSettings,
  theme: ZTheme,
  clientCaPem: z.string().refine((pem) => {
    try {
      return new X509Certificate(pem).ca;
    } catch {
      return false;
    }
  }, "the client CA is not a CA certificate in PEM").nullable().default(null),
});

export async function createInstitution(input: unknown, actorId: string): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  const parsed = await ZNewInstitutionSchema.safeParseAsync(input); // async: ZTheme checks the logo (lib/institutions/logo-svg-problem.ts)
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join(".") || "institution"}: ${i.message}`).join("; ") };
  const v = parsed.data;
  return db.$transaction(async (tx) => {
    const taken = await tx.institution.findFirst({ where: { OR: [{ slug: v.slug }, { bankCode: v.bankCode }] }, select: { slug: true } });
    if (taken) return { ok: false as const, message: `an institution with this slug or 金融機関コード exists (${taken.slug})` };
    const row = await tx.institution.create({
      data: { slug: v.slug, name: v.name, bankCode: v.bankCode, consentDays: v.consentDays, settings: JSON.stringify(v.settings), theme: JSON.stringify(v.theme), clientCaPem: v.clientCaPem },
    });
    await appendAuditEvent(tx, { institutionId: row.id, actorType: "operator", actorId, action: "institution.created", targetType: "institution", targetId: v.slug, details: { name: v.name, bankCode: v.bankCode } });
    return { ok: true as const, id: row.id };
  });
}
