// What a candidate's document says about a question, for ranking: a phrase of the question its title names, and how much of the question it shows.
import { ablated } from "../ablation.ts";
import type { GlossaryMatcher } from "../documents/glossary.ts";
import { headingTerms } from "../indexing/passage-terms.ts";
import { type Concept, conceptMatch } from "../question/concepts.ts";
import type { Passage } from "../types.ts";

/** Whether `a`'s word is followed by `b`'s in `sequence`, at most one word between. */
export function adjacentIn(a: Concept, b: Concept, sequence: string[]): boolean {
  const firstTerms = new Set(a.alternatives.map((alt) => alt.at(-1)));
  const secondTerms = new Set(b.alternatives.map((alt) => alt[0]));
  for (let j = 0; j < sequence.length; j++) {
    if (!firstTerms.has(sequence[j])) continue;
    if (secondTerms.has(sequence[j + 1]) || secondTerms.has(sequence[j + 2])) return true;
  }
  return false;
}

/** The question's neighbouring topic words that a title has together too ("Better Care Fund"). */
function phraseConcepts(topics: Concept[], sequence: string[]): Set<Concept> {
  const found = new Set<Concept>();
  const terms = new Set(sequence);
  for (let i = 0; i + 1 < topics.length; i++) {
    const [a, b] = [topics[i], topics[i + 1]];
    if (!a?.known || !b?.known) continue;
    // The title's own words, side by side, not synonyms of them: the phrase names the document.
    // "Better Care Fund" does not name the "transformation fund", though WordNet's "better" is
    // a way of saying "transformation" and the title has "transformation" elsewhere.
    if (!adjacentIn(ownWords(a), ownWords(b), sequence)) continue;
    if (conceptMatch(a, terms) < 1 || conceptMatch(b, terms) < 1) continue;
    found.add(a);
    found.add(b);
  }
  return found;
}

/** A concept as the asker's own word or its expansion: the ways of saying it in full. */
function ownWords(concept: Concept): Concept {
  if (ablated("title-phrase-own-words")) return concept;
  const full = concept.credits.flatMap((credit, i) => (credit >= 1 ? [i] : []));
  return {
    ...concept,
    alternatives: full.map((i) => concept.alternatives[i] ?? []),
    credits: full.map(() => 1),
  };
}

/** What a title's phrase counts for in each sentence of its document: as an antecedent does. */
export const titlePhraseCredit = 0.7;

/**
 * The candidates' documents whose title names a phrase of the question that no other candidate's
 * title names, with that phrase's concepts. A phrase several titles share ("sustainability and
 * transformation plans") names none of them: there the sentence that says it should win.
 */
export function namingTitles(
  hits: { id: number }[],
  passages: Passage[],
  docTerms: (doc: Passage["doc"]) => string[],
  topics: Concept[],
): Map<Passage["doc"], ReadonlySet<Concept>> {
  const named = new Map<Passage["doc"], { phrase: string; concepts: Set<Concept> }>();
  const titlesNaming = new Map<string, number>();
  for (const hit of hits) {
    const doc = passages[hit.id]?.doc;
    if (!doc || named.has(doc)) continue;
    const concepts = phraseConcepts(topics, docTerms(doc));
    const phrase = [...concepts].map((c) => c.word).join(" ");
    named.set(doc, { phrase, concepts });
    if (concepts.size) titlesNaming.set(phrase, (titlesNaming.get(phrase) ?? 0) + 1);
  }
  const naming = new Map<Passage["doc"], ReadonlySet<Concept>>();
  for (const [doc, { phrase, concepts }] of named)
    if (concepts.size && titlesNaming.get(phrase) === 1) naming.set(doc, concepts);
  return naming;
}

/**
 * Each candidate document's share of the question's topic weight shown in its title, or the
 * headings or text of its retrieved passages: how much of what was asked the document is about.
 */
export function documentFits(
  retrieved: { passage: Passage; terms: Set<string> }[],
  matchers: GlossaryMatcher[],
  docTerms: (doc: Passage["doc"]) => string[],
  topics: Concept[],
  topicalWeight: number,
): Map<Passage["doc"], number> {
  // Per document, each concept's best showing in any of its passages, headings or its title.
  const shown = new Map<Passage["doc"], number[]>();
  for (const { passage, terms } of retrieved) {
    let best = shown.get(passage.doc);
    if (!best) {
      const title = new Set(docTerms(passage.doc));
      best = topics.map((concept) => conceptMatch(concept, title));
      shown.set(passage.doc, best);
    }
    const heading = new Set(headingTerms(passage.section ?? "", matchers));
    topics.forEach((concept, i) => {
      if ((best[i] ?? 0) < 1)
        best[i] = Math.max(
          best[i] ?? 0,
          conceptMatch(concept, terms),
          conceptMatch(concept, heading),
        );
    });
  }
  const fits = new Map<Passage["doc"], number>();
  for (const [doc, best] of shown) {
    const covered = topics.reduce((sum, concept, i) => sum + concept.weight * (best[i] ?? 0), 0);
    fits.set(doc, covered / topicalWeight);
  }
  return fits;
}

/** What a document's fit adds to each of its sentences' scores, for ranking only. */
export const documentFitWeight = 0.2;
