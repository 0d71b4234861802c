// 停止した連携 / 期限切れ on 連携サービスの確認・停止: the customer's recent link endings
// (lib/links/list-ended-links.ts), each with its service, the date and who ended it.
import { Card } from "@/components/consent/step-layout";
import type { TEndedLink } from "@/lib/links/list-ended-links";

function endedBy(link: TEndedLink, institutionName: string): string {
  switch (link.by) {
    case "customer": return "お客さま";
    case "bank": return institutionName;
    case "suspension": return `${institutionName}（連携先のご利用停止による）`;
    case "service": return `${link.aggregator}（連携先）`;
    case "security": return `${institutionName}（安全のための自動停止）`;
    case "expiry": return "有効期限切れ";
  }
}

function Group({ title, links, institutionName, day, label }: { title: string; links: TEndedLink[]; institutionName: string; day: (d: Date) => string; label: string }) {
  if (links.length === 0) return null;
  return (
    <Card title={title}>
      <ul className="divide-y divide-black/10">
        {links.map((link) => (
          <li key={link.grantId} className="py-2">
            <p className="font-bold">{link.service}<span className="ml-2 font-normal">（{link.aggregator}）</span></p>
            <dl className="grid gap-x-4 sm:grid-cols-[10rem_1fr]">
              <dt className="font-bold">{label}</dt><dd>{day(link.endedAt)}</dd>
              {link.kind === "stopped" ? (<><dt className="font-bold">停止した方</dt><dd>{endedBy(link, institutionName)}</dd></>) : null}
            </dl>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function EndedLinks({ links, institutionName, day }: { links: TEndedLink[]; institutionName: string; day: (d: Date) => string }) {
  return (
    <>
      <Group title="停止した連携" label="停止日" links={links.filter((l) => l.kind === "stopped")} institutionName={institutionName} day={day} />
      <Group title="期限切れ" label="有効期限" links={links.filter((l) => l.kind === "expired")} institutionName={institutionName} day={day} />
    </>
  );
}
