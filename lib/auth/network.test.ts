import { describe, expect, it } from "vitest";
import { ipPrefix } from "./network";

describe("ipPrefix (the risk check's network)", () => {
  it("groups IPv4 by /24, also when written as an IPv4-mapped IPv6 address", () => {
    expect(ipPrefix("192.0.2.17")).toBe("192.0.2.0/24");
    expect(ipPrefix("::ffff:192.0.2.200")).toBe("192.0.2.0/24");
    expect(ipPrefix("192.0.3.17")).not.toBe(ipPrefix("192.0.2.17"));
  });
  it("groups IPv6 by /48 whatever its spelling", () => {
    expect(ipPrefix("2001:db8::1")).toBe("2001:db8:0::/48");
    expect(ipPrefix("2001:0DB8:0000:0005::1")).toBe(ipPrefix("2001:db8::1"));
    expect(ipPrefix("2001:db8:1::1")).not.toBe(ipPrefix("2001:db8::1"));
    expect(ipPrefix("::1")).toBe("0:0:0::/48");
  });
});
