// The report's reads from the question log. The embedded database evaluates SQL several times slower than V8 and hands rows over one by one, so the big read is one scan returned as one string, tallied in JavaScript; the small ones are aggregated in SQL.
import type { Database } from "../question-log/database.ts";

/** One question as the report tallies it. */
export interface QuestionFact {
  /** When it was asked, in ms since 1970. */
  askedAt: number;
  answered: boolean;
  /** A question or follow-up; false for "tell me more", "where does that come from?", "is that still true?". */
  asked: boolean;
  /** False when it was never looked up (empty, too long, no words). */
  lookedUp: boolean;
  /** Its topics, weightiest first: parallel keys and words. */
  keys: string[];
  words: string[];
  /** The question as stored, for a declined one (what coverage gaps show); "" otherwise. */
  question: string;
}

/**
 * Every question asked since `since` (ISO 8601, or "-infinity"), in one scan. Each row is one
 * line: seconds, a status letter, topic keys, topic words and, for a declined question, its
 * text (stored with white space collapsed, so it holds no tab or line break). `date_part` is
 * used rather than `extract`, which returns numeric and is several times slower.
 */
export async function readQuestionFacts(db: Database, since: string): Promise<QuestionFact[]> {
  const [row] = await db.query<{ facts: string | null }>(
    `select string_agg(
              date_part('epoch', asked_at)::int8
              || E'\t' || case when kind not in ('question', 'follow-up') then 'o' when answered then 'a' when problem is null then 'd' else 'p' end
              || E'\t' || topic_keys || E'\t' || topic_words
              || case when not answered and problem is null then E'\t' || question else '' end,
            E'\n') as facts
     from question_log.questions
     where asked_at >= $1::timestamptz`,
    [since],
  );
  if (!row?.facts) return [];
  return row.facts.split("\n").map((line) => {
    const [seconds = "0", status = "o", keys = "", words = "", question = ""] = line.split("\t");
    return {
      askedAt: Number(seconds) * 1000,
      answered: status === "a",
      asked: status !== "o",
      lookedUp: status !== "p",
      keys: keys ? keys.split(" ") : [],
      words: words ? words.split(" ") : [],
      question,
    };
  });
}

/**
 * How many times answers cited each document: a question citing two of its passages counts
 * twice (rare; counting distinct questions was seven times slower on the embedded database).
 */
export async function readCited(
  db: Database,
  since: string,
): Promise<{ source: string; cited: number }[]> {
  // "Where does that come from?" and "is that still true?" show the last answer's citations
  // again: counted, they would add a citation each time someone asked about one.
  return db.query(
    `select c.source, count(*)::int as cited
     from question_log.citations c
     join question_log.questions q on q.id = c.question_id
     where c.asked_at >= $1::timestamptz and q.kind not in ('sources', 'age')
     group by c.source`,
    [since],
  );
}

/** 👍 and 👎 in all, and per document the answer cited (a vote counts once per document). */
export async function readVotes(
  db: Database,
  since: string,
): Promise<{
  up: number;
  down: number;
  documents: { source: string; up: number; down: number }[];
}> {
  const [totals] = await db.query<{ up: number; down: number }>(
    `select count(*) filter (where vote = 'up')::int as up, count(*) filter (where vote = 'down')::int as down
     from question_log.votes where voted_at >= $1::timestamptz`,
    [since],
  );
  const documents = await db.query<{ source: string; up: number; down: number }>(
    `select source, count(*) filter (where vote = 'up')::int as up, count(*) filter (where vote = 'down')::int as down
     from (select distinct v.id, v.vote, c->>'source' as source
           from question_log.votes v, jsonb_array_elements(v.citations) c
           where v.voted_at >= $1::timestamptz) per_document
     group by source`,
    [since],
  );
  return { up: totals?.up ?? 0, down: totals?.down ?? 0, documents };
}

/** An answer people marked 👎, with what it cited first. */
export interface DislikedRow {
  question: string;
  answer: string;
  /** Citation 1 as shown: `{source, section, line, quote}`; null for a decline. */
  cited: { source: string; section: string | null; line: number; quote: string } | null;
  downs: number;
  /** When it was last marked 👎, in ms since 1970. */
  last: number;
}

/** The answers marked 👎 most often (then most recently), each question and answer once. */
export async function readDisliked(
  db: Database,
  since: string,
  limit: number,
): Promise<DislikedRow[]> {
  const rows = await db.query<DislikedRow>(
    `select question, answer, citations->0 as cited, count(*)::int as downs,
            date_part('epoch', max(voted_at)) * 1000 as last
     from question_log.votes
     where vote = 'down' and voted_at >= $1::timestamptz
     group by question, answer, citations->0
     order by downs desc, last desc
     limit $2`,
    [since, limit],
  );
  return rows.map((row) => ({ ...row, cited: row.cited ?? null }));
}
