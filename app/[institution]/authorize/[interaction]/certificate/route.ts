// GET https://…:3443/{institution}/authorize/{id}/certificate — the 電子証明書 button lands here on the
// HTTPS listener, where the browser presents its client certificate. Then back to the plain origin.
import { publicOrigin } from "@/lib/config/origin";
import { clientIp } from "@/lib/http/client-ip";
import { recordAttempt } from "@/lib/auth/record-attempt";
import { verifyCustomerCertificate } from "@/lib/auth/verify-customer-certificate";
import { orUnavailablePage } from "@/lib/consent/finish-interaction";
import { finishLogin } from "@/lib/consent/finish-login";
import { loadStep } from "@/lib/consent/load-step";
import { saveState } from "@/lib/consent/save-state";
import { seeOther } from "@/lib/http/see-other";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ institution: string; interaction: string }> }) {
  const { institution: slug, interaction: id } = await params;
  return orUnavailablePage(slug, id, () => certificateLogin(request, slug, id));
}

async function certificateLogin(request: Request, slug: string, id: string): Promise<Response> {
  const back = (path: string) => seeOther(`${publicOrigin()}/${slug}/authorize/${id}${path}`);
  const ctx = await loadStep(slug, id);
  if (ctx.kind === "ended" || ctx.current.id !== "login" || !ctx.channel) return back("");
  const method = ctx.institution.settings.login[ctx.channel].find((m) => m.kind === "certificate");
  if (!method || method.kind !== "certificate") return back("");
  const ip = clientIp(request);
  const result = await verifyCustomerCertificate(request, ctx.institution.id, ctx.channel);
  if (!result.ok) {
    await recordAttempt({ institutionId: ctx.institution.id, userId: null, factor: "certificate", success: false, ip, deviceHash: ctx.deviceHash, details: { reason: result.reason } });
    return back(`/login?certificate=${result.reason}`);
  }
  await recordAttempt({ institutionId: ctx.institution.id, userId: result.userId, factor: "certificate", success: true, ip, deviceHash: ctx.deviceHash });
  const state = { ...ctx.state, loginMethod: "certificate", factors: ["certificate" as const] };
  if (method.thenPassword) {
    await saveState(id, { state, userId: result.userId });
    return back("/certificate/password");
  }
  await finishLogin(ctx, { userId: result.userId, state, ip });
  return back("");
}
