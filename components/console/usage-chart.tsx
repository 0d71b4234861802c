// One client's calls per day of the month as plain SVG bars (no chart library): the bar's full height is the
// day's calls, its lower part the successful ones (2xx) and its upper part the refused ones (4xx, 5xx, 429).
// Each bar carries its numbers as a <title>; the figure's label says the month's totals for a screen reader.
type TDay = { day: string; calls: number; ok: number };

const BAR = 14;
const GAP = 4;
const HEIGHT = 120;

export function UsageChart({ days, label }: { days: TDay[]; label: string }) {
  const max = Math.max(1, ...days.map((d) => d.calls));
  const width = days.length * (BAR + GAP);
  return (
    <figure className="space-y-1">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${HEIGHT + 16}`} className="h-40 w-full max-w-3xl" preserveAspectRatio="none">
        {days.map((d, i) => {
          const x = i * (BAR + GAP);
          const total = (d.calls / max) * HEIGHT;
          const ok = (d.ok / max) * HEIGHT;
          const date = Number(d.day.slice(8));
          return (
            <g key={d.day}>
              <title>{`${d.day}：呼び出し ${d.calls}（成功 ${d.ok}・エラー ${d.calls - d.ok}）`}</title>
              <rect x={x} y={HEIGHT - total} width={BAR} height={total - ok} className="fill-error" />
              <rect x={x} y={HEIGHT - ok} width={BAR} height={ok} className="fill-primary" />
              {date === 1 || date % 5 === 0 ? <text x={x + BAR / 2} y={HEIGHT + 13} textAnchor="middle" fontSize="10">{date}</text> : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm">
        日ごとの呼び出し回数（最大 {max.toLocaleString("ja-JP")}）。<span className="inline-block h-3 w-3 bg-primary align-middle" aria-hidden="true" /> 成功（2xx）
        <span className="ml-2 inline-block h-3 w-3 bg-error align-middle" aria-hidden="true" /> エラー・上限超過
      </figcaption>
    </figure>
  );
}
