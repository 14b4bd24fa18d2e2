// The command line's files, folders and addresses → the documents to import, a folder standing for every file in it that content:add reads.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { isWebAddress, withoutSecrets } from "./fetch-url.ts";
import { kindOfName } from "./sniff.ts";

/** One document to import: where to read it, and what its front matter's `source:` says. */
export interface SourceEntry {
  input: string;
  /**
   * The file's name, or for a file found in a folder its path within that folder
   * ("2017-02/minutes.pdf"), so board papers with the same name in different months stay apart;
   * an address as given.
   */
  source: string;
  /**
   * True for a file found in a folder: its source is its path there, so a source already in the
   * content folder is the same file again. A file given on its own is named by its file name
   * alone, which another document may share ("minutes.pdf").
   */
  inFolder?: boolean;
}

/** What to import, and what was passed over. */
export interface SourceList {
  /** Files and addresses, in the order given; a folder's files sorted by path. */
  sources: SourceEntry[];
  /** Files in the folders given that content:add does not read, by extension (".xlsx" → 3). */
  skipped: Map<string, number>;
  /** Folders given that hold nothing content:add reads. */
  emptyFolders: string[];
}

/**
 * Expands folders (and their subfolders) into the files `content:add` reads, skipping hidden
 * files. Files and addresses pass through unchecked: reading them reports their problems.
 */
export async function listSources(inputs: string[]): Promise<SourceList> {
  const list: SourceList = { sources: [], skipped: new Map(), emptyFolders: [] };
  for (const input of inputs) {
    if (isWebAddress(input) || !(await isFolder(input))) {
      list.sources.push({ input, source: sourceName(input) });
      continue;
    }
    const files = await filesIn(input);
    const readable = files.filter((file) => kindOfName(file) !== null);
    for (const file of files) {
      if (kindOfName(file)) continue;
      const extension = path.extname(file).toLowerCase() || "(no extension)";
      list.skipped.set(extension, (list.skipped.get(extension) ?? 0) + 1);
    }
    if (readable.length === 0) list.emptyFolders.push(input);
    for (const file of readable) {
      list.sources.push({
        input: file,
        source: path.relative(input, file).split(path.sep).join("/"),
        inFolder: true,
      });
    }
  }
  return list;
}

/** What `source:` says for a file or address given on its own: its name, or the address. */
export function sourceName(input: string): string {
  return isWebAddress(input) ? withoutSecrets(input) : path.basename(input);
}

async function isFolder(input: string): Promise<boolean> {
  try {
    return (await stat(input)).isDirectory();
  } catch {
    return false;
  }
}

/** Every file under `dir`, hidden files and folders left out, sorted by path. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter(
      (entry) =>
        entry.isFile() && !isHidden(path.relative(dir, path.join(entry.parentPath, entry.name))),
    )
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort((a, b) => a.localeCompare(b));
}

function isHidden(relative: string): boolean {
  return relative.split(path.sep).some((part) => part.startsWith("."));
}
