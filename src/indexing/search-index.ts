// Passages → MiniSearch index over normalised terms, plus the term statistics answer selection needs.
import MiniSearch from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import type { GlossaryMatcher } from "../documents/glossary.ts";
import { longestSlip } from "../lexicon/dictionary.ts";
import type { Passage } from "../types.ts";
import { indexedFields } from "./passage-terms.ts";
import { countPostings, type Postings } from "./postings.ts";

/** The searchable form of a corpus. */
export interface SearchIndex {
  /** The terms at most `commonTermThreshold` passages use: on small corpora, every term. */
  miniSearch: MiniSearch<IndexedFields>;
  /** Terms in more passages than `commonTermThreshold`, scored from flat arrays instead. */
  common: CommonPostings;
  /** How many passages each term occurs in (text, aliases, section or title). */
  documentFrequency: Map<string, number>;
  /** Every word as written → its term; `nearWords` searches it for words the index lacks. */
  words: Map<string, string>;
  passageCount: number;
  /**
   * Every term's postings, which the rest is built from (`indexFromPostings`): what snapshots
   * keep, typed arrays that v8 serialisation copies in bulk, not MiniSearch's many Maps.
   */
  postings: Postings;
}

/**
 * Postings of the common terms ("the" of a large corpus: "plan", "care", "nhs"), one list per
 * field. MiniSearch would walk a Map entry and build a result object for each of their tens
 * of thousands of passages on every question; typed arrays are scored in a tight loop.
 */
export interface CommonPostings {
  /** term → per field id: passage ids (ascending) and term frequencies. */
  terms: Map<string, FieldPostings[]>;
  /** Per field id: each passage's count of distinct terms, as MiniSearch counts field length. */
  fieldLength: Uint32Array[];
  averageFieldLength: number[];
}

/** One term's passages in one field. */
export interface FieldPostings {
  ids: Int32Array;
  freqs: Uint16Array;
}

/** A term to search for, with how much it should count. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

interface IndexedFields {
  id: number;
  text: string;
  section: string;
  title: string;
}

// A section heading or title describes every passage under it: it helps, but less than the text.
const boost = { text: 1, section: 0.5, title: 0.3 };
const fieldBoosts = indexedFields.map((field) => boost[field]);
// MiniSearch's BM25+ defaults, so common and rare terms are scored on one scale.
const bm25 = { k: 1.2, b: 0.7, d: 0.5 };

// Fields hold terms already normalised by terms.ts, so MiniSearch only splits on spaces.
const miniSearchOptions = {
  fields: [...indexedFields],
  storeFields: [],
  tokenize: (text: string) => (text ? text.split(" ") : []),
  processTerm: (term: string) => term || null,
  searchOptions: {
    tokenize: (text: string) => (text ? text.split(" ") : []),
    processTerm: (term: string) => term || null,
    boost,
  },
};

/**
 * Above this many passages a term is common: it says little about which passage answers, and
 * scanning it through MiniSearch costs most of a search. No term of the bundled content is.
 */
export function commonTermThreshold(passageCount: number): number {
  return Math.max(1000, Math.ceil(passageCount * 0.01));
}

/**
 * Indexes passages; alias terms from the glossary let acronyms and their expansions meet.
 * Passages' ids must be their positions in `passages`, as the engine numbers them.
 */
export function buildSearchIndex(passages: Passage[], matchers: GlossaryMatcher[]): SearchIndex {
  return indexFromPostings(countPostings(passages, matchers));
}

/**
 * The index of counted postings (perhaps counted in shares on worker threads and merged):
 * common terms are scored from the postings themselves, the rest go into MiniSearch.
 */
export function indexFromPostings(postings: Postings): SearchIndex {
  const count = postings.passageCount;
  const threshold = commonTermThreshold(count);
  const documentFrequency = new Map<string, number>();
  const commonTerms = new Map<string, FieldPostings[]>();
  const fieldLength = postings.fields.map((table) => table.length);
  // Running means, exactly as MiniSearch's addFieldLength computes them.
  const average = fieldLength.map((lengths) =>
    lengths.reduce((mean, length, p) => (mean * p + length) / (p + 1), 0),
  );
  const miniSearch = new PostingsMiniSearch(postings, average);
  postings.terms.forEach((term, t) => {
    const frequency = postings.documentFrequency[t] as number;
    documentFrequency.set(term, frequency);
    if (frequency <= threshold) {
      miniSearch.indexPostings(term, t);
      return;
    }
    commonTerms.set(
      term,
      postings.fields.map(({ start, passages, counts }) => ({
        ids: passages.subarray(start[t], start[t + 1]),
        freqs: counts.subarray(start[t], start[t + 1]),
      })),
    );
  });
  return {
    miniSearch,
    common: { terms: commonTerms, fieldLength, averageFieldLength: average },
    documentFrequency,
    words: postings.words,
    passageCount: count,
    postings,
  };
}

/**
 * MiniSearch holding counted postings: the Maps `addAll` would build, made without tokenising
 * again. Going through `loadJS` would mean building its serialised objects only for it to parse
 * their keys back into numbers, which costs more than the counting did. The fields set here
 * are MiniSearch's protected state, which it leaves open to subclasses.
 */
class PostingsMiniSearch extends MiniSearch<IndexedFields> {
  private readonly postings: Postings;

  constructor(postings: Postings, averageFieldLength: number[]) {
    super(miniSearchOptions);
    this.postings = postings;
    const count = postings.passageCount;
    this._documentCount = count;
    this._nextId = count;
    this._avgFieldLength = averageFieldLength;
    // A passage's id is its MiniSearch short id too.
    for (let p = 0; p < count; p++) {
      this._documentIds.set(p, p);
      this._idToShortId.set(p, p);
      this._fieldLength.set(
        p,
        postings.fields.map((table) => table.length[p] as number),
      );
    }
  }

  /** Adds the postings' term number `t`, in every field that has it. */
  indexPostings(term: string, t: number): void {
    const data = new Map<number, Map<number, number>>();
    this.postings.fields.forEach(({ start, passages, counts }, field) => {
      const end = start[t + 1] as number;
      if (end === start[t]) return;
      const frequencyOf = new Map<number, number>();
      for (let e = start[t] as number; e < end; e++)
        frequencyOf.set(passages[e] as number, counts[e] as number);
      data.set(field, frequencyOf);
    });
    this._index.set(term, data);
  }
}

/** Ranks passages for the given terms, best first, as MiniSearch would over every term. */
export function searchPassages(
  index: SearchIndex,
  terms: WeightedTerm[],
  limit: number,
): { id: number; score: number }[] {
  if (terms.length === 0) return [];
  const common = terms.filter(({ term }) => index.common.terms.has(term));
  const rare = common.length ? terms.filter(({ term }) => !index.common.terms.has(term)) : terms;
  if (common.length === 0) return searchMiniSearch(index, rare).slice(0, limit);
  // MiniSearch scores a passage as (sum of term scores) × (query terms matched); the rare
  // terms' sums come from MiniSearch, the common terms' from their postings.
  const count = index.passageCount;
  const sums = new Float64Array(count);
  const matched = new Uint16Array(count);
  const lastTerm = new Int32Array(count).fill(-1);
  for (const result of searchMiniSearch(index, rare)) {
    sums[result.id] = (sums[result.id] ?? 0) + result.score / result.matched;
    matched[result.id] = (matched[result.id] ?? 0) + result.matched;
  }
  common.forEach(({ term, weight }, termNumber) => {
    const postings = index.common.terms.get(term) ?? [];
    postings.forEach(({ ids, freqs }, fieldId) => {
      if (ids.length === 0) return;
      const lengths = index.common.fieldLength[fieldId] as Uint32Array;
      const average = index.common.averageFieldLength[fieldId] ?? 1;
      const scale = weight * (fieldBoosts[fieldId] ?? 1);
      const idf = Math.log(1 + (count - ids.length + 0.5) / (ids.length + 0.5));
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        const frequency = freqs[i] as number;
        const norm = bm25.k * (1 - bm25.b + (bm25.b * (lengths[id] as number)) / average);
        sums[id] =
          (sums[id] as number) +
          scale * idf * (bm25.d + (frequency * (bm25.k + 1)) / (frequency + norm));
        if (lastTerm[id] !== termNumber) {
          lastTerm[id] = termNumber;
          matched[id] = (matched[id] as number) + 1;
        }
      }
    });
  });
  return topScores(sums, matched, limit);
}

/**
 * Whether any passage from `first` to `last` (ids, inclusive) uses `term` in any field: a
 * binary search of a common term's postings, or a look through a rare term's few passages.
 */
export function termInPassages(
  index: SearchIndex,
  term: string,
  first: number,
  last: number,
): boolean {
  const common = index.common.terms.get(term);
  if (!common) return passagesWithTerm(index, term).some((id) => id >= first && id <= last);
  return common.some(({ ids }) => {
    let low = 0;
    let high = ids.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((ids[middle] as number) < first) low = middle + 1;
      else high = middle;
    }
    return low < ids.length && (ids[low] as number) <= last;
  });
}

/** Up to `limit` passages that use `term` in any field (every one when no limit is given). */
export function passagesWithTerm(index: SearchIndex, term: string, limit = Infinity): number[] {
  const common = index.common.terms.get(term);
  const ids = common?.[0]?.ids;
  if (ids) return [...ids.subarray(0, Math.min(limit, ids.length))];
  const found = index.miniSearch.search(term, { prefix: false, fuzzy: false, combineWith: "OR" });
  return found.slice(0, limit).map((result) => result.id as number);
}

/**
 * Words the documents use within `maxDistance` edits of `word`, with their terms. The radix
 * tree this needs is built on the first call: only a question with an unknown word needs it,
 * and at 100,000 passages it costs a quarter of a second that start-up need not pay. None for a
 * word longer than `longestSlip`, whose search would take seconds.
 */
export function nearWords(
  index: SearchIndex,
  word: string,
  maxDistance: number,
): [word: string, term: string, distance: number][] {
  if (word.length > longestSlip) return [];
  let tree = vocabularies.get(index);
  if (!tree) {
    tree = SearchableMap.from(index.words);
    vocabularies.set(index, tree);
  }
  return [...tree.fuzzyGet(word, maxDistance)].map(([near, [term, distance]]) => [
    near,
    term,
    distance,
  ]);
}

const vocabularies = new WeakMap<SearchIndex, SearchableMap<string>>();

/** MiniSearch's ranking for these terms, with how many of them each passage matched. */
function searchMiniSearch(
  index: SearchIndex,
  terms: WeightedTerm[],
): { id: number; score: number; matched: number }[] {
  if (terms.length === 0) return [];
  const weights = new Map(terms.map(({ term, weight }) => [term, weight]));
  return index.miniSearch
    .search(terms.map(({ term }) => term).join(" "), {
      boostTerm: (term) => weights.get(term) ?? 1,
    })
    .map((result) => ({
      id: result.id as number,
      score: result.score,
      matched: result.queryTerms.length,
    }));
}

/** The `limit` best passages by MiniSearch's score (sum × terms matched); ties go to the earlier passage. */
function topScores(
  sums: Float64Array,
  matched: Uint16Array,
  limit: number,
): { id: number; score: number }[] {
  const top: { id: number; score: number }[] = [];
  for (let id = 0; id < sums.length; id++) {
    const terms = matched[id] as number;
    if (terms === 0) continue;
    const score = (sums[id] as number) * terms;
    if (top.length === limit && score <= (top[limit - 1] as { score: number }).score) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as { score: number }).score < score) at--;
    top.splice(at, 0, { id, score });
    if (top.length > limit) top.pop();
  }
  return top;
}
