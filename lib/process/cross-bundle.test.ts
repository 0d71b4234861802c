// Two copies of lib/ in one process (the machine bundle's and Next's) share what cross-bundle.ts keeps:
// a second copy of the module, loaded fresh, sees the first copy's values and recognises its errors.
import { describe, expect, it, vi } from "vitest";

async function freshCopy() {
  vi.resetModules();
  return import("./cross-bundle");
}

describe("the process's singletons", () => {
  it("are one per process, whichever copy of lib/ makes them", async () => {
    const first = await freshCopy();
    const second = await freshCopy();
    expect(second).not.toBe(first);
    const made = first.processSingleton("signingKeys", () => new Map([["a", 1]]));
    const make = vi.fn(() => new Map());
    expect(second.processSingleton("signingKeys", make)).toBe(made);
    expect(make).not.toHaveBeenCalled();
  });

  it("brand errors so that another copy's class recognises them", async () => {
    const first = await freshCopy();
    const second = await freshCopy();
    const branded = Object.assign(new Error("x"), { [first.errorBrand("WriteRaced").symbol]: true });
    expect(second.errorBrand("WriteRaced").is(branded)).toBe(true);
    expect(second.errorBrand("ReplayDetected").is(branded)).toBe(false);
  });
});
