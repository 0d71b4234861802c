import type { ButtonHTMLAttributes } from "react";

const base = "inline-flex min-h-11 min-w-28 items-center justify-center rounded-theme px-5 py-2 font-bold disabled:opacity-60";

export function PrimaryButton(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="submit" {...props} className={`${base} bg-primary text-on-primary hover:brightness-110 ${props.className ?? ""}`} />;
}

export function SecondaryButton(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="submit" {...props} className={`${base} border-2 border-primary bg-surface text-primary ${props.className ?? ""}`} />;
}
