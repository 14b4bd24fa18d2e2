// Acronyms the documents define themselves ("integrated care boards (ICBs)"), so nobody has to add them to the glossary.
import type { GlossaryEntry } from "../types.ts";

/** A passage's sentences and the title of its document, which a defined acronym names as its source. */
export interface DefiningText {
  sentences: string[];
  doc: { title: string };
}

/**
 * Finds acronyms defined in the text, in three forms: "local digital roadmaps (LDRs)",
 * "HEE (Health Education England)" and, opening a sentence or list item, "ICB – integrated care
 * board". The long form must spell the acronym out letter by letter, so "(see above)" or
 * "(2016)" define nothing. When documents differ, the most used long form wins.
 * @example findDefinedAcronyms([{ sentences: ["…created local workforce action boards (LWABs)."], … }])
 *   // [{ term: "LWAB", expansion: "local workforce action boards", aliases: ["LWABs"], … }]
 */
export function findDefinedAcronyms(passages: Iterable<DefiningText>): GlossaryEntry[] {
  return definedAcronyms(collectDefinitions(passages));
}

/**
 * The long forms found for each acronym, with how often each was used: what one share of a
 * parallel build finds in its passages, merged in file order by `mergeDefinitions`.
 */
export type Definitions = Map<string, Map<string, LongForm>>;

/** A long form as found. */
export interface LongForm {
  /** As first written. */
  long: string;
  count: number;
  /** The title of the first document that defines it. */
  doc: string;
}

/** Reads the definitions in some passages. */
export function collectDefinitions(passages: Iterable<DefiningText>): Definitions {
  const found: Definitions = new Map();
  const add = (short: string, long: string, doc: string) => {
    const term = singular(short);
    const key = long.toLowerCase();
    let forms = found.get(term);
    if (!forms) {
      forms = new Map();
      found.set(term, forms);
    }
    const seen = forms.get(key);
    if (seen) seen.count++;
    else forms.set(key, { long, count: 1, doc });
  };
  for (const { sentences, doc } of passages) {
    for (const text of sentences) {
      // Most sentences define nothing: only those with a bracket or a dash are read closely.
      if (text.includes("(") || text.includes("–") || text.includes("—") || text.includes(" - "))
        readDefinitions(text, doc.title, add);
    }
  }
  return found;
}

/** Shares' definitions as one, in order: counts add up, the first document to define one stays. */
export function mergeDefinitions(shares: Definitions[]): Definitions {
  const merged: Definitions = new Map();
  for (const share of shares) {
    for (const [term, forms] of share) {
      const into = merged.get(term) ?? new Map<string, LongForm>();
      merged.set(term, into);
      for (const [key, form] of forms) {
        const seen = into.get(key);
        if (seen) seen.count += form.count;
        else into.set(key, { ...form });
      }
    }
  }
  return merged;
}

/** Glossary entries for the definitions found: each acronym with its most used long form. */
export function definedAcronyms(found: Definitions): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  for (const [term, forms] of found) {
    const { long, doc } = [...forms.values()].sort((a, b) => b.count - a.count)[0] as LongForm;
    entries.push({
      term,
      expansion: long,
      aliases: [`${term}s`],
      description: null,
      definedIn: doc,
    });
  }
  return entries;
}

/** Each definition in one sentence, passed to `add`. */
function readDefinitions(
  text: string,
  doc: string,
  add: (short: string, long: string, doc: string) => void,
): void {
  for (const match of text.matchAll(shortInBrackets)) {
    const short = match[1] as string;
    const before = text.slice(Math.max(0, match.index - 120), match.index);
    const long = longFormBefore(singular(short), before);
    if (long) add(short, long, doc);
  }
  for (const match of text.matchAll(longInBrackets)) {
    const [, short, long] = match as unknown as [string, string, string];
    if (spellsOut(singular(short), long)) add(short, long.trim(), doc);
  }
  const opening = shortThenDash.exec(text);
  if (opening) {
    const [, short, rest] = opening as unknown as [string, string, string];
    const long = longFormAfter(singular(short), rest);
    if (long) add(short, long, doc);
  }
}

/**
 * The glossary the engine uses: the editors' entries, then each acronym the documents define
 * that the editors did not (their wording wins).
 */
export function withDefinedAcronyms(
  glossary: GlossaryEntry[],
  defined: GlossaryEntry[],
): GlossaryEntry[] {
  const known = new Set(
    glossary.flatMap((entry) => [entry.term, ...entry.aliases].map((form) => form.toLowerCase())),
  );
  return [...glossary, ...defined.filter((entry) => !known.has(entry.term.toLowerCase()))];
}

// An acronym: a capital, then capitals, digits or "&", perhaps with lower-case letters between
// ("NHSmail" is not one; "DoH" is), ending in a capital or a plural "s".
const acronym = "[A-Z][A-Za-z0-9&]{0,7}[A-Z0-9](?:s)?";
const shortInBrackets = new RegExp(String.raw`\((${acronym})\)`, "g");
const longInBrackets = new RegExp(String.raw`\b(${acronym}) \(([^()]{4,90})\)`, "g");
// At the start of a sentence or list item: "ICB – integrated care board. Each board…".
const shortThenDash = new RegExp(`^(${acronym}) ?[–—:-] (.{4,120})`);

/** "ICBs" → "ICB"; "NHS" stays. */
function singular(short: string): string {
  return /[A-Z0-9]s$/.test(short) ? short.slice(0, -1) : short;
}

/**
 * The words just before "(ICB)" that spell it out, found as Schwartz and Hearst do: match the
 * acronym's letters from its end, right to left through the text, the first letter at the
 * start of a word; then the long form is the words from there on.
 */
function longFormBefore(short: string, before: string): string | null {
  const words = before.trimEnd().split(/\s+/);
  // At most the acronym's length plus five words, as in Schwartz and Hearst.
  const window = words.slice(-Math.min(short.length + 5, short.length * 2)).join(" ");
  const letters = short.toLowerCase().replace(/[^a-z0-9]/g, "");
  let s = letters.length - 1;
  let l = window.length - 1;
  while (s >= 0) {
    const c = letters[s];
    while (
      l >= 0 &&
      (window[l]?.toLowerCase() !== c ||
        (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(window[l - 1] ?? "")))
    )
      l--;
    if (l < 0) return null;
    l--;
    s--;
  }
  const long = window.slice(window.lastIndexOf(" ", l) + 1).replace(/^[‘'"“(]+|[’'"”,]+$/g, "");
  return plausibleLongForm(short, long) ? long : null;
}

/** The words after "ICB – " that spell it out: as many as the acronym has letters, or a few more. */
function longFormAfter(short: string, rest: string): string | null {
  const words = rest.split(/[\s,;.()]+/).filter(Boolean);
  for (let count = 2; count <= Math.min(words.length, short.length + 3); count++) {
    const long = words.slice(0, count).join(" ");
    if (spellsOut(short, long)) return long;
  }
  return null;
}

/** True when the words' initials, allowing small joining words, give the acronym. */
function spellsOut(short: string, long: string): boolean {
  const letters = short.toLowerCase().replace(/[^a-z0-9]/g, "");
  const words = long
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  const match = (w: number, s: number): boolean => {
    if (s === letters.length) return w === words.length;
    if (w === words.length) return false;
    const word = words[w] as string;
    if (joiningWords.has(word) && match(w + 1, s)) return true;
    // A word may give one letter, or two ("NHS England" → "NHSE" reads "NHS" as three).
    if (word[0] !== letters[s]) return false;
    for (let take = 1; take <= Math.min(word.length, letters.length - s); take++) {
      if (word.slice(0, take) === letters.slice(s, s + take) && match(w + 1, s + take)) return true;
    }
    return false;
  };
  return plausibleLongForm(short, long) && match(0, 0);
}

/** A long form is words, longer than the acronym, starting with its first letter. */
function plausibleLongForm(short: string, long: string): boolean {
  const words = long.split(/\s+/).filter(Boolean);
  return (
    words.length >= 2 &&
    long.length > short.length + 2 &&
    long[0]?.toLowerCase() === short[0]?.toLowerCase() &&
    !/\d{3}/.test(long)
  );
}

const joiningWords = new Set(["and", "of", "for", "the", "in", "on", "to", "&"]);
