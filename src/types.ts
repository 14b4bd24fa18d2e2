// Plain data passed between the engine's stages and out to the adapters: nothing here does anything.

/** One source document, as described by its front matter. */
export interface DocumentMeta {
  /** Stable id: the content file's name without `.md`. */
  id: string;
  title: string;
  /** Who published it; null where the page does not say. */
  publisher: string | null;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY); null where the page gives none. */
  date: string | null;
  /** The original seed file the document was made from. */
  source: string;
  url: string | null;
  /** Path of the content file, for warnings. */
  file: string;
}

/** A paragraph or a whole list, the unit that is indexed and cited. */
export interface Passage {
  /** Index into the engine's passage array. */
  id: number;
  doc: DocumentMeta;
  /** Nearest heading above the passage; null before the first heading. */
  section: string | null;
  /** 1-based line in the content file where the passage starts. */
  line: number;
  /** Plain text: markdown syntax stripped, whitespace normalised. */
  text: string;
  /** `text` split into sentences (list items are sentences of their own). */
  sentences: string[];
  /** True for a bulleted or numbered list or a table, whose items or rows are its sentences. */
  list: boolean;
  /** True for a table: each sentence is a row, "Column: cell; Column: cell". */
  table: boolean;
  /**
   * The sentences that begin an item of a list or a row of a table (and 0, the paragraph that
   * introduces it): "June 2017: … Dorset." and "July 2017: …" are neighbours, not one thought.
   */
  itemStarts: readonly number[];
}

/** Where an answer came from: one passage, ready to show. */
export interface Citation {
  title: string;
  publisher: string | null;
  date: string | null;
  source: string;
  section: string | null;
  line: number;
  /** The source's own words; a trimmed quote marks each cut with "…". */
  quote: string;
  url: string | null;
  /**
   * Not where the answer came from: another passage on the question, next best after those
   * cited, shown as "see also" so that a reader whose answer missed has somewhere to look.
   */
  related?: true;
}

/**
 * Why a message was not looked up at all: nothing typed, too long, no words, or "small-talk" (a
 * thank-you or a greeting with no question yet), which is answered in kind rather than refused.
 */
export type QuestionProblem = "empty" | "too-long" | "no-words" | "not-english" | "small-talk";

/**
 * The numbers the engine decided on, kept by the question log so content owners can see how
 * near a decline was. Never shown to users and not part of `ask --json`.
 */
export interface AnswerScores {
  /** The decline model's chance that the documents answer (src/model/): below its threshold, declined. */
  chance: number;
  /** The best sentence's ranking score (src/ranking/scoring.ts); 0 when no sentence matched. */
  score: number;
  /** Share of the question's weight the best sentence's passage shows, 0 to 1; 0 when none matched. */
  coverage: number;
}

/** What the engine says back: the same shape for every adapter and for `ask --json`. */
export interface Answer {
  question: string;
  answered: boolean;
  /** One or two sentences quoted verbatim from the sources; "" when not answered. */
  answer: string;
  /** Numbered in order: citation 1 is the passage the answer was quoted from. */
  citations: Citation[];
  /** Questions the documents do answer, offered when this one was declined. */
  suggestions: string[];
  /** Set when the question itself could not be used; `message` says what to do. */
  problem?: QuestionProblem;
  /** A sentence for the user explaining a decline or a problem; "" when answered. */
  message: string;
  /**
   * For a follow-up in a conversation, the question it was answered as ("who leads them?" →
   * "who leads stp"); absent when the question was answered as typed.
   */
  understood?: string;
  /**
   * What the decision to answer or decline read, for the question log; absent when the question
   * was never looked up (a problem, no words) or the reply is not a fresh answer ("tell me more").
   */
  scores?: AnswerScores;
}

/** A glossary entry from `content/glossary.yml`. */
export interface GlossaryEntry {
  term: string;
  expansion: string;
  /** Other spellings people type (e.g. "5YFV" for "FYFV"). */
  aliases: string[];
  description: string | null;
  /** For an acronym a document defines itself (not in glossary.yml): that document's title. */
  definedIn?: string;
}

/** A problem with one content file: it was skipped, the rest still answer. */
export interface ContentWarning {
  file: string;
  line: number | null;
  reason: string;
}
