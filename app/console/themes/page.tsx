// /console/themes — the institutions whose look this operator may edit.
import type { Metadata } from "next";
import Link from "next/link";
import { ConsoleShell } from "@/components/console/console-shell";
import { consolePage } from "@/lib/console/console-page";
import { canActFor } from "@/lib/console/operator-scope";
import { listInstitutions } from "@/lib/institutions/get-institution";

export const metadata: Metadata = { title: "テーマ編集" };
export const dynamic = "force-dynamic";

export default async function ThemesPage() {
  const { scope, shell } = await consolePage();
  const institutions = (await listInstitutions()).filter((i) => canActFor(scope, i.id));
  return (
    <ConsoleShell {...shell} title="テーマ編集">
      <ul className="list-disc space-y-1 pl-6">
        {institutions.map((i) => <li key={i.slug}><Link className="underline" href={`/console/themes/${i.slug}`}>{i.name}のテーマを編集</Link></li>)}
      </ul>
    </ConsoleShell>
  );
}
