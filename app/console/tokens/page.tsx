// /console/tokens — initial access tokens for RFC 7591 registration: issue one for an aggregator (shown
// once), list them with their status word, revoke.
import type { Metadata } from "next";
import { ConsoleShell } from "@/components/console/console-shell";
import { IssueTokenForm } from "@/components/console/issue-token-form";
import { Notice } from "@/components/console/notice";
import { consolePage } from "@/lib/console/console-page";
import { listInitialAccessTokens } from "@/lib/console/list-initial-access-tokens";
import { initialAccessTokenStatus } from "@/lib/console/initial-access-token-status";
import { revokeTokenAction } from "@/lib/console/actions/tokens";
import { formatJst } from "@/lib/console/format-jst";

export const metadata: Metadata = { title: "初期アクセストークン" };
export const dynamic = "force-dynamic";

export default async function TokensPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const { done } = await searchParams;
  const { scope, institutions, shell } = await consolePage();
  const tokens = await listInitialAccessTokens(scope);
  const now = new Date();
  return (
    <ConsoleShell {...shell} title="初期アクセストークン">
      <Notice code={done} />
      <p>連携先が動的クライアント登録（RFC 7591）を行うときに使う初期アクセストークンです。1つのトークンで登録できるのは、発行時に指定した電子決済等代行業者のクライアントだけです。</p>
      <section aria-label="発行" className="rounded-theme bg-surface p-4"><IssueTokenForm institutions={institutions} all={scope.all} /></section>
      {tokens.length === 0 ? (
        <p>発行済みの初期アクセストークンはありません。</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-surface text-sm">
            <caption className="sr-only">発行済みの初期アクセストークン</caption>
            <thead><tr className="border-b text-left"><th className="p-2">用途</th><th className="p-2">電子決済等代行業者</th><th className="p-2">金融機関</th><th className="p-2">発行</th><th className="p-2">有効期限</th><th className="p-2">最終利用</th><th className="p-2">状態</th><th className="p-2">操作</th></tr></thead>
            <tbody>
              {tokens.map((t) => {
                const status = initialAccessTokenStatus(t, now);
                return (
                  <tr key={t.id} className="border-b">
                    <td className="p-2">{t.label}</td>
                    <td className="p-2">{t.aggregatorName ? `${t.aggregatorName}（${t.aggregatorRegistrationNumber}）` : "指定なし（新規の業者のみ）"}</td>
                    <td className="p-2">{t.institution?.name ?? "すべて"}</td>
                    <td className="p-2">{formatJst(t.createdAt)}（{t.createdBy}）</td>
                    <td className="p-2">{t.expiresAt ? formatJst(t.expiresAt) : "なし"}{t.singleUse ? "・1回限り" : ""}</td>
                    <td className="p-2">{t.lastUsedAt ? formatJst(t.lastUsedAt) : "—"}</td>
                    <td className="p-2">{status}</td>
                    <td className="p-2">
                      {status === "有効" ? (
                        <form action={revokeTokenAction}>
                          <input type="hidden" name="id" value={t.id} />
                          <button type="submit" className="rounded-theme border border-error px-3 py-1 text-error" aria-label={`「${t.label}」を取り消す`}>取り消す</button>
                        </form>
                      ) : "—"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </ConsoleShell>
  );
}
