// clientKey: who counts as one client for the web rate limit.
import { describe, expect, it } from "vitest";
import { clientKey } from "../../adapters/web/client-address.ts";

describe("clientKey", () => {
  it("counts an IPv4 address as itself, mapped or not", () => {
    expect(clientKey("203.0.113.9", undefined, false)).toBe("203.0.113.9");
    expect(clientKey("::ffff:203.0.113.9", undefined, false)).toBe("203.0.113.9");
  });

  it("counts IPv6 addresses by their /64 network, which one household or phone can roam", () => {
    expect(clientKey("2001:db8:1:2:3:4:5:6", undefined, false)).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:0db8:0001:0002::9", undefined, false)).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8::1", undefined, false)).toBe("2001:db8:0:0::/64");
    expect(clientKey("::1", undefined, false)).toBe("0:0:0:0::/64");
  });

  it("ignores X-Forwarded-For unless told to trust the proxy, then takes the address it added", () => {
    expect(clientKey("10.0.0.2", "198.51.100.7", false)).toBe("10.0.0.2");
    expect(clientKey("10.0.0.2", "1.2.3.4, 198.51.100.7", true)).toBe("198.51.100.7");
    expect(clientKey("10.0.0.2", undefined, true)).toBe("10.0.0.2");
  });
});
