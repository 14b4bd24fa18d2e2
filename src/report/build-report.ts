// The content owners' report as figures: what was asked, what was declined and why, what people disliked, which documents are used and which never.

import type { Topic } from "../question/topics.ts";
import type { Database } from "../question-log/database.ts";
import type { DocumentMeta } from "../types.ts";
import { type Gap, groupGaps, untopical } from "./gaps.ts";
import { readCited, readDisliked, readQuestionFacts, readVotes } from "./queries.ts";
import { declinedQuestions, tallyTopics, tallyWeeks } from "./tally.ts";

/** Everything the report shows; `--json` prints exactly this. */
export interface Report {
  /** When it was built, ISO 8601. */
  built: string;
  /** The start of the period it covers, ISO 8601; null for everything kept. */
  since: string | null;
  /** Questions asked (follow-ups included; "tell me more" and "where does that come from?" not). */
  questions: number;
  answered: number;
  declined: number;
  /** Per week (starting Monday, UTC), oldest first. */
  weeks: { week: string; answered: number; declined: number }[];
  /** Declined questions grouped by what they are about, largest group first. */
  gaps: Gap[];
  /** Declined questions with no topic words at all ("how much?"), in no group. */
  untopical: number;
  votes: { up: number; down: number };
  /** Answers marked 👎, most often first. */
  disliked: DislikedAnswer[];
  /** The topics asked about most, all questions counted. */
  topics: { label: string; key: string; count: number }[];
  /**
   * Every document now in the content folder, and any still cited in the period that has been
   * removed since (title null): how many times answers cited it, and the votes on those answers.
   * Most cited first; never cited ones have `cited` 0.
   */
  documents: ReportDocument[];
}

/** An answer marked 👎, with the passage it quoted first. */
export interface DislikedAnswer {
  question: string;
  /** The answer judged: the documents' words ("" for a decline, or a vote imported from feedback.jsonl). */
  answer: string;
  /** Citation 1's document, section, line and quote; null for a decline. */
  source: string | null;
  title: string | null;
  section: string | null;
  line: number | null;
  quote: string;
  downs: number;
  /** When last marked 👎, YYYY-MM-DD. */
  last: string;
}

/** One document's use. */
export interface ReportDocument {
  /** As in citations: the document's `source` front matter. */
  source: string;
  /** Its title and content file now; null when it is no longer in the content folder. */
  title: string | null;
  file: string | null;
  cited: number;
  up: number;
  down: number;
}

/** Options for {@link buildReport}. */
export interface BuildReportOptions {
  /** Only what was asked (or voted) from then on; null for everything kept. [default: null] */
  since?: Date | null;
  /** The documents the bot answers from now: for titles, and to find those never cited. */
  documents: Pick<DocumentMeta, "source" | "title" | "file">[];
  /** The engine's reading of a question's topics, for questions logged without them. */
  readTopics?: (question: string) => Topic[];
  /** The clock. [default: the system's] */
  now?: () => Date;
  /** Answers marked 👎 listed. [default: 20] */
  dislikedLimit?: number;
  /** Topics listed. [default: 15] */
  topicLimit?: number;
}

/**
 * Reads the question log in `db` into a Report: four queries, one after another (the embedded
 * database answers one at a time anyway), and the rest tallied here.
 *
 * @example const report = await buildReport(db, { since: daysAgo(30), documents: engine.documents });
 */
export async function buildReport(db: Database, options: BuildReportOptions): Promise<Report> {
  const now = options.now?.() ?? new Date();
  const since = options.since ? options.since.toISOString() : "-infinity";
  const facts = await readQuestionFacts(db, since);
  const cited = await readCited(db, since);
  const votes = await readVotes(db, since);
  const disliked = await readDisliked(db, since, options.dislikedLimit ?? 20);
  const weeks = tallyWeeks(facts);
  const declined = declinedQuestions(facts, options.readTopics);
  const topics = tallyTopics(facts, options.topicLimit ?? 15);
  const titles = new Map(options.documents.map((d) => [d.source, d]));
  const answered = weeks.reduce((sum, w) => sum + w.answered, 0);
  const declinedCount = weeks.reduce((sum, w) => sum + w.declined, 0);
  return {
    built: now.toISOString(),
    since: options.since ? options.since.toISOString() : null,
    questions: answered + declinedCount,
    answered,
    declined: declinedCount,
    weeks,
    gaps: groupGaps(declined),
    untopical: untopical(declined),
    votes: { up: votes.up, down: votes.down },
    disliked: disliked.map((row) => {
      const doc = row.cited ? titles.get(row.cited.source) : undefined;
      return {
        question: row.question,
        answer: row.answer,
        source: row.cited?.source ?? null,
        title: doc?.title ?? null,
        section: row.cited?.section ?? null,
        line: row.cited?.line ?? null,
        quote: row.cited?.quote ?? "",
        downs: row.downs,
        last: new Date(row.last).toISOString().slice(0, 10),
      };
    }),
    topics: topics.map((t) => ({ label: t.word, key: t.key, count: t.count })),
    documents: documentUse(options.documents, cited, votes.documents),
  };
}

function documentUse(
  documents: BuildReportOptions["documents"],
  cited: { source: string; cited: number }[],
  votes: { source: string; up: number; down: number }[],
): ReportDocument[] {
  const use = new Map<string, ReportDocument>();
  for (const doc of documents)
    use.set(doc.source, {
      source: doc.source,
      title: doc.title,
      file: baseName(doc.file),
      cited: 0,
      up: 0,
      down: 0,
    });
  const entry = (source: string) => {
    let found = use.get(source);
    if (!found) {
      found = { source, title: null, file: null, cited: 0, up: 0, down: 0 };
      use.set(source, found);
    }
    return found;
  };
  for (const row of cited) entry(row.source).cited = row.cited;
  for (const row of votes) Object.assign(entry(row.source), { up: row.up, down: row.down });
  return [...use.values()].sort(
    (a, b) =>
      b.cited - a.cited ||
      b.down - a.down ||
      (a.title ?? a.source).localeCompare(b.title ?? b.source),
  );
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
