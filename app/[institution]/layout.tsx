// Loads the institution of the URL and renders everything under it in its theme (server side).
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { ThemeScope } from "@/components/ui/theme-style";
import { getInstitution } from "@/lib/institutions/get-institution";

export default async function InstitutionLayout({ children, params }: { children: ReactNode; params: Promise<{ institution: string }> }) {
  const institution = await getInstitution((await params).institution);
  if (!institution) notFound();
  return (
    <ThemeScope theme={institution.theme} className="min-h-screen">
      {children}
    </ThemeScope>
  );
}
