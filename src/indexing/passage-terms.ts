// What a passage is indexed under: its text's terms with glossary aliases, its section's, its document's.

import { setBounded } from "../bounded-map.ts";
import { aliasTerms, type GlossaryMatcher } from "../documents/glossary.ts";
import { phrasalTerms } from "../lexicon/phrasal-verbs.ts";
import { type Token, tokenize } from "../lexicon/terms.ts";

/** The parts of a passage the index reads. */
export interface IndexablePassage {
  text: string;
  section: string | null;
  doc: { title: string; publisher: string | null };
}

/** The indexed fields, in field-id order. */
export const indexedFields = ["text", "section", "title"] as const;

/** What a passage is indexed under, per field; tokens and heading terms are shared: don't change them. */
export interface PassageFields {
  /** The text's words, stop words dropped. */
  text: Token[];
  /**
   * Terms the text stands for beyond its words: an acronym's expansion, an expansion's acronym
   * (the glossary's), and its verbs of two words ("turn_down", `phrasalTerms`).
   */
  aliases: string[];
  section: string[];
  title: string[];
}

/** Reads a passage for the index. */
export function passageFields(
  passage: IndexablePassage,
  matchers: GlossaryMatcher[],
): PassageFields {
  const text = tokenize(passage.text);
  const terms = text.map((token) => token.term);
  return {
    text,
    aliases: [
      ...aliasTerms(passage.text, terms, matchers, { caseSensitive: true }),
      ...phrasalTerms(passage.text),
    ],
    section: headingTerms(passage.section ?? "", matchers),
    title: titleTerms(passage.doc, matchers),
  };
}

/**
 * The terms of a document's title, with its publisher: "what does the King's Fund say" should
 * find the King's Fund's document. Shared like `headingTerms`.
 */
export function titleTerms(
  doc: { title: string; publisher: string | null },
  matchers: GlossaryMatcher[],
): string[] {
  return headingTerms(`${doc.title} ${doc.publisher ?? ""}`, matchers);
}

/**
 * The terms of a heading or title, with their aliases. Remembered: a heading is shared by many
 * passages, and answering reads it for every candidate. The result is shared: don't change it.
 */
export function headingTerms(text: string, matchers: GlossaryMatcher[]): string[] {
  let read = headingCache.get(matchers);
  if (!read) {
    read = new Map();
    headingCache.set(matchers, read);
  }
  let terms = read.get(text);
  if (!terms) {
    const own = tokenize(text).map((token) => token.term);
    terms = [...own, ...aliasTerms(text, own, matchers, { caseSensitive: true })];
    setBounded(read, text, terms, maxCachedHeadings, "all");
  }
  return terms;
}

const headingCache = new WeakMap<GlossaryMatcher[], Map<string, string[]>>();
const maxCachedHeadings = 50_000;
