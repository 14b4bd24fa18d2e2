// Writes a deterministic synthetic corpus for the benchmark: real content's word frequencies plus a long tail.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Questions asked at every corpus size: realistic, in the voice of the eval set. */
export const benchQuestions = [
  "How big is the transformation fund?",
  "how many stp areas are there",
  "who leads each stp",
  "when was the original deadline for submitting plans",
  "what are the three headline areas",
  "how much will the fund grow to by 2020-21",
  "why should physicians get involved",
  "what did the kings fund say about new care models",
  "is the IOW one of the footprints",
  "what must trusts do before easter",
  "what is the population of the average footprint",
  "whats the weather in leeds tomorrow",
  "can ccgs lead an stp",
  "what happens from april 2017",
  "are stps about privatisation",
  "what is the 5yfv",
];

/** Small, fast, seedable random numbers (mulberry32), so every run writes the same corpus. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Word frequencies of the real documents, the base of the synthetic vocabulary. */
export async function readWordFrequencies(contentDir: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const name of await readdir(contentDir)) {
    if (!name.endsWith(".md") || name === "README.md") continue;
    const text = (await readFile(path.join(contentDir, name), "utf8")).replace(
      /^---[\s\S]*?---/,
      "",
    );
    for (const word of text.match(/[\p{L}£][\p{L}\d'’.-]*[\p{L}\d]|\d[\d.,]*/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** Options for `writeCorpus`. */
export interface CorpusOptions {
  /** Total passages (paragraphs) to write. */
  passages: number;
  /** Passages per document. [default: 100] */
  perDocument?: number;
  seed?: number;
}

/**
 * Writes `passages` paragraphs into markdown documents with front matter under `dir`
 * (emptied first). Words are drawn from the real content's frequencies, and one word in ten
 * from a long tail of rare made-up words, as a growing corpus of many plans would have.
 */
export async function writeCorpus(
  dir: string,
  contentDir: string,
  options: CorpusOptions,
): Promise<void> {
  const random = createRandom(options.seed ?? 42);
  const perDocument = options.perDocument ?? 100;
  const frequencies = await readWordFrequencies(contentDir);
  const words = [...frequencies.keys()];
  const cumulative: number[] = [];
  let total = 0;
  for (const word of words) {
    total += frequencies.get(word) ?? 0;
    cumulative.push(total);
  }
  const pick = () => {
    if (random() < 0.1) return rareWord(random);
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return words[low] ?? "NHS";
  };
  const sentence = () => {
    const length = 8 + Math.floor(random() * 18);
    const body = Array.from({ length }, pick).join(" ");
    return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
  };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const documents = Math.ceil(options.passages / perDocument);
  for (let d = 0; d < documents; d++) {
    const count = Math.min(perDocument, options.passages - d * perDocument);
    const lines = [
      "---",
      `title: "Synthetic plan ${d + 1}: ${Array.from({ length: 4 }, pick).join(" ").replace(/"/g, "")}"`,
      `publisher: "Area ${(d % 44) + 1} partnership"`,
      `date: 2017-${String((d % 12) + 1).padStart(2, "0")}-15`,
      `source: synthetic-${d + 1}.txt`,
      "---",
      "",
    ];
    for (let p = 0; p < count; p++) {
      if (p % 6 === 0)
        lines.push(
          `## ${Array.from({ length: 3 + Math.floor(random() * 4) }, pick).join(" ")}`,
          "",
        );
      lines.push(Array.from({ length: 1 + Math.floor(random() * 3) }, sentence).join(" "), "");
    }
    await writeFile(path.join(dir, `plan-${String(d + 1).padStart(5, "0")}.md`), lines.join("\n"));
  }
}

const syllables = [
  "ka",
  "lo",
  "mer",
  "tis",
  "von",
  "ra",
  "bel",
  "qu",
  "din",
  "sor",
  "ex",
  "ul",
  "pha",
  "gri",
  "nom",
];

function rareWord(random: () => number): string {
  const length = 2 + Math.floor(random() * 4);
  let word = "";
  for (let i = 0; i < length; i++) word += syllables[Math.floor(random() * syllables.length)];
  return word;
}
