// The two ways an interaction ends from the screens — 許可 and キャンセル/戻る — as plain form posts
// answered with a 303 to the aggregator. Not server actions: the browser must navigate to the
// redirect_uri itself (a server action's redirect to a same-origin URL is fetched by the server first,
// without the customer's cookies). Each post carries the interaction's CSRF token and comes from this
// origin; the browser binding and the customer session are checked by loadStep.
import "server-only";
import { endCustomerSession } from "@/lib/auth/customer-session";
import { amrOf } from "@/lib/auth/amr";
import { completeAuthorization } from "@/lib/oauth/authorization-response/complete-authorization";
import { denyAuthorization } from "@/lib/oauth/authorization-response/deny-authorization";
import { publicOrigin } from "@/lib/config/origin";
import { clientIp } from "@/lib/http/client-ip";
import { csrfValid } from "./csrf";
import { grantAccounts, listPinAccounts } from "./list-pin-accounts";
import { customerAuthFor } from "@/lib/bank/bank-for";
import { customerRefOf } from "@/lib/bank/local-refs";
import { loadStep } from "./load-step";
import { grantedScopes, stepPath } from "./next-step";
import { seeOther } from "@/lib/http/see-other";
import { bankUnavailableIn } from "@/lib/bank/transport/is-bank-unavailable";


async function checked(request: Request, slug: string, id: string) {
  const origin = request.headers.get("origin");
  if (origin && origin !== publicOrigin()) return null; // a post from another site
  const formData = await request.formData().catch(() => null);
  if (!formData || !csrfValid(id, formData)) return null;
  return formData;
}

export async function cancelInteraction(request: Request, slug: string, id: string): Promise<Response> {
  const back = seeOther(`${publicOrigin()}/${slug}/authorize/${id}`);
  const ctx = await loadStep(slug, id);
  if (ctx.kind === "ended" || !(await checked(request, slug, id))) return back;
  const { redirectUrl } = await denyAuthorization({ interactionId: id, ip: clientIp(request) });
  await endCustomerSession();
  return seeOther(redirectUrl);
}

/**
 * The way back from the "unavailable now" page (./unavailable): the interaction ends and the aggregator hears
 * error=temporarily_unavailable (RFC 6749 §4.1.2.1), so it knows to try again later rather than that the customer said no.
 */
export async function returnUnavailable(request: Request, slug: string, id: string): Promise<Response> {
  const back = seeOther(`${publicOrigin()}/${slug}/authorize/${id}`);
  const ctx = await loadStep(slug, id);
  if (ctx.kind === "ended" || !(await checked(request, slug, id))) return back;
  const { redirectUrl } = await denyAuthorization({
    interactionId: id, ip: clientIp(request), error: "temporarily_unavailable", description: "the bank's systems are unavailable",
  });
  await endCustomerSession();
  return seeOther(redirectUrl);
}

/** A consent route handler whose work reached the bank's systems and found them unavailable: to the page that says so. */
export async function orUnavailablePage(slug: string, id: string, handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    if (!bankUnavailableIn(error)) throw error;
    return seeOther(`${publicOrigin()}/${slug}/authorize/${id}/unavailable`);
  }
}

export async function allowInteraction(request: Request, slug: string, id: string): Promise<Response> {
  return orUnavailablePage(slug, id, () => allow(request, slug, id));
}

async function allow(request: Request, slug: string, id: string): Promise<Response> {
  const ctx = await loadStep(slug, id);
  if (ctx.kind === "ended") return seeOther(`${publicOrigin()}/${slug}/authorize/${id}`);
  const consentPage = `${publicOrigin()}${stepPath(slug, id, ctx.current)}`;
  if (ctx.current.id !== "consent") return seeOther(consentPage);
  const formData = await checked(request, slug, id);
  if (!formData) return seeOther(consentPage);
  if (formData.get("agree") !== "on") return seeOther(`${consentPage}?error=agree`);
  const pinStep = ctx.institution.settings.steps.pinRegistration;
  const accounts = grantAccounts(await listPinAccounts(ctx.institution, ctx.userId!, ctx.state.pendingPinAccountIds), pinStep);
  if (accounts.length === 0) return seeOther(`${consentPage}?error=no_accounts`);
  // 登録済み* accounts (docs/seeds/004 手順4): their 照会用暗証番号, checked in 手順4, is registered with the
  // bank now, before the grant is written (the bank may be another system: never inside a transaction)
  const pending = pinStep ? accounts.filter((a) => a.state === "登録済み*") : [];
  if (pending.length) await customerAuthFor(ctx.institution).registerPins(await customerRefOf(ctx.institution, ctx.userId!), pending.map((a) => a.ref));
  const { redirectUrl } = await completeAuthorization({
    interactionId: id, userId: ctx.userId!, scopes: grantedScopes(ctx), accountIds: accounts.map((a) => a.id),
    ip: clientIp(request), pinsRegistered: pending.length, amr: amrOf(ctx.state.factors, ctx.state.passkeyKey),
  });
  await endCustomerSession();
  return seeOther(redirectUrl);
}
