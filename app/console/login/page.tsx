// /console/login — 運用コンソールのログイン (bank staff; next-auth Credentials, lib/console/operator-auth.ts).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/console/sign-in-form";
import { currentOperatorScope } from "@/lib/console/current-operator-scope";

export const metadata: Metadata = { title: "運用コンソール ログイン" };
export const dynamic = "force-dynamic";

export default async function ConsoleLoginPage() {
  // a live session only: a cookie whose server-side session ended signs in again here
  if (await currentOperatorScope()) redirect("/console");
  return (
    <main className="mx-auto max-w-md space-y-6 px-4 py-12">
      <h1 className="text-2xl font-bold">Renkei 運用コンソール</h1>
      <p>金融機関の担当者用です。ログインIDとパスワードを入力してください。</p>
      <div className="rounded-theme bg-surface p-6 shadow-sm">
        <SignInForm />
      </div>
    </main>
  );
}
