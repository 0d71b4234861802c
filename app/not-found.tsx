// A page that does not exist, in Japanese (Next's default is English).
import type { Metadata } from "next";
import { NotFoundView } from "@/components/ui/not-found-view";
import { pageTitle } from "@/lib/institutions/page-title";

// beside the root layout, whose title template applies to the segments below it only
export const metadata: Metadata = { title: { absolute: pageTitle("ページが見つかりません", "Renkei") }, robots: { index: false } };

export default function NotFoundPage() {
  return <NotFoundView home={{ href: "/", label: "トップページへ" }} />;
}
