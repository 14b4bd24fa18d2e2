// A set of words kept as one sorted string and searched by halves: no Set to build or hold.
import type { WordSet } from "./lexicon.ts";

/**
 * Words kept as the one string a snapshot holds, sorted, one per line, and looked up by
 * halving: the dictionary's 114,000 words made a `Set` cost 12 MB of heap and 25 ms the first
 * time a question had a word nobody knows; searched in place they cost the string's 1.1 MB and
 * seventeen comparisons a lookup. Words never hold a newline.
 */
export class SortedWords implements WordSet {
  private count: number | undefined;

  /** `lines`: the words sorted as `Array.prototype.sort` sorts them, joined by newlines. */
  constructor(readonly lines: string) {}

  /** The words of any set, sorted and joined as `SortedWords` keeps them. */
  static from(words: Iterable<string>): SortedWords {
    if (words instanceof SortedWords) return words;
    return new SortedWords([...new Set(words)].filter(Boolean).sort().join("\n"));
  }

  has(word: string): boolean {
    const lines = this.lines;
    // `low` is always the start of a line; lines starting before `high` are still in play.
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = lines.lastIndexOf("\n", middle - 1) + 1;
      const newline = lines.indexOf("\n", start);
      const end = newline < 0 ? lines.length : newline;
      const line = lines.slice(start, end);
      if (line === word) return true;
      if (line < word) low = end + 1;
      else high = start;
    }
    return false;
  }

  get size(): number {
    if (this.count === undefined) {
      let count = this.lines ? 1 : 0;
      for (let at = this.lines.indexOf("\n"); at >= 0; at = this.lines.indexOf("\n", at + 1))
        count++;
      this.count = count;
    }
    return this.count;
  }

  [Symbol.iterator](): Iterator<string> {
    return (this.lines ? this.lines.split("\n") : [])[Symbol.iterator]();
  }
}
