// Content files → Corpus: parse, split and index, on worker threads for a large corpus. The slow part snapshots skip.
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { ablated } from "../ablation.ts";
import { defaultEngineOptions, type EngineOptions } from "../config.ts";
import {
  type ContentFile,
  decodeText,
  glossaryFileName,
  isDocumentName,
} from "../documents/content.ts";
import { buildMatchers, parseGlossary } from "../documents/glossary.ts";
import { loadParsers } from "../documents/parsers.ts";
import { sharedItemStarts } from "../documents/passages.ts";
import { parseSynonyms, type Synonyms, synonymsFileName } from "../documents/synonyms.ts";
import { ContentError } from "../errors.ts";
import { definedAcronyms, mergeDefinitions, withDefinedAcronyms } from "../lexicon/acronyms.ts";
import { lexiconFor, loadDictionary, loadWordGraph } from "../lexicon/lexicon.ts";
import type { ContentWarning, DocumentMeta, GlossaryEntry, Passage } from "../types.ts";
import type { BuildJob, ChunkRead, GlossarySource } from "./build-worker.ts";
import { mergePostings } from "./postings.ts";
import { claimChunk, readShare, type ShareRead } from "./read-share.ts";
import { indexFromPostings } from "./search-index.ts";
import type { Corpus } from "./snapshot.ts";

/** Parses, splits and indexes the content: the slow part that snapshots let later starts skip. */
export function buildCorpus(files: ContentFile[], options: EngineOptions): Corpus {
  const warnings: ContentWarning[] = [];
  const glossary = readGlossary(glossarySource(files, warnings), warnings);
  const synonyms = readSynonyms(files, warnings);
  const share = readShare(files.filter(isDocument), buildMatchers(glossary));
  return assembleCorpus([share], { glossary, synonyms, warnings }, options);
}

/**
 * `buildCorpus` for a large corpus, read in chunks by this thread and one worker thread per
 * further core (at most 4 threads in all): each claims the next unread chunk, parses, splits
 * and counts its terms; this thread then merges the counts into one index. Small content, or
 * a runtime without workers, is read on this thread alone, with the same result.
 */
export async function buildCorpusInParallel(
  files: ContentFile[],
  options: EngineOptions,
  { minBytes = parallelBuildBytes, readHere = true }: ParallelBuildOptions = {},
): Promise<Corpus> {
  // A file that could not be read is not sent to a worker: its warning is said here.
  const documentFiles = files.filter((file) => isDocument(file) && !file.problem);
  const bytes = documentFiles.reduce((sum, file) => sum + file.bytes.length, 0);
  const threads = Math.min(4, os.availableParallelism?.() ?? os.cpus().length);
  const split =
    bytes < minBytes || threads < 2 ? [] : splitIntoChunks(documentFiles, bytes, threads);
  if (split.length < Math.max(2, threads)) {
    await loadParsers();
    return buildCorpus(files, options);
  }
  const chunks = inSharedMemory(split, bytes);
  // A shared queue position: workers start reading while this thread loads its parsers.
  const next = new Int32Array(new SharedArrayBuffer(4));
  const shares: (ShareRead | undefined)[] = new Array(chunks.length);
  const warnings: ContentWarning[] = [];
  for (const file of files) {
    // decodeText gives an unreadable file's warning, as it does on the serial path.
    const text = file.problem && isDocument(file) ? decodeText(file) : "";
    if (typeof text !== "string") warnings.push(text);
  }
  const source = glossarySource(files, warnings);
  const helpers = startHelpers(threads - 1, { glossary: source, chunks, next }, (read) => {
    shares[read.chunk] = read.share;
  });
  await loadParsers();
  const glossary = readGlossary(source, warnings);
  const synonyms = readSynonyms(files, warnings);
  const matchers = buildMatchers(glossary);
  if (readHere) {
    for (let chunk = claimChunk(next); chunk < chunks.length; chunk = claimChunk(next)) {
      shares[chunk] = readShare(chunks[chunk] ?? [], matchers);
      // Takes in the workers' chunks as they come, not all at the end.
      await new Promise(setImmediate);
    }
  }
  if (shares.includes(undefined)) await helpers.finished;
  helpers.stop();
  // A chunk a failed worker had claimed is read here.
  const complete = chunks.map((chunk, i) => shares[i] ?? readShare(chunk, matchers));
  return assembleCorpus(complete, { glossary, synonyms, warnings }, options);
}

/** How `buildCorpusInParallel` shares the work out. */
export interface ParallelBuildOptions {
  /** Below this much markdown, everything is read on this thread (tests lower it). */
  minBytes?: number;
  /** False leaves every chunk to the workers (tests use it to be sure that workers read). */
  readHere?: boolean;
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
    for (const draft of share.passages) {
      // Numbered in place, in file order: a copy of each passage would only make garbage.
      const passage = draft as Passage;
      passage.id = passages.length;
      passage.itemStarts = sharedItemStarts(passage.itemStarts);
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
  // WordNet is static data: its cache lives in the project's cache folder even when this build
  // keeps no snapshot of its own.
  const graph = loadWordGraph(defaultEngineOptions.cacheDir);
  const lexicon = lexiconFor(index.documentFrequency.keys(), graph, loadDictionary());
  const glossary = ablated("acronyms")
    ? data.glossary
    : withDefinedAcronyms(
        data.glossary,
        definedAcronyms(mergeDefinitions(shares.map((share) => share.definitions))),
      );
  return { ...data, glossary, documents, passages, dropped, index, lexicon };
}

function isDocument(file: ContentFile): boolean {
  return isDocumentName(file.name);
}

/**
 * Consecutive runs of files for `threads` threads to claim: large first, then shrinking
 * (each a share of what is left, within bounds), so there are few chunks to merge and the
 * threads still finish within a small chunk of each other.
 */
function splitIntoChunks(files: ContentFile[], total: number, threads: number): ContentFile[][] {
  const smallest = Math.min(smallestChunkBytes, total / (threads * 4));
  const chunks: ContentFile[][] = [];
  let remaining = total;
  let chunk: ContentFile[] = [];
  let bytes = 0;
  for (const file of files) {
    chunk.push(file);
    bytes += file.bytes.length;
    if (bytes >= Math.min(largestChunkBytes, Math.max(smallest, remaining / (threads * 2)))) {
      chunks.push(chunk);
      remaining -= bytes;
      chunk = [];
      bytes = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/**
 * The chunks with their bytes copied into one SharedArrayBuffer: every worker is sent every
 * chunk, since it may claim any, and shared bytes reach it without a copy per worker.
 */
function inSharedMemory(chunks: ContentFile[][], total: number): ContentFile[][] {
  const shared = new SharedArrayBuffer(total);
  let offset = 0;
  return chunks.map((chunk) =>
    chunk.map((file) => {
      const bytes = Buffer.from(shared, offset, file.bytes.length);
      bytes.set(file.bytes);
      offset += file.bytes.length;
      return { ...file, bytes };
    }),
  );
}

/** Below this much markdown, starting workers costs more than it saves. */
const parallelBuildBytes = 4 * 2 ** 20;

/** The last chunks' size: a fraction of a second's reading. */
const smallestChunkBytes = 256 * 2 ** 10;

/** The first chunks' size at most: each thread holds a chunk's parse in memory while it reads. */
const largestChunkBytes = 2 * 2 ** 20;

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

/** Worker threads reading chunks from the shared queue. */
interface Helpers {
  /** Settles when every worker has read its last chunk, or failed. */
  finished: Promise<void>;
  stop(): void;
}

/**
 * Starts `count` workers on `job`, handing each chunk they read to `received`. Workers parse
 * the glossary themselves, so they start before this thread has loaded its parsers.
 */
function startHelpers(count: number, job: BuildJob, received: (read: ChunkRead) => void): Helpers {
  const started: Worker[] = [];
  const reading = Array.from(
    { length: count },
    () =>
      new Promise<void>((resolve) => {
        let worker: Worker;
        try {
          worker = startWorker(new URL(`./build-worker${extension}`, import.meta.url), job);
        } catch {
          // No workers here (a runtime without them, or tsx missing): this thread reads alone.
          return resolve();
        }
        started.push(worker);
        worker.on("message", (read: ChunkRead | null) => {
          if (read) return received(read);
          resolve();
          void worker.terminate();
        });
        // A worker that fails leaves its chunk unread; the caller reads it instead.
        worker.on("error", () => resolve());
        worker.on("exit", () => resolve());
      }),
  );
  return {
    finished: Promise.all(reading).then(() => undefined),
    stop: () => {
      for (const worker of started) void worker.terminate();
    },
  };
}

/** The glossary file's path and text, or null when there is none (or it cannot be read). */
function glossarySource(files: ContentFile[], warnings: ContentWarning[]): GlossarySource | null {
  const text = readDataFile(files, glossaryFileName, warnings);
  if (text === null) return null;
  return { file: path.join(path.dirname(files[0]?.path ?? ""), glossaryFileName), text };
}

function readGlossary(source: GlossarySource | null, warnings: ContentWarning[]): GlossaryEntry[] {
  if (!source) return [];
  const result = parseGlossary(source.file, source.text);
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
