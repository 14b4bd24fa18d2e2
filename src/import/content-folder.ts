// Which content file holds which source, and a free name for a new one, so a source is never imported twice by accident.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { isDocumentName } from "../documents/content.ts";
import { citedAs } from "../documents/lookalikes.ts";
import { loadParsers } from "../documents/parsers.ts";
import type { DocumentFields } from "./metadata.ts";

/** The content folder as `content:add` sees it: file names taken, and the source each holds. */
export interface ContentFolderIndex {
  dir: string;
  /** Lower-cased names, since some file systems ignore case. */
  taken: Set<string>;
  /** Source (as in front matter) → file name. */
  bySource: Map<string, string>;
  /** Address a document was downloaded from in the end (`url:`) → file name. */
  byUrl: Map<string, string>;
  /** File name → its title, to say which document a source is already held by. */
  titles: Map<string, string>;
  /** How a document is cited (`citedAs`: title, publisher, date) → file name. */
  citations: Map<string, string>;
}

/**
 * Reads the `source:` line of every document in `dir` (an absent folder is an empty one).
 * Only front matter is read, so a large folder is indexed quickly.
 */
export async function indexContentFolder(dir: string): Promise<ContentFolderIndex> {
  const index: ContentFolderIndex = {
    dir,
    taken: new Set(),
    bySource: new Map(),
    byUrl: new Map(),
    titles: new Map(),
    citations: new Map(),
  };
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return index;
  }
  const { parseYaml } = await loadParsers();
  for (const name of names) {
    index.taken.add(name.toLowerCase());
    if (!isDocumentName(name)) continue;
    const text = await readFile(path.join(dir, name), "utf8").catch(() => "");
    const yaml = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1];
    if (!yaml) continue;
    try {
      const fields = parseYaml(yaml) as {
        source?: unknown;
        title?: unknown;
        url?: unknown;
        publisher?: unknown;
        date?: unknown;
      } | null;
      const source = fields?.source;
      if (typeof source === "string" || typeof source === "number")
        index.bySource.set(String(source).trim(), name);
      if (typeof fields?.url === "string") index.byUrl.set(fields.url.trim(), name);
      if (typeof fields?.title === "string") {
        index.titles.set(name, fields.title.trim());
        const date =
          fields.date instanceof Date ? fields.date.toISOString().slice(0, 10) : fields.date;
        index.citations.set(
          citedAs({
            title: fields.title,
            publisher: typeof fields.publisher === "string" ? fields.publisher : null,
            date: typeof date === "string" || typeof date === "number" ? String(date) : null,
          }),
          name,
        );
      }
    } catch {
      // A file with broken front matter holds no source we could match; content:check reports it.
    }
  }
  return index;
}

/** `slug.md`, or `slug-2.md`, `slug-3.md`… when a different document already has the name. */
export function freeFileName(slug: string, index: ContentFolderIndex): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${slug}.md` : `${slug}-${n}.md`;
    if (!index.taken.has(name.toLowerCase())) return name;
  }
}

/** Records a file written, so later documents in the same run see it. */
export function recordFile(
  index: ContentFolderIndex,
  name: string,
  source: string,
  fields: DocumentFields,
): void {
  index.taken.add(name.toLowerCase());
  index.bySource.set(source, name);
  if (fields.url) index.byUrl.set(fields.url, name);
  index.citations.set(citedAs({ ...fields, title: fields.title ?? "" }), name);
  index.titles.set(name, fields.title ?? "");
}
