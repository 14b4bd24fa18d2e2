// The acronym glossary: lets "ccg" find "clinical commissioning groups" and back, and answers `define`.
import { isAscii, toTerms } from "../lexicon/terms.ts";
import type { ContentWarning, GlossaryEntry } from "../types.ts";
import { readYamlList } from "./yaml-list.ts";

/** A glossary entry prepared for matching: its acronym terms and its expansion's terms. */
export interface GlossaryMatcher {
  entry: GlossaryEntry;
  /** Acronym forms as typed in questions: "ccg", "ccgs". */
  acronyms: Set<string>;
  /** Acronym forms as written in documents, where case tells "NICE" from "nice". */
  writtenAcronyms: Set<string>;
  /** The expansion as terms, matched as a phrase: ["clinic", "commiss", "group"]. */
  expansion: string[];
}

/** Parses `glossary.yml`; bad entries are warned about and left out. */
export function parseGlossary(
  file: string,
  text: string,
): { entries: GlossaryEntry[]; warnings: ContentWarning[] } {
  const list = readYamlList(file, text, "must be a list of entries (- term: …)");
  if ("warning" in list) return { entries: [], warnings: [list.warning] };
  const warnings: ContentWarning[] = [];
  const entries: GlossaryEntry[] = [];
  /** Each term's entry number, so a second entry for it can say which came first. */
  const numbered = new Map<string, number>();
  list.items.forEach((item: unknown, index) => {
    const fields = (item ?? {}) as Record<string, unknown>;
    if (typeof fields.term !== "string" || typeof fields.expansion !== "string") {
      warnings.push({
        file,
        line: null,
        reason: `entry ${index + 1} needs a term and an expansion`,
      });
      return;
    }
    // An editor's "aliases: CCGs" means the one alias, as "[CCGs]" does.
    const aliases = Array.isArray(fields.aliases)
      ? fields.aliases.filter((a): a is string => typeof a === "string")
      : typeof fields.aliases === "string" && fields.aliases.trim()
        ? [fields.aliases.trim()]
        : [];
    const term = fields.term.trim();
    const first = numbered.get(term.toLowerCase());
    if (first !== undefined) {
      // Only the first is ever used: a second, added to correct it, would be silently ignored.
      warnings.push({
        file,
        line: null,
        reason: `entry ${index + 1} defines ${term} again (entry ${first} already does): only the first is used, so merge them into one`,
      });
      return;
    }
    numbered.set(term.toLowerCase(), index + 1);
    const description = typeof fields.description === "string" ? fields.description.trim() : null;
    entries.push({
      term,
      expansion: fields.expansion.trim(),
      aliases,
      description: description || null,
    });
  });
  return { entries, warnings };
}

/** Prepares entries for `aliasTerms`. */
export function buildMatchers(entries: GlossaryEntry[]): GlossaryMatcher[] {
  return entries.map((entry) => ({
    entry,
    acronyms: new Set(acronymForms(entry).map((form) => form.toLowerCase())),
    writtenAcronyms: new Set(acronymForms(entry)),
    expansion: toTerms(entry.expansion),
  }));
}

/**
 * The extra terms a text stands for: an expansion's terms where it uses the acronym, the
 * acronym's term where it spells the expansion out. Questions and passages both get them,
 * so either wording finds the other.
 */
export function aliasTerms(
  text: string,
  terms: string[],
  matchers: GlossaryMatcher[],
  { caseSensitive }: { caseSensitive: boolean },
): string[] {
  if (matchers.length === 0) return [];
  const lookup = lookupFor(matchers);
  // Made only when something is found: most texts of a large corpus name no acronym.
  let usesAcronym: Set<GlossaryMatcher> | undefined;
  let spellsOut: Set<GlossaryMatcher> | undefined;
  // One pass over the words and one over the terms, whatever the size of the glossary.
  const forms = caseSensitive ? lookup.written : lookup.typed;
  const written = caseSensitive ? text : text.toLowerCase();
  const pattern = !isAscii(written)
    ? wordPattern
    : caseSensitive && lookup.writtenStartCapital
      ? asciiCapitalWordPattern
      : asciiWordPattern;
  for (const word of written.match(pattern) ?? []) {
    const found = forms.get(word);
    if (!found) continue;
    usesAcronym ??= new Set();
    for (const matcher of found) usesAcronym.add(matcher);
  }
  for (let i = 0; i < terms.length; i++) {
    const starting = lookup.byFirstTerm.get(terms[i] as string);
    if (!starting) continue;
    for (const matcher of starting) {
      if (!matcher.expansion.every((term, j) => terms[i + j] === term)) continue;
      spellsOut ??= new Set();
      spellsOut.add(matcher);
    }
  }
  const extra: string[] = [];
  if (!usesAcronym && !spellsOut) return extra;
  for (const matcher of matchers) {
    if (usesAcronym?.has(matcher)) extra.push(...matcher.expansion);
    if (spellsOut?.has(matcher)) extra.push(...(lookup.acronymTerms.get(matcher) ?? []));
  }
  return extra;
}

const wordPattern = /[\p{L}\p{N}&]+/gu;
// The same for ASCII text, where it is three times faster.
const asciiWordPattern = /[A-Za-z0-9&]+/g;
// Whole words starting with a capital, digit or "&": where every acronym as written starts so,
// the other words (most of them) need not be looked up.
const asciiCapitalWordPattern = /(?<![A-Za-z0-9&])[A-Z0-9&][A-Za-z0-9&]*/g;

/** Matchers keyed by what finds them, built once per glossary. */
interface MatcherLookup {
  written: Map<string, GlossaryMatcher[]>;
  typed: Map<string, GlossaryMatcher[]>;
  byFirstTerm: Map<string, GlossaryMatcher[]>;
  acronymTerms: Map<GlossaryMatcher, string[]>;
  /** True when every acronym as written starts with a capital, digit or "&" ("NHS", "5YFV"). */
  writtenStartCapital: boolean;
}

const lookups = new WeakMap<GlossaryMatcher[], MatcherLookup>();

function lookupFor(matchers: GlossaryMatcher[]): MatcherLookup {
  let lookup = lookups.get(matchers);
  if (lookup) return lookup;
  const add = (map: Map<string, GlossaryMatcher[]>, key: string, matcher: GlossaryMatcher) => {
    const list = map.get(key) ?? [];
    if (!list.includes(matcher)) list.push(matcher);
    map.set(key, list);
  };
  lookup = {
    written: new Map(),
    typed: new Map(),
    byFirstTerm: new Map(),
    acronymTerms: new Map(),
    writtenStartCapital: matchers.every((matcher) =>
      [...matcher.writtenAcronyms].every((form) => /^[A-Z0-9&]/.test(form)),
    ),
  };
  for (const matcher of matchers) {
    for (const form of matcher.writtenAcronyms) add(lookup.written, form, matcher);
    for (const form of matcher.acronyms) add(lookup.typed, form, matcher);
    const first = matcher.expansion[0];
    if (matcher.expansion.length > 1 && first) add(lookup.byFirstTerm, first, matcher);
    lookup.acronymTerms.set(matcher, toTerms(matcher.entry.term));
  }
  lookups.set(matchers, lookup);
  return lookup;
}

/** The matcher an acronym as typed in a question ("stp", "ccgs") stands for, the glossary's first. */
export function matcherForTyped(
  matchers: GlossaryMatcher[],
  word: string,
): GlossaryMatcher | undefined {
  return lookupFor(matchers).typed.get(word)?.[0];
}

/** Finds a glossary entry by its term or an alias, ignoring case and punctuation. */
export function findEntry(entries: GlossaryEntry[], term: string): GlossaryEntry | null {
  const key = normaliseKey(term);
  if (!key) return null;
  return (
    entries.find((entry) =>
      [entry.term, ...entry.aliases].some((form) => normaliseKey(form) === key),
    ) ??
    entries.find((entry) =>
      [entry.term, ...entry.aliases].some((form) => `${normaliseKey(form)}s` === key),
    ) ??
    entries.find((entry) => normaliseKey(entry.expansion) === key) ??
    null
  );
}

function acronymForms(entry: GlossaryEntry): string[] {
  return [entry.term, ...entry.aliases].flatMap((form) => {
    const bare = form.replace(/[^\p{L}\p{N}&]/gu, "");
    return [bare, `${bare}s`];
  });
}

function normaliseKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}&]/gu, "");
}
