// The schemas of the one-field step forms, shared by the browser's check (components/consent/*-form.tsx)
// and the server actions (lib/consent/actions/*), so both refuse the same values with the same words.
import { z } from "zod";

/** 手順2 追加認証: the answer to the secret question (compared like a password, width-folded). */
export const ZAnswerFormSchema = z.object({ answer: z.string().trim().min(1, "回答を入力してください。").max(100, "回答は100文字以内で入力してください。") });

/** 手順1-1 ②: the ログインパスワード after the certificate. */
export const ZCertificatePasswordFormSchema = z.object({ password: z.string().min(1, "ログインパスワードを入力してください。") });
