// Loads the content once and answers questions from it: the one object every adapter holds.
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type AnswerContext, answerQuestion } from "./answer.ts";
import type { BuildJob, BuildResult } from "./build-worker.ts";
import { type Concept, conceptMatch } from "./concepts.ts";
import { type EngineOptions, resolveEngineOptions } from "./config.ts";
import {
  type ContentFile,
  decodeText,
  fingerprintContent,
  glossaryFileName,
  isDocumentName,
  parseDocument,
  readContentFiles,
} from "./content.ts";
import { ContentError } from "./errors.ts";
import { buildMatchers, findEntry, parseGlossary } from "./glossary.ts";
import { loadParsers } from "./parsers.ts";
import { type DroppedBlock, toPassages } from "./passages.ts";
import { buildSearchIndex } from "./search-index.ts";
import { type Corpus, engineCodeHash, readSnapshot, writeSnapshot } from "./snapshot.ts";
import { parseSynonyms, type Synonyms, synonymsFileName } from "./synonyms.ts";
import { toTerms } from "./terms.ts";
import type { Answer, ContentWarning, DocumentMeta, GlossaryEntry, Passage } from "./types.ts";

/** A loaded corpus, ready to answer. */
export interface Engine {
  /** Answers one question; never throws for any string. */
  ask(question: string): Answer;
  /** Looks up an acronym or term in the glossary, ignoring case. */
  define(term: string): GlossaryEntry | null;
  documents: DocumentMeta[];
  glossary: GlossaryEntry[];
  /** Files skipped or partly read, each with the reason. */
  warnings: ContentWarning[];
  /** Blocks left out as page furniture, by file. */
  dropped: { file: string; block: DroppedBlock }[];
  passageCount: number;
  options: EngineOptions;
}

/** Example questions offered when the documents' own headings don't suggest enough. */
export const exampleQuestions = [
  "How big is the sustainability and transformation fund?",
  "How many STP areas are there?",
  "What was the original deadline for submitting plans?",
  "Who leads each STP?",
  "What are Sustainability and Transformation Plans?",
];

/**
 * Reads the content folder and builds the index.
 * Throws ContentError when the folder is missing or has no documents; bad files become warnings.
 * @example const engine = await loadEngine({ contentDir: "content" }); engine.ask("How many STP areas?")
 */
export async function loadEngine(overrides: Partial<EngineOptions> = {}): Promise<Engine> {
  const options = resolveEngineOptions(overrides);
  const files = await readContentFiles(options.contentDir);
  if (!options.cacheDir)
    return engineFromCorpus(await buildCorpusInParallel(files, options), options);
  const fingerprint = fingerprintContent(files, await engineCodeHash());
  const cached = await readSnapshot(options.cacheDir, fingerprint);
  if (cached) return engineFromCorpus(cached, options);
  const corpus = await buildCorpusInParallel(files, options);
  const failure = await writeSnapshot(options.cacheDir, fingerprint, corpus);
  if (failure) {
    corpus.warnings.push({
      file: options.cacheDir,
      line: null,
      reason: `could not save the index snapshot (${failure.message}); start-up stays slower`,
    });
  }
  return engineFromCorpus(corpus, options);
}

/** Builds an engine from files already read, without snapshots; `loadParsers()` must have finished. */
export function buildEngine(files: ContentFile[], options: EngineOptions): Engine {
  return engineFromCorpus(buildCorpus(files, options), options);
}

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
): Promise<Corpus> {
  // The main thread parses the glossary, and every document when the corpus is small.
  await loadParsers();
  const documentFiles = files.filter((file) => isDocumentName(file.name));
  const bytes = documentFiles.reduce((sum, file) => sum + file.bytes.length, 0);
  const workers = Math.min(4, os.availableParallelism?.() ?? os.cpus().length);
  if (bytes < parallelBuildBytes || workers < 2 || documentFiles.length < workers)
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

/** Below this much markdown, starting workers costs more than it saves. */
const parallelBuildBytes = 4 * 2 ** 20;

/**
 * A worker running `url`. Run from TypeScript sources (tsx), the worker registers tsx itself:
 * loader hooks of the main thread do not reach worker threads on Node 20.
 */
/** ".ts" when run from the sources, ".js" when built into dist/. */
const extension = path.extname(fileURLToPath(import.meta.url));

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

/** Wraps a built or restored corpus in the Engine interface. */
export function engineFromCorpus(parts: Corpus, options: EngineOptions): Engine {
  const matchers = buildMatchers(parts.glossary);
  let suggestionPool: { question: string; terms: Set<string> }[] | null = null;
  const context: AnswerContext = {
    passages: parts.passages,
    index: parts.index,
    matchers,
    synonyms: parts.synonyms,
    options,
    suggest: (concepts) => {
      suggestionPool ??= answerableQuestions(parts.passages, (q) =>
        answerQuestion({ ...context, suggest: () => [] }, q),
      );
      return rankSuggestions(suggestionPool, concepts).slice(0, options.maxSuggestions);
    },
  };
  return {
    ask: (question) =>
      answerQuestion(context, typeof question === "string" ? question : String(question ?? "")),
    define: (term) => findEntry(parts.glossary, term),
    documents: parts.documents,
    glossary: parts.glossary,
    warnings: parts.warnings,
    dropped: parts.dropped,
    passageCount: parts.passages.length,
    options,
  };
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

/** Headings phrased as questions, plus the examples, kept only where the engine answers them. */
function answerableQuestions(
  passages: Passage[],
  ask: (q: string) => Answer,
): { question: string; terms: Set<string> }[] {
  const headings = new Set(
    passages.map((p) => p.section).filter((s): s is string => !!s && s.endsWith("?")),
  );
  return [...new Set([...headings, ...exampleQuestions])]
    .filter((question) => ask(question).answered)
    .map((question) => ({ question, terms: new Set(toTerms(question)) }));
}

/** Suggestions sharing the most with what was asked first; otherwise in their given order. */
function rankSuggestions(
  pool: { question: string; terms: Set<string> }[],
  concepts: Concept[],
): string[] {
  return pool
    .map((entry, order) => ({
      entry,
      order,
      shared: concepts.reduce((sum, c) => sum + conceptMatch(c, entry.terms) * c.weight, 0),
    }))
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .map(({ entry }) => entry.question);
}
