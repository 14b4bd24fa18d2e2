// A bounded memory of recent keys: which events were already answered, which answers sit under buttons.

/**
 * A Map that forgets its oldest entries beyond `capacity`, so a long-running bot's memory stays
 * flat. A Map keeps insertion order, so the first key is always the oldest.
 */
export class RecentMap<V> {
  readonly capacity: number;
  #entries = new Map<string, V>();

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`RecentMap: capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): V | undefined {
    return this.#entries.get(key);
  }

  set(key: string, value: V): this {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.capacity) break;
      this.#entries.delete(oldest);
    }
    return this;
  }

  /** Records `key`; true the first time it is seen (while remembered), false after. */
  isFirstSighting(key: string, value: V): boolean {
    if (this.#entries.has(key)) return false;
    this.set(key, value);
    return true;
  }
}
