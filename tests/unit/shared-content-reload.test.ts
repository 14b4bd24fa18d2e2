// The reload log lines every adapter prints: what changed, how many documents and passages, how long it took.
import { describe, expect, it } from "vitest";
import { logReload } from "../../adapters/shared/content-reload.ts";
import type { ReloadReport } from "../../src/reload/index.ts";

function logged(report: ReloadReport): string[] {
  const lines: string[] = [];
  const record = (level: string) => (message: string) => lines.push(`${level} ${message}`);
  logReload(report, { info: record("info"), warn: record("warn"), error: record("error") });
  return lines;
}

const rebuilt = {
  kind: "rebuilt" as const,
  documents: 16,
  passages: 412,
  added: [] as string[],
  removed: [] as string[],
  changed: [] as string[],
  seconds: 0.41,
  warnings: [],
};

describe("logReload", () => {
  it("names a document added", () => {
    expect(logged({ ...rebuilt, added: ["nhs-long-term-plan.md"] })).toEqual([
      "info content: 16 documents (+1 nhs-long-term-plan.md), 412 passages, rebuilt in 0.4 s",
    ]);
  });

  it("names a few documents removed or changed, and counts many", () => {
    const added = Array.from({ length: 50 }, (_, i) => `doc-${i}.md`);
    expect(logged({ ...rebuilt, added, removed: ["old.md"], changed: ["glossary.yml"] })).toEqual([
      "info content: 16 documents (+50 doc-0.md doc-1.md doc-2.md …, -1 old.md, ~1 glossary.yml), 412 passages, rebuilt in 0.4 s",
    ]);
  });

  it("warns about a broken file before the reload line, as at start-up", () => {
    expect(
      logged({
        ...rebuilt,
        warnings: [{ file: "content/bad.md", line: 1, reason: "has no front matter" }],
      }),
    ).toEqual([
      "warn warning: content/bad.md:1: has no front matter",
      "info content: 16 documents, 412 passages, rebuilt in 0.4 s",
    ]);
  });

  it("says the last good index is kept, and why", () => {
    expect(
      logged({
        kind: "kept",
        documents: 16,
        passages: 412,
        reason: "No documents in /srv/content: …",
      }),
    ).toEqual([
      "warn content: kept the last good index (16 documents, 412 passages): No documents in /srv/content: …",
    ]);
  });

  it("reports a failed rebuild as an error that changes nothing", () => {
    expect(logged({ kind: "failed", reason: "EMFILE" })).toEqual([
      "error content: reload failed, still answering from the last good index: EMFILE",
    ]);
  });
});
