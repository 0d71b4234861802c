// /console/profiles — セキュリティプロファイル: the baseline clients of the operator's institutions with their
// 利用期限 (a warning 30 days ahead, 期限切れ after) and last use; moving a sunset, switching a client to
// fapi2 (operators of every institution the client is at only), and each institution's baseline settings.
import type { Metadata } from "next";
import { ConsoleShell } from "@/components/console/console-shell";
import { Notice } from "@/components/console/notice";
import { standingText } from "@/components/console/profile-badge";
import { BaselineSettingsForm, SunsetForm, SwitchToFapi2Form } from "@/components/console/profile-forms";
import { consolePage } from "@/lib/console/console-page";
import { formatJst } from "@/lib/console/format-jst";
import { listBaselineClients } from "@/lib/console/list-baseline-clients";
import { SUNSET_WARNING_DAYS, sunsetStanding } from "@/lib/console/sunset-standing";
import { getInstitution } from "@/lib/institutions/get-institution";

export const metadata: Metadata = { title: "セキュリティプロファイル" };
export const dynamic = "force-dynamic";

const TONE = { ok: "", soon: "font-bold", expired: "font-bold text-error" } as const;

export default async function ProfilesPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const { done } = await searchParams;
  const { scope, institutions, shell } = await consolePage();
  const clients = (await listBaselineClients(scope)).map((c) => ({ ...c, standing: sunsetStanding(c.sunsetAt ?? new Date(0)) }));
  const settings = await Promise.all(institutions.map(async (i) => ({ ...i, baseline: (await getInstitution(i.slug))?.settings.profiles.baseline })));
  return (
    <ConsoleShell {...shell} title="セキュリティプロファイル">
      <Notice code={done} />
      <p className="text-sm">
        fapi2 は FAPI 2.0 Security Profile による接続方式です（既定）。baseline は移行中の連携先のための接続方式で、client_secret と Bearer トークンを使えますが、
        必ず利用期限があります。利用期限を過ぎた baseline のクライアントは、認可・トークン発行・API利用がすべて拒否されます。
        期限の{SUNSET_WARNING_DAYS}日前から警告を表示します。連携先には fapi2 での再登録か、ここでの切り替えを案内してください。
      </p>

      <section aria-labelledby="baseline-clients" className="space-y-3">
        <h2 id="baseline-clients" className="text-lg font-bold">baseline のクライアント</h2>
        {clients.length === 0 ? <p>baseline のクライアントはありません。</p> : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[48rem] border-collapse bg-surface text-sm">
              <caption className="sr-only">baseline のクライアント一覧</caption>
              <thead><tr className="border-b text-left"><th className="p-2">連携先・サービス</th><th className="p-2">client_id</th><th className="p-2">金融機関</th><th className="p-2">プロファイル</th><th className="p-2">利用期限</th><th className="p-2">残り日数</th><th className="p-2">最終利用</th></tr></thead>
              <tbody>
                {clients.map((c) => (
                  <tr key={c.clientId} className="border-b align-top">
                    <td className="p-2">{c.aggregator}<br />{c.clientName}</td>
                    <td className="p-2 font-mono text-xs">{c.clientId}<br />{c.authMethod}</td>
                    <td className="p-2">{c.institutions.map((i) => <div key={i.institutionId}>{i.name}{i.status === "active" ? "" : "（停止中）"}</div>)}</td>
                    <td className="p-2">baseline</td>
                    <td className="p-2">{c.standing.lastDay}</td>
                    <td className={`p-2 ${TONE[c.standing.state]}`}>{standingText(c.standing)}{c.standing.state === "soon" ? "（期限が近づいています）" : ""}</td>
                    <td className="p-2">{c.lastUseAt ? formatJst(c.lastUseAt) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {clients.map((c) => (
          <section key={c.clientId} aria-label={`${c.clientName}（${c.clientId}）の変更`} className="space-y-4 rounded-theme bg-surface p-4">
            <h3 className="font-bold">{c.clientName}（{c.aggregator}）</h3>
            {c.mayChange ? (
              <>
                <SunsetForm clientId={c.clientId} clientName={c.clientName} lastDay={c.standing.lastDay} />
                <SwitchToFapi2Form clientId={c.clientId} clientName={c.clientName} keys={c.keys} />
              </>
            ) : (
              <p className="text-sm">このクライアントは権限のない金融機関でも利用されています。利用期限の変更と fapi2 への切り替えは、そのすべての金融機関の権限をもつ運用者が行います。</p>
            )}
          </section>
        ))}
      </section>

      <section aria-labelledby="baseline-settings" className="space-y-3">
        <h2 id="baseline-settings" className="text-lg font-bold">金融機関ごとの baseline 設定</h2>
        {settings.map((i) => i.baseline ? (
          <BaselineSettingsForm key={i.id} institution={{ id: i.id, name: i.name }} baseline={i.baseline}
            clients={clients.filter((c) => c.institutions.some((x) => x.institutionId === i.id)).length} />
        ) : null)}
      </section>
    </ConsoleShell>
  );
}
