// A cache kept to a size: adding to a full one forgets first, so a long-running bot's memory stays flat.

/**
 * Sets `key` in `map`, making room first when it already holds `max` entries: `"oldest"` drops
 * the entry set longest ago (with a delete before each use, the least recently used); `"all"`
 * empties it, for entries that are cheap to read again.
 * @example setBounded(cache, word, read, 50_000, "all")
 */
export function setBounded<K, V>(
  map: Map<K, V>,
  key: K,
  value: V,
  max: number,
  forget: "oldest" | "all",
): void {
  if (map.size >= max && !map.has(key)) {
    if (forget === "all") map.clear();
    else map.delete(map.keys().next().value as K);
  }
  map.set(key, value);
}
