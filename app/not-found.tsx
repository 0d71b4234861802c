// A page that does not exist, in Japanese (Next's default is English).
import type { Metadata } from "next";
import { NotFoundView } from "@/components/ui/not-found-view";
import { pageTitle } from "@/lib/institutions/page-title";

export const metadata: Metadata = { title: "ページが見つかりません", robots: { index: false } };

export default function NotFoundPage() {
  return <NotFoundView home={{ href: "/", label: "トップページへ" }} title={pageTitle("ページが見つかりません", "Renkei")} />;
}
