// The word knowledge one corpus needs: WordNet's relations kept only where they lead to a word the documents use.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import {
  defaultWordGraphOptions,
  type Relation,
  readWordGraph,
  type WordGraph,
  wordNetVersion,
} from "./wordnet.ts";

/** What the engine knows of English beyond the documents' own words. */
export interface Lexicon {
  /** A question's term → the documents' terms that may say the same, with how closely. */
  related: Map<string, [term: string, relation: Relation][]>;
  /** Terms WordNet knows as ordinary words: a typed "icbs" is not one, so it may be an acronym. */
  english: Set<string>;
}

/** An empty lexicon, for a corpus built without word knowledge. */
export const emptyLexicon: Lexicon = { related: new Map(), english: new Set() };

/**
 * Keeps the WordNet relations that end at a term the documents use: "poll" → "survey" is kept
 * when a document says "survey", so a question about a poll finds it. Read once per build.
 */
export function lexiconFor(vocabulary: Iterable<string>, graph: WordGraph): Lexicon {
  const related = new Map<string, [string, Relation][]>();
  for (const term of vocabulary) {
    const links = graph.related.get(term);
    if (!links) continue;
    for (const [other, relation] of links) {
      let list = related.get(other);
      if (!list) {
        list = [];
        related.set(other, list);
      }
      list.push([term, relation]);
    }
  }
  return { related, english: graph.english };
}

/**
 * WordNet's term graph, read from the package once and then kept in `cacheDir` (as a v8
 * snapshot keyed by WordNet's version and the code that reads it): reading the 30 MB of text
 * takes seconds, loading the snapshot a tenth of that. Without a usable cache folder it is read
 * from the package, once per process.
 */
export function loadWordGraph(cacheDir: string | null): WordGraph {
  if (loaded) return loaded;
  const file = cacheDir ? path.join(cacheDir, `wordnet-${wordGraphKey()}.v8`) : null;
  if (file) {
    try {
      loaded = deserialize(readFileSync(file)) as WordGraph;
      return loaded;
    } catch {
      // Not made yet, or unreadable: read WordNet itself below.
    }
  }
  loaded = readWordGraph();
  if (file) saveQuietly(file, serialize(loaded));
  return loaded;
}

let loaded: WordGraph | undefined;

/** WordNet's version and a hash of the code that turns it into terms. */
function wordGraphKey(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const extension = path.extname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256")
    .update(wordNetVersion())
    .update(JSON.stringify(defaultWordGraphOptions));
  for (const file of [`wordnet${extension}`, `../terms${extension}`, `../spelling${extension}`])
    hash.update(readFileSync(path.join(here, file)));
  return `${wordNetVersion()}-${hash.digest("hex").slice(0, 12)}`;
}

/** Writes atomically; a cache that cannot be written only makes the next build slower. */
function saveQuietly(file: string, bytes: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
  }
}
