// The token, introspection and revocation endpoints never call the bank's systems, so they keep answering while the
// bank is down (docs/connecting-your-bank.md, "When the bank's side fails"): nothing their work imports reaches
// lib/bank/ — neither the seams nor the transport. The consent flow, which does call the bank, is the control.
import ts from "typescript";
import { cruise } from "dependency-cruiser";
import { describe, expect, it } from "vitest";

async function reachable(entries: string[]): Promise<string[]> {
  const tsConfig = ts.readConfigFile("tsconfig.json", ts.sys.readFile).config;
  const result = await cruise(entries, { doNotFollow: { path: "node_modules" }, tsPreCompilationDeps: true, tsConfig: { fileName: "tsconfig.json" } }, undefined, { tsConfig });
  const output = result.output as { modules: { source: string }[] };
  return output.modules.map((m) => m.source);
}

describe("the endpoints that never call the bank", () => {
  it("reach nothing of lib/bank/ from token, introspection or revocation", { timeout: 60_000 }, async () => {
    const modules = await reachable(["lib/oauth/token/issue-token.ts", "lib/oauth/token/introspect-token.ts", "lib/oauth/token/revoke-token.ts"]);
    expect(modules).toContain("lib/oauth/token/refresh-grant.ts");
    expect(modules.filter((m) => m.startsWith("lib/bank/"))).toEqual([]);
  });

  it("while the consent flow does reach the seams (the check can see them)", { timeout: 60_000 }, async () => {
    expect(await reachable(["lib/consent/finish-interaction.ts"])).toContain("lib/bank/bank-for.ts");
  });
});
