// A document as a PDF report: headings in larger type, text set in wrapped lines (justified in a report), a running header and page numbers.
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
      for (const block of doc.blocks) write(pdf, block, align);
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
      return;
    }
  }
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
