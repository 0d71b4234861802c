import { describe, expect, it } from "vitest";
import { svgProblem } from "./safe-svg";

describe("logo SVG", () => {
  it("accepts shapes and text", () => {
    expect(svgProblem('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#fff"/></svg>')).toBeNull();
  });
  it.each([
    '<svg><script>alert(1)</script></svg>',
    '<svg onload="alert(1)"></svg>',
    '<svg><a href="https://evil.example">x</a></svg>',
    '<svg><image href="https://evil.example/x.png"/></svg>',
    '<svg><foreignObject><div>x</div></foreignObject></svg>',
    '<svg><rect style="fill:url(https://evil.example/x)"/></svg>',
    '<div>not svg</div>',
  ])("refuses %s", (svg) => {
    expect(svgProblem(svg)).not.toBeNull();
  });
});
