// Passages' terms counted into postings (term → passages and counts, per field), in shares merged in passage order.
import type { GlossaryMatcher } from "../documents/glossary.ts";
import { type Token, tokenCount } from "../lexicon/terms.ts";
import { type IndexablePassage, indexedFields, passageFields } from "./passage-terms.ts";

/**
 * The postings of some passages, numbered from 0 in their order. Flat typed arrays rather than
 * a Map per term: a worker can hand them over without copying, and merging is a few loops.
 */
export interface Postings {
  passageCount: number;
  /** Term number → term. */
  terms: string[];
  /** Per term number: how many passages use it in any field. */
  documentFrequency: Int32Array;
  /** Per indexed field, in `indexedFields` order. */
  fields: FieldTable[];
  /** Every word as written (numbers aside) → its term, for typo-tolerant lookup. */
  words: Map<string, string>;
}

/** One field's postings: term t's entries are at [start[t], start[t + 1]), passages ascending. */
export interface FieldTable {
  start: Int32Array;
  passages: Int32Array;
  /** How often the term occurs in that passage's field. */
  counts: Uint16Array;
  /** Per passage: how many distinct terms the field has (MiniSearch's field length). */
  length: Uint32Array;
}

/** Counts the terms of `passages`: one share of a corpus, or all of it. */
export function countPostings(
  passages: readonly IndexablePassage[],
  matchers: GlossaryMatcher[],
): Postings {
  const words = new Map<string, string>();
  const termNumbers = new Map<string, number>();
  const terms: string[] = [];
  let tally = new Int32Array(1024);
  let frequency = new Int32Array(1024);
  let lastPassage = new Int32Array(1024).fill(-1);
  const numberOf = (term: string): number => {
    let number = termNumbers.get(term);
    if (number === undefined) {
      number = terms.length;
      terms.push(term);
      termNumbers.set(term, number);
      if (number === tally.length) {
        tally = grow(tally, 0);
        frequency = grow(frequency, 0);
        lastPassage = grow(lastPassage, -1);
      }
    }
    return number;
  };
  // Tokens are shared objects, one per distinct word, each with an id: finding their numbers
  // by id spares hashing every word, and the first sight of each is when the vocabulary
  // learns it. Per token id, its term's number + 1, or 0 before it is seen.
  let tokenNumbers = new Int32Array(tokenCount() + 1024);
  const numberOfToken = (token: Token): number => {
    if (token.id >= tokenNumbers.length) tokenNumbers = grow(tokenNumbers, 0, token.id);
    const known = tokenNumbers[token.id] as number;
    if (known > 0) return known - 1;
    const number = numberOf(token.term);
    tokenNumbers[token.id] = number + 1;
    if (!token.numeric && !words.has(token.word)) words.set(token.word, token.term);
    return number;
  };
  // A heading's or title's terms are one shared array for all its passages: numbered once.
  const headingNumbers = new Map<string[], number[]>();
  const numbersOfHeading = (terms: string[]): number[] => {
    let numbers = headingNumbers.get(terms);
    if (!numbers) {
      numbers = terms.map(numberOf);
      headingNumbers.set(terms, numbers);
    }
    return numbers;
  };
  // Entries (term, passage, count) per field in passage order, sorted by term at the end.
  const entries = indexedFields.map(() => ({
    terms: new IntList(),
    passages: new IntList(),
    counts: new IntList(),
  }));
  const lengths = indexedFields.map(() => new Uint32Array(passages.length));
  const distinct: number[] = [];
  const add = (number: number) => {
    if ((tally[number] as number) === 0) distinct.push(number);
    tally[number] = (tally[number] as number) + 1;
  };
  const close = (field: number, p: number) => {
    const entry = entries[field] as (typeof entries)[number];
    (lengths[field] as Uint32Array)[p] = distinct.length;
    for (const number of distinct) {
      entry.terms.push(number);
      entry.passages.push(p);
      entry.counts.push(Math.min(tally[number] as number, 65535));
      tally[number] = 0;
      if (lastPassage[number] !== p) {
        lastPassage[number] = p;
        frequency[number] = (frequency[number] as number) + 1;
      }
    }
    distinct.length = 0;
  };
  passages.forEach((passage, p) => {
    const fields = passageFields(passage, matchers);
    for (const token of fields.text) add(numberOfToken(token));
    for (const alias of fields.aliases) add(numberOf(alias));
    close(0, p);
    for (const number of numbersOfHeading(fields.section)) add(number);
    close(1, p);
    for (const number of numbersOfHeading(fields.title)) add(number);
    close(2, p);
  });
  const fields = entries.map((entry, field) => {
    const start = new Int32Array(terms.length + 1);
    const termOf = entry.terms.values();
    const passageOf = entry.passages.values();
    const countOf = entry.counts.values();
    for (const number of termOf) start[number + 1] = (start[number + 1] as number) + 1;
    for (let t = 0; t < terms.length; t++)
      start[t + 1] = (start[t + 1] as number) + (start[t] as number);
    const next = start.slice(0, terms.length);
    const ordered = new Int32Array(termOf.length);
    const counts = new Uint16Array(termOf.length);
    termOf.forEach((number, e) => {
      const at = next[number] as number;
      next[number] = at + 1;
      ordered[at] = passageOf[e] as number;
      counts[at] = countOf[e] as number;
    });
    return { start, passages: ordered, counts, length: lengths[field] as Uint32Array };
  });
  return {
    passageCount: passages.length,
    terms,
    documentFrequency: frequency.slice(0, terms.length),
    fields,
    words,
  };
}

/** Postings of consecutive shares of passages as one, numbered in share order. */
export function mergePostings(shares: readonly Postings[]): Postings {
  if (shares.length === 1) return shares[0] as Postings;
  const termNumbers = new Map<string, number>();
  const terms: string[] = [];
  const renumber = shares.map((share) =>
    Int32Array.from(share.terms, (term) => {
      let number = termNumbers.get(term);
      if (number === undefined) {
        number = terms.length;
        terms.push(term);
        termNumbers.set(term, number);
      }
      return number;
    }),
  );
  const documentFrequency = new Int32Array(terms.length);
  shares.forEach((share, s) => {
    const to = renumber[s] as Int32Array;
    share.documentFrequency.forEach((count, t) => {
      const number = to[t] as number;
      documentFrequency[number] = (documentFrequency[number] as number) + count;
    });
  });
  const passageCount = shares.reduce((sum, share) => sum + share.passageCount, 0);
  const fields = indexedFields.map((_, field) => mergeField(shares, renumber, field, terms.length));
  const words = new Map<string, string>();
  for (const share of shares)
    for (const [word, term] of share.words) if (!words.has(word)) words.set(word, term);
  return { passageCount, terms, documentFrequency, fields, words };
}

function mergeField(
  shares: readonly Postings[],
  renumber: Int32Array[],
  field: number,
  termCount: number,
): FieldTable {
  const tables = shares.map((share) => share.fields[field] as FieldTable);
  const start = new Int32Array(termCount + 1);
  tables.forEach((table, s) => {
    const to = renumber[s] as Int32Array;
    for (let t = 0; t + 1 < table.start.length; t++) {
      const at = (to[t] as number) + 1;
      start[at] =
        (start[at] as number) + (table.start[t + 1] as number) - (table.start[t] as number);
    }
  });
  for (let t = 0; t < termCount; t++)
    start[t + 1] = (start[t + 1] as number) + (start[t] as number);
  const total = start[termCount] as number;
  const passages = new Int32Array(total);
  const counts = new Uint16Array(total);
  const next = start.slice(0, termCount);
  let offset = 0;
  tables.forEach((table, s) => {
    const to = renumber[s] as Int32Array;
    for (let t = 0; t + 1 < table.start.length; t++) {
      const number = to[t] as number;
      let at = next[number] as number;
      for (let e = table.start[t] as number; e < (table.start[t + 1] as number); e++, at++) {
        passages[at] = (table.passages[e] as number) + offset;
        counts[at] = table.counts[e] as number;
      }
      next[number] = at;
    }
    offset += shares[s]?.passageCount ?? 0;
  });
  const length = new Uint32Array(offset);
  let at = 0;
  for (const table of tables) {
    length.set(table.length, at);
    at += table.length.length;
  }
  return { start, passages, counts, length };
}

/** The buffers of `postings`, to hand to another thread without copying. */
export function postingsBuffers(postings: Postings): ArrayBuffer[] {
  return [
    postings.documentFrequency.buffer,
    ...postings.fields.flatMap((f) => [
      f.start.buffer,
      f.passages.buffer,
      f.counts.buffer,
      f.length.buffer,
    ]),
  ] as ArrayBuffer[];
}

/** A growing list of integers, kept out of the garbage-collected heap. */
class IntList {
  private data = new Int32Array(4096);
  private size = 0;

  push(value: number): void {
    if (this.size === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = value;
  }

  /** The values pushed so far (a view: valid until the next push). */
  values(): Int32Array {
    return this.data.subarray(0, this.size);
  }
}

/** `array` at least twice as long, and long enough for `index`; new slots hold `fill`. */
function grow(array: Int32Array<ArrayBuffer>, fill: number, index = 0): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(array.length * 2, index + 1)).fill(fill);
  grown.set(array);
  return grown;
}
