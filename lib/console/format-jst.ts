// An instant as the console shows it: Japan time, 2026/11/23 09:05.
export function formatJst(date: Date): string {
  const j = new Date(date.getTime() + 9 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${j.getUTCFullYear()}/${j.getUTCMonth() + 1}/${j.getUTCDate()} ${pad(j.getUTCHours())}:${pad(j.getUTCMinutes())}`;
}
