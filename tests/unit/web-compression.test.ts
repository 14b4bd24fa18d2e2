// Which coding a browser is sent, and a page compressed once however often it is sent.
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptedCoding, packText } from "../../adapters/web/compression.ts";

describe("acceptedCoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip, deflate", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=0.5, br;q=0", "gzip"],
    ["*", "br"],
    ["identity", null],
    ["deflate", null],
    ["", null],
    [undefined, null],
  ])("reads Accept-Encoding %j as %j", (header, coding) => {
    expect(acceptedCoding(header)).toBe(coding);
  });
});

describe("packText", () => {
  it("compresses a page once for each coding, and it comes back as written", () => {
    const text = `<p>${"How many STP areas are there? ".repeat(200)}</p>`;
    const packed = packText(text);
    expect(packed.text).toBe(text);
    const br = packed.bytes("br");
    expect(packed.bytes("br")).toBe(br);
    expect(brotliDecompressSync(br).toString()).toBe(text);
    expect(gunzipSync(packed.bytes("gzip")).toString()).toBe(text);
    expect(br.length).toBeLessThan(text.length / 10);
  });
});
