// Tallies the question facts the report reads in one scan: answered and declined per week, the topics asked most, the declined questions to group.
import type { Topic } from "../question/topics.ts";
import type { GapQuestion } from "./gaps.ts";
import type { QuestionFact } from "./queries.ts";

const day = 24 * 60 * 60 * 1000;
const week = 7 * day;
/** 1 January 1970 was a Thursday: weeks counted from the Monday before it start on Mondays. */
const monday = -3 * day;

/** Answered and declined questions per week (starting Monday, UTC), oldest first, empty weeks included. */
export function tallyWeeks(
  facts: QuestionFact[],
): { week: string; answered: number; declined: number }[] {
  const counts = new Map<number, { answered: number; declined: number }>();
  for (const fact of facts) {
    if (!fact.asked) continue;
    const index = Math.floor((fact.askedAt - monday) / week);
    const entry = counts.get(index) ?? { answered: 0, declined: 0 };
    if (fact.answered) entry.answered++;
    else entry.declined++;
    counts.set(index, entry);
  }
  if (counts.size === 0) return [];
  const indexes = [...counts.keys()];
  const rows = [];
  for (let i = Math.min(...indexes); i <= Math.max(...indexes); i++)
    rows.push({
      week: new Date(i * week + monday).toISOString().slice(0, 10),
      ...(counts.get(i) ?? { answered: 0, declined: 0 }),
    });
  return rows;
}

/** The topics in most questions (each counted once a question), by the word used most for each. */
export function tallyTopics(
  facts: QuestionFact[],
  limit: number,
): { key: string; word: string; count: number }[] {
  const counts = new Map<string, { count: number; words: Map<string, number> }>();
  for (const fact of facts) {
    if (!fact.asked) continue;
    fact.keys.forEach((key, i) => {
      let entry = counts.get(key);
      if (!entry) {
        entry = { count: 0, words: new Map() };
        counts.set(key, entry);
      }
      entry.count++;
      const word = fact.words[i] ?? key;
      entry.words.set(word, (entry.words.get(word) ?? 0) + 1);
    });
  }
  return [...counts]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([key, entry]) => ({
      key,
      word: [...entry.words].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? key,
      count: entry.count,
    }));
}

/**
 * The declined questions that were looked up, for grouping into coverage gaps. A question
 * logged without topics (by a process without the engine) is read with `readTopics` if given.
 */
export function declinedQuestions(
  facts: QuestionFact[],
  readTopics?: (question: string) => Topic[],
): GapQuestion[] {
  return facts
    .filter((fact) => fact.asked && !fact.answered && fact.lookedUp)
    .map((fact) => ({
      question: fact.question,
      askedAt: fact.askedAt,
      topics:
        fact.keys.length === 0 && readTopics
          ? readTopics(fact.question)
          : fact.keys.map((key, i) => ({ key, word: fact.words[i] ?? key })),
    }));
}
