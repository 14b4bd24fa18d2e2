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

describe.skipIf(noChromium)("a PDF printed from a web page", () => {
  it("leaves out a footer set larger than the tables' small type, on every page", async () => {
    const markdown = await importedPrintedPdf(financeAnnex());
    expect(markdown).not.toContain("Lakeside STP · Finance annex");
    expect(markdown).toContain(planParagraph(3));
    expect(markdown).toContain("Northgate ward 1");
  });
});
