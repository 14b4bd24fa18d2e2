// The word knowledge one corpus needs: WordNet's relations kept only where they lead to a word the documents use.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { ablated } from "../ablation.ts";
import { readDictionary } from "./dictionary.ts";
import { SortedWords } from "./sorted-words.ts";
import { withThesaurus } from "./thesaurus.ts";
import {
  defaultWordGraphOptions,
  type Relation,
  readWordGraph,
  type WordGraph,
  type WordGraphOptions,
  wordNetVersion,
} from "./wordnet.ts";

/** What the engine knows of English beyond the documents' own words. */
export interface Lexicon {
  /** A question's term → the documents' terms that may say the same, with how closely. */
  related: Map<string, [term: string, relation: Relation][]>;
  /**
   * Terms WordNet knows as ordinary words, up to `longestAcronymTerm` letters: a typed "icbs" is
   * not one, so it may be an acronym.
   */
  english: WordSet;
  /**
   * English words as written, of four letters or more (SCOWL, `readDictionary`): a typed word in
   * it is meant as typed, not a slip to put right. Without it no long word is put right.
   */
  dictionary?: WordSet;
  /**
   * A term no document uses → the documents' terms WordNet gives as its synonyms in any sense
   * ("heart" → "core"). Never used to find passages: only to see that the best sentence says
   * what the question asked in other words (`shownInAnySense` in model/decline.ts).
   */
  loose?: Map<string, string[]>;
}

/** A set of terms to look words up in; a `Set` is one. */
export interface WordSet extends Iterable<string> {
  has(term: string): boolean;
  readonly size: number;
}

/** An empty lexicon, for a corpus built without word knowledge. */
export const emptyLexicon: Lexicon = { related: new Map(), english: new Set() };

/**
 * Keeps the WordNet relations that end at a term the documents use: "poll" → "survey" is kept
 * when a document says "survey", so a question about a poll finds it. Read once per build.
 */
export function lexiconFor(
  vocabulary: Iterable<string>,
  graph: WordGraph,
  dictionary?: WordSet,
): Lexicon {
  const related = new Map<string, [string, Relation][]>();
  const add = (question: string, term: string, relation: Relation) => {
    let list = related.get(question);
    if (!list) {
      list = [];
      related.set(question, list);
    }
    list.push([term, relation]);
  };
  // Read twice (below and for the loose links): a map's keys() can be read only once.
  const terms = [...vocabulary];
  for (const term of terms) {
    // "Who chairs it?" finds "co-chaired": a document's prefixed word no dictionary lists
    // ("cochair", "recommission") is found by the word after its prefix, as a derivation.
    const base = prefixedBase(term, graph.english);
    if (base) add(base, term, "derivation");
    const links = graph.related.get(term);
    if (!links) continue;
    for (const [other, relation] of links) add(other, term, relation);
    if (ablated("derived-synonyms")) continue;
    // "replies" finds "responses": WordNet's synonyms share a part of speech, so a question's
    // noun may be a synonym ("reply" → "respond") of the verb the document's noun derives from
    // ("respond" → "response"). The other way round (a synonym of the document's word, then a
    // derivation) cost our own set a hit and found nothing new.
    const reached = new Set(links.keys());
    for (const [derived, relation] of links) {
      if (relation !== "derivation") continue;
      for (const [other, second] of graph.related.get(derived) ?? []) {
        if (second !== "synonym" || other === term || reached.has(other)) continue;
        reached.add(other);
        add(other, term, "derived-synonym");
      }
    }
  }
  return {
    related,
    english: shortTerms(graph.english),
    ...(dictionary ? { dictionary } : {}),
    ...(graph.loose && !ablated("loose-synonyms")
      ? { loose: looseSynonyms(terms, graph.loose) }
      : {}),
  };
}

/** The loose links (see `Lexicon.loose`) from terms the documents never use to terms they do. */
function looseSynonyms(
  vocabulary: Iterable<string>,
  loose: NonNullable<WordGraph["loose"]>,
): Map<string, string[]> {
  const used = new Set(vocabulary);
  const found = new Map<string, string[]>();
  for (const term of used) {
    for (const id of loose.ofTerm.get(term) ?? []) {
      for (const other of loose.synsets[id] ?? []) {
        if (used.has(other)) continue;
        const list = found.get(other);
        if (!list) found.set(other, [term]);
        else if (!list.includes(term)) list.push(term);
      }
    }
  }
  return found;
}

/** The term after a prefix ("cochair" → "chair"), where the whole is no English word and the rest is. */
function prefixedBase(term: string, english: Set<string>): string | null {
  if (ablated("prefix-bases") || english.has(term)) return null;
  const prefix = /^(?:co|re|pre|mid|sub)(?=[a-z]{4})/.exec(term)?.[0];
  const rest = prefix ? term.slice(prefix.length) : null;
  return rest && english.has(rest) ? rest : null;
}

/**
 * The longest term the engine asks `english` about: an acronym is two to five letters
 * (`looksLikeAcronym` in concepts.ts), and its term may differ in spelling by a letter.
 */
export const longestAcronymTerm = 6;

/** Only the terms an acronym's could be: a third of WordNet's, so a snapshot loads sooner. */
function shortTerms(english: Set<string>): Set<string> {
  const short = new Set<string>();
  for (const term of english) if (term.length <= longestAcronymTerm) short.add(term);
  return short;
}

/** A lexicon as two strings, the form a snapshot keeps (see `encodeLexicon`). */
export interface EncodedLexicon {
  /** One line per question term: the term, then a tab before each "term relation" it leads to. */
  related: string;
  /** The English terms, sorted, one per line. */
  english: string;
  /** The dictionary's words, sorted, one per line; empty without one. */
  dictionary: string;
  /** One line per term the documents never use: the term, then a tab before each of theirs. */
  loose?: string;
}

/**
 * The lexicon as two strings for the index snapshot. V8 restores two strings at once, where the
 * same data as nested arrays (58,000 English terms, 9,000 relation lists) took 60 ms of every
 * start-up; decoding the strings takes a third of that. Terms never hold a tab, space or newline.
 */
export function encodeLexicon(lexicon: Lexicon): EncodedLexicon {
  const lines: string[] = [];
  for (const [term, links] of lexicon.related)
    lines.push([term, ...links.map(([other, relation]) => `${other} ${relation}`)].join("\t"));
  return {
    related: lines.join("\n"),
    english: SortedWords.from(lexicon.english).lines,
    dictionary: lexicon.dictionary ? SortedWords.from(lexicon.dictionary).lines : "",
    loose: [...(lexicon.loose ?? [])]
      .map(([term, terms]) => [term, ...terms].join("\t"))
      .join("\n"),
  };
}

/** The lexicon `encodeLexicon` wrote. */
export function decodeLexicon(encoded: EncodedLexicon): Lexicon {
  const related = new Map<string, [string, Relation][]>();
  if (encoded.related) {
    for (const line of encoded.related.split("\n")) {
      const [term = "", ...links] = line.split("\t");
      related.set(
        term,
        links.map((link) => {
          const space = link.indexOf(" ");
          return [link.slice(0, space), link.slice(space + 1) as Relation];
        }),
      );
    }
  }
  const loose = new Map<string, string[]>();
  if (encoded.loose) {
    for (const line of encoded.loose.split("\n")) {
      const [term = "", ...terms] = line.split("\t");
      loose.set(term, terms);
    }
  }
  return {
    related,
    english: new SortedWords(encoded.english),
    ...(encoded.dictionary ? { dictionary: new SortedWords(encoded.dictionary) } : {}),
    ...(loose.size ? { loose } : {}),
  };
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
  loaded = withThesaurus(readWordGraph(wordGraphOptions()));
  if (file) saveQuietly(file, serialize(loaded));
  return loaded;
}

let loaded: WordGraph | undefined;

/** The dictionary (see `readDictionary`), read and sorted once per process: a build's 70 ms. */
export function loadDictionary(): WordSet {
  dictionary ??= SortedWords.from(readDictionary());
  return dictionary;
}

let dictionary: WordSet | undefined;

/** The options WordNet is read with: the defaults, less any ablated for a measurement. */
function wordGraphOptions(): WordGraphOptions {
  return {
    ...defaultWordGraphOptions,
    singleSense: !ablated("single-sense"),
    numberKinds: ablated("number-kinds"),
    adverbBases: !ablated("adverb-bases"),
    phrases: !ablated("phrasal-verbs"),
  };
}

/** WordNet's version and a hash of the code (and thesaurus) that turns it into terms. */
function wordGraphKey(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const extension = path.extname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256")
    .update(wordNetVersion())
    .update(JSON.stringify(wordGraphOptions()))
    // Switching off a reading of words ("prefixed-forms", "modals") changes the terms WordNet is read into.
    .update(process.env.STP_ABLATE ?? "");
  for (const file of [
    `wordnet${extension}`,
    `thesaurus${extension}`,
    "thesaurus-pairs.txt",
    `terms${extension}`,
    `word-lists${extension}`,
    `spelling${extension}`,
  ])
    hash.update(readFileSync(path.join(here, file)));
  if (ablated("thesaurus")) hash.update("without the thesaurus");
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
