// Who counts as one client for the rate limit: the connecting address, or behind a trusted proxy the address it forwards, with IPv6 taken by network.

/**
 * The key the rate limit counts a request under. IPv4 addresses count one by one; an IPv6
 * address counts by its /64 network, since one household or phone is given a whole /64 and can
 * pick any address in it. With `trustProxy`, the last address in `X-Forwarded-For` (the one the
 * proxy in front added) is the client; otherwise that header, which anyone can send, is ignored.
 *
 * @example clientKey("::ffff:203.0.113.9", undefined, false) // "203.0.113.9"
 * @example clientKey("2001:db8:1:2:3:4:5:6", undefined, false) // "2001:db8:1:2::/64"
 */
export function clientKey(
  remoteAddress: string | undefined,
  forwardedFor: string | undefined,
  trustProxy: boolean,
): string {
  const forwarded = trustProxy ? forwardedFor?.split(",").at(-1)?.trim() : undefined;
  const address = (forwarded || remoteAddress || "unknown").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(":")) return address;
  return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
}

/** The eight groups of an IPv6 address, "::" expanded, without a zone ("%eth0"). */
function ipv6Groups(address: string): string[] {
  const [head = "", tail] = address.split("%")[0]?.split("::") ?? [];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros =
    tail === undefined ? [] : Array(Math.max(0, 8 - left.length - right.length)).fill("0");
  return [...left, ...zeros, ...right].map((group) => group.replace(/^0+(?=.)/, ""));
}
