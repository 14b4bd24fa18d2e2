// Footnotes and contents lists in a web page or a Word file: markers out of the text, the notes kept under "Notes", contents lists out.
import {
  Bookmark,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  InternalHyperlink,
  type IPropertiesOptions,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { describe, expect, it } from "vitest";
import { convertDocx } from "../../src/import/docx.ts";
import { convertHtml } from "../../src/import/html.ts";
import { treeToMarkdown } from "../../src/import/markdown-body.ts";

/** A Word file of `children` (and `options`: footnotes, styles) imported, as markdown titled `title`. */
async function fromWord(
  title: string,
  children: (Paragraph | Table)[],
  options: Omit<IPropertiesOptions, "sections"> = {},
): Promise<string> {
  const doc = new Document({ ...options, sections: [{ children }] });
  const { tree } = await convertDocx(new Uint8Array(await Packer.toBuffer(doc)));
  return treeToMarkdown(tree, title);
}

async function fromHtml(body: string): Promise<string> {
  const html = `<html><head><title>Clinic plan</title></head><body><main><h1>Clinic plan</h1>${body}</main></body></html>`;
  const { tree } = await convertHtml(Buffer.from(html), { charset: null });
  return treeToMarkdown(tree, "Clinic plan");
}

describe("footnotes", () => {
  it("takes a web page's note markers out of its sentences, so a figure stays a figure", async () => {
    const markdown = await fromHtml(
      '<p>Spending rose to £2.1 billion in 2016-17<sup id="fnref:1"><a href="#fn:1" rel="footnote">[footnote 1]</a></sup>, then fell.<sup class="reference"><a href="#cite_note-2">2</a></sup> See <a href="#timeline">the timeline</a>.</p><h2 id="timeline">Timeline</h2><p>Clinics open in 2018.</p>',
    );
    expect(markdown).toContain(
      "Spending rose to £2.1 billion in 2016-17, then fell. See the timeline.",
    );
  });

  it("takes out a marker with no link, but keeps a power after a unit", async () => {
    const markdown = await fromHtml(
      "<p>Spending rose in 2016-17<sup>1</sup> on 400 m<sup>2</sup> of space.</p>",
    );
    expect(markdown).toContain("Spending rose in 2016-17 on 400 m2 of space.");
  });

  it("takes out a marker in brackets with no link, after a figure or a unit", async () => {
    const markdown = await fromHtml(
      "<p>Of the gap, £8.2 billion<sup>[4]</sup> falls on social care and 12 km<sup>[note 5]</sup> of road is affected.<sup>[a]</sup></p>",
    );
    expect(markdown).toContain(
      "Of the gap, £8.2 billion falls on social care and 12 km of road is affected.",
    );
  });

  it("keeps the notes, without their links back, under a heading of their own", async () => {
    const markdown = await fromHtml(
      '<p>Spending rose.<sup><a href="#fn:1">1</a></sup></p><h2>Timeline</h2><p>Clinics open in 2018.</p><div class="footnotes"><ol><li id="fn:1"><p>From the annual accounts. <a href="#fnref:1">↩</a></p></li></ol></div>',
    );
    expect(markdown).toMatch(
      /Clinics open in 2018\.\n\n## Notes\n\n1\. From the annual accounts\.\n$/,
    );
  });

  it("does the same for a Word file's footnotes", async () => {
    const markdown = await fromWord(
      "Widget plan",
      [
        new Paragraph({ text: "Summary", heading: HeadingLevel.HEADING_1 }),
        new Paragraph({
          children: [
            new TextRun("The fund was worth £1.8 billion in 2016-17."),
            new FootnoteReferenceRun(1),
            new TextRun(" It bought breathing room."),
          ],
        }),
      ],
      {
        footnotes: {
          1: { children: [new Paragraph("NHS England, Five Year Forward View, 2014.")] },
        },
      },
    );
    expect(markdown).toBe(
      "# Widget plan\n\n## Summary\n\nThe fund was worth £1.8 billion in 2016-17. It bought breathing room.\n\n## Notes\n\n1. NHS England, Five Year Forward View, 2014.\n",
    );
  });
});

describe("headings typed as bold lines", () => {
  it("reads a Word file's bold line over its text as a heading under the Title", async () => {
    const markdown = await fromWord("Widget plan", [
      new Paragraph({ text: "Widget plan", heading: HeadingLevel.TITLE }),
      new Paragraph({ children: [new TextRun({ text: "What is the plan?", bold: true })] }),
      new Paragraph("The plan moves widget repairs into the community by 2019."),
    ]);
    expect(markdown).toBe(
      "# Widget plan\n\n## What is the plan?\n\nThe plan moves widget repairs into the community by 2019.\n",
    );
  });
});

describe("a Word table with merged cells", () => {
  it("sets each value under its own column heading, a merged site repeated on each of its rows", async () => {
    const cell = (text: string, options: Record<string, unknown> = {}) =>
      new TableCell({ children: [new Paragraph(text)], ...options });
    const markdown = await fromWord("Beds", [
      new Paragraph({ text: "Beds", heading: HeadingLevel.TITLE }),
      new Table({
        rows: [
          new TableRow({
            tableHeader: true,
            children: [cell("Site", { rowSpan: 2 }), cell("Community beds", { columnSpan: 2 })],
          }),
          new TableRow({ tableHeader: true, children: [cell("2017"), cell("2019")] }),
          new TableRow({
            children: [cell("Northgate", { rowSpan: 2 }), cell("40"), cell("24")],
          }),
          new TableRow({ children: [cell("38"), cell("20")] }),
        ],
      }),
    ]);
    expect(markdown).toContain(
      "| Site | Community beds 2017 | Community beds 2019 |\n| - | - | - |\n| Northgate | 40 | 24 |\n| Northgate | 38 | 20 |",
    );
  });
});

describe("contents lists", () => {
  it("leaves out a web page's contents, a list of links to its own headings, with its heading", async () => {
    const markdown = await fromHtml(
      '<h2>Contents</h2><ol><li><a href="#summary">Summary</a></li><li><a href="#timeline">Timeline</a><ul><li><a href="#y1">2018</a></li></ul></li></ol><h2 id="summary">Summary</h2><p>The plan closes the gap.</p><h2 id="timeline">Timeline</h2><ul><li>Clinics open in 2018.</li><li>See <a href="#summary">the summary</a>.</li></ul>',
    );
    expect(markdown).toBe(
      "# Clinic plan\n\n## Summary\n\nThe plan closes the gap.\n\n## Timeline\n\n- Clinics open in 2018.\n- See the summary.\n",
    );
  });

  it("leaves out a Word file's table of contents, its entries' page numbers with it", async () => {
    const entry = (text: string, anchor: string) =>
      new Paragraph({
        style: "TOC1",
        children: [new InternalHyperlink({ anchor, children: [new TextRun(`${text}\t3`)] })],
      });
    const heading = (text: string, id: string) =>
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new Bookmark({ id, children: [new TextRun(text)] })],
      });
    const markdown = await fromWord(
      "Widget plan",
      [
        new Paragraph({ text: "Contents", style: "TOCHeading" }),
        entry("Summary", "_Toc1"),
        entry("Timeline", "_Toc2"),
        heading("Summary", "_Toc1"),
        new Paragraph("The plan closes the gap."),
        heading("Timeline", "_Toc2"),
        new Paragraph("Clinics open in 2018."),
      ],
      {
        styles: {
          paragraphStyles: [
            { id: "TOC1", name: "toc 1", basedOn: "Normal", run: {} },
            { id: "TOCHeading", name: "TOC Heading", basedOn: "Heading1", run: {} },
          ],
        },
      },
    );
    expect(markdown).toBe(
      "# Widget plan\n\n## Summary\n\nThe plan closes the gap.\n\n## Timeline\n\nClinics open in 2018.\n",
    );
  });
});
