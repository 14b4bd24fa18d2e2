// Guesses what an undefined acronym stands for from the documents' own phrases: "icbs" → "integrated care boards".
import { ablated } from "../ablation.ts";
import { stopWords, toTerms } from "./terms.ts";

/** What an acronym was read as: the phrase's terms, and in how many passages it appears. */
export interface Expansion {
  phrase: string;
  terms: string[];
  passages: number;
}

/**
 * Finds a phrase in the texts whose words' initials spell `acronym` ("mh" → "mental health"),
 * allowing small joining words between ("out of area placements" → "oap"). Only a phrase the
 * documents use again and again counts, and only when it is the clear favourite: people
 * abbreviate what a text keeps saying. Returns null when no phrase qualifies.
 * `known` are the expansions of acronyms the documents or the glossary define: a phrase met once
 * in lower case counts when it is one of their family (`sameFamily`).
 * @example guessExpansion("icbs", passages) // { phrase: "integrated care boards", … }
 */
export function guessExpansion(
  acronym: string,
  texts: readonly string[],
  known: readonly (readonly string[])[] = [],
): Expansion | null {
  const letters = acronym.toLowerCase().replace(/s$/, "");
  if (!/^[a-z]{2,5}$/.test(letters)) return null;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${[...letters].map((l) => `(${l}[\\p{L}’']+)`).join(joining)}(?![\\p{L}\\p{N}])`,
    "giu",
  );
  const counts = new Map<
    string,
    { phrase: string; terms: string[]; passages: Set<number>; named: boolean }
  >();
  let matches = 0;
  texts.forEach((text, passage) => {
    if (!text) return;
    for (const match of text.matchAll(pattern)) {
      // The phrase's own words must carry meaning: "in care by" is not an acronym's source.
      const words = match.slice(1).map((w) => (w as string).toLowerCase());
      if (words.some((w) => stopWords.has(w))) continue;
      const terms = toTerms(match[0]);
      if (terms.length !== letters.length) continue;
      matches++;
      const key = terms.join(" ");
      const seen = counts.get(key);
      const named = match.slice(1).every((w) => /^\p{Lu}/u.test(w as string));
      if (seen) {
        seen.passages.add(passage);
        seen.named &&= named;
      } else counts.set(key, { phrase: match[0], terms, passages: new Set([passage]), named });
    }
  });
  const best = [...counts.values()].sort((a, b) => b.passages.size - a.passages.size)[0];
  if (!best) return ablated("embedded-initials") ? null : guessEmbedded(acronym, texts);
  // Two letters match by chance more often: "mh" must be "mental health" again and again.
  // Longer ones are specific enough that one phrase, if it is the only one, will do.
  // "Local Government Association" once is a name, and names are abbreviated; "innovations in
  // care to become" once, in lower case, is no source of "icb".
  // "ICP" beside a defined "ICS": the one phrase of the acronym's family is what it stands for,
  // met once and in lower case, whatever else has its initials ("improve care for people").
  const family = [...counts.values()].filter((found) => sameFamily(found.terms, known));
  const [kin] = family;
  if (family.length === 1 && kin)
    return { phrase: kin.phrase, terms: kin.terms, passages: kin.passages.size };
  const once = counts.size === 1 && (ablated("named-initials") || best.named);
  const needed = letters.length === 2 ? 3 : once ? 1 : 2;
  if (best.passages.size < needed || best.passages.size * 2 < matches) return null;
  return { phrase: best.phrase, terms: best.terms, passages: best.passages.size };
}

/**
 * Whether a phrase differs from a known acronym's expansion only in its last word: "integrated
 * care partnership", met once in lower case, is the "ICP" of a text that defines "ICB" as
 * "integrated care board". Families of acronyms share their first words, and an asker who
 * knows one guesses the next.
 */
function sameFamily(terms: readonly string[], known: readonly (readonly string[])[]): boolean {
  if (ablated("acronym-families") || terms.length < 3) return false;
  const head = terms.slice(0, -1);
  return known.some(
    (expansion) =>
      expansion.length === terms.length &&
      expansion.at(-1) !== terms.at(-1) &&
      head.every((term, i) => expansion[i] === term),
  );
}

const joiningWords = new Set(["and", "of", "for", "the", "in", "on", "to"]);
/** Between two words of a phrase: a space or hyphen, perhaps a joining word ("out of area"). */
const joining = `(?:\\s+(?:${[...joiningWords].join("|")}))?[\\s-]+`;

/**
 * A name with an acronym inside it, spelled by the outer acronym whole: "RCGP" is the "Royal
 * College of GPs", "NHSE" "NHS England". Tried only where no phrase gives a letter a word. Only a
 * name counts (every word capitalised, the inner acronym in capitals, as written), and only when
 * no other name has those letters: it is read as a name is, met once or more.
 */
function guessEmbedded(acronym: string, texts: readonly string[]): Expansion | null {
  const letters = acronym.toUpperCase().replace(/S$/, "");
  if (letters.length < 3) return null;
  const found = new Map<string, { phrase: string; terms: string[]; passages: Set<number> }>();
  for (const parts of splits(letters)) {
    if (parts.length === 1 || parts.every((part) => part.length === 1)) continue;
    const words = parts.map((part) =>
      part.length === 1 ? `(${part}[\\p{Ll}’']+)` : `(${part}(?:s|’s|'s)?)`,
    );
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join(joining)}(?![\\p{L}\\p{N}])`, "gu");
    // A text without the inner acronym ("GP") cannot hold the name: skip it before the pattern.
    const inner = parts.reduce((a, b) => (b.length > a.length ? b : a));
    texts.forEach((text, passage) => {
      if (!text?.includes(inner)) return;
      for (const match of text.matchAll(pattern)) {
        const terms = toTerms(match[0]);
        if (terms.length !== parts.length || insideLongerName(text, match)) continue;
        const key = terms.join(" ");
        const seen = found.get(key);
        if (seen) seen.passages.add(passage);
        else found.set(key, { phrase: match[0], terms, passages: new Set([passage]) });
      }
    });
  }
  if (found.size !== 1) return null;
  const [only] = [...found.values()];
  return only ? { phrase: only.phrase, terms: only.terms, passages: only.passages.size } : null;
}

/** "College of GPs" in "Royal College of GPs" is part of a name, not one. */
function insideLongerName(text: string, match: RegExpExecArray | RegExpMatchArray): boolean {
  const start = match.index ?? 0;
  const before = /([\p{L}’']+)[\s-]+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^[\s-]+([\p{L}’']+)/u.exec(text.slice(start + match[0].length))?.[1];
  const capitalised = (word?: string) =>
    !!word && /^\p{Lu}/u.test(word) && !stopWords.has(word.toLowerCase());
  return capitalised(before) || capitalised(after);
}

/** Every way to cut "RCGP" into runs: R·C·GP, RC·GP, R·CGP… */
function splits(letters: string): string[][] {
  if (letters.length <= 1) return [[letters]];
  const ways: string[][] = [];
  for (let cut = 1; cut <= letters.length; cut++) {
    const head = letters.slice(0, cut);
    if (cut === letters.length) ways.push([head]);
    else for (const rest of splits(letters.slice(cut))) ways.push([head, ...rest]);
  }
  return ways;
}

/**
 * "RCP" for "Royal College of Physicians": the initials of a name's capitalised words ("The"
 * aside); null for fewer than three, which name too many things.
 */
export function initialsOf(name: string): string | null {
  const words = (name.match(/\p{Lu}[\p{L}'’]*/gu) ?? []).filter((word) => word !== "The");
  const initials = words
    .map((word) => word[0])
    .join("")
    .toLowerCase();
  return initials.length >= 3 ? initials : null;
}
