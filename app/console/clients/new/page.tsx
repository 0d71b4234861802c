// /console/clients/new — register an aggregator's client by hand (the same rules as RFC 7591 registration).
import type { Metadata } from "next";
import { ConsoleShell } from "@/components/console/console-shell";
import { ClientForm } from "@/components/console/client-form";
import { consolePage } from "@/lib/console/console-page";

export const metadata: Metadata = { title: "クライアントの登録" };
export const dynamic = "force-dynamic";

export default async function NewClientPage() {
  const { institutions, shell } = await consolePage();
  return (
    <ConsoleShell {...shell} title="クライアントの登録">
      <ClientForm institutions={institutions} />
    </ConsoleShell>
  );
}
