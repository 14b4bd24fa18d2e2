import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../../adapters/shared/rate-limit.ts";

function clock(start = 0) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

describe("createRateLimiter", () => {
  it("allows the limit within a minute and refuses the next, saying when to retry", () => {
    const c = clock();
    const limiter = createRateLimiter({ limit: 2, now: c.now });
    expect(limiter.take("ann")).toEqual({ allowed: true });
    c.advance(10_000);
    expect(limiter.take("ann")).toEqual({ allowed: true });
    c.advance(5_000);
    expect(limiter.take("ann")).toEqual({
      allowed: false,
      retryAfterMs: 45_000,
      firstRefusal: true,
    });
  });

  it("counts each person separately", () => {
    const limiter = createRateLimiter({ limit: 1, now: clock().now });
    expect(limiter.take("ann").allowed).toBe(true);
    expect(limiter.take("bob").allowed).toBe(true);
    expect(limiter.take("ann").allowed).toBe(false);
  });

  it("slides: a question leaves the window a minute after it was asked", () => {
    const c = clock();
    const limiter = createRateLimiter({ limit: 2, now: c.now });
    limiter.take("ann");
    c.advance(30_000);
    limiter.take("ann");
    c.advance(29_999);
    expect(limiter.take("ann").allowed).toBe(false);
    c.advance(1);
    expect(limiter.take("ann").allowed).toBe(true);
    expect(limiter.take("ann").allowed).toBe(false);
  });

  it("marks only the first refusal of a burst, so chat replies can say it once", () => {
    const c = clock();
    const limiter = createRateLimiter({ limit: 1, now: c.now });
    limiter.take("ann");
    expect(limiter.take("ann")).toMatchObject({ allowed: false, firstRefusal: true });
    expect(limiter.take("ann")).toMatchObject({ allowed: false, firstRefusal: false });
    c.advance(60_000);
    expect(limiter.take("ann").allowed).toBe(true);
    expect(limiter.take("ann")).toMatchObject({ allowed: false, firstRefusal: true });
  });

  it("does not count refused questions against the window", () => {
    const c = clock();
    const limiter = createRateLimiter({ limit: 1, now: c.now });
    limiter.take("ann");
    c.advance(50_000);
    limiter.take("ann");
    c.advance(10_000);
    expect(limiter.take("ann").allowed).toBe(true);
  });

  it("allows everything when the limit is 0", () => {
    const limiter = createRateLimiter({ limit: 0 });
    for (let i = 0; i < 100; i++) expect(limiter.take("ann").allowed).toBe(true);
  });

  it("takes a custom window", () => {
    const c = clock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: c.now });
    limiter.take("ann");
    c.advance(1000);
    expect(limiter.take("ann").allowed).toBe(true);
  });

  it("keeps counting correctly across its periodic sweep of idle users", () => {
    const c = clock();
    const limiter = createRateLimiter({ limit: 1, now: c.now });
    limiter.take("ann");
    for (let i = 0; i < 1500; i++) limiter.take(`user-${i}`);
    expect(limiter.take("ann").allowed).toBe(false);
    c.advance(60_000);
    for (let i = 0; i < 1500; i++) limiter.take(`user-${i}`);
    expect(limiter.take("ann").allowed).toBe(true);
  });

  it("remembers at most maxKeys clients, forgetting idle ones first", () => {
    const c = clock();
    const limiter = createRateLimiter({ limit: 1, now: c.now, maxKeys: 2 });
    limiter.take("ann");
    c.advance(60_001);
    limiter.take("bob");
    // Ann is idle, so she is the one forgotten; Bob is still refused.
    limiter.take("cy");
    expect(limiter.take("bob").allowed).toBe(false);
    expect(limiter.take("ann").allowed).toBe(true);
  });
});
