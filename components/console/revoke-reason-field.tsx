"use client";
// 取消の理由 of the console's 連携の取消. It is `required`, so an empty reason never leaves the page; instead of
// the browser's own bubble (in the browser's language) the refusal is said beside the field in Japanese —
// the words the server says (`refused`) when a submit gets through without JavaScript.
import { useState } from "react";

export const REVOKE_REASON_MISSING = "取消の理由を入力してください。";

export function RevokeReasonField({ refused }: { refused: boolean }) {
  const [shown, setShown] = useState(refused);
  return (
    <div className="space-y-1">
      <label htmlFor="revoke-reason" className="block font-bold">取消の理由（必須・200文字以内。連携の記録と監査ログに残ります）</label>
      <textarea
        id="revoke-reason" name="reason" required maxLength={200} rows={2}
        aria-invalid={shown ? true : undefined} aria-describedby={shown ? "revoke-reason-error" : undefined}
        className="block w-full max-w-xl rounded-theme border border-black/30 bg-white px-3 py-2" placeholder="例：お客さまから電話で停止の申し出（受付番号 1234）"
        onInvalid={(event) => {
          event.preventDefault();
          setShown(true);
          event.currentTarget.focus();
        }}
        onChange={(event) => event.currentTarget.value && setShown(false)}
      />
      {shown ? <p id="revoke-reason-error" role="alert" className="text-sm font-bold text-error">{REVOKE_REASON_MISSING}</p> : null}
    </div>
  );
}
