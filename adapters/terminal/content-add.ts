// `npm run content:add`: PDFs, Word files, web pages and text → markdown documents in the content folder, one line each.
import { stat } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../../src/errors.ts";
import {
  type ImportResult,
  importDocument,
  indexContentFolder,
  listSources,
  removePendingFiles,
  resolveImportOptions,
  withoutSecrets,
} from "../../src/import/index.ts";
import { versionLine } from "../shared/version.ts";
import { carryOnWhenOutputCloses } from "./closed-output.ts";
import { contentAddUsage, parseContentAddArgs } from "./content-add-args.ts";
import { usageExitCode } from "./load.ts";
import { createProgress } from "./progress.ts";
import { fromWhereTyped, whereTyped } from "./user-path.ts";

carryOnWhenOutputCloses();

/** Below this many documents a progress bar would only flicker. */
const progressFrom = 4;

const args = parseContentAddArgs(process.argv.slice(2));
if ("error" in args) {
  console.error(`stp-bot: ${args.error}\n\n${contentAddUsage}`);
  process.exit(usageExitCode);
}
if (args.help) {
  console.log(contentAddUsage);
  process.exit(0);
}
if (args.version) {
  console.log(versionLine);
  process.exit(0);
}

// A library failing outside any await still gets one line, not a stack trace.
process.on("unhandledRejection", (reason) => {
  console.error(
    `stp-bot: content:add stopped: ${reason instanceof Error ? reason.message : String(reason)}`,
  );
  removePendingFiles();
  process.exit(1);
});

// Ctrl-C mid-write leaves no temporary file behind, and the finished documents stay.
process.once("SIGINT", () => {
  removePendingFiles();
  process.exit(130);
});

try {
  const options = resolveImportOptions({
    contentDir: args.contentDir ? fromWhereTyped(args.contentDir) : undefined,
    title: args.title,
    publisher: args.publisher,
    date: args.date,
    force: args.force,
  });
  const { sources, skipped, emptyFolders } = await listSources(
    args.inputs.map((input) => fromWhereTyped(input)),
  );
  if (args.title && sources.length > 1) {
    console.error(
      `stp-bot: --title names one document, but ${sources.length} were given. Add them one at a time with --title, or leave it out to use each document's own title.\n\n${contentAddUsage}`,
    );
    process.exit(usageExitCode);
  }
  // The folder is made if needed; a file in its place is said once, not once per document.
  const existing = await stat(options.contentDir).catch(() => null);
  if (existing && !existing.isDirectory()) {
    console.error(
      `stp-bot: ${options.contentDir} is a file, not a folder: give a folder to add documents to with --content DIR (or CONTENT_DIR).`,
    );
    process.exit(usageExitCode);
  }
  const folder = await indexContentFolder(options.contentDir);
  const progress = createProgress(
    process.stderr,
    sources.length,
    Boolean(process.stderr.isTTY) && sources.length >= progressFrom,
  );
  const results: ImportResult[] = [];
  for (const [i, entry] of sources.entries()) {
    progress.update(i, path.basename(withoutSecrets(entry.input)) || withoutSecrets(entry.input));
    const result = await importDocument(entry, options, folder);
    results.push(result);
    // Problems go to stderr, so a script can keep the list of files written apart.
    progress.print(
      describeResult(result),
      result.status === "failed" ? process.stderr : process.stdout,
    );
  }
  progress.finish();
  for (const dir of emptyFolders) {
    console.error(`error: ${dir}: no PDF, Word, web page, markdown or text files in this folder`);
  }
  if (skipped.size > 0) {
    const list = [...skipped].map(([extension, count]) => `${count} ${extension}`).join(", ");
    console.log(`Left out files content:add does not read: ${list}.`);
  }
  const failed = results.filter((r) => r.status === "failed").length + emptyFolders.length;
  const written = results.filter((r) => r.status === "written").length;
  if (results.length > 1) console.log(summary(results, failed));
  if (written > 0) {
    console.log(
      `A running bot picks ${written === 1 ? "it" : "them"} up within seconds; npm run content:check lists any problem.`,
    );
  }
  if (failed > 0) process.exitCode = 1;
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`stp-bot: ${error.message}`);
    process.exit(usageExitCode);
  }
  // Nothing should reach here; if something does, one line, not a stack trace.
  console.error(
    `stp-bot: content:add stopped: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

/** One line for one document: written, already there, or why not. */
function describeResult(result: ImportResult): string {
  if (result.status === "failed") return `error: ${result.input}: ${result.error.message}`;
  if (result.status === "exists") {
    const held = result.title ? ` (“${result.title}”)` : "";
    return `skipped ${result.input}: already added as ${shown(result.file)}${held}; if this is a different document with the same file name, rename it and add it again; add --force to replace that one`;
  }
  const verb = result.replaced ? "replaced" : "added";
  const passages = `${result.passages} passage${result.passages === 1 ? "" : "s"}`;
  const removed =
    result.removed > 0
      ? ` (${result.removed} block${result.removed === 1 ? "" : "s"} of page furniture left out)`
      : "";
  const sameName = result.sameNameAs
    ? ` (${shown(result.sameNameAs.file)} holds another document from a file named ${result.sameNameAs.source}, so this one's source is the path it came from)`
    : "";
  const lookalike = result.citedLike
    ? `\n  cited exactly as ${shown(result.citedLike)} is (the same title, publisher and date), so readers cannot tell them apart: if it is a copy, remove one; otherwise give one a title of its own (its front matter's title:)`
    : "";
  return `${verb} ${shown(result.file)}: “${result.title}”, ${passages}${removed}${sameName}${missingHint(result.missing, result.unreadDate)}${lookalike}`;
}

/** Answers cite a document's publisher and date; say how to give them when it gave none. */
function missingHint(missing: ("publisher" | "date")[], unreadDate?: string): string {
  if (missing.length === 0) return "";
  if (unreadDate && missing.includes("date")) {
    const publisher = missing.includes("publisher") ? ' --publisher "…"' : "";
    return `\n  its date “${unreadDate}” is not written YYYY-MM-DD, so it was left out and answers will say "undated"${publisher ? "; no publisher found either" : ""}: add it again with --date YYYY-MM-DD${publisher} --force, or edit its front matter`;
  }
  const flags = missing.map((field) =>
    field === "date" ? "--date YYYY-MM-DD" : '--publisher "…"',
  );
  return `\n  no ${missing.join(" or ")} found in it, so answers will say "not stated": add it again with ${flags.join(" ")} --force, or edit its front matter`;
}

function summary(results: ImportResult[], failed: number): string {
  const count = (status: ImportResult["status"]) =>
    results.filter((r) => r.status === status).length;
  return `${count("written")} added, ${count("exists")} skipped, ${failed} failed.`;
}

/** A path relative to where the command runs when it is inside it, else absolute. */
function shown(file: string): string {
  const relative = path.relative(whereTyped(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}
