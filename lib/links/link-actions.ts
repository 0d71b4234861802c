"use server";
// 連携サービスの確認・停止: the institution's usual login, then 停止 after a confirmation. Stopping
// revokes the grant and all its tokens at once (lib/oauth/grants/revoke-grant.ts), with an audit entry.
// The login is the consent flow's, risk check included: where the institution asks 追加認証 and the login
// looks unusual (lib/auth/login-risk-reasons.ts), the customer answers the secret question
// (lib/auth/check-secret-answer.ts) before any link is shown or stopped; a login that completed makes
// this browser and network known (lib/auth/record-login-passed.ts), as in the consent flow.
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { checkPasswordLogin } from "@/lib/auth/check-password-login";
import { getInstitution } from "@/lib/institutions/get-institution";
import { ZChannel } from "@/lib/institutions/settings";
import { revokeGrant } from "@/lib/oauth/grants/revoke-grant";
import { expiredFormState, type TFormState } from "@/lib/forms/form-state";
import { linksCsrfValid } from "./links-csrf";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { checkSecretAnswer } from "@/lib/auth/check-secret-answer";
import { loginRiskReasons } from "@/lib/auth/login-risk-reasons";
import { recordLoginPassed } from "@/lib/auth/record-login-passed";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { withNonce } from "@/lib/forms/form-state";
import { CHECK_INPUT } from "@/lib/forms/messages";
import { ZAnswerFormSchema } from "@/lib/consent/step-forms";
import { issuesToFieldErrors } from "@/lib/forms/issues-to-field-errors";

import { endLinksSession, linksSession, startLinksSession } from "./links-session";
import { linksDeviceHash as deviceHash } from "./links-device";

export async function linksLoginAction(slug: string, channel: string, methodIndex: number, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const institution = await getInstitution(slug);
  const parsedChannel = ZChannel.safeParse(channel);
  const method = institution && parsedChannel.success ? institution.settings.login[parsedChannel.data][methodIndex] : undefined;
  if (!institution || !parsedChannel.success || !method || method.kind === "certificate" || !(await linksCsrfValid(slug, formData))) {
    return expiredFormState();
  }
  const ip = await currentClientIp();
  const device = await deviceHash();
  const result = await checkPasswordLogin({ institution, channel: parsedChannel.data, method, formData, ip, deviceHash: device, details: { for: "links" } });
  if (!result.ok) return result.state;
  const reasons = await loginRiskReasons({ institution, userId: result.userId, deviceHash: device, ip });
  await db.$transaction((tx) => appendAuditEvent(tx, {
    institutionId: institution.id, actorType: "system", action: "risk.assessed", targetType: "user", targetId: result.userId, ip,
    details: { reasons, additionalAuth: reasons.length > 0, for: "links" },
  }));
  if (reasons.length === 0) await recordLoginPassed({ institutionId: institution.id, userId: result.userId, ip, deviceHash: device, factors: result.factors });
  await startLinksSession(result.userId, institution.id, reasons.length ? result.factors : null);
  redirect(`/${slug}/links`);
}

/** 追加認証 on 連携サービスの確認・停止: the answer a risky login still owes. */
export async function linksAnswerAction(slug: string, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const institution = await getInstitution(slug);
  const session = institution ? await linksSession(institution.id) : null;
  if (!institution || !session?.owesAnswer || !(await linksCsrfValid(slug, formData))) return expiredFormState();
  const parsed = ZAnswerFormSchema.safeParse({ answer: String(formData.get("answer") ?? "") });
  if (!parsed.success) return withNonce({ errors: issuesToFieldErrors(parsed.error.issues), values: {}, message: CHECK_INPUT });
  const ip = await currentClientIp();
  const device = await deviceHash();
  const check = await checkSecretAnswer({ institution, userId: session.userId, answer: parsed.data.answer, ip, deviceHash: device, details: { for: "links" } });
  if (!check.ok) return withNonce({ errors: check.errors, values: {}, message: check.message });
  const factors = [...session.owesAnswer, "answer"];
  await recordLoginPassed({ institutionId: institution.id, userId: session.userId, ip, deviceHash: device, factors });
  await startLinksSession(session.userId, institution.id, null, session.owesAnswer.includes("passkey"));
  redirect(`/${slug}/links`);
}

export async function stopLinkAction(slug: string, grantId: string, formData: FormData): Promise<void> {
  const institution = await getInstitution(slug);
  const session = institution ? await linksSession(institution.id) : null;
  if (!institution || !session || session.owesAnswer || !(await linksCsrfValid(slug, formData))) redirect(`/${slug}/links`);
  const grant = await db.grant.findUnique({ where: { id: grantId }, select: { userId: true, institutionId: true, status: true } });
  // only the customer's own, active link at this institution; anything else answers like a missing one
  if (!grant || grant.userId !== session.userId || grant.institutionId !== institution.id || grant.status !== "active") redirect(`/${slug}/links`);
  const ip = await currentClientIp();
  await db.$transaction((tx) => revokeGrant(tx, { grantId, by: "customer", actorId: session.userId, ip }));
  // the page names the service from the customer's own ended links: nothing a URL says is shown as it is
  redirect(`/${slug}/links?stopped=${encodeURIComponent(grantId)}`);
}

export async function logoutLinksAction(slug: string): Promise<void> {
  await endLinksSession();
  redirect(`/${slug}/links`);
}
