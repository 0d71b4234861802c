// zod issues become one message per field, the first rule broken first.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesToFieldErrors } from "./issues-to-field-errors";

const ZExample = z
  .object({ name: z.string().min(1, "名前を入力してください。").max(3, "名前は3文字以内で入力してください。"), terms: z.object({ title: z.string().min(1, "題名を入力してください。") }) })
  .refine((v) => v.name !== "x", "全体が正しくありません。");

describe("issuesToFieldErrors", () => {
  it("names fields by their path, keeps the first message of each, and puts whole-form issues under form", () => {
    const nested = ZExample.safeParse({ name: "", terms: { title: "" } });
    expect(issuesToFieldErrors(nested.error!.issues)).toEqual({ name: "名前を入力してください。", "terms.title": "題名を入力してください。" });
    const whole = ZExample.safeParse({ name: "x", terms: { title: "t" } });
    expect(issuesToFieldErrors(whole.error!.issues)).toEqual({ form: "全体が正しくありません。" });
  });

  it("lets a caller name the field itself", () => {
    const nested = ZExample.safeParse({ name: "", terms: { title: "" } });
    expect(issuesToFieldErrors(nested.error!.issues, (issue) => String(issue.path[0]))).toEqual({ name: "名前を入力してください。", terms: "題名を入力してください。" });
  });
});
