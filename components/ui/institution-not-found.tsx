"use client";
// The not-found page under /{institution}: the institution's band and colours (the layout's theme and
// components/ui/institution-context.tsx) and the way back to its guide.
import { InstitutionHeader } from "./institution-header";
import { useInstitutionFrame } from "./institution-context";
import { NotFoundView } from "./not-found-view";

export function InstitutionNotFound() {
  const frame = useInstitutionFrame();
  if (!frame) return <NotFoundView home={{ href: "/", label: "トップページへ" }} />;
  return (
    <>
      <InstitutionHeader theme={frame.theme} column="max-w-2xl" />
      <NotFoundView home={{ href: `/${frame.slug}`, label: `${frame.theme.serviceName}のご案内へ` }}>
        <p className="text-sm">※当画面は、{frame.name}のWebサイトです。</p>
      </NotFoundView>
    </>
  );
}
