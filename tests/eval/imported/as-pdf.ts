// A document as a PDF report: headings in larger type (a shorter paper's in bold), text set in wrapped lines (justified in a report, with a pull quote), charts of its tables' figures, a running header and page numbers.
import { pdfBytes } from "../../helpers/documents.ts";
import { type Block, contentsOf, namesTitle, type Run, type SourceDocument } from "./blocks.ts";

const page = { width: 595, height: 842, margin: 72, top: 80, bottom: 80 };
const textWidth = page.width - 2 * page.margin;
const headingSizes = [20, 15, 12.5, 11.5, 11, 11];

/** The PDF's bytes; its document information gives the title, the publisher as Author and the date made. */
export async function asPdf(doc: SourceDocument): Promise<Buffer> {
  const bytes = await pdfBytes(
    {
      margin: undefined, // pdfkit takes `margin` over `margins`, and pdfBytes sets it to 0
      margins: { top: page.top, bottom: page.bottom, left: page.margin, right: page.margin },
      bufferPages: true,
      info: {
        Title: doc.title,
        ...(doc.publisher ? { Author: doc.publisher } : {}),
        ...(doc.date ? { CreationDate: new Date(`${doc.date}T09:00:00Z`) } : {}),
      },
    },
    (pdf) => {
      if (!namesTitle(doc)) heading(pdf, 1, doc.title);
      contentsPage(pdf, doc);
      // Reports (three sections or more) set their paragraphs justified, shorter pieces ragged.
      const align = contentsOf(doc).length > 0 ? "justify" : "left";
      const quote = align === "justify" ? pullQuote(doc) : null;
      doc.blocks.forEach((block, i) => {
        write(pdf, block, align);
        if (quote && i === quote.after) pullQuoteBox(pdf, quote.text);
      });
      runningHeadAndFoot(pdf, `${doc.publisher ?? "Report"} · ${doc.title}`);
    },
  );
  return doc.date ? bytes : undated(bytes);
}

/**
 * The PDF without the creation date pdfkit stamps on every file: where the original gives no
 * date, the time the eval ran would be read as its date. Blanked byte for byte, so the file's
 * table of offsets stays right.
 */
function undated(bytes: Buffer): Buffer {
  const text = bytes.toString("latin1");
  const blank = (match: string) => " ".repeat(match.length);
  return Buffer.from(
    text
      .replace(/\/CreationDate (\d+ \d+ R|\(D:[^)]*\))/g, blank)
      .replace(/<xmp:CreateDate>[^<]*<\/xmp:CreateDate>/g, blank),
    "latin1",
  );
}

function write(pdf: PDFKit.PDFDocument, block: Block, align: "left" | "justify"): void {
  switch (block.kind) {
    case "heading":
      if (align === "left" && block.depth > 1) {
        // A shorter paper's (fewer than three sections) headings typed in the text's own size,
        // in bold, as its author often sets them.
        pdf
          .font("Helvetica-Bold")
          .fontSize(11)
          .text(block.text, page.margin, undefined, { width: textWidth });
        pdf.moveDown(0.3);
        return;
      }
      heading(pdf, block.depth, block.text);
      return;
    case "paragraph": {
      pdf.fontSize(11);
      // A line break in the paragraph starts a new line, as it would in a word processor.
      for (const line of lines(block.runs)) {
        line.forEach((run, i) => {
          pdf
            .font(run.bold ? "Helvetica-Bold" : run.italic ? "Helvetica-Oblique" : "Helvetica")
            .text(run.text, { width: textWidth, continued: i < line.length - 1, align });
        });
      }
      pdf.moveDown(0.7);
      return;
    }
    case "list":
      pdf.font("Helvetica").fontSize(11);
      block.items.forEach((item, i) => {
        const mark = item.ordered ? `${i + 1}.` : item.level > 0 ? "–" : "•";
        const indent = 18 * item.level;
        const width = textWidth - 22 - indent;
        // A bullet is never left at the foot of a page with its text on the next.
        if (pdf.y + pdf.heightOfString(item.text, { width }) > page.height - page.bottom)
          pdf.addPage();
        const y = pdf.y;
        pdf.text(mark, page.margin + 6 + indent, y, { lineBreak: false });
        pdf.text(item.text, page.margin + 22 + indent, y, { width });
        pdf.moveDown(0.3);
      });
      pdf.x = page.margin;
      pdf.moveDown(0.4);
      return;
    case "table": {
      const columns = Math.max(...block.rows.map((row) => row.length));
      const width = textWidth / columns;
      block.rows.forEach((row, r) => {
        pdf.font(r === 0 ? "Helvetica-Bold" : "Helvetica").fontSize(10);
        const height = Math.max(
          ...row.map((cell) => pdf.heightOfString(cell, { width: width - 12 })),
        );
        if (pdf.y + height > page.height - page.bottom) pdf.addPage();
        const y = pdf.y;
        row.forEach((cell, c) => {
          pdf.text(cell, page.margin + c * width, y, { width: width - 12 });
        });
        pdf.x = page.margin;
        pdf.y = y + height + 5;
      });
      pdf.moveDown(0.7);
      chart(pdf, block.rows);
      return;
    }
  }
}

/** A figure as a cell holds it: "812", "402.1", "(29.5)", "58%". */
const figure = /^[£(]?\d[\d,]*(?:\.\d+)?\)?%?$/;

/**
 * A bar chart of a table's first column of figures, drawn after it as reports do: a caption,
 * the scale's figures up the left, a bar and its figure for each row, each row's name under its
 * bar, and the source below. Its words are where a chart puts them, not in sentences.
 */
function chart(pdf: PDFKit.PDFDocument, rows: string[][]): void {
  const [head = [], ...body] = rows;
  const column = head.findIndex(
    (_, c) => c > 0 && body.length >= 3 && body.every((row) => figure.test(row[c] ?? "")),
  );
  if (column < 0) return;
  const values = body.map((row) => Number((row[column] ?? "").replace(/[^\d.]/g, "")));
  const top = niceTop(Math.max(...values));
  const plot = { left: page.margin + 40, width: textWidth - 60, height: 140 };
  pdf.moveDown(1.5);
  if (pdf.y + plot.height + 90 > page.height - page.bottom) pdf.addPage();
  pdf.font("Helvetica-Bold").fontSize(10).text(`Figure: ${head[column]}`, page.margin);
  const bottom = pdf.y + 10 + plot.height;
  pdf.font("Helvetica").fontSize(8);
  for (let tick = 0; tick <= 4; tick++) {
    const y = bottom - (plot.height * tick) / 4;
    pdf.text(((top * tick) / 4).toLocaleString("en-GB"), page.margin, y - 3, {
      width: 34,
      align: "right",
      lineBreak: false,
    });
    pdf
      .moveTo(plot.left, y)
      .lineTo(plot.left + plot.width, y)
      .lineWidth(0.3)
      .stroke("#cccccc");
  }
  const slot = plot.width / values.length;
  values.forEach((value, i) => {
    const height = (plot.height * value) / top;
    const x = plot.left + i * slot + slot * 0.2;
    pdf.rect(x, bottom - height, slot * 0.6, height).fill("#4a7ab5");
    pdf.fillColor("black").text(body[i]?.[column] ?? "", x, bottom - height - 10, {
      width: slot * 0.6,
      align: "center",
      lineBreak: false,
    });
    pdf.text(body[i]?.[0] ?? "", plot.left + i * slot, bottom + 4, {
      width: slot,
      align: "center",
    });
  });
  pdf.fillColor("black").text("Source: the organisation's own figures", page.margin, bottom + 32);
  pdf.x = page.margin;
  pdf.moveDown(1);
}

/** The scale's top: the next 1, 2 or 5 times a power of ten above the largest figure. */
function niceTop(largest: number): number {
  const power = 10 ** Math.floor(Math.log10(largest || 1));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= largest) ?? 10 * power;
}

/**
 * A report's pull quote: the first sentence of its third paragraph, repeated in larger italic
 * type after its second, as magazines and think tanks' reports set one to catch the eye.
 */
function pullQuote(doc: SourceDocument): { text: string; after: number } | null {
  const paragraphs = doc.blocks.flatMap((block, i) => (block.kind === "paragraph" ? [i] : []));
  const [, second, third] = paragraphs;
  if (second === undefined || third === undefined) return null;
  const block = doc.blocks[third];
  if (block?.kind !== "paragraph") return null;
  const text = block.runs.map((run) => run.text).join("");
  const sentence = /^.{30,200}?[.!?](?=\s|$)/.exec(text)?.[0];
  return sentence ? { text: sentence, after: second } : null;
}

function pullQuoteBox(pdf: PDFKit.PDFDocument, text: string): void {
  pdf.moveDown(0.6);
  pdf
    .font("Helvetica-Oblique")
    .fontSize(14)
    .text(`“${text}”`, page.margin + 30, undefined, { width: textWidth - 60, align: "left" });
  pdf.x = page.margin;
  pdf.moveDown(0.8);
}

/**
 * A contents page as a report's first: "Contents", then each section with dot leaders to a page
 * number, and the text starting on a new page.
 */
function contentsPage(pdf: PDFKit.PDFDocument, doc: SourceDocument): void {
  const sections = contentsOf(doc);
  if (sections.length === 0) return;
  heading(pdf, 2, "Contents");
  pdf.font("Helvetica").fontSize(11);
  sections.forEach(({ text, level }, i) => {
    const indent = 14 * (level - 1);
    const number = String(i + 2);
    let entry = `${text} `;
    const room = textWidth - indent - pdf.widthOfString(number) - 6;
    while (pdf.widthOfString(`${entry}.`) < room) entry += ".";
    pdf.text(`${entry} ${number}`, page.margin + indent, undefined, {
      width: textWidth - indent,
    });
  });
  pdf.addPage();
}

/** The runs of a paragraph, line by line. */
function lines(runs: Run[]): Run[][] {
  const result: Run[][] = [[]];
  for (const run of runs) {
    if (run.text === "\n") result.push([]);
    else if (run.text) result.at(-1)?.push(run);
  }
  return result.filter((line) => line.length > 0);
}

function heading(pdf: PDFKit.PDFDocument, depth: number, text: string): void {
  pdf.moveDown(0.4);
  pdf
    .font("Helvetica-Bold")
    .fontSize(headingSizes[depth - 1] ?? 11)
    .text(text, page.margin, undefined, { width: textWidth });
  pdf.moveDown(0.4);
}

/** The same line at the top of every page and "Page n of N" at its foot, as reports have. */
function runningHeadAndFoot(pdf: PDFKit.PDFDocument, header: string): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing in the margin must not start a new page
    pdf.font("Helvetica").fontSize(8.5);
    pdf.text(header, page.margin, 40, { lineBreak: false, width: textWidth });
    pdf.text(`Page ${i + 1} of ${count}`, page.margin, page.height - 45, { lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
}
