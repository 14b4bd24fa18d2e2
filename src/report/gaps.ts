// Coverage gaps: declined questions grouped by what they are about, so content owners see which missing subjects are asked about most.
import type { Topic } from "../question/topics.ts";

/** A declined question as the report reads it from the log. */
export interface GapQuestion {
  /** As stored: redacted. */
  question: string;
  /** When it was asked, in ms since 1970. */
  askedAt: number;
  /** What it is about, weightiest first (the engine's reading, kept with the question). */
  topics: Topic[];
}

/** A group of declined questions sharing a topic. */
export interface Gap {
  /** The shared topic word, with a second when most of the group shares it too: "parking, charges". */
  label: string;
  /** The topic keys the label names: every question in the group has the first. */
  keys: string[];
  count: number;
  /** A few of its questions, the most often asked wording first. */
  examples: string[];
  /** Dates first and last asked, YYYY-MM-DD (UTC). */
  first: string;
  last: string;
}

/** Options for {@link groupGaps}. */
export interface GroupGapsOptions {
  /** Example questions kept per group. [default: 3] */
  examples?: number;
  /** A question's main topics, which it can be grouped by: its first few. [default: 2] */
  mainTopics?: number;
}

/**
 * Groups declined questions by their main topics (the first two the engine read: words the
 * documents do not use come first). The main topic shared by the most questions not yet
 * grouped makes the next group, which takes every such question; repeat until each question is
 * in one. So every group's questions share its first key, the largest gap comes first, and a
 * question about parking charges joins whichever of the two more people ask about. A common
 * word the documents use ("hospital") comes after the others, so it does not gather questions
 * about food and parking into one group. Questions with no topic words are left out (see
 * `untopical`).
 *
 * @example groupGaps(declined)[0] // { label: "parking, charges", count: 41, examples: [...], … }
 */
export function groupGaps(
  questions: GapQuestion[],
  { examples = 3, mainTopics = 2 }: GroupGapsOptions = {},
): Gap[] {
  // Each question's main keys, once each, read once: this runs over tens of thousands.
  const mains = questions.map((q) => {
    const keys: string[] = [];
    for (let t = 0; t < q.topics.length && keys.length < mainTopics; t++) {
      const key = (q.topics[t] as Topic).key;
      if (!keys.includes(key)) keys.push(key);
    }
    return keys;
  });
  const byKey = new Map<string, number[]>();
  mains.forEach((keys, i) => {
    for (const key of keys) {
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
  });
  const remaining = new Map([...byKey].map(([key, list]) => [key, list.length]));
  // Between keys shared by as many questions, the one that is more often a question's first
  // (most telling) topic goes first.
  const leading = new Map<string, number>();
  for (const keys of mains) {
    const first = keys[0];
    if (first) leading.set(first, (leading.get(first) ?? 0) + 1);
  }
  const grouped = new Uint8Array(questions.length);
  // A max-heap of (count, key) with stale entries skipped: counts only fall as questions are grouped.
  const heap = new MaxHeap(
    [...remaining].map(([key, count]) => ({ key, count })),
    (key) => leading.get(key) ?? 0,
  );
  const gaps: Gap[] = [];
  for (let top = heap.pop(); top; top = heap.pop()) {
    const current = remaining.get(top.key) ?? 0;
    if (current === 0) continue;
    if (current !== top.count) {
      heap.push({ key: top.key, count: current });
      continue;
    }
    const members: GapQuestion[] = [];
    for (const i of byKey.get(top.key) ?? []) {
      if (grouped[i]) continue;
      grouped[i] = 1;
      members.push(questions[i] as GapQuestion);
      for (const key of mains[i] ?? []) remaining.set(key, (remaining.get(key) ?? 1) - 1);
    }
    gaps.push(describeGap(top.key, members, examples));
  }
  return gaps.sort(
    (a, b) => b.count - a.count || b.last.localeCompare(a.last) || a.label.localeCompare(b.label),
  );
}

/** How many of `questions` have no topic words, and so are in no group. */
export function untopical(questions: GapQuestion[]): number {
  return questions.filter((q) => q.topics.length === 0).length;
}

function describeGap(key: string, members: GapQuestion[], examples: number): Gap {
  const words = new Map<string, Map<string, number>>();
  const sharing = new Map<string, number>();
  for (const q of members) {
    // Plain loops: this runs for every declined question, and iterators cost garbage.
    for (let i = 0; i < q.topics.length; i++) {
      const topic = q.topics[i] as Topic;
      let forKey = words.get(topic.key);
      if (!forKey) {
        forKey = new Map<string, number>();
        words.set(topic.key, forKey);
      }
      forKey.set(topic.word, (forKey.get(topic.word) ?? 0) + 1);
      // Topics hold each key once, so each other key counts once a question.
      if (topic.key !== key) sharing.set(topic.key, (sharing.get(topic.key) ?? 0) + 1);
    }
  }
  // A second topic goes in the label when most of the group (and at least two) share it.
  const [second] = [...sharing]
    .filter(([, n]) => n >= 2 && n * 2 > members.length)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const keys = second ? [key, second[0]] : [key];
  // A loop, not Math.min(...times): a spread of a large group's times overflows the stack.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const q of members) {
    if (q.askedAt < first) first = q.askedAt;
    if (q.askedAt > last) last = q.askedAt;
  }
  return {
    label: keys.map((k) => mostCommon(words.get(k)) ?? k).join(", "),
    keys,
    count: members.length,
    examples: exampleQuestions(members, examples),
    first: day(first),
    last: day(last),
  };
}

/** The most often asked wordings, then the most recent, each once whatever its case. */
function exampleQuestions(members: GapQuestion[], count: number): string[] {
  const seen = new Map<string, { text: string; times: number; last: number }>();
  for (const q of members) {
    // Stored questions have their white space collapsed already.
    const key = q.question.toLowerCase();
    const entry = seen.get(key);
    if (entry) {
      entry.times++;
      if (q.askedAt > entry.last) Object.assign(entry, { text: q.question, last: q.askedAt });
    } else seen.set(key, { text: q.question, times: 1, last: q.askedAt });
  }
  return [...seen.values()]
    .sort((a, b) => b.times - a.times || b.last - a.last)
    .slice(0, count)
    .map((e) => e.text);
}

function mostCommon(counts: Map<string, number> | undefined): string | undefined {
  if (!counts) return undefined;
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A binary max-heap by count, then `rank`, then key (so ties come out in a fixed order). */
class MaxHeap {
  #items: { key: string; count: number }[] = [];
  readonly #rank: (key: string) => number;

  constructor(items: { key: string; count: number }[], rank: (key: string) => number) {
    this.#rank = rank;
    for (const item of items) this.push(item);
  }

  push(item: { key: string; count: number }): void {
    const items = this.#items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.#above(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent] as typeof item, items[i] as typeof item];
      i = parent;
    }
  }

  pop(): { key: string; count: number } | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < items.length && this.#above(items[left], items[best])) best = left;
        if (right < items.length && this.#above(items[right], items[best])) best = right;
        if (best === i) break;
        [items[i], items[best]] = [items[best] as typeof last, items[i] as typeof last];
        i = best;
      }
    }
    return top;
  }

  #above(
    a: { key: string; count: number } | undefined,
    b: { key: string; count: number } | undefined,
  ): boolean {
    if (!a || !b) return false;
    if (a.count !== b.count) return a.count > b.count;
    const ranks = this.#rank(a.key) - this.#rank(b.key);
    return ranks !== 0 ? ranks > 0 : a.key < b.key;
  }
}
