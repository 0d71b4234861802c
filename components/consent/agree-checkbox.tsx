"use client";
// The アクセス許可 checkbox. It is `required`, so an unticked 許可 never leaves the page; instead of the
// browser's own bubble (in the browser's language) the refusal is said beside the box, in Japanese, the
// same words the server says when a submit gets through without JavaScript (lib/consent/finish-interaction.ts).
import { useState } from "react";

export function AgreeCheckbox({ label, message, refused }: { label: string; message: string; refused: boolean }) {
  const [shown, setShown] = useState(refused);
  return (
    <>
      <label className="flex min-h-11 items-center gap-3 font-bold">
        <input
          type="checkbox" name="agree" required className="h-5 w-5"
          aria-invalid={shown ? true : undefined} aria-describedby={shown ? "agree-error" : undefined}
          onInvalid={(event) => {
            event.preventDefault();
            setShown(true);
          }}
          onChange={(event) => event.currentTarget.checked && setShown(false)}
        />
        {label}
      </label>
      {shown ? <p id="agree-error" role="alert" className="text-sm font-bold text-error">{message}</p> : null}
    </>
  );
}
