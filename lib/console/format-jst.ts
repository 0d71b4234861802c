// An instant as the console shows it: Japan time, 2026/11/23 09:05 (lib/time/jst.ts).
import { jstParts } from "@/lib/time/jst";

export function formatJst(date: Date): string {
  const j = jstParts(date);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${j.year}/${j.month}/${j.day} ${pad(j.hour)}:${pad(j.minute)}`;
}
