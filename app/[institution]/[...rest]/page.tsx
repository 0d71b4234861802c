// Any path under an institution that names no page: the institution's own not-found page
// (app/[institution]/not-found.tsx), in its frame, rather than the portal's. Its title is this page's
// metadata (a not-found file's own metadata is not applied when a page calls notFound()), whole: a path
// like /console/no-such-page lands here too, with no institution, and is the portal's.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getInstitution } from "@/lib/institutions/get-institution";
import { pageTitle } from "@/lib/institutions/page-title";

type TProps = { params: Promise<{ institution: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const institution = await getInstitution((await params).institution);
  return { title: { absolute: pageTitle("ページが見つかりません", institution?.name ?? "Renkei") }, robots: { index: false } };
}

export default function UnknownInstitutionPage(): never {
  notFound();
}
