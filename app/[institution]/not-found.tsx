// A page under an institution that does not exist, told in the institution's frame; the layout's
// title template adds the institution's name.
import type { Metadata } from "next";
import { InstitutionNotFound } from "@/components/ui/institution-not-found";

export const metadata: Metadata = { title: "ページが見つかりません", robots: { index: false } };

export default function InstitutionNotFoundPage() {
  return <InstitutionNotFound />;
}
