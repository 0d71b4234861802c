import { describe, expect, it } from "vitest";
import { demoInstitutions } from "@/prisma/seed/institutions";
import { contrastProblems, contrastRatio } from "./contrast";

describe("WCAG contrast", () => {
  it("computes the ratios WCAG gives", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrastRatio("#FFFFFF", "#FFFFFF")).toBeCloseTo(1, 5);
    expect(contrastRatio("#777777", "#FFFFFF")).toBeCloseTo(4.48, 2); // the classic just-below-AA grey
  });

  it("passes the three demo themes", () => {
    for (const inst of demoInstitutions) expect(contrastProblems(inst.theme.colors), inst.slug).toEqual([]);
  });

  it("names the pair that falls below 4.5:1", () => {
    const colors = { ...demoInstitutions[0].theme.colors, primary: "#F2B8C6", onPrimary: "#FFFFFF" };
    expect(contrastProblems(colors).map((p) => p.label)).toContain("ボタン文字（onPrimary）とボタン（primary）");
  });
});
