// Where the authorization endpoint sends a browser whose request it cannot trust (unknown client,
// bad or used request_uri). It never redirects to a redirect_uri it has not verified.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InstitutionHeader } from "@/components/ui/institution-header";
import { getInstitution } from "@/lib/institutions/get-institution";

export const metadata: Metadata = { title: "お手続きを開始できません" };

const MESSAGES: Record<string, string> = {
  unknown_client: "連携元のサービスが確認できませんでした。",
  client_suspended: "連携元のサービスは現在ご利用いただけません。",
  invalid_request_uri: "お手続きの有効期限が切れたか、すでに使用されています。",
  missing_parameters: "お手続きに必要な情報が不足しています。",
};

export default async function AuthorizeErrorPage({ params, searchParams }: { params: Promise<{ institution: string }>; searchParams: Promise<{ reason?: string }> }) {
  const institution = await getInstitution((await params).institution);
  if (!institution) notFound();
  const reason = (await searchParams).reason ?? "";
  return (
    <>
      <InstitutionHeader theme={institution.theme} />
      <main className="mx-auto max-w-xl space-y-4 px-4 py-8">
        <h1 className="text-xl font-bold">お手続きを開始できません</h1>
        <p role="alert" className="rounded-theme border border-error bg-surface p-4 text-error">{MESSAGES[reason] ?? "お手続きを開始できませんでした。"}</p>
        <p>お手数ですが、ご利用の外部サービスの画面から、もう一度お手続きをやり直してください。</p>
        <p className="text-sm">※当画面は、{institution.name}のWebサイトです。</p>
      </main>
    </>
  );
}
