// The one format of every page's <title>: the page, then whose site it is — the institution on its own
// pages, so that the tab of a password page names the bank (「ログイン｜さくら信用金庫」), and Renkei
// on the portal's own pages (「API ドキュメント｜Renkei」). pageTitle("%s", owner) is the Next.js
// metadata template of a layout (app/layout.tsx, app/[institution]/layout.tsx).
export function pageTitle(page: string, owner: string): string {
  return `${page}｜${owner}`;
}
