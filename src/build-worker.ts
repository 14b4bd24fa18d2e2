// Worker side of a parallel build: parses, splits and reads the terms of its share of the documents.
import { parentPort, workerData } from "node:worker_threads";
import { type ContentFile, parseDocument } from "./content.ts";
import { buildMatchers } from "./glossary.ts";
import { loadParsers } from "./parsers.ts";
import { type DraftPassage, type DroppedBlock, toPassages } from "./passages.ts";
import { readPassageTerms } from "./search-index.ts";
import type { ContentWarning, DocumentMeta, GlossaryEntry } from "./types.ts";

/** What the engine sends: the glossary (for alias terms) and the files to read, by position. */
export interface BuildJob {
  glossary: GlossaryEntry[];
  files: { position: number; file: ContentFile }[];
}

/** One file read, sent back as soon as it is done; the engine puts them in file order. */
export interface BuildResult {
  position: number;
  warnings: ContentWarning[];
  document: {
    meta: DocumentMeta;
    passages: DraftPassage[];
    dropped: DroppedBlock[];
    /** Per passage: its text terms with aliases. */
    terms: string[][];
    /** Words first seen in this file → their terms. */
    words: [string, string][];
  } | null;
}

if (parentPort) {
  await loadParsers();
  const job = workerData as BuildJob;
  const matchers = buildMatchers(job.glossary);
  const seenWords = new Map<string, string>();
  for (const { position, file } of job.files) {
    // Bytes arrive as a plain Uint8Array after cloning: give parsing the Buffer it expects.
    const result = parseDocument({
      ...file,
      bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
    });
    let document: BuildResult["document"] = null;
    if (result.document) {
      const { meta, tree } = result.document;
      const split = toPassages(tree, meta);
      const fileWords = new Map<string, string>();
      const terms = split.passages.map((p) => readPassageTerms(p.text, matchers, fileWords));
      // Only words this worker has not sent before: most words recur in every file.
      const words = [...fileWords].filter(([word]) => !seenWords.has(word));
      for (const [word, term] of words) seenWords.set(word, term);
      document = { meta, passages: split.passages, dropped: split.dropped, terms, words };
    }
    parentPort.postMessage({ position, warnings: result.warnings, document } satisfies BuildResult);
  }
}
