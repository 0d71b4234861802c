"use client";
// The consent steps' error boundary. A step whose page or server action could not reach the bank's systems throws
// BankUnavailableError, whose digest Next keeps (lib/bank/transport/bank-unavailable-digest.ts): the customer goes
// to the page that says so and leads back to the aggregator. The steps that ask the bank redirect there themselves
// (lib/consent/unavailable-redirect.ts), which needs no JavaScript; this catches any bank call they do not wrap.
// Any other failure: a plain page, never a stack trace.
import { useParams } from "next/navigation";
import { useEffect } from "react";
import { BANK_UNAVAILABLE_DIGEST } from "@/lib/bank/transport/bank-unavailable-digest";

export default function StepError({ error }: { error: Error & { digest?: string } }) {
  const { institution, interaction } = useParams<{ institution: string; interaction: string }>();
  const bank = error.digest === BANK_UNAVAILABLE_DIGEST;
  const href = `/${institution}/authorize/${interaction}${bank ? "/unavailable" : ""}`;
  useEffect(() => {
    if (bank) window.location.replace(href);
  }, [bank, href]);
  return (
    <main className="mx-auto w-full max-w-2xl space-y-4 px-4 py-6">
      <h1 className="border-l-4 border-primary pl-3 text-xl font-bold">{bank ? "ただいまご利用いただけません" : "エラーが発生しました"}</h1>
      <p role="status">{bank ? "ただいまシステムに接続できないため、お手続きを続けられません。" : "お手続きを続けられませんでした。お手数ですが、もう一度お試しください。"}</p>
      <a className="text-accent underline" href={href}>{bank ? "外部サービスの画面へ戻る" : "お手続きの状況を確認する"}</a>
    </main>
  );
}
