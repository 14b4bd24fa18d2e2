// One file or address → one markdown file in the content folder: load, convert, name, check, write.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { citedAs } from "../documents/lookalikes.ts";
import { checkDocument } from "./check-document.ts";
import type { ImportOptions } from "./config.ts";
import { type ContentFolderIndex, freeFileName, recordFile } from "./content-folder.ts";
import { convertDocx } from "./docx.ts";
import { isWebAddress, withoutSecrets } from "./fetch-url.ts";
import { type ConvertedDocument, convertHtml } from "./html.ts";
import { ImportError } from "./import-error.ts";
import { type SourceEntry, sourceName } from "./list-sources.ts";
import { type LoadedSource, loadSource } from "./load-source.ts";
import { firstHeading, treeToMarkdown } from "./markdown-body.ts";
import { contentFileText, writeFileAtomically } from "./markdown-file.ts";
import { chooseFields, type DocumentFields } from "./metadata.ts";
import { convertPdf } from "./pdf.ts";
import { slugify } from "./slug.ts";
import { convertText, readMarkdown } from "./text.ts";

/** What happened to one document. */
export type ImportResult =
  | {
      status: "written";
      /** The file or address as given. */
      input: string;
      /** The content file written. */
      file: string;
      title: string;
      /** Passages the engine made of it. */
      passages: number;
      /** True when it replaced the file this source was imported to before (`--force`). */
      replaced: boolean;
      /**
       * Set when another document came from a file of the same name: the file that holds it. This
       * one's `source:` then carries the folder it came from ("west/plan.html").
       */
      sameNameAs?: { file: string; source: string };
      /** Blocks left out because the engine would drop them as page furniture. */
      removed: number;
      /** What citations of it will say is "not stated": neither it nor the flags gave one. */
      missing: ("publisher" | "date")[];
      /** A date its front matter gives that is no date the bot reads ("24/11/2016"), left out. */
      unreadDate?: string;
      /** Another document cited exactly as this one is (title, publisher, date): its file. */
      citedLike?: string;
    }
  | {
      status: "exists";
      input: string;
      file: string;
      /** The title of the document already holding this source, so a different one shows. */
      title: string | null;
    }
  | { status: "failed"; input: string; error: ImportError };

/**
 * Imports one document into `options.contentDir`. Never throws for a bad document: the result
 * says what went wrong. The same source again (by `source:` in the folder's front matter) only
 * replaces its file with `force`; a different document with the same title gets `-2` added.
 * `entry` is a file or address, or an entry from `listSources` (which names a file found in a
 * folder by its path within it).
 * @example await importDocument("plan.pdf", resolveImportOptions(), await indexContentFolder("content"))
 */
export async function importDocument(
  entry: SourceEntry | string,
  options: ImportOptions,
  folder: ContentFolderIndex,
): Promise<ImportResult> {
  const { input: given, source } =
    typeof entry === "string" ? { input: entry, source: sourceName(entry) } : entry;
  // What is said about it: an address without its password or token.
  const input = withoutSecrets(given);
  try {
    return { ...(await importOrThrow({ input: given, source }, options, folder)), input };
  } catch (error) {
    if (error instanceof ImportError) return { status: "failed", input, error };
    // Anything else is a fault in a library or here: still one line about this document.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      status: "failed",
      input,
      error: new ImportError(
        "UNREADABLE",
        `could not be imported (${reason}): please report this with the file`,
      ),
    };
  }
}

async function importOrThrow(
  entry: SourceEntry,
  options: ImportOptions,
  folder: ContentFolderIndex,
): Promise<ImportResult> {
  const { input } = entry;
  const loaded = await loadSource(entry, options);
  // Known before converting (except for markdown, which may name its own source): a large PDF
  // already imported from a folder is not read again only to be skipped.
  const known = folder.bySource.has(loaded.source) && !options.force;
  if (loaded.kind !== "markdown" && known && (entry.inFolder || isWebAddress(input))) {
    return existsResult(input, folder.bySource.get(loaded.source), folder);
  }
  // An address that ends where a document added before was downloaded from (it redirects there,
  // or that document came by a redirect) is that document.
  const sameAddress = loaded.url ? folder.byUrl.get(loaded.url) : undefined;
  if (sameAddress !== undefined && !options.force) return existsResult(input, sameAddress, folder);
  const converted = await convert(loaded, options);
  const { fields, body } = converted;
  let { source } = converted;
  let existing = folder.bySource.get(source);
  let sameNameAs: { file: string; source: string } | undefined;
  if (existing && !options.force) {
    // A file given on its own is known by its name alone: board papers are all "minutes.pdf".
    // Another title means another document, kept apart by the folder it came from.
    const held = folder.titles.get(existing);
    const other =
      !entry.inFolder &&
      !isWebAddress(input) &&
      held !== undefined &&
      fields.title !== null &&
      normalTitle(held) !== normalTitle(fields.title);
    // The same text under a title given this time (`--title`) is the same document.
    if (!other || (await sameBody(path.join(folder.dir, existing), fields, source, body)))
      return existsResult(input, existing, folder);
    sameNameAs = { file: path.join(folder.dir, existing), source };
    source = distinctSource(input, fields.title ?? "", folder);
    existing = folder.bySource.get(source);
    if (existing) return existsResult(input, existing, folder);
  }
  let name = existing ?? freeFileName(slugify(fields.title ?? ""), folder);
  let file = path.join(folder.dir, name);
  const check = await checkDocument(file, contentFileText(fields, source, body));
  if (check.warnings.length > 0 || check.passages === 0) {
    const reason = check.warnings[0]?.reason ?? "has no paragraphs the bot could quote";
    throw new ImportError("NO_TEXT", `converted, but the result ${reason}: nothing was written`);
  }
  // A new document never overwrites a file: another content:add running at the same moment may
  // have taken the name since the folder was read, and then the next free name is used.
  for (;;) {
    try {
      await writeFileAtomically(file, check.text, { replace: existing !== undefined });
      break;
    } catch (error) {
      if (existing !== undefined || (error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      folder.taken.add(name.toLowerCase());
      name = freeFileName(slugify(fields.title ?? ""), folder);
      file = path.join(folder.dir, name);
    }
  }
  // Another document a reader could not tell this one from in a citation: content:check flags it.
  const lookalike = folder.citations.get(citedAs({ ...fields, title: fields.title ?? "" }));
  recordFile(folder, name, source, fields);
  return {
    status: "written",
    input,
    file,
    title: fields.title ?? "",
    passages: check.passages,
    replaced: existing !== undefined,
    ...(sameNameAs ? { sameNameAs } : {}),
    removed: check.removed,
    missing: (["publisher", "date"] as const).filter((field) => !fields[field]),
    ...(converted.unreadDate && !fields.date ? { unreadDate: converted.unreadDate } : {}),
    ...(lookalike !== undefined && lookalike !== name
      ? { citedLike: path.join(folder.dir, lookalike) }
      : {}),
  };
}

/** The document's fields (the command's flags winning), its `source:` and its markdown body. */
async function convert(
  loaded: LoadedSource,
  options: ImportOptions,
): Promise<{ fields: DocumentFields; source: string; body: string; unreadDate?: string | null }> {
  if (loaded.kind === "markdown") {
    const markdown = await readMarkdown(loaded.bytes);
    const fields = withTitle(chooseFields(markdown.fields, options, markdown.firstHeading));
    // Downloaded, it came from the address, whatever its own front matter says; a file on disk
    // keeps the source it names (a document copied from another bot's content).
    const { body, unreadDate } = markdown;
    if (loaded.url) {
      fields.url = loaded.url;
      return { fields, source: loaded.source, body, unreadDate };
    }
    return { fields, source: markdown.source ?? loaded.source, body, unreadDate };
  }
  const converted = await convertByKind(loaded);
  const fields = withTitle(chooseFields(converted.fields, options, firstHeading(converted.tree)));
  if (loaded.url) fields.url = loaded.url;
  const body = await treeToMarkdown(converted.tree, fields.title as string);
  return { fields, source: loaded.source, body };
}

function convertByKind(loaded: LoadedSource): Promise<ConvertedDocument> | ConvertedDocument {
  switch (loaded.kind) {
    case "pdf":
      return convertPdf(loaded.bytes);
    case "docx":
      return convertDocx(loaded.bytes);
    case "html":
      return convertHtml(loaded.bytes, { charset: loaded.charset });
    default:
      return convertText(loaded.bytes);
  }
}

function withTitle(fields: DocumentFields): DocumentFields {
  if (fields.title) return fields;
  throw new ImportError(
    "NO_TITLE",
    'no title found (none in its properties and no heading): give one with --title "…"',
  );
}

/** The result for a source already in the folder: which file holds it, under what title. */
function existsResult(
  input: string,
  name: string | undefined,
  folder: ContentFolderIndex,
): ImportResult {
  name ??= "";
  return {
    status: "exists",
    input,
    file: path.join(folder.dir, name),
    title: folder.titles.get(name) ?? null,
  };
}

/**
 * True when `file` holds the text `body` would be written as, whatever title either has: the
 * same document, named again with `--title`. Both go through `checkDocument`, which may take out
 * furniture, and headings (the `# Title` line, and a title of its own kept as a heading) are left out.
 */
async function sameBody(
  file: string,
  fields: DocumentFields,
  source: string,
  body: string,
): Promise<boolean> {
  const held = await readFile(file, "utf8").catch(() => null);
  if (held === null) return false;
  const written = (await checkDocument(file, contentFileText(fields, source, body))).text;
  // The text without headings: the title given may also stand as a heading of its own.
  const text = (markdown: string) =>
    markdown
      .replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, "")
      .split("\n")
      .filter((line) => !line.startsWith("#"))
      .join("\n")
      .replace(/\n{2,}/g, "\n\n")
      .trim();
  return text(held) === text(written);
}

function normalTitle(title: string): string {
  return title.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * A source for a file whose name another document's source already is: the name with as many of
 * the folders above it as make it one no other document has ("west/plan.html", then
 * "docs/west/…"). One held by a document of the same title is this document, added before.
 */
function distinctSource(input: string, title: string, folder: ContentFolderIndex): string {
  const parts = path.resolve(input).split(path.sep).filter(Boolean);
  for (let n = 2; n <= parts.length; n++) {
    const source = parts.slice(-n).join("/");
    const held = folder.bySource.get(source);
    if (!held || normalTitle(folder.titles.get(held) ?? "") === normalTitle(title)) return source;
  }
  return parts.join("/");
}
