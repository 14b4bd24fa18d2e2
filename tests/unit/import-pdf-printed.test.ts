// PDFs printed from web pages by Chromium, as `content:add` reads them: running headers, footers, footnotes and headings as the printed page draws them.
import { describe, expect, it } from "vitest";
import { importedPrintedPdf, noChromium, planParagraph } from "../helpers/printed-pdf.ts";

const sites = ["Northgate", "Southgate", "Westbury", "Eastfield", "Hillcrest", "Riverside"];

/** An annex of tables in small type, a paragraph before each, and a footer on every page. */
function financeAnnex(): string {
  let html = `<html><head><title>Lakeside finance annex</title><style>
@page { size: A4; margin: 20mm; @bottom-center { content: "Lakeside STP · Finance annex · Page " counter(page) " of " counter(pages); font: 9pt sans-serif; } }
body { font: 11pt serif; } table { font: 7.5pt sans-serif; border-collapse: collapse; } td, th { padding: 1px 6px; }
</style></head><body><h1>Finance annex</h1>`;
  for (let t = 0; t < 4; t++) {
    html += `<h2>Table ${t + 1}</h2><p>${planParagraph(t)}</p><table><tr><th>Site</th><th>Beds 2016/17</th><th>Beds 2020/21</th><th>Cost £m</th></tr>`;
    for (let r = 0; r < 40; r++)
      html += `<tr><td>${sites[r % 6]} ward ${r + 1}</td><td>${((r * 37 + t * 11) % 90) + 10}</td><td>${((r * 29 + t) % 80) + 5}</td><td>${((r * 13 + t * 7) % 50) / 10 + 1}</td></tr>`;
    html += "</table>";
  }
  return `${html}</body></html>`;
}

const chapters = ["Why we must change", "Our priorities", "Money", "Making it happen"];

/**
 * A plan set as a book: a cover, then chapters each starting on a new page, the document's
 * title at the top of left pages and the chapter's, numbered, at the top of right pages, page
 * numbers at the outer corners. Chapters of a page or two, so no header is on three pages of a side.
 */
function bookLikePlan(): string {
  const title = "Lakeside Sustainability and Transformation Plan";
  const rightPages = chapters
    .map(
      (chapter, i) =>
        `@page ch${i}:right { @top-right { content: "${i + 1}. ${chapter}"; font: 9pt sans-serif; } @bottom-right { content: counter(page); font: 9pt sans-serif; } }`,
    )
    .join("\n");
  let html = `<html><head><title>${title}</title><style>
@page { size: A4; margin: 25mm 20mm; }
@page :left { @top-left { content: "${title}"; font: 9pt sans-serif; } @bottom-left { content: counter(page); font: 9pt sans-serif; } }
${rightPages}
@page cover { margin: 25mm 20mm; }
body { font: 11pt serif; } .cover { page: cover; } .cover h1 { font-size: 30pt; margin-top: 80mm; }
${chapters.map((_, i) => `.ch${i} { page: ch${i}; break-before: page; }`).join(" ")}
</style></head><body><section class="cover"><h1>${title}</h1><p>October 2016</p></section>`;
  let n = 0;
  chapters.forEach((chapter, i) => {
    html += `<section class="ch${i}"><h1>${chapter}</h1>`;
    for (let k = 0; k < 8 + i * 5; k++) html += `<p>${planParagraph(n++)}</p>`;
    html += "</section>";
  });
  return `${html}</body></html>`;
}

const sources = [
  "NHS England, Five Year Forward View, October 2014.",
  "Lakeside CCG finance return to NHS England, June 2016, table 3.",
  "The King's Fund, Sustainability and transformation plans in the NHS, 2017.",
  "Office for National Statistics, mid-2015 population estimates.",
  "Lakeside County Council, adult social care budget 2016/17.",
  "NHS Improvement, trust financial plans 2016/17, annex B.",
];

/**
 * A paper with footnotes as Word lays them out: a raised number after a sum in the text, and at
 * the page's foot, under a short rule and in smaller type, the note starting with that number,
 * itself raised. Each page drawn as a sheet of its own, the notes at its foot.
 */
function paperWithFootnotes(): string {
  let html = `<html><head><title>Lakeside finance paper</title><style>
@page { size: A4; margin: 0; }
body { margin: 0; font: 11pt sans-serif; }
.page { height: 297mm; box-sizing: border-box; padding: 25mm; position: relative; break-after: page; }
.notes { position: absolute; bottom: 20mm; left: 25mm; right: 25mm; font-size: 9pt; }
.notes hr { width: 40%; margin: 0 0 4pt 0; border: 0; border-top: 0.5pt solid black; }
.notes p { margin: 0 0 2pt 0; }
.folio { position: absolute; bottom: 10mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
</style></head><body>`;
  let n = 0;
  for (let page = 0; page < 3; page++) {
    html += `<div class="page"><h2>Section ${page + 1}</h2>`;
    const notes: string[] = [];
    for (let k = 0; k < 4; k++) {
      let text = planParagraph(n++);
      if (k % 2 === 1) {
        const number = notes.length + page * 2 + 1;
        text = text.replace(" million ", ` million<sup>${number}</sup> `);
        notes.push(`<p><sup>${number}</sup> ${sources[number - 1]}</p>`);
      }
      html += `<p>${text}</p>`;
    }
    html += `<div class="notes"><hr>${notes.join("")}</div><div class="folio">${page + 1}</div></div>`;
  }
  return `${html}</body></html>`;
}

/**
 * A plan on a page whose headings are set with wide letter-spacing, one in capitals and two in
 * small capitals: Chromium draws each letter apart, pdf.js gives each as a piece of its own.
 */
function letterSpacedPlan(): string {
  let html = `<html><head><title>Lakeside plan on a page</title><style>
@page { size: A4; margin: 20mm; }
body { font: 11pt serif; }
h1 { font: bold 26pt sans-serif; letter-spacing: 0.8em; text-transform: uppercase; }
h2 { font: 16pt sans-serif; letter-spacing: 0.3em; font-variant: small-caps; }
.strap { font: 14pt sans-serif; letter-spacing: 0.4em; text-transform: uppercase; }
</style></head><body><h1>Lakeside</h1><p class="strap">Plan on a page</p><p>Our sustainability and transformation plan, October 2016.</p><h2>Our priorities</h2>`;
  for (let n = 0; n < 4; n++) html += `<p>${planParagraph(n)}</p>`;
  html += "<h2>Money</h2>";
  for (let n = 4; n < 7; n++) html += `<p>${planParagraph(n)}</p>`;
  return `${html}</body></html>`;
}

describe.skipIf(noChromium)("a PDF printed from a web page", () => {
  it("reads a heading drawn letter by letter with letter-spacing as its words", async () => {
    const markdown = await importedPrintedPdf(letterSpacedPlan());
    expect(markdown).toContain("\n## LAKESIDE\n");
    // Letters a space apart in each piece, each word space a piece of its own.
    expect(markdown).toContain(" PLAN ON A PAGE\n");
    expect(markdown).toContain("\n### OUR PRIORITIES\n");
    expect(markdown).toContain("\n### MONEY\n");
    expect(markdown).toContain(planParagraph(4));
  });

  it("moves footnotes Word-style, a raised number in the text and the note at the foot starting with it, to the end", async () => {
    const markdown = await importedPrintedPdf(paperWithFootnotes());
    // The sum in the text reads as it is, without its note's number run into it or set apart.
    expect(markdown).toContain(planParagraph(1));
    expect(markdown).not.toMatch(/^\d$/m);
    const notes = markdown.slice(markdown.indexOf("## Notes"));
    expect(notes).toBe(
      `## Notes\n\n${sources.map((source, i) => `${i + 1}. ${source}`).join("\n")}\n`,
    );
    expect(markdown.split(sources[0] ?? "")).toHaveLength(2);
  });

  it("leaves out running headers that alternate, the document's title on left pages and each chapter's on right", async () => {
    const markdown = await importedPrintedPdf(bookLikePlan());
    // The title line and the cover's heading, and no header of a left page.
    expect(markdown.split("Lakeside Sustainability and Transformation Plan")).toHaveLength(2);
    for (const [i, chapter] of chapters.entries()) {
      expect(markdown).toContain(`## ${chapter}\n`);
      expect(markdown).not.toContain(`${i + 1}. ${chapter}`);
    }
    expect(markdown).toContain(planParagraph(20));
  });

  it("leaves out a footer set larger than the tables' small type, on every page", async () => {
    const markdown = await importedPrintedPdf(financeAnnex());
    expect(markdown).not.toContain("Lakeside STP · Finance annex");
    expect(markdown).toContain(planParagraph(3));
    expect(markdown).toContain("Northgate ward 1");
  });
});
