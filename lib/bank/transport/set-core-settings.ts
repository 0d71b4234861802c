// An institution's connection to its bank's own systems (settings.core): embedded, or http with its gateway's URL,
// timeout, concurrency cap and the way Renkei authenticates (a bearer secret's environment variable name, or mTLS
// files). Set by `npm run renkei -- institution core`; the settings and their audit entry in one transaction. The
// files must be readable now (a typo is an error here, not a 503 later); a secret itself is never taken or stored.
import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { readCoreCredentials } from "@/lib/bank/transport/read-core-credentials";
import { db } from "@/lib/db";
import { forgetInstitutions } from "@/lib/institutions/get-institution";
import { parseSettings, ZCoreSettings, type TCoreSettings } from "@/lib/institutions/settings";

export type TSetCoreResult = { ok: true; core: TCoreSettings; warning?: string } | { ok: false; message: string };

export async function setCoreSettings(slug: string, input: unknown, actor: { type: "operator"; id: string }): Promise<TSetCoreResult> {
  const parsed = ZCoreSettings.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join(".") || "core"}: ${i.message}`).join("; ") };
  const core = parsed.data;
  let warning: string | undefined;
  if (core.auth?.kind === "mtls") {
    const credentials = readCoreCredentials(core.auth);
    if (!credentials.ok) return { ok: false, message: credentials.problem };
  }
  if (core.auth?.kind === "bearer" && !process.env[core.auth.secretEnv]) {
    // this shell is not the server: the variable must be set where Renkei runs
    warning = `${core.auth.secretEnv} is not set in this shell; set it in the server's environment before it calls the bank`;
  }
  const changed = await db.$transaction(async (tx) => {
    const row = await tx.institution.findUnique({ where: { slug }, select: { id: true, settings: true } });
    if (!row) return false;
    const settings = parseSettings(row.settings);
    await tx.institution.update({ where: { id: row.id }, data: { settings: JSON.stringify({ ...settings, core }) } });
    await appendAuditEvent(tx, {
      institutionId: row.id, actorType: actor.type, actorId: actor.id, action: "institution.core-changed", targetType: "institution", targetId: slug,
      details: { before: settings.core, after: core }, // names of variables and files only: the settings hold no secret
    });
    return true;
  });
  if (!changed) return { ok: false, message: `unknown institution: ${slug}` };
  forgetInstitutions();
  return { ok: true, core, warning };
}
