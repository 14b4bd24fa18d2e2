// Reads a content data file that must be a YAML list (the glossary, the synonyms).

import type { ContentWarning } from "../types.ts";
import { parsers } from "./parsers.ts";

/**
 * The file's list items, or a warning naming the file and what to fix.
 * @example readYamlList("synonyms.yml", "- [a, b]", "must be a list") // { items: [["a", "b"]] }
 */
export function readYamlList(
  file: string,
  text: string,
  notAList: string,
): { items: unknown[] } | { warning: ContentWarning } {
  let data: unknown;
  try {
    data = parsers().parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { warning: { file, line: null, reason: `is not valid YAML: ${reason}` } };
  }
  if (!Array.isArray(data)) {
    return { warning: { file, line: null, reason: notAList } };
  }
  return { items: data };
}
