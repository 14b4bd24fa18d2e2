// content/*.md + front matter → remark trees with validated metadata; a bad file is warned about and skipped.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Root } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { ContentError } from "../errors.ts";
import type { ContentWarning, DocumentMeta } from "../types.ts";
import { parsers } from "./parsers.ts";

/** A content file's bytes, read once and used for both the snapshot key and parsing. */
export interface ContentFile {
  name: string;
  path: string;
  bytes: Buffer;
  /** Why the file could not be read (a link to nothing, a folder, no permission): it is skipped with this warning. */
  problem?: string;
}

/** A document that parsed and passed validation. */
export interface ParsedDocument {
  meta: DocumentMeta;
  tree: Root;
}

/** The glossary's file name inside the content folder. */
export const glossaryFileName = "glossary.yml";

/** Data files read alongside the documents. */
const dataFileNames = new Set([glossaryFileName, "synonyms.yml"]);

/** Files in the content folder that are not documents. */
const notDocuments = new Set(["readme.md"]);

const knownKeys = new Set(["title", "publisher", "date", "source", "url"]);

/**
 * Reads every `*.md` document (and the glossary, if any) in `dir`, sorted by name.
 * Throws ContentError when the folder is missing or holds no documents.
 */
export async function readContentFiles(dir: string): Promise<ContentFile[]> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error(), { code: "ENOTDIR" });
    names = await readdir(dir);
  } catch (error) {
    throw new ContentError("CONTENT_DIR_MISSING", dir, contentFolderProblem(dir, error));
  }
  const wanted = names
    .filter((name) => dataFileNames.has(name) || isDocumentName(name))
    .sort((a, b) => a.localeCompare(b));
  if (!wanted.some(isDocumentName)) {
    throw new ContentError(
      "NO_DOCUMENTS",
      dir,
      `No documents in ${dir}: add markdown files (*.md) with front matter, as content/README.md describes.`,
    );
  }
  return Promise.all(
    wanted.map(async (name) => {
      const file = path.join(dir, name);
      try {
        return { name, path: file, bytes: await readFile(file) };
      } catch (error) {
        // One file that cannot be read is skipped with a warning; the others still answer.
        return { name, path: file, bytes: Buffer.alloc(0), problem: unreadableFile(error) };
      }
    }),
  );
}

/** Why a listed file could not be read, in words for whoever keeps the folder. */
function unreadableFile(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "could not be read: it is a link to a file that is not there";
  if (code === "EISDIR") return "is a folder, not a document: rename it or move it out";
  if (code === "EACCES" || code === "EPERM")
    return "could not be read by this user: give it read permission";
  return `could not be read (${code ?? String(error)})`;
}

/** The formats `npm run content:add` turns into markdown documents. */
const importable = /\.(pdf|docx|html?|txt)$/i;

/**
 * What in `dir` the bot does not read though someone may expect it to: a subfolder, a PDF or
 * Word file dropped in beside the markdown, a misnamed glossary. Hidden files, editors' backups
 * (`plan.md~`) and the folder's README are left alone. Each says what to do instead.
 * @example await unreadEntries("content") // [{ file: "content/plan.pdf", line: null, reason: "is not read…" }]
 */
export async function unreadEntries(dir: string): Promise<ContentWarning[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const warnings: ContentWarning[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const { name } = entry;
    if (name.startsWith(".") || name.endsWith("~") || dataFileNames.has(name)) continue;
    if (isDocumentName(name) || notDocuments.has(name.toLowerCase())) continue;
    const file = path.join(dir, name);
    const reason = entry.isDirectory()
      ? `is a folder, and the bot reads only the .md files directly in ${dir}: move its documents up, or add its PDFs, Word files and pages with npm run content:add -- "${file}"`
      : importable.test(name)
        ? `is not read, as only markdown (.md) documents are: add it with npm run content:add -- "${file}", which writes it as one, then remove this copy`
        : /\.ya?ml$/i.test(name)
          ? `is not read: the bot reads only ${glossaryFileName} and synonyms.yml from this folder (check the name)`
          : "is not read, as only markdown (.md) documents are: content:add reads PDF, Word, web pages and text";
    warnings.push({ file, line: null, reason });
  }
  return warnings;
}

/** What is wrong with a content folder that cannot be listed: missing, a file, or unreadable. */
function contentFolderProblem(dir: string, error: unknown): string {
  const set = "Set CONTENT_DIR (or --content) to a folder of markdown documents.";
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOTDIR":
      return `Content folder ${dir} is a file, not a folder. ${set}`;
    case "EACCES":
    case "EPERM":
      return `Content folder ${dir} cannot be read by this user. Give it read permission, or ${set.slice(0, 1).toLowerCase()}${set.slice(1)}`;
    default:
      return `Content folder not found: ${dir}. ${set}`;
  }
}

/** True for a markdown document, false for the glossary and the folder's README. */
export function isDocumentName(name: string): boolean {
  // Hidden files are an editor's, not the editors': Emacs keeps ".#plan.md" beside unsaved work.
  return (
    name.toLowerCase().endsWith(".md") &&
    !name.startsWith(".") &&
    !notDocuments.has(name.toLowerCase())
  );
}

/**
 * A hash of every file's path and bytes: any change to the content changes it. The path counts
 * because warnings and citations name files, so a copy of a folder needs its own snapshot.
 */
export function fingerprintContent(files: ContentFile[], salt: string): string {
  const hash = createHash("sha256").update(salt);
  for (const file of files)
    hash.update(`\0${file.path}\0${file.problem ?? ""}\0`).update(file.bytes);
  return hash.digest("hex").slice(0, 32);
}

/** Decodes UTF-8 strictly, so a mis-encoded file is reported instead of quoted as mojibake. */
export function decodeText(file: ContentFile): string | ContentWarning {
  if (file.problem) return warn(file, null, file.problem);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
    if (text.includes("\0")) return warn(file, null, "is binary, not text: save it as markdown");
    return text.replace(/^\uFEFF/, "");
  } catch {
    return warn(file, null, "is not valid UTF-8 text: save it as UTF-8");
  }
}

/**
 * Parses one document: remark tree plus front matter checked against what citations need.
 * Returns the document (with any non-fatal warnings) or the warnings that made it unusable.
 */
export function parseDocument(file: ContentFile): {
  document: ParsedDocument | null;
  warnings: ContentWarning[];
} {
  const text = decodeText(file);
  if (typeof text !== "string") return { document: null, warnings: [text] };
  const { markdown, parseYaml, isYamlError } = parsers();
  const tree = markdown.parse(text);
  const yamlNode = tree.children[0]?.type === "yaml" ? tree.children[0] : null;
  if (!yamlNode) return { document: null, warnings: [withoutFrontMatter(file, text)] };
  let data: unknown;
  try {
    data = parseYaml(yamlNode.value);
  } catch (error) {
    const line = isYamlError(error) ? (error.linePos?.[0]?.line ?? 0) + 1 : 1;
    // The parser counts lines inside the front matter; the warning's place counts them in the file.
    const reason = (error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error))
      .replace(/ at line \d+, column \d+:?$/, "")
      .replace(/:$/, "");
    const hint = frontMatterHint(yamlNode.value.split("\n")[line - 2] ?? "");
    return {
      document: null,
      warnings: [warn(file, line, `has invalid front matter: ${reason}${hint}`)],
    };
  }
  const { meta, warnings } = validateFrontMatter(file, data, yamlNode.value);
  if (!meta) return { document: null, warnings };
  const body = { ...tree, children: tree.children.filter((node) => node.type !== "yaml") };
  if (!mdastToString(body).trim()) {
    return {
      document: null,
      warnings: [...warnings, warn(file, null, "has no text after its front matter")],
    };
  }
  return { document: { meta, tree: body }, warnings };
}

/** Why a file has no front matter the parser found: empty, never closed, or none at all. */
function withoutFrontMatter(file: ContentFile, text: string): ContentWarning {
  if (!text.trim()) return warn(file, null, "is empty: write the document in it, or remove it");
  // An opening --- with no closing one is front matter begun and never ended, not none at all.
  if (/^---[ \t]*\r?\n/.test(text))
    return warn(
      file,
      1,
      "has front matter that is never closed: add a line of --- after its last key: value line",
    );
  return warn(file, 1, "has no front matter: start the file with ---, a title: line, and ---");
}

/**
 * What to do about the two mistakes people make most in front matter, which the YAML parser
 * names in its own terms ("Nested mappings are not allowed in compact mappings"): a value with
 * ": " in it, unquoted, and a tab at the start of a line.
 */
function frontMatterHint(line: string): string {
  const key = /^\s*([\w-]+):/.exec(line)?.[1];
  if (key && /^\s*[\w-]+:\s*[^\s"'][^#]*:\s/.test(line))
    return `; the ${key}: value has a colon in it, so put the value in double quotes (${key}: "${line.slice(line.indexOf(":") + 1).trim()}")`;
  if (/^\t/.test(line)) return "; take out the tab at the start of the line";
  return "";
}

function validateFrontMatter(
  file: ContentFile,
  data: unknown,
  yaml: string,
): { meta: DocumentMeta | null; warnings: ContentWarning[] } {
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    return {
      meta: null,
      warnings: [warn(file, 2, "front matter must be key: value lines (title: …)")],
    };
  }
  // Front matter starts on the file's second line, after the opening ---.
  const lines = yaml.split("\n");
  const lineOf = (key: string) => {
    const index = lines.findIndex((line) => line.startsWith(`${key}:`));
    return index >= 0 ? index + 2 : 2;
  };
  const fields = data as Record<string, unknown>;
  const warnings: ContentWarning[] = [];
  const title = optionalString(fields.title)?.replace(/\s+/g, " ") ?? null;
  if (!title) {
    return {
      meta: null,
      warnings: [warn(file, 2, "has no title: add a title: line to its front matter")],
    };
  }
  for (const key of Object.keys(fields)) {
    if (knownKeys.has(key)) continue;
    const known = [...knownKeys].join(", ");
    warnings.push(
      warn(file, lineOf(key), `has an unknown front matter key "${key}" (known: ${known})`),
    );
  }
  const date =
    fields.date instanceof Date
      ? fields.date.toISOString().slice(0, 10)
      : optionalString(fields.date);
  const validDate = date !== null && isIsoDate(date);
  if (date && !validDate) {
    warnings.push(
      warn(
        file,
        lineOf("date"),
        `has a date "${date}" that is not a real ISO date (YYYY-MM-DD): it is left out`,
      ),
    );
  }
  const source = optionalString(fields.source);
  if (!source) {
    warnings.push(
      warn(
        file,
        2,
        "has no source: line; add the original page's file name or address so readers can trace it",
      ),
    );
  }
  const meta: DocumentMeta = {
    id: file.name.replace(/\.md$/i, ""),
    title,
    publisher: optionalString(fields.publisher),
    date: validDate ? date : null,
    source: source ?? file.name,
    url: optionalString(fields.url),
    file: file.path,
  };
  return { meta, warnings };
}

/** "2016", "2016-10" or "2016-10-06", and a day that exists: not "2016-13-45" or "2016-02-30". */
function isIsoDate(date: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return false;
  const [, year, month = "01", day = "01"] = match;
  const parsed = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return parsed.getUTCMonth() === Number(month) - 1 && parsed.getUTCDate() === Number(day);
}

function optionalString(value: unknown): string | null {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function warn(file: ContentFile, line: number | null, reason: string): ContentWarning {
  return { file: file.path, line, reason };
}
