// Worker side of a parallel build: parses, splits and counts the terms of one share of the documents.
import { parentPort, workerData } from "node:worker_threads";
import type { ContentFile } from "./content.ts";
import { buildMatchers } from "./glossary.ts";
import { loadParsers } from "./parsers.ts";
import { postingsBuffers } from "./postings.ts";
import { readShare, type ShareRead } from "./read-share.ts";
import type { GlossaryEntry } from "./types.ts";

/** What the engine sends: the glossary (for alias terms) and a consecutive run of document files. */
export interface BuildJob {
  glossary: GlossaryEntry[];
  files: ContentFile[];
}

if (parentPort) {
  await loadParsers();
  const job = workerData as BuildJob;
  // Bytes arrive as a plain Uint8Array after cloning: give parsing the Buffer it expects.
  const files = job.files.map((file) => ({
    ...file,
    bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
  }));
  const share: ShareRead = readShare(files, buildMatchers(job.glossary));
  // The postings' typed arrays move to the engine's thread instead of being copied.
  parentPort.postMessage(share, postingsBuffers(share.postings));
}
