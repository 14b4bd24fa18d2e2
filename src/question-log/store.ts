// The question log's writes and deletes, in SQL both databases run: records in batches, expired records out.
import type { Database, Statement } from "./database.ts";
import type { QuestionRecord, VoteRecord } from "./records.ts";

/** How many records of each kind were deleted. */
export interface DeletedCounts {
  questions: number;
  votes: number;
}

/**
 * Writes the records in one transaction: every question with its citations, and every vote, or
 * none of them. A record already stored (a batch retried after a lost reply) is skipped.
 */
export async function insertRecords(
  db: Database,
  questions: QuestionRecord[],
  votes: VoteRecord[],
): Promise<void> {
  const statements = recordStatements(questions, votes);
  if (statements.length > 0) await db.batch(statements);
}

/** The statements `insertRecords` runs, for a caller that adds its own to the same transaction. */
export function recordStatements(questions: QuestionRecord[], votes: VoteRecord[]): Statement[] {
  const statements: Statement[] = [];
  if (questions.length > 0) {
    statements.push({
      sql: `insert into question_log.questions
          (id, asked_at, platform, place, kind, question, understood, answered, problem, chance, score, coverage, topic_keys, topic_words)
        select id, asked_at, platform, place, kind, question, understood, answered, problem, chance, score, coverage, topic_keys, topic_words
        from jsonb_to_recordset($1::jsonb) as x(id uuid, asked_at timestamptz, platform text, place text, kind text,
          question text, understood text, answered boolean, problem text, chance double precision,
          score double precision, coverage double precision, topic_keys text, topic_words text)
        on conflict (id) do nothing`,
      params: [asJsonb(questions.map(questionRow))],
    });
    const citations = questions.flatMap((q) =>
      q.citations.map((c, i) => ({
        question_id: q.id,
        asked_at: q.askedAt.toISOString(),
        position: i + 1,
        source: c.source,
        section: c.section,
        line: c.line,
      })),
    );
    if (citations.length > 0)
      statements.push({
        sql: `insert into question_log.citations (question_id, asked_at, position, source, section, line)
          select question_id, asked_at, position, source, section, line
          from jsonb_to_recordset($1::jsonb) as x(question_id uuid, asked_at timestamptz, position smallint, source text, section text, line integer)
          on conflict do nothing`,
        params: [asJsonb(citations)],
      });
  }
  if (votes.length > 0)
    statements.push({
      sql: `insert into question_log.votes
          (id, voted_at, platform, question_id, vote, question, understood, answered, answer, citations, origin)
        select id, voted_at, platform, question_id, vote, question, understood, answered, answer, coalesce(citations, '[]'), origin
        from jsonb_to_recordset($1::jsonb) as x(id uuid, voted_at timestamptz, platform text, question_id uuid,
          vote text, question text, understood text, answered boolean, answer text, citations jsonb, origin text)
        on conflict (id) do nothing`,
      params: [asJsonb(votes.map(voteRow))],
    });
  return statements;
}

/**
 * `rows` as the JSON text PostgreSQL's jsonb takes. jsonb refuses a NUL (\u0000) and half of a
 * surrogate pair (a lone \ud800) anywhere in the batch, and with them every record in it: a
 * question typed with either would cost everyone's records. Each becomes U+FFFD, as an unreadable
 * character does elsewhere.
 */
function asJsonb(rows: unknown[]): string {
  return JSON.stringify(rows, (_key, value: unknown) =>
    typeof value === "string" ? value.replace(unstorable, "\uFFFD") : value,
  );
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL is what jsonb refuses
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Deletes the questions (with their citations) and votes recorded before `cutoff`. */
export async function deleteOlderThan(db: Database, cutoff: Date): Promise<DeletedCounts> {
  const [row] = await db.query<DeletedCounts>(
    `with q as (delete from question_log.questions where asked_at < $1::timestamptz returning 1),
          v as (delete from question_log.votes where voted_at < $1::timestamptz returning 1)
     select (select count(*) from q)::int as questions, (select count(*) from v)::int as votes`,
    [cutoff.toISOString()],
  );
  return row ?? { questions: 0, votes: 0 };
}

/** How many questions and votes are stored. */
export async function countRecords(db: Database): Promise<DeletedCounts> {
  const [row] = await db.query<DeletedCounts>(
    `select (select count(*) from question_log.questions)::int as questions,
            (select count(*) from question_log.votes)::int as votes`,
  );
  return row ?? { questions: 0, votes: 0 };
}

function questionRow(q: QuestionRecord) {
  return {
    id: q.id,
    asked_at: q.askedAt.toISOString(),
    platform: q.platform,
    place: q.place,
    kind: q.kind,
    question: q.question,
    understood: q.understood,
    answered: q.answered,
    problem: q.problem,
    chance: q.scores?.chance ?? null,
    score: q.scores?.score ?? null,
    coverage: q.scores?.coverage ?? null,
    // Terms and words never hold a space; the replace keeps the columns aligned if one ever did.
    topic_keys: q.topics.map((t) => t.key.replace(/\s+/g, "_")).join(" "),
    topic_words: q.topics.map((t) => t.word.replace(/\s+/g, "_")).join(" "),
  };
}

function voteRow(v: VoteRecord) {
  return {
    id: v.id,
    voted_at: v.votedAt.toISOString(),
    platform: v.platform,
    question_id: v.questionId,
    vote: v.vote,
    question: v.question,
    understood: v.understood,
    answered: v.answered,
    answer: v.answer,
    citations: v.citations,
    origin: v.origin,
  };
}
