// Suggestions Discord shows while someone types /stp define's term: the glossary's acronyms that match what is typed so far.
import type { ApplicationCommandOptionChoiceData } from "discord.js";
import type { GlossaryEntry } from "../../src/types.ts";

/** Discord shows at most 25 suggestions, each name and value at most 100 characters. */
const maxChoices = 25;
const maxLength = 100;

/**
 * The glossary entries to suggest for `typed`: terms (or their other spellings) that begin with
 * it first, then those whose term or expansion contains it, in the glossary's order; with nothing
 * typed yet, the first 25. Each shows as "CCG – clinical commissioning group" and sends the term.
 *
 * @example glossaryChoices(engine.glossary, "cc") // [{ name: "CCG – clinical commissioning group", value: "CCG" }]
 */
export function glossaryChoices(
  glossary: readonly GlossaryEntry[],
  typed: string,
): ApplicationCommandOptionChoiceData<string>[] {
  const wanted = typed.trim().toLowerCase();
  const spellings = (entry: GlossaryEntry) => [entry.term, ...entry.aliases].map(lower);
  const starting = glossary.filter((entry) => spellings(entry).some((s) => s.startsWith(wanted)));
  const containing = glossary.filter(
    (entry) =>
      !starting.includes(entry) &&
      [...spellings(entry), lower(entry.expansion)].some((s) => s.includes(wanted)),
  );
  return [...starting, ...containing].slice(0, maxChoices).map((entry) => ({
    name: cut(`${entry.term} – ${entry.expansion}`),
    value: cut(entry.term),
  }));
}

function lower(text: string): string {
  return text.toLowerCase();
}

function cut(text: string): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}
