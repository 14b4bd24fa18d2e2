// A content file's text (front matter + body) and its atomic write: a temporary name, then a rename, so no reader sees half a document.
import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { link, mkdir, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DocumentFields } from "./metadata.ts";

/**
 * Front matter in the form content/README.md describes, then the body. Strings are written
 * double-quoted (JSON's quoting is valid YAML), the date bare; unknown fields are left out.
 * @example contentFileText({ title: "Plan", publisher: null, date: "2017-01-02", url: null }, "plan.pdf", "# Plan\n")
 */
export function contentFileText(fields: DocumentFields, source: string, body: string): string {
  const lines = ["---", `title: ${JSON.stringify(fields.title ?? "")}`];
  if (fields.publisher) lines.push(`publisher: ${JSON.stringify(fields.publisher)}`);
  if (fields.date) lines.push(`date: ${fields.date}`);
  lines.push(`source: ${JSON.stringify(source)}`);
  if (fields.url) lines.push(`url: ${JSON.stringify(fields.url)}`);
  lines.push("---", "", body.trim(), "");
  return lines.join("\n");
}

/** Temporary files being written, removed if the process is interrupted. */
const pending = new Set<string>();

/**
 * Writes `text` to `file` through a hidden temporary file in the same folder and a rename,
 * which replaces the file in one step: the bot's watcher and readers see the old file or the
 * new one, never a half-written one. Creates the folder if needed.
 *
 * With `replace: false` the file must not exist yet: it is made with a hard link, which fails
 * with EEXIST when another process (a second `content:add` at the same moment) took the name
 * first, so neither overwrites the other's document.
 */
export async function writeFileAtomically(
  file: string,
  text: string,
  { replace = true }: { replace?: boolean } = {},
): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  // A dot name not ending in .md: neither the engine nor the watcher reads it.
  const temporary = path.join(dir, `.${path.basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  pending.add(temporary);
  try {
    await writeFile(temporary, text);
    if (replace || !(await linkedInto(temporary, file))) await rename(temporary, file);
    else await unlink(temporary);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  } finally {
    pending.delete(temporary);
  }
}

/**
 * Links `temporary` as `file`, failing with EEXIST when `file` exists; false where the file
 * system has no hard links (then the caller renames, as before).
 */
async function linkedInto(temporary: string, file: string): Promise<boolean> {
  try {
    await link(temporary, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP" || code === "ENOSYS")
      return false;
    throw error;
  }
}

/** Removes any temporary file still being written: call on Ctrl-C before exiting. */
export function removePendingFiles(): void {
  for (const file of pending) {
    try {
      unlinkSync(file);
    } catch {
      // Already renamed or never created: nothing left behind.
    }
  }
  pending.clear();
}
