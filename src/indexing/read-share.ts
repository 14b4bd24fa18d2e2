// Content files → documents, passages and counted terms: the share of a build one thread does.
import { type ContentFile, parseDocument } from "../documents/content.ts";
import type { GlossaryMatcher } from "../documents/glossary.ts";
import { type DraftPassage, type DroppedBlock, toPassages } from "../documents/passages.ts";
import { collectDefinitions, type Definitions } from "../lexicon/acronyms.ts";
import type { ContentWarning, DocumentMeta } from "../types.ts";
import { countPostings, type Postings } from "./postings.ts";

/** What one share of the document files gives, passages in file order (the engine numbers them). */
export interface ShareRead {
  warnings: ContentWarning[];
  documents: DocumentMeta[];
  passages: DraftPassage[];
  dropped: { file: string; block: DroppedBlock }[];
  postings: Postings;
  /** Acronyms the share's documents define, for the glossary. */
  definitions: Definitions;
}

/** Parses and splits `files` (document files, in order) and counts their passages' terms. */
export function readShare(files: readonly ContentFile[], matchers: GlossaryMatcher[]): ShareRead {
  const warnings: ContentWarning[] = [];
  const documents: DocumentMeta[] = [];
  const passages: DraftPassage[] = [];
  const dropped: ShareRead["dropped"] = [];
  // Each tree is split as soon as it is parsed and then let go: holding every tree of a large
  // corpus at once costs more in garbage collection than the parsing itself.
  for (const file of files) {
    const result = parseDocument(file);
    for (const warning of result.warnings) warnings.push(warning);
    if (!result.document) continue;
    const { meta, tree } = result.document;
    documents.push(meta);
    const split = toPassages(tree, meta);
    for (const passage of split.passages) passages.push(passage);
    for (const block of split.dropped) dropped.push({ file: meta.file, block });
  }
  return {
    warnings,
    documents,
    passages,
    dropped,
    postings: countPostings(passages, matchers),
    definitions: collectDefinitions(passages),
  };
}

/**
 * Claims the next unread chunk from a queue shared between threads (`next`, an Int32Array over
 * a SharedArrayBuffer): a thread that starts late or runs slowly simply reads fewer chunks.
 * A number past the last chunk means none is left.
 */
export function claimChunk(next: Int32Array): number {
  return Atomics.add(next, 0, 1);
}
