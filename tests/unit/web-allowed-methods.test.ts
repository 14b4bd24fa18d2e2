import { describe, expect, it } from "vitest";
import { allowedMethods } from "../../adapters/web/allowed-methods.ts";

const routes = [
  { method: "ALL", path: "*" },
  { method: "GET", path: "/" },
  { method: "GET", path: "/api/ask" },
  { method: "POST", path: "/api/ask" },
  { method: "GET", path: "/static/:name" },
];

describe("allowedMethods", () => {
  it("lists the methods an address takes, HEAD with GET, leaving middleware out", () => {
    expect(allowedMethods(routes, "/api/ask")).toEqual(["GET", "HEAD", "POST"]);
    expect(allowedMethods(routes, "/")).toEqual(["GET", "HEAD"]);
  });

  it("matches a named part as one path segment, and nothing for an unknown address", () => {
    expect(allowedMethods(routes, "/static/app.1234.js")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods(routes, "/static/a/b")).toEqual([]);
    expect(allowedMethods(routes, "/nope")).toEqual([]);
  });
});
