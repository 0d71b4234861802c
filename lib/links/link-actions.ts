"use server";
// 連携サービスの確認・停止: the institution's usual login, then 停止 after a confirmation. Stopping
// revokes the grant and all its tokens at once (lib/oauth/revoke-grant.ts), with an audit entry.
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { checkPasswordLogin } from "@/lib/auth/check-password-login";
import { getInstitution } from "@/lib/institutions/get-institution";
import { ZChannel } from "@/lib/institutions/settings";
import { revokeGrant } from "@/lib/oauth/revoke-grant";
import { expiredFormState, type TFormState } from "@/lib/forms/form-state";
import { linksCsrfValid } from "./links-csrf";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { endLinksSession, linksSession, startLinksSession } from "./links-session";

export async function linksLoginAction(slug: string, channel: string, methodIndex: number, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const institution = await getInstitution(slug);
  const parsedChannel = ZChannel.safeParse(channel);
  const method = institution && parsedChannel.success ? institution.settings.login[parsedChannel.data][methodIndex] : undefined;
  if (!institution || !parsedChannel.success || !method || method.kind === "certificate" || !(await linksCsrfValid(slug, formData))) {
    return expiredFormState();
  }
  const ip = await currentClientIp();
  const result = await checkPasswordLogin({ institution, channel: parsedChannel.data, method, formData, ip, deviceHash: null, details: { for: "links" } });
  if (!result.ok) return result.state;
  await startLinksSession(result.userId, institution.id);
  redirect(`/${slug}/links`);
}

export async function stopLinkAction(slug: string, grantId: string, formData: FormData): Promise<void> {
  const institution = await getInstitution(slug);
  const session = institution ? await linksSession(institution.id) : null;
  if (!institution || !session || !(await linksCsrfValid(slug, formData))) redirect(`/${slug}/links`);
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
