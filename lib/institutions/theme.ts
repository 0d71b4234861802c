// An institution's look, stored as JSON on Institution.theme (docs/design.md §6). Rendered on the server as
// CSS variables (components/ui/theme-style.tsx) that Tailwind's theme tokens read, so nothing flashes
// and a change needs no rebuild.
// Every theme that enters Renkei passes ZTheme — the editor's save, the preview's unsaved theme, the seed,
// a stored row — and ZTheme checks the logo itself (lib/institutions/logo-svg-problem.ts), so no path can
// skip it. The check is asynchronous (its parser loads on first use): parse with parseAsync/safeParseAsync.
import { logger } from "@/lib/observability/logger";
import { z } from "zod";
import { COLOR_FORMAT, COLOR_FORMAT_MESSAGE } from "@/lib/institutions/color-format";
import { logoSvgProblem } from "./logo-svg-problem";

const ZColor = z.string().regex(COLOR_FORMAT, COLOR_FORMAT_MESSAGE);

export const ZTheme = z.object({
  displayName: z.string().min(1), // さくら信用金庫
  serviceName: z.string().min(1), // さくらしんきんインターネットバンキングAPIサービス
  /** a short mark shown when there is no logo: "さくら" */
  textMark: z.string().min(1).max(12),
  /** the logo as SVG markup, drawn as an image (lib/institutions/logo-data-url.ts); null for the text mark */
  logoSvg: z
    .string()
    .max(20000, "ロゴのSVGは20,000文字以内にしてください。")
    .nullable()
    .default(null)
    .check(async (ctx) => {
      const problem = ctx.value ? await logoSvgProblem(ctx.value) : null;
      if (problem) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
    }),
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
  /** the corporate channel's terms where they differ (docs/seeds/000, 001: 利用規約 vs 利用規定) */
  corporateTerms: z.object({ title: z.string().min(1), url: z.string().min(1) }).nullable().default(null),
  channelNames: z.object({ personal: z.string().min(1), corporate: z.string().min(1) }),
});
export type TTheme = z.infer<typeof ZTheme>;

/** A stored theme. A logo stored before ZTheme checked logos, and refused now, is dropped (the text mark
 *  shows) rather than taking every page of the institution down. */
export async function parseTheme(json: string): Promise<TTheme> {
  const raw: unknown = JSON.parse(json);
  const parsed = await ZTheme.safeParseAsync(raw);
  if (parsed.success) return parsed.data;
  if (parsed.error.issues.every((issue) => issue.path[0] === "logoSvg") && raw && typeof raw === "object") {
    logger().warn("theme: a stored logo is refused by the logo check and is not shown");
    return ZTheme.parseAsync({ ...raw, logoSvg: null });
  }
  throw parsed.error;
}
