// A small least-recently-used cache that forgets everything when the documents are reloaded: the web page's answers and replies to questions asked afresh, and the question log's reading of what a question is about.

/** Options for {@link createRecentCache}. */
export interface RecentCacheOptions {
  /** Entries kept; past it, the one used longest ago goes. [default: 2,000] */
  size?: number;
  /**
   * What the entries were made from, read on every lookup; when it is no longer the same object
   * (a live engine's `documents` after a reload), everything kept is forgotten.
   */
  source: () => unknown;
}

/** Values by key, each made once until it is pushed out or the source changes. */
export interface RecentCache<T> {
  /** The value under `key`, made by `make` if it is not kept. */
  get(key: string, make: () => T): T;
}

/**
 * @example
 * const replies = createRecentCache<string>({ source: () => engine.documents });
 * replies.get(question, () => render(engine.ask(question)));
 */
export function createRecentCache<T>({ size = 2000, source }: RecentCacheOptions): RecentCache<T> {
  const entries = new Map<string, T>();
  let madeFrom = source();
  return {
    get(key, make) {
      const now = source();
      if (now !== madeFrom) {
        entries.clear();
        madeFrom = now;
      }
      if (entries.has(key)) {
        const value = entries.get(key) as T;
        // Map order is use order: the first key is always the one used longest ago.
        entries.delete(key);
        entries.set(key, value);
        return value;
      }
      const value = make();
      entries.set(key, value);
      if (entries.size > size) entries.delete(entries.keys().next().value as string);
      return value;
    },
  };
}
