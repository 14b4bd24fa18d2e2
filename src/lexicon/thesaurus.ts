// The Moby Thesaurus's closest pairs (thesaurus-pairs.txt), as links between terms: "arrears" → "overdraft".
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ablated } from "../ablation.ts";
import { wordTerm } from "./terms.ts";
import { linkTerms, type WordGraph } from "./wordnet.ts";

/**
 * The pairs' file, beside this module in src/ and (copied by `npm run build`) in dist/. It is
 * read only when WordNet's graph is made, which the cache spares most processes.
 */
export const thesaurusFile = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "thesaurus-pairs.txt",
);

/**
 * Adds the thesaurus's pairs to WordNet's graph where WordNet relates the two terms in no way of
 * its own: people ask what was "discussed" where a document says "consulted", or about
 * "arrears" where it reports an "overdraft". Only pairs from short entries are kept (see
 * scripts/make-thesaurus.ts), so a link is close to a synonym, credited as a similar word; a
 * short entry still holds near neighbours ("arrears" → "shortfall"), which is why no more.
 * @example withThesaurus(graph).related.get("arrear")?.get("overdraft") // "thesaurus"
 */
export function withThesaurus(graph: WordGraph): WordGraph {
  if (ablated("thesaurus")) return graph;
  for (const line of readFileSync(thesaurusFile, "utf8").split("\n")) {
    const space = line.indexOf(" ");
    if (line.startsWith("#") || space < 0) continue;
    const a = wordTerm(line.slice(0, space));
    const b = wordTerm(line.slice(space + 1));
    if (a && b) linkTerms(graph.related, a, b, "thesaurus");
  }
  return graph;
}
