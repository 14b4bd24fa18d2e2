// A file or address named on the command line → its bytes and format, checked before any conversion.
import { readFile, stat } from "node:fs/promises";
import { fetchDocument, hasScheme, isWebAddress, withoutSecrets } from "./fetch-url.ts";
import { ImportError } from "./import-error.ts";
import type { SourceEntry } from "./list-sources.ts";
import { tooLargeError } from "./size-limit.ts";
import { confirmKind, type DocumentKind, kindByExtension, kindOfName } from "./sniff.ts";

/** A document's bytes, what they are, and where they came from. */
export interface LoadedSource {
  bytes: Uint8Array;
  kind: DocumentKind;
  /** For the front matter's `source:`, as `listSources` named it. */
  source: string;
  /** The address the document was downloaded from in the end; null for a file. */
  url: string | null;
  charset: string | null;
}

/** How `loadSource` limits what it reads. */
export interface LoadOptions {
  maxBytes: number;
  fetchTimeoutMs: number;
}

/**
 * Reads a file (checking its size, that it is not empty, and that its content is what its
 * extension says) or downloads an address.
 * @throws {ImportError} for a missing, empty, oversized, unsupported or mislabelled file, or a
 *   download that fails.
 */
export async function loadSource(
  { input: source, source: name }: SourceEntry,
  options: LoadOptions,
): Promise<LoadedSource> {
  if (isWebAddress(source)) {
    const download = await fetchDocument(source, {
      timeoutMs: options.fetchTimeoutMs,
      maxBytes: options.maxBytes,
    });
    return {
      bytes: download.bytes,
      kind: download.kind,
      source: name,
      url: withoutSecrets(download.finalUrl),
      charset: download.charset,
    };
  }
  if (hasScheme(source)) {
    throw new ImportError(
      "UNSUPPORTED",
      "content:add downloads http:// and https:// addresses only: download this one and add the file",
    );
  }
  const expected = kindOfName(source);
  if (!expected) {
    throw new ImportError(
      "UNSUPPORTED",
      `content:add reads ${Object.keys(kindByExtension).join(", ")} files and http(s) addresses; export this one as PDF or Word first`,
    );
  }
  let size: number;
  try {
    size = (await stat(source)).size;
  } catch {
    // "www.england.nhs.uk/…/plan.pdf" was meant as an address.
    const hint = /(^|[\\/])www\.[\w-]+\./i.test(source)
      ? " (a web address begins with https://)"
      : "";
    throw new ImportError("NOT_FOUND", `no such file: check the path${hint}`);
  }
  if (size > options.maxBytes) throw tooLargeError(size, options.maxBytes);
  if (size === 0) throw new ImportError("EMPTY", "the file is empty: nothing to import");
  const bytes = await readFile(source);
  return {
    bytes,
    kind: confirmKind(expected, bytes),
    source: name,
    url: null,
    charset: null,
  };
}
