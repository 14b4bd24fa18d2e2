// Worker side of a parallel build: reads chunks of the documents from the queue it shares with the engine's thread.
import { parentPort, workerData } from "node:worker_threads";
import type { ContentFile } from "../documents/content.ts";
import { buildMatchers, parseGlossary } from "../documents/glossary.ts";
import { loadParsers } from "../documents/parsers.ts";
import { postingsBuffers } from "./postings.ts";
import { claimChunk, readShare, type ShareRead } from "./read-share.ts";

/** The glossary file as the engine read it: workers parse it for alias terms. */
export interface GlossarySource {
  file: string;
  text: string;
}

/** A chunk's number and what reading it gave: sent for each chunk, then null when none is left. */
export interface ChunkRead {
  chunk: number;
  share: ShareRead;
}

/** What the engine sends: the glossary, the chunks and the shared queue position. */
export interface BuildJob {
  glossary: GlossarySource | null;
  chunks: ContentFile[][];
  /** Over a SharedArrayBuffer: the next chunk to claim. */
  next: Int32Array;
}

if (parentPort) {
  await loadParsers();
  const job = workerData as BuildJob;
  // Bytes arrive as Uint8Arrays over the shared memory: give parsing the Buffers it expects.
  const chunks = job.chunks.map((files) =>
    files.map((file) => ({
      ...file,
      bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
    })),
  );
  const glossary = job.glossary ? parseGlossary(job.glossary.file, job.glossary.text).entries : [];
  const matchers = buildMatchers(glossary);
  for (let chunk = claimChunk(job.next); chunk < chunks.length; chunk = claimChunk(job.next)) {
    const share = readShare(chunks[chunk] ?? [], matchers);
    // Sent chunk by chunk, so the engine's thread takes them in while it still has work;
    // the postings' typed arrays move over instead of being copied.
    parentPort.postMessage({ chunk, share } satisfies ChunkRead, postingsBuffers(share.postings));
  }
  parentPort.postMessage(null);
}
