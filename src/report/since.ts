// Reads the report's `--since`: a number of days or weeks back ("30d", "12w"), or a date ("2026-11-01").
import { maxDays as longestKept } from "../question-log/config.ts";

/**
 * The moment `text` names, counted back from `now`; null when it names none.
 * @example readSince("30d", new Date("2026-11-30T12:00:00Z")) // 2026-10-31T12:00:00.000Z
 * @example readSince("2026-11-01") // 2026-11-01T00:00:00.000Z
 */
export function readSince(text: string, now: Date = new Date()): Date | null {
  const trimmed = text.trim().toLowerCase();
  const span = /^(\d+)\s*(d|days?|w|weeks?)$/.exec(trimmed);
  if (span) {
    const days = Number(span[1]) * (span[2]?.startsWith("w") ? 7 : 1);
    // "0d" is today, from midnight (UTC), rather than a moment that holds nothing.
    if (days === 0) return new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
    // No record is older than the longest the log keeps; further back is everything, not an
    // instant the database cannot represent.
    return new Date(now.getTime() - Math.min(days, longestKept) * 24 * 60 * 60 * 1000);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    const date = new Date(`${trimmed}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== trimmed
      ? null
      : date;
  }
  return null;
}
