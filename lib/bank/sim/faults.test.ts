import { describe, expect, it } from "vitest";
import { isLoopback, NO_FAULTS, updateFaults } from "./faults";

describe("the simulator's faults (POST /__faults)", () => {
  it("changes what the body names and keeps the rest", () => {
    const slow = updateFaults(NO_FAULTS, { latencyMs: 2500 });
    expect(slow).toEqual({ latencyMs: 2500, errorRate: 0, down: false });
    expect(updateFaults(slow!, { down: true, errorRate: 0.5 })).toEqual({ latencyMs: 2500, errorRate: 0.5, down: true });
  });

  it("refuses a value out of range or a field it does not know", () => {
    expect(updateFaults(NO_FAULTS, { errorRate: 1.5 })).toBeNull();
    expect(updateFaults(NO_FAULTS, { latencyMs: -1 })).toBeNull();
    expect(updateFaults(NO_FAULTS, { down: "yes" })).toBeNull();
    expect(updateFaults(NO_FAULTS, { slow: true })).toBeNull();
  });

  it("takes them from loopback only", () => {
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) expect(isLoopback(address)).toBe(true);
    for (const address of ["10.0.0.5", "::ffff:192.0.2.1", undefined]) expect(isLoopback(address)).toBe(false);
  });
});
