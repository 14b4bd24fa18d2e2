// The report as one self-contained HTML file: styles and chart inline, no scripts, and a policy that forbids loading anything, so it opens from disk and sends no request.
import type { Report } from "./build-report.ts";
import { chartColours, escapeXml as html, weeklyChart } from "./chart.ts";

/** Options for {@link reportHtml}. */
export interface ReportHtmlOptions {
  /** Coverage gaps shown; the rest are counted. [default: 30] */
  gaps?: number;
  /** Documents shown in "most cited". [default: 15] */
  documents?: number;
}

/**
 * The whole report page. Every text from the log or the documents is escaped.
 * @example await writeFile("report.html", reportHtml(await buildReport(db, options)));
 */
export function reportHtml(report: Report, options: ReportHtmlOptions = {}): string {
  const shownGaps = report.gaps.slice(0, options.gaps ?? 30);
  const cited = report.documents.filter((d) => d.cited > 0).slice(0, options.documents ?? 15);
  const never = report.documents.filter((d) => d.cited === 0 && d.title !== null);
  const voted = report.documents
    .filter((d) => d.up + d.down > 0)
    .sort((a, b) => b.down - a.down || b.up - a.up);
  const period = report.since ? `since ${report.since.slice(0, 10)}` : "everything kept";
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>stp-bot: what people ask and what the documents miss</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; color: #222; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: 0.2rem; } h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid #ccc; }
.meta { color: #555; margin-top: 0; } .figures { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; list-style: none; }
.figures li { border: 1px solid #ddd; border-radius: 6px; padding: 0.5rem 0.9rem; } .figures strong { display: block; font-size: 1.4rem; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid #eee; }
th { font-weight: 600; } td.n, th.n { text-align: right; white-space: nowrap; } ul.examples { margin: 0; padding-left: 1.1rem; }
blockquote { margin: 0.3rem 0 0.3rem 0.5rem; padding-left: 0.7rem; border-left: 3px solid #ccc; color: #333; }
.disliked { border: 1px solid #eee; border-radius: 6px; padding: 0.6rem 0.9rem; margin: 0.8rem 0; }
.note { color: #555; font-size: 0.9rem; } .key-answered { color: ${chartColours.answered}; } .key-declined { color: #9a6700; }
svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<h1>What people ask and what the documents miss</h1>
<p class="meta">stp-bot question log, ${html(period)}; built ${html(report.built.slice(0, 16).replace("T", " "))} UTC.</p>
<ul class="figures">
<li><strong>${count(report.questions)}</strong>questions</li>
<li><strong class="key-answered">${count(report.answered)}</strong>answered (${percent(report.answered, report.questions)})</li>
<li><strong class="key-declined">${count(report.declined)}</strong>declined (${percent(report.declined, report.questions)})</li>
<li><strong>${count(report.votes.up)} 👍 · ${count(report.votes.down)} 👎</strong>votes</li>
</ul>

<h2>Questions per week</h2>
${weeklyChart(report.weeks)}

<h2>Coverage gaps: declined questions by what they are about</h2>
${
  shownGaps.length === 0
    ? "<p>No declined questions in this period.</p>"
    : `<p class="note">Questions the documents could not answer, grouped by the subject they share (as the bot reads them), largest group first. A document on one of these would answer them.</p>
<table>
<thead><tr><th>Subject</th><th class="n">Questions</th><th>Asked</th><th>For example</th></tr></thead>
<tbody>
${shownGaps
  .map(
    (gap) =>
      `<tr><td>${html(gap.label)}</td><td class="n">${count(gap.count)}</td><td>${dates(gap.first, gap.last)}</td><td><ul class="examples">${gap.examples
        .map((example) => `<li>${html(example)}</li>`)
        .join("")}</ul></td></tr>`,
  )
  .join("\n")}
</tbody>
</table>`
}
${report.gaps.length > shownGaps.length ? `<p class="note">…and ${count(report.gaps.length - shownGaps.length)} smaller groups (all of them are in <code>--json</code>).</p>` : ""}
${report.untopical > 0 ? `<p class="note">${count(report.untopical)} declined questions had no subject words at all (such as “how much?”) and are in no group.</p>` : ""}

<h2>Answers people disliked</h2>
${
  report.disliked.length === 0
    ? "<p>No answer was marked 👎 in this period.</p>"
    : report.disliked
        .map(
          (d) => `<div class="disliked">
<p><strong>${html(d.question)}</strong> <span class="note">— ${count(d.downs)} 👎, last ${html(d.last)}</span></p>
${d.answer ? `<blockquote>${html(d.answer)}</blockquote>` : d.source ? "" : '<p class="note">The bot declined this question.</p>'}
${d.source ? `<p class="note">Quoted from ${html(d.title ?? d.source)}${d.section ? ` · ${html(d.section)}` : ""}${d.line ? ` · line ${d.line}` : ""}${d.title ? "" : " (no longer in the content folder)"}:</p><blockquote>${html(d.quote)}</blockquote>` : ""}
</div>`,
        )
        .join("\n")
}
${
  voted.length === 0
    ? ""
    : `<h3>Votes per document</h3>
<table>
<thead><tr><th>Document</th><th class="n">👍</th><th class="n">👎</th></tr></thead>
<tbody>
${voted.map((d) => `<tr><td>${documentName(d)}</td><td class="n">${count(d.up)}</td><td class="n">${count(d.down)}</td></tr>`).join("\n")}
</tbody>
</table>`
}

<h2>Most asked topics</h2>
${
  report.topics.length === 0
    ? "<p>No questions in this period.</p>"
    : `<table>
<thead><tr><th>Topic</th><th class="n">Questions</th></tr></thead>
<tbody>
${report.topics.map((t) => `<tr><td>${html(t.label)}</td><td class="n">${count(t.count)}</td></tr>`).join("\n")}
</tbody>
</table>`
}

<h2>Documents</h2>
<h3>Most cited</h3>
${
  cited.length === 0
    ? "<p>No document was cited in this period.</p>"
    : `<table>
<thead><tr><th>Document</th><th class="n">Times cited</th><th class="n">👍</th><th class="n">👎</th></tr></thead>
<tbody>
${cited.map((d) => `<tr><td>${documentName(d)}</td><td class="n">${count(d.cited)}</td><td class="n">${count(d.up)}</td><td class="n">${count(d.down)}</td></tr>`).join("\n")}
</tbody>
</table>`
}
<h3>Never cited</h3>
${never.length === 0 ? "<p>Every document was cited at least once.</p>" : `<ul>${never.map((d) => `<li>${documentName(d)}</li>`).join("")}</ul>`}

<p class="note">Questions are stored with e-mail addresses, phone numbers, NHS numbers, postcodes, dates of birth and mentions removed, and without who asked or where; see “What is stored” in the README.</p>
</body>
</html>
`;
}

function documentName(d: { title: string | null; file: string | null; source: string }): string {
  if (!d.title)
    return `${html(d.source)} <span class="note">(no longer in the content folder)</span>`;
  return `${html(d.title)} <span class="note">${html(d.file ?? d.source)}</span>`;
}

function dates(first: string, last: string): string {
  return first === last ? html(first) : `${html(first)} to ${html(last)}`;
}

function count(n: number): string {
  return n.toLocaleString("en-GB");
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${Math.round((part / whole) * 100)}%`;
}
