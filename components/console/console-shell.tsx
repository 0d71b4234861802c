// The operator console's frame: who is signed in, for which institutions, the sections, ログアウト.
import Link from "next/link";
import type { ReactNode } from "react";
import { operatorSignOutAction } from "@/lib/console/actions/sign-in";

const SECTIONS = [
  ["/console", "概要"],
  ["/console/clients", "連携先・クライアント"],
  ["/console/profiles", "セキュリティプロファイル"],
  ["/console/passkeys", "パスキー"],
  ["/console/grants", "連携（認可）の検索"],
  ["/console/usage", "利用状況"],
  ["/console/tokens", "初期アクセストークン"],
  ["/console/audit", "監査ログ"],
  ["/console/themes", "テーマ編集"],
] as const;

export function ConsoleShell({ operator, scopeLabel, title, children }: { operator: string; scopeLabel: string; title: string; children: ReactNode }) {
  return (
    <div className="min-h-screen bg-background">
      <header className="bg-primary text-on-primary">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="text-lg font-bold">Renkei 運用コンソール</p>
          {/* at 390 px the operator's name and ログアウト wrap as a whole, never a word broken or the page widened */}
          <div className="flex min-w-0 flex-wrap items-center gap-3 text-sm">
            <span className="min-w-0 break-words">{operator}（{scopeLabel}）</span>
            <form action={operatorSignOutAction}>
              <button type="submit" className="min-h-11 whitespace-nowrap rounded-theme border border-on-primary px-3 py-1">ログアウト</button>
            </form>
          </div>
        </div>
        <nav aria-label="コンソール" className="mx-auto max-w-6xl px-4 pb-2">
          <ul className="flex flex-wrap gap-4 text-sm">
            {SECTIONS.map(([href, label]) => (
              <li key={href}><Link className="underline" href={href}>{label}</Link></li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-6">
        <h1 className="text-2xl font-bold">{title}</h1>
        {children}
      </main>
    </div>
  );
}
