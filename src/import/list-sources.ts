// The command line's files, folders and addresses → the documents to import, a folder standing for every file in it that content:add reads.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { isWebAddress } from "./fetch-url.ts";
import { kindOfName } from "./sniff.ts";

/** What to import, and what was passed over. */
export interface SourceList {
  /** Files and addresses, in the order given; a folder's files sorted by path. */
  sources: string[];
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
      list.sources.push(input);
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
    list.sources.push(...readable);
  }
  return list;
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
