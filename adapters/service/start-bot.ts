// What every bot process starts with: the service, the documents loaded and watched, and the question log, closed in the right order.
import type { Engine } from "../../src/index.ts";
import {
  firstOpenWaitMs,
  type QuestionLog,
  type QuestionLogConfig,
} from "../../src/question-log/index.ts";
import { startContentReload } from "../shared/content-reload.ts";
import { startQuestionLog } from "../shared/question-log.ts";
import { type RunningService, type StartServiceOptions, startService } from "./run.ts";

/** A bot process ready for its adapters: hand them `engine`, `questionLog` and `service.adapters`. */
export interface StartedBot {
  service: RunningService;
  /** The live engine: it swaps in new content as the folder changes. */
  engine: Engine;
  questionLog: QuestionLog;
}

/**
 * Starts the service (so /healthz answers while the documents load), then the engine and its
 * content watcher, then the question log. Call it after reading every setting, so a bad one is
 * reported before anything starts. Adapters registered with `service.run` afterwards are closed
 * first (close hooks run last-registered first): the log writes its last batch once every
 * answer in flight has been posted and recorded, and before Redis and the health listener close.
 *
 * @example
 * const { service, engine, questionLog } = await startBot(loadEngine, readQuestionLogConfig());
 * service.run("slack", await startSlack(engine, config, service.logger, questionLog, service.adapters));
 */
export async function startBot(
  load: () => Promise<Engine>,
  logConfig: QuestionLogConfig,
  options: StartServiceOptions = {},
): Promise<StartedBot> {
  const service = await startService(process.env, options);
  const content = await startContentReload(await load(), service.logger);
  service.contentLoaded(content.engine);
  service.shutdown.onClose("content watcher", () => content.stop());
  const questionLog = startQuestionLog(content.engine, service.logger, logConfig);
  // The log bounds its own wait; a little over it, so its "could not be written" line is said.
  service.shutdown.onClose("question log", () => questionLog.close(), firstOpenWaitMs + 1000);
  return { service, engine: content.engine, questionLog };
}
