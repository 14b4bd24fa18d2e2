// report/gaps.ts: declined questions grouped by what they are about, on a fixture of 200 logged questions read by the real engine.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type Engine, loadEngine } from "../../src/index.ts";
import { type GapQuestion, groupGaps, untopical } from "../../src/report/gaps.ts";

/** 20 subjects the bundled documents do not cover, asked about 10 times each, in everyday words. */
const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/declined-questions.json", import.meta.url), "utf8"),
) as { subject: string; question: string; askedAt: number }[];

let engine: Engine;
let questions: (GapQuestion & { subject: string })[];
beforeAll(async () => {
  engine = await loadEngine();
  questions = fixture.map((row) => ({ ...row, topics: engine.topics(row.question) }));
});

describe("groupGaps on 200 logged questions", () => {
  it("has 200 questions on 20 subjects", () => {
    expect(fixture).toHaveLength(200);
    expect(new Set(fixture.map((row) => row.subject)).size).toBe(20);
  });

  it("gives groups whose examples all share the group's topic", () => {
    const topicsOf = new Map(questions.map((q) => [q.question, q.topics.map((t) => t.key)]));
    for (const gap of groupGaps(questions)) {
      expect(gap.examples.length).toBeGreaterThan(0);
      for (const example of gap.examples) expect(topicsOf.get(example)).toContain(gap.keys[0]);
    }
  });

  it("puts every question that has topic words in exactly one group, largest group first", () => {
    const gaps = groupGaps(questions);
    const total = gaps.reduce((sum, gap) => sum + gap.count, 0);
    expect(total + untopical(questions)).toBe(200);
    const counts = gaps.map((gap) => gap.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("finds the subjects people asked about: each is a large group of its own, bar IVF, which the engine does not read as a word", () => {
    const gaps = groupGaps(questions);
    const subjects = [...new Set(fixture.map((row) => row.subject))].filter((s) => s !== "ivf");
    const largest = gaps.slice(0, subjects.length);
    for (const gap of largest) expect(gap.count).toBeGreaterThanOrEqual(7);
    // Labels are the words people typed ("prescriptions" may show as "prescription").
    const labels = largest.map((gap) => gap.label.split(",")[0]?.trim() ?? "");
    for (const subject of subjects)
      expect(labels.some((label) => label.startsWith(subject.slice(0, 6)))).toBe(true);
  });

  it("keeps the questions of a large group on its subject", () => {
    const subjectOf = new Map(questions.map((q) => [q.question, q.subject]));
    for (const gap of groupGaps(questions, { examples: 10 }).filter((g) => g.count >= 7)) {
      const subjects = gap.examples.map((example) => subjectOf.get(example));
      const [mostCommon = 0] = [...new Set(subjects)]
        .map((s) => subjects.filter((x) => x === s).length)
        .sort((a, b) => b - a);
      expect(mostCommon / subjects.length).toBeGreaterThanOrEqual(0.7);
    }
  });

  it("dates each group by when its questions were first and last asked", () => {
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const earliest = day(Math.min(...fixture.map((row) => row.askedAt)));
    const latest = day(Math.max(...fixture.map((row) => row.askedAt)));
    for (const gap of groupGaps(questions)) {
      expect(gap.first <= gap.last).toBe(true);
      expect(gap.first >= earliest && gap.last <= latest).toBe(true);
    }
  });
});

describe("groupGaps", () => {
  const asked = (question: string, keys: string[], askedAt = Date.UTC(2026, 10, 1)) => ({
    question,
    askedAt,
    topics: keys.map((key) => ({ key, word: key })),
  });

  it("joins a question to the topic more people ask about", () => {
    const gaps = groupGaps([
      asked("parking charges?", ["park", "charg"]),
      asked("parking fees", ["park", "fee"]),
      asked("parking at night", ["park", "night"]),
      asked("dentist charges", ["dentist", "charg"]),
    ]);
    expect(gaps.map((g) => [g.label, g.count])).toEqual([
      ["park", 3],
      ["dentist", 1],
    ]);
  });

  it("names a second topic when most of the group shares it", () => {
    const gaps = groupGaps([
      asked("parking charges?", ["park", "charg"]),
      asked("parking charges at night", ["park", "charg"]),
      asked("parking fees", ["park", "fee"]),
    ]);
    expect(gaps.map((g) => [g.label, g.keys, g.count])).toEqual([
      ["park, charg", ["park", "charg"], 3],
    ]);
  });

  it("shows the most often asked wording first, whatever its case, each once", () => {
    const [gap] = groupGaps([
      asked("Dentist near me?", ["dentist"], 1),
      asked("dentist near me?", ["dentist"], 2),
      asked("NHS dentist", ["dentist"], 3),
    ]);
    expect(gap?.examples).toEqual(["dentist near me?", "NHS dentist"]);
  });

  it("leaves out questions with no topic words, and counts them", () => {
    const list = [asked("how much?", []), asked("dentist", ["dentist"])];
    expect(groupGaps(list).map((g) => g.count)).toEqual([1]);
    expect(untopical(list)).toBe(1);
  });
});
