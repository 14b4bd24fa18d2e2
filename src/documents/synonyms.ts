// Synonym groups from `content/synonyms.yml`: a question's word also finds the documents' word for it.
import { toTerms } from "../lexicon/terms.ts";
import type { ContentWarning } from "../types.ts";
import { readYamlList } from "./yaml-list.ts";

/** Each term → the other ways of saying it, each a list of terms that must all be present. */
export type Synonyms = Map<string, string[][]>;

/** The synonym file's name inside the content folder. */
export const synonymsFileName = "synonyms.yml";

/** Parses the synonym file; a malformed group is warned about and left out. */
export function parseSynonyms(
  file: string,
  text: string,
): { synonyms: Synonyms; warnings: ContentWarning[] } {
  const synonyms: Synonyms = new Map();
  const list = readYamlList(file, text, "must be a list of groups, one per line: - [word, word]");
  if ("warning" in list) return { synonyms, warnings: [list.warning] };
  const warnings: ContentWarning[] = [];
  list.items.forEach((group: unknown, index) => {
    if (!Array.isArray(group) || group.some((word) => typeof word !== "string")) {
      warnings.push({
        file,
        line: null,
        reason: `group ${index + 1} must be a list of words: - [word, word]`,
      });
      return;
    }
    const forms = uniqueForms(
      group.map((word: string) => toTerms(word)).filter((terms) => terms.length > 0),
    );
    for (const form of forms) {
      if (form.length !== 1 || !form[0]) continue;
      const others = forms.filter((other) => other !== form);
      synonyms.set(form[0], uniqueForms([...(synonyms.get(form[0]) ?? []), ...others]));
    }
  });
  return { synonyms, warnings };
}

function uniqueForms(forms: string[][]): string[][] {
  const seen = new Map(forms.map((form) => [form.join(" "), form]));
  return [...seen.values()];
}
