import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { pageTitle } from "@/lib/institutions/page-title";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: pageTitle("API連携ポータル", "Renkei"), template: pageTitle("%s", "Renkei") },
  description: "金融機関のAPI連携（口座情報の参照）のための同意画面・認可サーバー・API",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, the not-found page included: its scripts carry the nonce of
  // that request's Content-Security-Policy (proxy.ts), which a page prerendered at build time cannot.
  await connection();
  return (
    <html lang="ja">
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
