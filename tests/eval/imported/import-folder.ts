// A set's documents written out as web pages, Word files or PDFs and imported as `content:add` would, into a folder of their own.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  type ImportResult,
  importDocument,
  indexContentFolder,
  resolveImportOptions,
} from "../../../src/import/index.ts";
import { asWebPage } from "./as-html.ts";
import { asPdf } from "./as-pdf.ts";
import { asWordFile } from "./as-word.ts";
import { readSourceDocument, type SourceDocument } from "./blocks.ts";

/** The formats a document is written in before it is imported. */
export const formats = {
  "web page": { extension: "html", write: async (doc: SourceDocument) => asWebPage(doc) },
  "Word file": { extension: "docx", write: asWordFile },
  PDF: { extension: "pdf", write: asPdf },
} as const;

export type Format = keyof typeof formats;

/** The markdown documents of the folders given (every `*.md` but a README). */
export function documentFiles(dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
      .sort()
      .map((name) => path.join(dir, name)),
  );
}

/**
 * A new content folder holding `glossary.yml` and `synonyms.yml` from `editorsDir`, and each of
 * `files` written in `format` and imported; `results` says what each import did.
 */
export async function importedFolder(
  files: string[],
  format: Format,
  editorsDir: string,
): Promise<{ contentDir: string; results: ImportResult[] }> {
  const root = mkdtempSync(path.join(os.tmpdir(), "stp-bot-imported-"));
  const contentDir = path.join(root, "content");
  const inbox = path.join(root, "inbox");
  mkdirSync(contentDir);
  mkdirSync(inbox);
  for (const name of ["glossary.yml", "synonyms.yml"])
    copyFileSync(path.join(editorsDir, name), path.join(contentDir, name));
  const { extension, write } = formats[format];
  const options = resolveImportOptions({ contentDir }, {});
  const folder = await indexContentFolder(contentDir);
  const results: ImportResult[] = [];
  for (const file of files) {
    const doc = await readSourceDocument(file);
    const written = path.join(inbox, `${doc.name}.${extension}`);
    writeFileSync(written, await write(doc));
    const result = await importDocument(written, options, folder);
    // Under the markdown's own file name: the engine reads files in name order, and near ties
    // follow that order, so other names alone can move an answer (docs/import-and-reload.md).
    if (result.status === "written")
      renameSync(result.file, path.join(contentDir, `${doc.name}.md`));
    results.push(result);
  }
  return { contentDir, results };
}
