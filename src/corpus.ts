// Content files → Corpus: parse, split and index, on worker threads for a large corpus. The slow part snapshots skip.
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { BuildJob, BuildResult } from "./build-worker.ts";
import type { EngineOptions } from "./config.ts";
import {
  type ContentFile,
  decodeText,
  glossaryFileName,
  isDocumentName,
  parseDocument,
} from "./content.ts";
import { ContentError } from "./errors.ts";
import { buildMatchers, parseGlossary } from "./glossary.ts";
import { loadParsers } from "./parsers.ts";
import { toPassages } from "./passages.ts";
import { buildSearchIndex } from "./search-index.ts";
import type { Corpus } from "./snapshot.ts";
import { parseSynonyms, type Synonyms, synonymsFileName } from "./synonyms.ts";
import type { ContentWarning, DocumentMeta, GlossaryEntry, Passage } from "./types.ts";

/** Parses, splits and indexes the content: the slow part that snapshots let later starts skip. */
export function buildCorpus(files: ContentFile[], options: EngineOptions): Corpus {
  const warnings: ContentWarning[] = [];
  const glossary = readGlossary(files, warnings);
  const synonyms = readSynonyms(files, warnings);
  const matchers = buildMatchers(glossary);
  const documents: DocumentMeta[] = [];
  const passages: Passage[] = [];
  const dropped: Corpus["dropped"] = [];
  // Each tree is split as soon as it is parsed and then let go: holding every tree of a large
  // corpus at once costs more in garbage collection than the parsing itself.
  for (const file of files) {
    if (!isDocumentName(file.name)) continue;
    const result = parseDocument(file);
    warnings.push(...result.warnings);
    if (!result.document) continue;
    const { meta, tree } = result.document;
    documents.push(meta);
    const split = toPassages(tree, meta);
    for (const draft of split.passages) passages.push({ ...draft, id: passages.length });
    for (const block of split.dropped) dropped.push({ file: meta.file, block });
  }
  if (documents.length === 0) {
    const reasons = warnings.map((w) => `  ${w.file}: ${w.reason}`).join("\n");
    throw new ContentError(
      "NO_DOCUMENTS",
      options.contentDir,
      `No usable documents in ${options.contentDir}: every one has a problem.\n${reasons}`,
    );
  }
  const index = buildSearchIndex(passages, matchers);
  return { documents, passages, glossary, synonyms, warnings, dropped, index };
}

/**
 * `buildCorpus` with the parsing, splitting and term reading of a large corpus spread over
 * worker threads (one per core, at most 4); the main thread counts and indexes. Small content,
 * or a runtime that cannot start the workers, is built on the main thread, with the same result.
 */
export async function buildCorpusInParallel(
  files: ContentFile[],
  options: EngineOptions,
  { minBytes = parallelBuildBytes }: { minBytes?: number } = {},
): Promise<Corpus> {
  // The main thread parses the glossary, and every document when the corpus is small.
  await loadParsers();
  const documentFiles = files.filter((file) => isDocumentName(file.name));
  const bytes = documentFiles.reduce((sum, file) => sum + file.bytes.length, 0);
  const workers = Math.min(4, os.availableParallelism?.() ?? os.cpus().length);
  if (bytes < minBytes || workers < 2 || documentFiles.length < workers)
    return buildCorpus(files, options);
  const warnings: ContentWarning[] = [];
  const glossary = readGlossary(files, warnings);
  const synonyms = readSynonyms(files, warnings);
  let results: BuildResult[];
  try {
    results = await readInWorkers(files, glossary, workers);
  } catch {
    return buildCorpus(files, options);
  }
  const documents: DocumentMeta[] = [];
  const passages: Passage[] = [];
  const dropped: Corpus["dropped"] = [];
  const terms: string[][] = [];
  const words = new Map<string, string>();
  for (const result of results) {
    warnings.push(...result.warnings);
    if (!result.document) continue;
    const { meta } = result.document;
    documents.push(meta);
    for (const draft of result.document.passages)
      passages.push({ ...draft, doc: meta, id: passages.length });
    for (const list of result.document.terms) terms.push(list);
    for (const [word, term] of result.document.words) if (!words.has(word)) words.set(word, term);
    for (const block of result.document.dropped) dropped.push({ file: meta.file, block });
  }
  if (documents.length === 0) return buildCorpus(files, options);
  const index = buildSearchIndex(passages, buildMatchers(glossary), { terms, words });
  return { documents, passages, glossary, synonyms, warnings, dropped, index };
}

/** Below this much markdown, starting workers costs more than it saves (tests lower it). */
const parallelBuildBytes = 4 * 2 ** 20;

/** ".ts" when run from the sources, ".js" when built into dist/. */
const extension = path.extname(fileURLToPath(import.meta.url));

/**
 * A worker running `url`. Run from TypeScript sources (tsx), the worker registers tsx itself:
 * loader hooks of the main thread do not reach worker threads on Node 20.
 */
function startWorker(url: URL, job: BuildJob): Worker {
  if (!url.pathname.endsWith(".ts")) return new Worker(url, { workerData: job });
  // Resolved here, not in the worker, so a start from another folder still finds tsx.
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const bootstrap = `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: job });
}

/** Reads the documents in `workers` threads, files dealt out in turn; results come back in file order. */
async function readInWorkers(
  files: ContentFile[],
  glossary: GlossaryEntry[],
  workers: number,
): Promise<BuildResult[]> {
  const jobs: BuildJob[] = Array.from({ length: workers }, () => ({ glossary, files: [] }));
  files.forEach((file, position) => {
    if (isDocumentName(file.name)) jobs[position % workers]?.files.push({ position, file });
  });
  const results: (BuildResult | undefined)[] = new Array(files.length);
  const started: Worker[] = [];
  const finished = Promise.all(
    jobs.map(
      (job) =>
        new Promise<void>((resolve, reject) => {
          const worker = startWorker(new URL(`./build-worker${extension}`, import.meta.url), job);
          started.push(worker);
          let received = 0;
          worker.on("message", (result: BuildResult) => {
            results[result.position] = result;
            if (++received === job.files.length) void worker.terminate().then(() => resolve());
          });
          worker.on("error", reject);
          worker.on("exit", (code) => {
            if (received < job.files.length)
              reject(new Error(`build worker stopped with code ${code}`));
          });
        }),
    ),
  );
  // One worker failing stops the others: the caller builds on the main thread instead.
  await finished.catch(async (error: unknown) => {
    await Promise.all(started.map((worker) => worker.terminate()));
    throw error;
  });
  return results.filter((result): result is BuildResult => result !== undefined);
}

function readGlossary(files: ContentFile[], warnings: ContentWarning[]): GlossaryEntry[] {
  const text = readDataFile(files, glossaryFileName, warnings);
  if (text === null) return [];
  const result = parseGlossary(
    path.join(path.dirname(files[0]?.path ?? ""), glossaryFileName),
    text,
  );
  warnings.push(...result.warnings);
  return result.entries;
}

function readSynonyms(files: ContentFile[], warnings: ContentWarning[]): Synonyms {
  const text = readDataFile(files, synonymsFileName, warnings);
  if (text === null) return new Map();
  const result = parseSynonyms(
    path.join(path.dirname(files[0]?.path ?? ""), synonymsFileName),
    text,
  );
  warnings.push(...result.warnings);
  return result.synonyms;
}

/** The text of an optional data file in the content folder, or null when absent or unreadable. */
function readDataFile(
  files: ContentFile[],
  name: string,
  warnings: ContentWarning[],
): string | null {
  const file = files.find((f) => f.name === name);
  if (!file) return null;
  const text = decodeText(file);
  if (typeof text === "string") return text;
  warnings.push(text);
  return null;
}
