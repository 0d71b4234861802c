// A client's security profile as the console lists it: fapi2, or baseline with its 利用期限 and, within
// 30 days of it, the days left (期限切れ after) — lib/console/sunset-standing.ts.
import { sunsetStanding, type TSunsetStanding } from "@/lib/console/sunset-standing";

export function standingText(s: TSunsetStanding): string {
  return s.state === "expired" ? "期限切れ" : s.daysLeft === 0 ? "本日まで" : `あと${s.daysLeft}日`;
}

export function ProfileBadge({ profile, sunsetAt }: { profile: string; sunsetAt: Date | null }) {
  if (profile !== "baseline") return <span>fapi2</span>;
  const s = sunsetStanding(sunsetAt ?? new Date(0));
  const tone = s.state === "expired" ? "font-bold text-error" : s.state === "soon" ? "font-bold" : "";
  return (
    <span>baseline（利用期限 {s.lastDay}{s.state === "ok" ? "" : <span className={tone}>・{standingText(s)}</span>}）</span>
  );
}
