// The public surfaces of importing (src/import/) and live reload (src/reload/): what adapters and tools may use, pinned.
import { describe, expect, it } from "vitest";
import * as importing from "../../src/import/index.ts";
import * as reloading from "../../src/reload/index.ts";

describe("the import and reload surfaces", () => {
  it("src/import exports exactly these names", () => {
    expect(Object.keys(importing).sort()).toEqual([
      "ImportError",
      "defaultFetchTimeoutSeconds",
      "defaultMaxMegabytes",
      "freeFileName",
      "hasScheme",
      "importDocument",
      "indexContentFolder",
      "isImportError",
      "isWebAddress",
      "listSources",
      "recordFile",
      "removePendingFiles",
      "resolveImportOptions",
      "sourceName",
      "withoutSecrets",
    ]);
  });

  it("src/reload exports exactly these names", () => {
    expect(Object.keys(reloading).sort()).toEqual([
      "createLiveEngine",
      "rebuildEngine",
      "watchContent",
    ]);
  });

  it("reads CONTENT_MAX_MB and CONTENT_FETCH_TIMEOUT, with 50 MB and 20 s by default", () => {
    expect(importing.resolveImportOptions({}, {})).toMatchObject({
      maxBytes: 50 * 2 ** 20,
      fetchTimeoutMs: 20_000,
    });
    expect(
      importing.resolveImportOptions({}, { CONTENT_MAX_MB: "100", CONTENT_FETCH_TIMEOUT: "2.5" }),
    ).toMatchObject({ maxBytes: 100 * 2 ** 20, fetchTimeoutMs: 2500 });
    expect(() => importing.resolveImportOptions({}, { CONTENT_FETCH_TIMEOUT: "0" })).toThrow(
      'CONTENT_FETCH_TIMEOUT is "0", not a positive number. Set it to a number such as 20, or unset it for the default (20).',
    );
  });
});
