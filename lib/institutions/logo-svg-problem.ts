// Whether an institution's logo SVG may be accepted (ZTheme, lib/institutions/theme.ts), and if not, why —
// in the words the theme editor shows beside the field. The logo is only ever drawn as an image
// (lib/institutions/logo-data-url.ts), where SVG runs no script and loads nothing; this check keeps
// anything that could carry script out of the stored theme in the first place, so no later use of it
// (an inline drawing, an export) inherits a payload. The rules, in order:
//   1. well-formed XML, parsed as the browser parses an image/svg+xml image (not as HTML: no tag soup);
//   2. no DOCTYPE (entities, external DTDs);
//   3. the root is <svg> in the SVG namespace (without it the browser draws nothing);
//   4. nothing that DOMPurify's SVG profile would remove — scripts, event handlers, javascript: URLs,
//      foreignObject, animation of attributes, processing instructions, other namespaces — no <a> (a logo
//      links nowhere) and no href but to a fragment of the logo itself (#id): nothing outside it.
//      Comments are dropped first and CDATA read as text: both are inert in XML. role= is added to the
//      profile (it has aria-* already), so a logo can say it is an image.
// DOMPurify (cure53) is the maintained allowlist sanitizer for SVG; on Node it needs a DOM, and jsdom is the
// one its own test suite runs on (DOMPurify's README, "Running DOMPurify on the server"). Both are loaded
// on the first logo checked, so a process that never sees a logo never pays for jsdom.
import "server-only";
import type { DOMPurify as TDOMPurify, RemovedAttribute, RemovedElement } from "dompurify";

const SVG_NAMESPACE = "http://www.w3.org/2000/svg";

type TChecker = { window: Window & typeof globalThis; purify: TDOMPurify };
let checker: Promise<TChecker> | undefined;

function loadChecker(): Promise<TChecker> {
  checker ??= (async () => {
    const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import("jsdom"), import("dompurify")]);
    const window = new JSDOM("").window as unknown as Window & typeof globalThis;
    const purify = createDOMPurify(window);
    purify.addHook("uponSanitizeAttribute", (_node, data) => {
      if ((data.attrName === "href" || data.attrName === "xlink:href") && !data.attrValue.trim().startsWith("#")) data.keepAttr = false;
    });
    return { window, purify };
  })();
  return checker;
}

function describe(removed: RemovedElement | RemovedAttribute): string {
  if ("attribute" in removed && removed.attribute) return `属性 ${removed.attribute.name}`;
  const element = "element" in removed ? removed.element : null;
  return element?.nodeType === 7 ? "処理命令 <?…?>" : `要素 <${element?.nodeName ?? "?"}>`;
}

// Every stored theme is checked again when it is read (lib/institutions/theme.ts); the verdict of a
// logo depends on its text alone, so the last few are remembered by it.
const verdicts = new Map<string, Promise<string | null>>();
const REMEMBERED = 32;

export function logoSvgProblem(svg: string): Promise<string | null> {
  let verdict = verdicts.get(svg);
  if (!verdict) {
    verdict = checkLogoSvg(svg);
    if (verdicts.size >= REMEMBERED) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(svg, verdict);
    verdict.catch(() => verdicts.delete(svg));
  }
  return verdict;
}

async function checkLogoSvg(svg: string): Promise<string | null> {
  const { window, purify } = await loadChecker();
  const doc = new window.DOMParser().parseFromString(svg, "image/svg+xml");
  const root = doc.documentElement;
  if (!root || root.localName === "parsererror" || doc.getElementsByTagName("parsererror").length > 0) {
    return "ロゴはSVG（XML）として正しい形式で入力してください（属性値は引用符で囲みます）。";
  }
  if (doc.doctype) return "ロゴのSVGから <!DOCTYPE …> を削除してください。";
  if (root.namespaceURI !== SVG_NAMESPACE || root.localName !== "svg") {
    return `ロゴは <svg xmlns="${SVG_NAMESPACE}"> … </svg> の形式で入力してください。`;
  }

  const walker = doc.createTreeWalker(root, window.NodeFilter.SHOW_COMMENT | window.NodeFilter.SHOW_CDATA_SECTION);
  const inert: Node[] = [];
  while (walker.nextNode()) inert.push(walker.currentNode);
  for (const node of inert) {
    if (node.nodeType === window.Node.COMMENT_NODE) node.parentNode?.removeChild(node);
    else node.parentNode?.replaceChild(doc.createTextNode(node.textContent ?? ""), node);
  }

  // IN_PLACE sanitizes this parsed tree itself (no second parse as HTML); removed says what it took out.
  let removed: string[];
  try {
    purify.sanitize(root, { USE_PROFILES: { svg: true, svgFilters: true }, ADD_ATTR: ["role"], FORBID_TAGS: ["a"], IN_PLACE: true });
    removed = purify.removed.map(describe);
  } catch {
    removed = ["要素 <svg>"]; // DOMPurify refuses the tree as a whole
  }
  if (removed.length === 0) return null;
  return `ロゴのSVGには使えないもの（スクリプト・イベント属性・リンク・外部参照など）が含まれています：${[...new Set(removed)].slice(0, 3).join("、")}`;
}
