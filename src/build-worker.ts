// Worker side of a parallel build: reads chunks of the documents from the queue it shares with the engine's thread.
import { parentPort, workerData } from "node:worker_threads";
import type { ContentFile } from "./content.ts";
import { buildMatchers, parseGlossary } from "./glossary.ts";
import { loadParsers } from "./parsers.ts";
import { postingsBuffers } from "./postings.ts";
import { type ChunkRead, readClaimedChunks } from "./read-share.ts";

/** The glossary file as the engine read it: workers parse it for alias terms. */
export interface GlossarySource {
  file: string;
  text: string;
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
  // Bytes arrive as plain Uint8Arrays after cloning: give parsing the Buffers it expects.
  const chunks = job.chunks.map((files) =>
    files.map((file) => ({
      ...file,
      bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
    })),
  );
  const glossary = job.glossary ? parseGlossary(job.glossary.file, job.glossary.text).entries : [];
  const reads: ChunkRead[] = readClaimedChunks(chunks, job.next, buildMatchers(glossary));
  // The postings' typed arrays move to the engine's thread instead of being copied.
  parentPort.postMessage(
    reads,
    reads.flatMap((read) => postingsBuffers(read.share.postings)),
  );
}
