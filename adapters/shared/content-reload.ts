// Starts live reload for `npm start` and each adapter: the live engine they answer from, and a log line per reload.
import type { Engine } from "../../src/index.ts";
import {
  createLiveEngine,
  type LiveEngine,
  type ReloadReport,
  watchContent,
} from "../../src/reload/index.ts";
import { metrics } from "../service/metrics.ts";
import { formatWarning } from "../terminal/load.ts";
import type { Logger } from "./logger.ts";

/** The live engine and how to stop watching. */
export interface ReloadingContent {
  engine: LiveEngine;
  stop(): Promise<void>;
}

/**
 * Wraps `engine` in a live engine and watches its content folder, logging each reload:
 * "content: 16 documents (+1 nhs-long-term-plan.md), 412 passages, rebuilt in 0.4 s".
 * @example const content = await startContentReload(await loadEngine(), consoleLogger); startSlack(content.engine, …)
 */
export async function startContentReload(
  engine: Engine,
  logger: Logger,
): Promise<ReloadingContent> {
  const live = createLiveEngine(engine);
  const reload = await watchContent(live, { onReload: (report) => logReload(report, logger) });
  return { engine: live, stop: () => reload.stop() };
}

/** One line for a reload, then one per new warning, in the form `npm start` uses at start-up. */
export function logReload(report: ReloadReport, logger: Logger): void {
  metrics.contentReloaded(report.kind);
  if (report.kind === "failed") {
    logger.error(
      `content: reload failed, still answering from the last good index: ${report.reason}`,
    );
    return;
  }
  if (report.kind === "kept") {
    logger.warn(
      `content: kept the last good index (${report.documents} documents, ${report.passages} passages): ${report.reason}`,
    );
    return;
  }
  for (const warning of report.warnings) logger.warn(`warning: ${formatWarning(warning)}`);
  const changes = [
    describeNames("+", report.added),
    describeNames("-", report.removed),
    describeNames("~", report.changed),
  ].filter(Boolean);
  const what = changes.length ? ` (${changes.join(", ")})` : "";
  logger.info(
    `content: ${report.documents} documents${what}, ${report.passages} passages, rebuilt in ${report.seconds.toFixed(1)} s`,
  );
}

/** "+1 plan.md", or "+50 a.md b.md c.md …" for many. */
function describeNames(sign: string, names: string[]): string {
  if (names.length === 0) return "";
  const shown = names.slice(0, 3).join(" ");
  return `${sign}${names.length} ${shown}${names.length > 3 ? " …" : ""}`;
}
