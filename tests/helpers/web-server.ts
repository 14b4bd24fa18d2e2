// A web page server for tests: the real adapter on 127.0.0.1 and a free port, answering from the bundled documents.

import type { Logger } from "../../adapters/shared/logger.ts";
import type { ReportProvider } from "../../adapters/web/app.ts";
import { defaultWebConfig, type WebConfig } from "../../adapters/web/config.ts";
import { startWeb } from "../../adapters/web/start.ts";
import { type Engine, loadEngine } from "../../src/index.ts";
import type { QuestionLog } from "../../src/question-log/index.ts";

/** A running test server. */
export interface TestWebServer {
  /** "http://127.0.0.1:PORT", without a trailing slash. */
  origin: string;
  engine: Engine;
  /** What the server logged. */
  logged: string[];
  stop(): Promise<void>;
}

/** Starts the web adapter with `config` over the defaults, on 127.0.0.1 and a free port. */
export async function startTestWebServer(
  config: Partial<WebConfig> = {},
  options: { engine?: Engine; report?: ReportProvider; questionLog?: QuestionLog } = {},
): Promise<TestWebServer> {
  const engine = options.engine ?? (await loadEngine());
  const logged: string[] = [];
  const logger: Logger = {
    info: (m) => logged.push(m),
    warn: (m) => logged.push(m),
    error: (m) => logged.push(m),
  };
  const web = await startWeb(
    engine,
    { ...defaultWebConfig, host: "127.0.0.1", port: 0, ...config },
    logger,
    {
      ...(options.report ? { report: options.report } : {}),
      ...(options.questionLog ? { questionLog: options.questionLog } : {}),
    },
  );
  return { origin: `http://127.0.0.1:${web.port}`, engine, logged, stop: web.stop };
}
