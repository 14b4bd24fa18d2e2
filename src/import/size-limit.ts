// The CONTENT_MAX_MB limit's error, shared by files and downloads so both say the same thing.
import { ImportError } from "./import-error.ts";

/**
 * The error for a document over the limit, saying how to get it in anyway.
 * @param atLeast true when a download was stopped part-way, so its full size is unknown.
 */
export function tooLargeError(bytes: number, maxBytes: number, atLeast = false): ImportError {
  return new ImportError(
    "TOO_LARGE",
    `is ${atLeast ? "over " : ""}${formatSize(bytes)}, more than the ${formatSize(maxBytes)} limit: split it, or raise CONTENT_MAX_MB`,
  );
}

/** "50 MB", "2.5 MB", "20 KB". */
export function formatSize(bytes: number): string {
  const mb = bytes / 2 ** 20;
  if (mb < 0.1) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
