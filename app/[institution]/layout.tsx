// Loads the institution of the URL and renders everything under it in its theme (server side). Every
// page under it is titled 「…｜{the institution's name}」 (lib/institutions/page-title.ts), and a page
// that is not found is told in the institution's own frame (app/[institution]/not-found.tsx).
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { ThemeScope } from "@/components/ui/theme-style";
import { InstitutionProvider } from "@/components/ui/institution-context";
import { getInstitution } from "@/lib/institutions/get-institution";
import { pageTitle } from "@/lib/institutions/page-title";

type TProps = { children: ReactNode; params: Promise<{ institution: string }> };

export async function generateMetadata({ params }: Omit<TProps, "children">): Promise<Metadata> {
  const institution = await getInstitution((await params).institution);
  // no such institution: the portal's not-found page follows, under this title — whatever title the page
  // under it would have had (/nosuchbank/links is not 連携サービスの確認・停止): the template takes no %s
  if (!institution) {
    const notFoundTitle = pageTitle("ページが見つかりません", "Renkei");
    return { title: { absolute: notFoundTitle, template: notFoundTitle }, robots: { index: false } };
  }
  return { title: { default: institution.name, template: pageTitle("%s", institution.name) } };
}

export default async function InstitutionLayout({ children, params }: TProps) {
  const institution = await getInstitution((await params).institution);
  if (!institution) notFound();
  return (
    <ThemeScope theme={institution.theme} className="min-h-screen">
      <InstitutionProvider value={{ slug: institution.slug, name: institution.name, theme: { ...institution.theme, logoSvg: null } }}>
        {children}
      </InstitutionProvider>
    </ThemeScope>
  );
}
