// An institution's look, stored as JSON on Institution.theme (DESIGN.md §6). Rendered on the server as
// CSS variables (components/ui/theme-style.tsx) that Tailwind's theme tokens read, so nothing flashes
// and a change needs no rebuild.
import { z } from "zod";

const ZColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, "色は #RRGGBB で指定してください");

export const ZTheme = z.object({
  displayName: z.string().min(1), // さくら信用金庫
  serviceName: z.string().min(1), // さくらしんきんインターネットバンキングAPIサービス
  /** a short mark shown when there is no logo: "さくら" */
  textMark: z.string().min(1).max(12),
  /** inline SVG markup, or null for the text mark */
  logoSvg: z.string().max(20000).nullable().default(null),
  colors: z.object({
    primary: ZColor, // buttons, header band
    onPrimary: ZColor, // text on primary
    accent: ZColor, // links, focus ring
    text: ZColor,
    background: ZColor,
    surface: ZColor, // cards
    error: ZColor,
  }),
  radius: z.string().regex(/^\d{1,2}px$/).default("6px"),
  terms: z.object({ title: z.string().min(1), url: z.string().min(1) }),
  /** the corporate channel's terms where they differ (seed 000, 001: 利用規約 vs 利用規定) */
  corporateTerms: z.object({ title: z.string().min(1), url: z.string().min(1) }).nullable().default(null),
  channelNames: z.object({ personal: z.string().min(1), corporate: z.string().min(1) }),
});
export type TTheme = z.infer<typeof ZTheme>;

export function parseTheme(json: string): TTheme {
  return ZTheme.parse(JSON.parse(json));
}
