// /{institution}/help/password — the demo's stand-in for the bank's own page behind the login's
// 「ログインパスワードが分からない場合のお手続きはこちら」 (settings: login …{ kind: "customer-id", forgotPasswordUrl }).
// A real institution sets forgotPasswordUrl to its own website; this page exists only in the demo
// (lib/config/demo-data-wanted.ts) and says what the bank puts there. The login opens it in a new tab,
// so the customer's flow stays where it was.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InstitutionHeader } from "@/components/ui/institution-header";
import { getInstitution } from "@/lib/institutions/get-institution";
import { demoDataWanted } from "@/lib/config/demo-data-wanted";

export const metadata: Metadata = { title: "ログインパスワードが分からない場合のお手続き", robots: { index: false } };

const WHAT_THE_BANK_SAYS = [
  "ログインパスワードの再設定・再発行のお申込み方法（窓口、郵送、インターネットバンキングの管理者による再設定など）",
  "お手続きに必要なもの（届出印、本人確認書類など）",
  "パスワードの誤入力でご利用が停止（ロック）された場合の解除のお手続き",
  "お問い合わせ先（ヘルプデスクの電話番号・受付時間）",
];

export default async function ForgotPasswordDemoPage({ params }: { params: Promise<{ institution: string }> }) {
  const institution = await getInstitution((await params).institution);
  if (!institution || !demoDataWanted()) notFound();
  return (
    <>
      <InstitutionHeader theme={institution.theme} column="max-w-2xl" />
      <main className="mx-auto max-w-2xl space-y-4 px-4 py-8">
        <h1 className="border-l-4 border-primary pl-3 text-xl font-bold">ログインパスワードが分からない場合のお手続き</h1>
        <p className="rounded-theme border border-black/20 bg-surface p-3 text-sm">※ デモ用のページです。実際には、{institution.name}のホームページにあるお手続きのご案内が開きます。</p>
        <p>金融機関は、このページに次のようなご案内を掲載します。</p>
        <ul className="list-disc space-y-1 pl-6">{WHAT_THE_BANK_SAYS.map((item) => <li key={item}>{item}</li>)}</ul>
        <p>連携のお手続きの画面は、元のタブにそのまま残っています。パスワードが分かりましたら、元のタブに戻ってお手続きを続けてください。</p>
      </main>
    </>
  );
}
