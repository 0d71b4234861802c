// A page under an institution that does not exist, told in the institution's frame; the layout's
// title template adds the institution's name (the portal's, for an institution that does not exist).
// Once hydrated, the page's own title holds (app/[institution]/[...rest]/page.tsx): the same words.
import type { Metadata } from "next";
import { InstitutionNotFound } from "@/components/ui/institution-not-found";

export const metadata: Metadata = { title: "ページが見つかりません", robots: { index: false } };

export default function InstitutionNotFoundPage() {
  return <InstitutionNotFound />;
}
