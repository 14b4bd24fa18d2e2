// A chart's labels in a PDF: the figures on its bars and scale, its categories and caption, which pdf.js gives as loose lines that would join into false statements.
import { ablated } from "../ablation.ts";
import { isFigure, type PdfLine } from "./pdf-lines.ts";

/** The fewest lines that make a chart: a scale, or two bars with their labels. */
const fewestLines = 4;

/** A label is at most this many words: "Coldmere Treatment Centre", "2018/19 forecast". */
const labelWords = 5;

/**
 * The indexes of lines that are a chart's labels. A chart drawn in a PDF leaves its words as
 * short lines in type smaller than the text's, in the order it drew them: a bar's figure above
 * it, then its category below, then the next bar's figure, higher again. Read as text, they join
 * into statements the chart never made ("Westbury 377", the next bar's figure after this one's
 * name). A run of four or more such lines, with figures among them and a line set higher than
 * the one before (text and tables read down the page), is a chart's: its caption and source
 * line, set as small, go with it. Lines in `tables` are a table's, never a chart's.
 */
export function chartLabelLines(
  lines: PdfLine[],
  bodySize: number,
  inTable: (index: number) => boolean,
): Set<number> {
  const chart = new Set<number>();
  if (ablated("pdf-charts")) return chart;
  let start = 0;
  const closeRun = (end: number) => {
    const run = lines.slice(start, end);
    if (run.length >= fewestLines && isChart(run)) for (let i = start; i < end; i++) chart.add(i);
  };
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    const previous = lines[i - 1];
    const label =
      line !== undefined &&
      !inTable(i) &&
      isLabel(line, bodySize) &&
      (i === start || previous?.page === line.page);
    if (!label) {
      closeRun(i);
      start = i + 1;
    }
  }
  return chart;
}

/** Short, in type smaller than the text's, and no sentence: a label, a figure, a caption. */
function isLabel(line: PdfLine, bodySize: number): boolean {
  if (line.size > bodySize * 0.95) return false;
  const text = line.text.trim();
  if (text === "" || /\p{Ll}{2,}[.!?]["'”’)]?$/u.test(text)) return false;
  return text.split(/\s+/).length <= labelWords;
}

/** Figures among the labels, and the lines going back up the page at least once. */
function isChart(run: PdfLine[]): boolean {
  const figures = run.filter((line) => isFigure(line.text)).length;
  const upAgain = run.some(
    (line, i) => i > 0 && line.y > (run[i - 1] as PdfLine).y + line.size / 2,
  );
  return figures >= 2 && upAgain;
}
