// /demo only in the demo (lib/demo/demo-served.ts): outside it every page under /demo is the 404 page.
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { demoDataWanted } from "@/lib/config/demo-data-wanted";

export const dynamic = "force-dynamic";

export default function DemoLayout({ children }: { children: ReactNode }) {
  if (!demoDataWanted()) notFound();
  return children;
}
