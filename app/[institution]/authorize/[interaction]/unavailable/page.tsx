// /{institution}/authorize/{id}/unavailable — the bank's systems (勘定系・IB) cannot answer now (lib/bank/transport/):
// a page in the institution's theme that says so, and the way back to the aggregator, which hears
// error=temporarily_unavailable (RFC 6749 §4.1.2.1) and may start again later.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrimaryButton } from "@/components/consent/buttons";
import { EndedView } from "@/components/consent/ended-view";
import { Card, StepLayout } from "@/components/consent/step-layout";
import { csrfToken } from "@/lib/consent/csrf";
import { loadStep } from "@/lib/consent/load-step";

export const metadata: Metadata = { title: "ただいまご利用いただけません", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function UnavailablePage({ params }: { params: Promise<{ institution: string; interaction: string }> }) {
  const { institution: slug, interaction: id } = await params;
  const ctx = await loadStep(slug, id);
  if (!ctx.institution) notFound();
  return (
    <StepLayout theme={ctx.institution.theme} institutionName={ctx.institution.name} title="API連携認証">
      {ctx.kind === "ended" ? <EndedView reason={ctx.reason} backUrl={ctx.backUrl} /> : (
        <Card title="ただいまご利用いただけません">
          <div className="space-y-4">
            <p role="status">
              ただいま{ctx.institution.name}のシステムに接続できないため、お手続きを続けられません。
              お手数ですが、しばらく時間をおいてから、{ctx.client.name}の画面からもう一度お手続きください。
            </p>
            <form action={`/${slug}/authorize/${id}/unavailable/back`} method="post" className="space-y-2">
              <input type="hidden" name="csrf" value={csrfToken(id)} />
              <PrimaryButton>{ctx.client.name}に戻る</PrimaryButton>
            </form>
          </div>
        </Card>
      )}
    </StepLayout>
  );
}
