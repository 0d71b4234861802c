// The console's client registration form, parsed from FormData. The OAuth metadata rules themselves
// (https redirect URIs, public keys only, one of jwks / jwks_uri, …) are ZClientMetadataSchema's, shared
// with RFC 7591 registration; this schema adds what only an operator sets: the sandbox flag (and with it
// client_secret_basic) and the 連携開始日 per institution and channel. A baseline client
// (lib/oauth/clients/profile-policy.ts) may use a client secret too.
import { z } from "zod";

const date = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日付は YYYY-MM-DD で入力してください。")]);

export const ZConsoleClientSchema = z
  .object({
    aggregatorName: z.string().trim().min(1, "連携先（会社名）を入力してください。").max(100),
    registrationNumber: z.string().trim().min(1, "電子決済等代行業者の登録番号を入力してください。").max(100),
    clientName: z.string().trim().min(1, "サービス名を入力してください。").max(100),
    serviceDescription: z.string().trim().max(200, "サービス内容は200文字以内で入力してください。"),
    redirectUris: z.string().trim().min(1, "リダイレクトURIを1行に1つ入力してください。").max(20_000),
    authMethod: z.enum(["private_key_jwt", "tls_client_auth", "client_secret_basic", "client_secret_post"], { message: "認証方式を選んでください。" }),
    securityProfile: z.enum(["fapi2", "baseline"], { message: "セキュリティプロファイルを選んでください。" }).default("fapi2"),
    jwks: z.string().trim().max(20_000),
    jwksUri: z.string().trim().max(2000),
    tlsSubjectDn: z.string().trim().max(500),
    eventDeliveryUri: z.string().trim().max(2000).default(""),
    sandbox: z.boolean(),
    channels: z.array(z.enum(["personal", "corporate"])).min(1, "チャネルを1つ以上選んでください。"),
    since: z.array(z.object({ institutionId: z.string().min(1), personal: date, corporate: date })),
  })
  .superRefine((v, ctx) => {
    const secret = v.authMethod === "client_secret_basic" || v.authMethod === "client_secret_post";
    if (secret && v.securityProfile !== "baseline" && !(v.sandbox && v.authMethod === "client_secret_basic")) {
      ctx.addIssue({ code: "custom", path: ["authMethod"], message: `${v.authMethod} は baseline プロファイルのクライアント（client_secret_basic はサンドボックスも）だけに使えます。` });
    }
    if (v.jwks) {
      try {
        JSON.parse(v.jwks);
      } catch {
        ctx.addIssue({ code: "custom", path: ["jwks"], message: "JWKS は JSON（{\"keys\": [...]}）で入力してください。" });
      }
    }
  });

/** FormData → the object ZConsoleClientSchema parses (field names of components/console/client-form.tsx). */
export function readConsoleClientForm(formData: FormData, institutionIds: string[]): Record<string, unknown> {
  const text = (name: string) => String(formData.get(name) ?? "");
  return {
    aggregatorName: text("aggregatorName"),
    registrationNumber: text("registrationNumber"),
    clientName: text("clientName"),
    serviceDescription: text("serviceDescription"),
    redirectUris: text("redirectUris"),
    authMethod: text("authMethod"),
    securityProfile: text("securityProfile") || "fapi2",
    jwks: text("jwks"),
    jwksUri: text("jwksUri"),
    tlsSubjectDn: text("tlsSubjectDn"),
    eventDeliveryUri: text("eventDeliveryUri"),
    sandbox: formData.get("sandbox") === "on",
    channels: formData.getAll("channels").map(String),
    since: institutionIds.map((id) => ({ institutionId: id, personal: text(`since.${id}.personal`), corporate: text(`since.${id}.corporate`) })),
  };
}
