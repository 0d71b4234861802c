// A logo is the institution's own SVG, drawn inline in every header — so only a safe subset is taken:
// an <svg> element with shapes and text, no scripts, no event handlers, no external references.
const FORBIDDEN = [/<script/i, /<foreignObject/i, /\son\w+\s*=/i, /javascript:/i, /(?:xlink:)?href\s*=\s*["'](?!#)/i, /<iframe|<object|<embed|<image/i, /url\(\s*["']?(?!#)/i, /<!ENTITY|<!DOCTYPE/i];

export function svgProblem(svg: string): string | null {
  const trimmed = svg.trim();
  if (!trimmed) return null;
  if (!/^<svg[\s>]/i.test(trimmed) || !/<\/svg>\s*$/i.test(trimmed)) return "ロゴは <svg> … </svg> の形式で入力してください。";
  if (trimmed.length > 20_000) return "ロゴのSVGは20,000文字以内にしてください。";
  if (FORBIDDEN.some((re) => re.test(trimmed))) return "ロゴのSVGにスクリプト・イベント属性・外部参照は使えません。";
  return null;
}
