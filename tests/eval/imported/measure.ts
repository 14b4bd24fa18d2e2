// Each set's documents written in each format, imported, and asked the set's questions: shared by `npm run eval:imported` and its floor test.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadParsers, parsers } from "../../../src/documents/parsers.ts";
import { plainText } from "../../../src/documents/plain-text.ts";
import { type Engine, loadEngine } from "../../../src/index.ts";
import { type EvalSet, loadSetEngine } from "../sets.ts";
import { compareImported, type ImportedReport } from "./compare.ts";
import { documentFiles, type Format, formats, importedFolder } from "./import-folder.ts";

const contentDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "content",
);

/** One set asked over its documents in one format. */
export interface ImportedResult {
  set: string;
  format: Format;
  report: ImportedReport;
}

/**
 * Measures `sets` in `only` format (every format when null). Sets asked over the same documents
 * share one imported folder; `failures` lists each document an import could not read.
 */
export async function measureImported(
  sets: EvalSet[],
  only: Format | null = null,
): Promise<{ results: ImportedResult[]; failures: string[] }> {
  await loadParsers();
  const markdown = new Map<string, Engine>();
  for (const set of sets) markdown.set(set.name, (await loadSetEngine(set)).engine);
  const byPages = new Map<string | null, EvalSet[]>();
  for (const set of sets) byPages.set(set.pagesDir, [...(byPages.get(set.pagesDir) ?? []), set]);
  const results: ImportedResult[] = [];
  const failures: string[] = [];
  for (const format of Object.keys(formats) as Format[]) {
    if (only && format !== only) continue;
    for (const [pagesDir, group] of byPages) {
      const files = documentFiles(pagesDir ? [contentDir, pagesDir] : [contentDir]);
      const { contentDir: dir, results: imports } = await importedFolder(files, format, contentDir);
      try {
        for (const result of imports)
          if (result.status === "failed")
            failures.push(`${format}: ${result.input}: ${result.error.message}`);
        const imported = await loadEngine({ contentDir: dir, cacheDir: null });
        const texts = new Map(
          imported.documents.map((doc) => [
            doc.title,
            plainText(parsers().markdown.parse(readFileSync(doc.file, "utf8"))),
          ]),
        );
        for (const set of group) {
          const engine = markdown.get(set.name) as Engine;
          const report = compareImported(engine, imported, set.questions, (title) =>
            texts.get(title),
          );
          results.push({ set: set.name, format, report });
        }
      } finally {
        rmSync(path.dirname(dir), { recursive: true, force: true });
      }
    }
  }
  return { results, failures };
}
