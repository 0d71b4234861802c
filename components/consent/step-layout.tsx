// The frame of every consent step: the institution's header, the step's title, the seeds' note that
// this is the institution's own site, and the step.
import type { ReactNode } from "react";
import { InstitutionHeader } from "@/components/ui/institution-header";
import type { TTheme } from "@/lib/institutions/theme";

export function StepLayout({ theme, institutionName, title, children }: { theme: TTheme; institutionName: string; title: string; children: ReactNode }) {
  return (
    <>
      <InstitutionHeader theme={theme} column="max-w-2xl" />
      <main className="mx-auto w-full max-w-2xl space-y-5 px-4 py-6 sm:py-8">
        <h1 className="border-l-4 border-primary pl-3 text-xl font-bold">{title}</h1>
        <p className="text-sm">※当画面は、{institutionName}のWebサイトです。</p>
        {children}
      </main>
    </>
  );
}

export function Card({ children, title }: { children: ReactNode; title?: string }) {
  return (
    <section className="rounded-theme border border-black/10 bg-surface p-4 shadow-sm sm:p-6" aria-label={title}>
      {title ? <h2 className="mb-3 text-lg font-bold">{title}</h2> : null}
      {children}
    </section>
  );
}
