// Starts the question log for `npm start` and each adapter, from QUESTION_LOG, QUESTION_LOG_DAYS, QUESTION_LOG_DIR, DATABASE_URL and FEEDBACK_LOG; and builds its report for the web page.
import type { Engine, Topic } from "../../src/index.ts";
import {
  createQuestionLog,
  disabledQuestionLog,
  openDatabase,
  type QuestionLog,
  type QuestionLogConfig,
  readQuestionLogConfig,
} from "../../src/question-log/index.ts";
import { buildReport, reportHtml } from "../../src/report/index.ts";
import type { Logger } from "./logger.ts";
import { createRecentCache } from "./recent-cache.ts";

/**
 * The question log `config` asks for, opening its database in the background: nothing is
 * stored when it is off. Says in one line where questions go and for how long, so whoever runs
 * the bot knows. Call `close()` on shutdown to write the last batch.
 *
 * @example const log = startQuestionLog(content.engine, consoleLogger); startSlack(content.engine, config, consoleLogger, log);
 */
export function startQuestionLog(
  engine: Engine,
  logger: Logger,
  config: QuestionLogConfig = readQuestionLogConfig(),
): QuestionLog {
  if (!config.enabled) {
    logger.info("question log: off (QUESTION_LOG=off): no questions or votes are stored");
    return disabledQuestionLog;
  }
  const where = config.databaseUrl ? "the PostgreSQL server at DATABASE_URL" : config.dataDir;
  logger.info(
    `question log: questions and votes are kept (redacted) in ${where} for ${config.days} days; QUESTION_LOG=off turns it off`,
  );
  return createQuestionLog({
    open: () => openDatabase(config),
    logger,
    days: config.days,
    feedbackLog: config.feedbackLog,
    readTopics: rememberTopics(engine),
  });
}

/**
 * `engine.topics`, remembered for the questions read lately: the same few questions come again and
 * again, and reading one is most of the cost of recording it (about 0.15 ms, on the main thread).
 */
function rememberTopics(engine: Engine): (question: string) => Topic[] {
  const topics = createRecentCache<Topic[]>({ size: 1000, source: () => engine.documents });
  return (question) => topics.get(question, () => engine.topics(question));
}

/**
 * The content owners' report over everything `questionLog` keeps, as the HTML page `npm run report`
 * writes: what the web page serves at `/admin/report`. Null when the log is off, so the page says
 * there is nothing recorded instead of failing. Each call reads the log afresh, after what is
 * queued has been written.
 *
 * @example startWeb(engine, webConfig, logger, { report: questionLogReport(questionLog, engine) ?? undefined })
 */
export function questionLogReport(
  questionLog: QuestionLog,
  engine: Engine,
): (() => Promise<string>) | null {
  if (!questionLog.enabled) return null;
  return async () =>
    reportHtml(
      await questionLog.read((db) =>
        buildReport(db, {
          documents: engine.documents,
          readTopics: (question) => engine.topics(question),
        }),
      ),
    );
}
