// Content files → Corpus: parse, split and index, on worker threads for a large corpus. The slow part snapshots skip.
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { BuildJob } from "./build-worker.ts";
import type { EngineOptions } from "./config.ts";
import { type ContentFile, decodeText, glossaryFileName, isDocumentName } from "./content.ts";
import { ContentError } from "./errors.ts";
import { buildMatchers, parseGlossary } from "./glossary.ts";
import { loadParsers } from "./parsers.ts";
import { mergePostings } from "./postings.ts";
import { readShare, type ShareRead } from "./read-share.ts";
import { indexFromPostings } from "./search-index.ts";
import type { Corpus } from "./snapshot.ts";
import { parseSynonyms, type Synonyms, synonymsFileName } from "./synonyms.ts";
import type { ContentWarning, DocumentMeta, GlossaryEntry, Passage } from "./types.ts";

/** Parses, splits and indexes the content: the slow part that snapshots let later starts skip. */
export function buildCorpus(files: ContentFile[], options: EngineOptions): Corpus {
  const warnings: ContentWarning[] = [];
  const glossary = readGlossary(files, warnings);
  const synonyms = readSynonyms(files, warnings);
  const share = readShare(files.filter(isDocument), buildMatchers(glossary));
  return assembleCorpus([share], { glossary, synonyms, warnings }, options);
}

/**
 * `buildCorpus` with a large corpus's documents read in shares on worker threads (one per
 * core, at most 4), each parsing, splitting and counting terms; the main thread merges the
 * counts into one index. Small content, or a runtime that cannot start the workers, is built
 * on the main thread, with the same result.
 */
export async function buildCorpusInParallel(
  files: ContentFile[],
  options: EngineOptions,
  { minBytes = parallelBuildBytes }: { minBytes?: number } = {},
): Promise<Corpus> {
  // The main thread parses the glossary, and every document when the corpus is small.
  await loadParsers();
  const documentFiles = files.filter(isDocument);
  const bytes = documentFiles.reduce((sum, file) => sum + file.bytes.length, 0);
  const workers = Math.min(4, os.availableParallelism?.() ?? os.cpus().length);
  if (bytes < minBytes || workers < 2 || documentFiles.length < workers)
    return buildCorpus(files, options);
  const warnings: ContentWarning[] = [];
  const glossary = readGlossary(files, warnings);
  const synonyms = readSynonyms(files, warnings);
  let shares: ShareRead[];
  try {
    shares = await readInWorkers(splitIntoShares(documentFiles, workers), glossary);
  } catch {
    return buildCorpus(files, options);
  }
  return assembleCorpus(shares, { glossary, synonyms, warnings }, options);
}

/** Shares read in file order → one corpus, passages renumbered and postings merged. */
function assembleCorpus(
  shares: ShareRead[],
  data: Pick<Corpus, "glossary" | "synonyms" | "warnings">,
  options: EngineOptions,
): Corpus {
  const { warnings } = data;
  const documents: DocumentMeta[] = [];
  const passages: Passage[] = [];
  const dropped: Corpus["dropped"] = [];
  for (const share of shares) {
    for (const warning of share.warnings) warnings.push(warning);
    for (const meta of share.documents) documents.push(meta);
    for (const passage of share.passages) {
      passage.id = passages.length;
      passages.push(passage);
    }
    for (const block of share.dropped) dropped.push(block);
  }
  if (documents.length === 0) {
    const reasons = warnings.map((w) => `  ${w.file}: ${w.reason}`).join("\n");
    throw new ContentError(
      "NO_DOCUMENTS",
      options.contentDir,
      `No usable documents in ${options.contentDir}: every one has a problem.\n${reasons}`,
    );
  }
  const index = indexFromPostings(mergePostings(shares.map((share) => share.postings)));
  return { ...data, documents, passages, dropped, index };
}

function isDocument(file: ContentFile): boolean {
  return isDocumentName(file.name);
}

/** Consecutive runs of files with about the same number of bytes each, so workers finish together. */
function splitIntoShares(files: ContentFile[], count: number): ContentFile[][] {
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
  const shares: ContentFile[][] = [[]];
  let bytes = 0;
  for (const file of files) {
    if (bytes >= (total * shares.length) / count && shares.length < count) shares.push([]);
    shares.at(-1)?.push(file);
    bytes += file.bytes.length;
  }
  return shares;
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

/** Reads each share on a worker thread of its own; the results come back in share order. */
async function readInWorkers(
  shares: ContentFile[][],
  glossary: GlossaryEntry[],
): Promise<ShareRead[]> {
  const started: Worker[] = [];
  const reading = shares.map(
    (files) =>
      new Promise<ShareRead>((resolve, reject) => {
        const worker = startWorker(new URL(`./build-worker${extension}`, import.meta.url), {
          glossary,
          files,
        });
        started.push(worker);
        let done = false;
        worker.once("message", (share: ShareRead) => {
          done = true;
          resolve(share);
          void worker.terminate();
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (!done) reject(new Error(`build worker stopped with code ${code}`));
        });
      }),
  );
  // One worker failing stops the others: the caller builds on the main thread instead.
  return Promise.all(reading).catch(async (error: unknown) => {
    await Promise.all(started.map((worker) => worker.terminate()));
    throw error;
  });
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
