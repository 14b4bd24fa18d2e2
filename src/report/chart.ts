// The questions-per-week chart, drawn as SVG (inline in the page, so no namespace or file) when the report is built: no script and no library, so the report opens from disk anywhere.

/** One bar: a week's answered and declined questions. */
export interface WeekBar {
  /** The Monday the week starts on, YYYY-MM-DD. */
  week: string;
  answered: number;
  declined: number;
}

/** Options for {@link weeklyChart}. */
export interface WeeklyChartOptions {
  width?: number;
  height?: number;
}

/** Colours a reader tells apart in colour-blind vision too (Okabe–Ito blue and orange). */
export const chartColours = { answered: "#0072B2", declined: "#E69F00" } as const;

/**
 * A stacked bar per week, answered below declined, with a value axis, week labels and a
 * title and description for screen readers.
 *
 * @example weeklyChart([{ week: "2026-11-02", answered: 40, declined: 12 }])
 */
export function weeklyChart(
  weeks: WeekBar[],
  { width = 720, height = 260 }: WeeklyChartOptions = {},
): string {
  const margin = { top: 16, right: 12, bottom: 44, left: 44 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const most = Math.max(1, ...weeks.map((w) => w.answered + w.declined));
  const top = niceCeiling(most);
  const y = (value: number) => margin.top + plotHeight - (value / top) * plotHeight;
  const slot = weeks.length > 0 ? plotWidth / weeks.length : plotWidth;
  const bar = Math.max(2, Math.min(48, slot * 0.7));
  const parts: string[] = [];
  // Counts are whole: a half-way line only where it falls on a whole number.
  const ticks = Number.isInteger(top / 2) ? [0, top / 2, top] : [0, top];
  for (const tick of ticks) {
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/>`,
      `<text x="${margin.left - 6}" y="${y(tick) + 4}" text-anchor="end">${format(tick)}</text>`,
    );
  }
  // Label every week when there is room, else every nth, so labels never overlap.
  const every = Math.max(1, Math.ceil(weeks.length / Math.floor(plotWidth / 56)));
  weeks.forEach((w, i) => {
    const x = margin.left + i * slot + (slot - bar) / 2;
    const total = w.answered + w.declined;
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${y(w.answered).toFixed(1)}" width="${bar.toFixed(1)}" height="${(y(0) - y(w.answered)).toFixed(1)}" fill="${chartColours.answered}"><title>Week of ${w.week}: ${w.answered} answered</title></rect>`,
      `<rect x="${x.toFixed(1)}" y="${y(total).toFixed(1)}" width="${bar.toFixed(1)}" height="${(y(w.answered) - y(total)).toFixed(1)}" fill="${chartColours.declined}"><title>Week of ${w.week}: ${w.declined} declined</title></rect>`,
    );
    if (i % every === 0)
      parts.push(
        `<text x="${(x + bar / 2).toFixed(1)}" y="${height - margin.bottom + 16}" text-anchor="middle">${w.week.slice(5)}</text>`,
      );
  });
  const summary = weeks
    .map((w) => `${w.week}: ${w.answered} answered, ${w.declined} declined`)
    .join("; ");
  return [
    `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif" font-size="11" fill="#333">`,
    `<title id="chart-title">Questions per week, answered and declined</title>`,
    `<desc id="chart-desc">${escapeXml(summary || "No questions in this period.")}</desc>`,
    ...parts,
    `<text x="${margin.left}" y="${height - 8}">Week starting (month-day)</text>`,
    `<rect x="${width - 190}" y="${height - 18}" width="10" height="10" fill="${chartColours.answered}"/><text x="${width - 176}" y="${height - 9}">answered</text>`,
    `<rect x="${width - 110}" y="${height - 18}" width="10" height="10" fill="${chartColours.declined}"/><text x="${width - 96}" y="${height - 9}">declined</text>`,
    "</svg>",
  ].join("\n");
}

/** The smallest of 1, 2 or 5 × 10ⁿ at or above `value`, so the axis reads in round numbers. */
function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function format(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString("en-GB") : value.toFixed(1);
}

/** Escapes text for XML and HTML alike. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
