// Every institution page's <title> names the institution, in one format (lib/institutions/page-title.ts):
// the guide, 連携先一覧, 連携サービスの確認・停止, 利用規定, the ended and not-found pages and the
// authorization endpoint's refusal. (The consent steps are walked in a browser: e2e/phone-layout.spec.ts.)
import { describe, expect, inject, it } from "vitest";

const INSTITUTIONS = { sakura: "さくら信用金庫", minato: "みなと信用金庫", kita: "きた信用組合" };
/** The page's one <title>; a page with none or several fails here, whatever their words. */
const title = (html: string) => {
  const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((t) => t[1]);
  expect(titles, "one <title>").toHaveLength(1);
  return titles[0]!;
};

describe("page titles", () => {
  it.each(Object.entries(INSTITUTIONS))("%s: every page names the institution, as 「…｜%s」", async (slug, name) => {
    const pages: [string, string][] = [
      [`/${slug}`, "のご案内"],
      [`/${slug}/partners`, "連携先一覧"],
      [`/${slug}/links`, "連携サービスの確認・停止"],
      [`/${slug}/terms`, "利用規定"],
      [`/${slug}/authorize/${"x".repeat(43)}`, "お手続きの状況"],
      [`/${slug}/no-such-page`, "ページが見つかりません"],
      [`/${slug}/oauth/authorize?client_id=nobody&request_uri=urn:ietf:params:oauth:request_uri:none`, "お手続きを開始できません"],
    ];
    for (const [path, page] of pages) {
      const html = await (await fetch(`${inject("baseUrl")}${path}`)).text();
      expect(title(html), path).toContain(page);
      expect(title(html), path).toMatch(new RegExp(`｜${name}$`));
    }
  });

  it("names Renkei on the portal's own pages, in the same format", async () => {
    for (const [path, page] of [["/docs", "API ドキュメント"], ["/demo", "デモアグリゲーター"], ["/no-such-page", "ページが見つかりません"], ["/console/no-such-page", "ページが見つかりません"]]) {
      expect(title(await (await fetch(`${inject("baseUrl")}${path}`)).text()), path).toBe(`${page}｜Renkei`);
    }
  });
});
