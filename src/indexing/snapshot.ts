// Saves a built corpus to disk keyed by a hash of the content, so later starts skip parsing and indexing.

import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { type DroppedBlock, joinSentences, sharedItemStarts } from "../documents/passages.ts";
import type { Synonyms } from "../documents/synonyms.ts";
import {
  decodeLexicon,
  type EncodedLexicon,
  encodeLexicon,
  type Lexicon,
} from "../lexicon/lexicon.ts";
import type { ContentWarning, DocumentMeta, GlossaryEntry, Passage } from "../types.ts";
import type { Postings } from "./postings.ts";
import { indexFromPostings, type SearchIndex } from "./search-index.ts";

/** Everything the engine derives from the content folder. */
export interface Corpus {
  documents: DocumentMeta[];
  passages: Passage[];
  glossary: GlossaryEntry[];
  synonyms: Synonyms;
  /** WordNet's relations that lead to the documents' words. */
  lexicon: Lexicon;
  warnings: ContentWarning[];
  dropped: { file: string; block: DroppedBlock }[];
  index: SearchIndex;
}

/**
 * Bump when the snapshot's shape changes. Changes to the code that feeds the index (tokenising,
 * stemming, passage splitting) are caught by `engineCodeHash` without a bump.
 */
export const snapshotFormat = "stp-bot-snapshot-7";

/**
 * A hash of the engine's own modules (src/'s .ts or, built, .js files, and the thesaurus's
 * pairs), so a snapshot made
 * by other code is never loaded: an index built with old tokenising would silently miss words.
 * Reading its thirty-odd files costs a few milliseconds.
 */
export function engineCodeHash(): Promise<string> {
  // The code cannot change while the process runs: read it once, however many engines load.
  codeHash ??= hashEngineCode();
  return codeHash;
}

let codeHash: Promise<string> | undefined;

/**
 * Folders of the engine whose code never runs while a corpus is built, so cannot change a
 * snapshot: reading them too cost every start-up 40 ms. Code that reads, splits, tokenises or
 * indexes documents must not go in these: the build's own folders (documents/, lexicon/,
 * indexing/) import nothing from them (tests/unit/snapshot.test.ts checks).
 */
export const notBuilding: ReadonlySet<string> = new Set([
  "answer",
  "conversation",
  "import",
  "model",
  "question",
  "question-log",
  "ranking",
  "reload",
  "report",
]);

/** The engine's folder: src/, one up from this file's (dist/src/ when built). */
const engineDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The files the hash reads, relative to src/: every folder's but those that never build. */
export async function engineCodeFiles(): Promise<string[]> {
  return (await readdir(engineDir, { recursive: true }))
    .filter(
      (name) =>
        // The thesaurus's pairs are data the lexicon is built from, as much as the code is.
        /\.(ts|js)$|thesaurus-pairs\.txt$/.test(name) &&
        !notBuilding.has(name.split(path.sep)[0] ?? ""),
    )
    .sort();
}

async function hashEngineCode(): Promise<string> {
  const hash = createHash("sha256").update(snapshotFormat);
  for (const name of await engineCodeFiles())
    hash.update(`\0${name}\0`).update(await readFile(path.join(engineDir, name)));
  return hash.digest("hex").slice(0, 16);
}

// V8's structured serialisation, not JSON: the index's typed arrays and Maps are copied in bulk
// instead of being parsed character by character and rebuilt entry by entry.
const snapshotExtension = ".snapshot.v8";

/** How many snapshots to keep in the cache folder (several content folders may share it). */
const keepSnapshots = 4;

interface SnapshotFile {
  format: string;
  fingerprint: string;
  documents: DocumentMeta[];
  /** Passages without their document object (an index into `documents`) or joined text. */
  passages: {
    doc: number;
    section: string | null;
    line: number;
    sentences: string[];
    list: boolean;
    table: boolean;
    itemStarts: readonly number[];
  }[];
  glossary: GlossaryEntry[];
  synonyms: [string, string[][]][];
  lexicon: EncodedLexicon;
  warnings: ContentWarning[];
  dropped: Corpus["dropped"];
  /** The index's postings, from which it is rebuilt without re-tokenising any passage. */
  index: Postings;
}

/** The snapshot file for a fingerprint. */
export function snapshotPath(cacheDir: string, fingerprint: string): string {
  return path.join(cacheDir, `${fingerprint}${snapshotExtension}`);
}

/** Reads the snapshot for this content, or null when there is none or it cannot be used. */
export async function readSnapshot(cacheDir: string, fingerprint: string): Promise<Corpus | null> {
  let data: SnapshotFile;
  try {
    data = deserialize(await readFile(snapshotPath(cacheDir, fingerprint))) as SnapshotFile;
  } catch {
    return null;
  }
  if (data.format !== snapshotFormat || data.fingerprint !== fingerprint) return null;
  const passages = data.passages.map((p, id): Passage => {
    const doc = data.documents[p.doc] as DocumentMeta;
    return {
      id,
      doc,
      section: p.section,
      line: p.line,
      sentences: p.sentences,
      text: joinSentences(p, p.sentences),
      list: p.list,
      table: p.table,
      itemStarts: sharedItemStarts(p.itemStarts),
    };
  });
  return {
    documents: data.documents,
    passages,
    glossary: data.glossary,
    synonyms: new Map(data.synonyms),
    lexicon: decodeLexicon(data.lexicon),
    warnings: data.warnings,
    dropped: data.dropped,
    index: indexFromPostings(data.index),
  };
}

/**
 * Writes the snapshot atomically (a reader never sees half a file) and prunes old ones.
 * A cache folder that cannot be written only costs the next start its speed, so errors are returned, not thrown.
 */
export async function writeSnapshot(
  cacheDir: string,
  fingerprint: string,
  corpus: Corpus,
): Promise<Error | null> {
  const docIndex = new Map(corpus.documents.map((doc, i) => [doc, i]));
  const data: SnapshotFile = {
    format: snapshotFormat,
    fingerprint,
    documents: corpus.documents,
    passages: corpus.passages.map((p) => ({
      doc: docIndex.get(p.doc) ?? 0,
      section: p.section,
      line: p.line,
      sentences: p.sentences,
      list: p.list,
      table: p.table,
      itemStarts: p.itemStarts,
    })),
    glossary: corpus.glossary,
    synonyms: [...corpus.synonyms],
    lexicon: encodeLexicon(corpus.lexicon),
    warnings: corpus.warnings,
    dropped: corpus.dropped,
    index: corpus.index.postings,
  };
  const target = snapshotPath(cacheDir, fingerprint);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(temporary, serialize(data));
    await rename(temporary, target);
    await pruneSnapshots(cacheDir);
    return null;
  } catch (error) {
    await unlink(temporary).catch(() => {});
    return error instanceof Error ? error : new Error(String(error));
  }
}

async function pruneSnapshots(cacheDir: string): Promise<void> {
  // Snapshots of older formats (".snapshot.json") are pruned too.
  const names = (await readdir(cacheDir)).filter((name) => /\.snapshot\.(json|v8)$/.test(name));
  if (names.length <= keepSnapshots) return;
  const dated = await Promise.all(
    names.map(async (name) => ({
      name,
      time: (await stat(path.join(cacheDir, name)).catch(() => null))?.mtimeMs ?? 0,
    })),
  );
  dated.sort((a, b) => b.time - a.time);
  await Promise.all(
    dated.slice(keepSnapshots).map(({ name }) => unlink(path.join(cacheDir, name)).catch(() => {})),
  );
}
