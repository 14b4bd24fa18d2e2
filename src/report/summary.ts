// The report in a few lines for the terminal: the totals, the largest gaps, the most disliked answers and unused documents.
import { clipText } from "../documents/passages.ts";
import type { Report } from "./build-report.ts";

/** Options for {@link reportSummary}. */
export interface ReportSummaryOptions {
  /** Gaps listed. [default: 5] */
  gaps?: number;
}

/**
 * A short plain-text summary, one fact a line.
 * @example console.log(reportSummary(report))
 */
export function reportSummary(report: Report, { gaps = 5 }: ReportSummaryOptions = {}): string {
  const period = report.since ? `since ${report.since.slice(0, 10)}` : "everything kept";
  const lines = [
    `Question log, ${period}: ${count(report.questions)} questions, ${count(report.answered)} answered (${percent(report.answered, report.questions)}), ${count(report.declined)} declined (${percent(report.declined, report.questions)}); ${count(report.votes.up)} 👍, ${count(report.votes.down)} 👎.`,
  ];
  if (report.gaps.length > 0) {
    lines.push("Largest coverage gaps (declined questions by subject):");
    const shown = report.gaps.slice(0, gaps);
    const width = Math.max(...shown.map((g) => count(g.count).length));
    for (const gap of shown)
      lines.push(
        `  ${count(gap.count).padStart(width)}  ${gap.label}: “${clipText(gap.examples[0] ?? "", 70)}”`,
      );
  }
  const disliked = report.disliked[0];
  if (disliked)
    lines.push(
      `Most disliked answer: “${clipText(disliked.question, 70)}” (${count(disliked.downs)} 👎${disliked.title ? `, quoting ${disliked.title}` : ""}).`,
    );
  const never = report.documents.filter((d) => d.cited === 0 && d.title !== null);
  if (never.length > 0)
    lines.push(
      `Never cited: ${never.length} document${never.length === 1 ? "" : "s"} (${never
        .slice(0, 3)
        .map((d) => d.file ?? d.source)
        .join(", ")}${never.length > 3 ? ", …" : ""}).`,
    );
  return lines.join("\n");
}

function count(n: number): string {
  return n.toLocaleString("en-GB");
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${Math.round((part / whole) * 100)}%`;
}
