// The bundled documents' passages, parsed with the engine's own modules but without the engine,
// so tests can check that every quote the engine gives is really in the documents.
import { readFile } from "node:fs/promises";
import { bundledContentDir } from "../../src/config.ts";
import { type ContentFile, parseDocument, readContentFiles } from "../../src/documents/content.ts";
import { type DraftPassage, toPassages } from "../../src/documents/passages.ts";
import type { Answer, ContentWarning, DocumentMeta } from "../../src/types.ts";

/** Every bundled document, its passages, and any warning met on the way. */
export interface BundledCorpus {
  files: ContentFile[];
  documents: DocumentMeta[];
  passages: DraftPassage[];
  warnings: ContentWarning[];
  /** Each document's raw lines, by source, for checking line numbers. */
  lines: Map<string, string[]>;
}

/** Reads `content/` the way the engine does: every document parsed and split into passages. */
export async function readBundledCorpus(): Promise<BundledCorpus> {
  const files = await readContentFiles(bundledContentDir);
  const corpus: BundledCorpus = {
    files,
    documents: [],
    passages: [],
    warnings: [],
    lines: new Map(),
  };
  for (const file of files) {
    if (!file.name.endsWith(".md")) continue;
    const { document, warnings } = parseDocument(file);
    corpus.warnings.push(...warnings);
    if (!document) continue;
    corpus.documents.push(document.meta);
    corpus.passages.push(...toPassages(document.tree, document.meta).passages);
    corpus.lines.set(document.meta.source, (await readFile(file.path, "utf8")).split("\n"));
  }
  return corpus;
}

/** A citation's quote without the "… " and " …" that mark where it was cut. */
export function withoutCutMarks(quote: string): string {
  return quote.replace(/^… /, "").replace(/ …$/, "");
}

/** A quote's runs of consecutive sentences: its body, split where a " … " marks a gap. */
export function quoteParts(quote: string): string[] {
  return withoutCutMarks(quote).split(" … ");
}

/**
 * True when `text` appears word for word in one passage of the documents, or runs from the end
 * of one paragraph into the start of the next (an answer led by the sentence its "This fund…"
 * leans on).
 */
export function isVerbatim(text: string, passages: DraftPassage[]): boolean {
  return (
    text.length > 0 &&
    passages.some(
      (passage, i) =>
        passage.text.includes(text) ||
        `${passage.text} ${nextInDocument(passages, i)}`.includes(text),
    )
  );
}

/** The text of the passage after passage `i` when it is in the same document and section. */
function nextInDocument(passages: DraftPassage[], i: number): string {
  const [passage, next] = [passages[i], passages[i + 1]];
  const same = passage && next && next.doc === passage.doc && next.section === passage.section;
  return same ? next.text : "\0";
}

/**
 * How an answer is built from its passage: the number of consecutive sentences it quotes (not
 * counting a lead from the paragraph above, `led`), and whether the first introduces a list (then
 * the items follow). Null when it is not such a run.
 */
export function answerShape(
  answer: Answer,
  passages: DraftPassage[],
): { sentences: number; listIntro: boolean; led: boolean } | null {
  for (const [i, passage] of passages.entries()) {
    // Led by the last sentence of the paragraph above, which its opening "This fund…" leans on.
    const above = passages[i - 1];
    const lead =
      above && above.doc === passage.doc && above.section === passage.section
        ? `${above.sentences[above.sentences.length - 1]} `
        : "\0";
    for (let start = 0; start < passage.sentences.length; start++) {
      for (let end = start + 1; end <= passage.sentences.length; end++) {
        const run = passage.sentences.slice(start, end).join(" ");
        const led = start === 0 && answer.answer === `${lead}${run}`;
        if (run === answer.answer || led) {
          return {
            sentences: end - start,
            // A list introduced by a line ending in ":", or items that end in ";" (one sentence).
            listIntro:
              (passage.sentences[start]?.endsWith(":") ?? false) ||
              passage.sentences.slice(start, end - 1).every((s) => s.endsWith(";")),
            led,
          };
        }
      }
    }
  }
  return null;
}
