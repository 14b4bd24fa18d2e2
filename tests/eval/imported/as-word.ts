// A document as a Word file: Title, headings, paragraphs with their bold and italic, lists and tables, and its properties.
import {
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import JSZip from "jszip";
import { type Block, namesTitle, type SourceDocument } from "./blocks.ts";

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

/** The .docx bytes; its properties give the title, the publisher as Company and the date last saved. */
export async function asWordFile(doc: SourceDocument): Promise<Buffer> {
  const children = [
    ...(namesTitle(doc) ? [] : [new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE })]),
    ...doc.blocks.flatMap(blockParts),
  ];
  const file = new Document({
    title: doc.title,
    // Word names whoever saved the file; importing reads it as the publisher when no Company is given.
    creator: doc.publisher ?? "",
    numbering: {
      config: [
        {
          reference: "numbered",
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1." }],
        },
      ],
    },
    sections: [{ children }],
  });
  // The docx package stamps the time it ran and writes no company: set both as Word would.
  const zip = await JSZip.loadAsync(await Packer.toBuffer(file));
  const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
  zip.file(
    "docProps/core.xml",
    doc.date
      ? core.replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${doc.date}T16:20:00Z`)
      : core.replace(/<dcterms:(modified|created)[^>]*>[^<]*<\/dcterms:\1>/g, ""),
  );
  zip.file(
    "docProps/app.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">${doc.publisher ? `<Company>${xml(doc.publisher)}</Company>` : ""}</Properties>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

function blockParts(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [
        new Paragraph({
          text: block.text,
          heading: block.depth === 1 ? HeadingLevel.TITLE : headingLevels[block.depth - 1],
        }),
      ];
    case "paragraph":
      return [
        new Paragraph({
          children: block.runs.map((run) =>
            run.text === "\n"
              ? new TextRun({ break: 1 })
              : new TextRun({ text: run.text, bold: run.bold, italics: run.italic }),
          ),
        }),
      ];
    case "list":
      return block.items.map(
        (item) =>
          new Paragraph({
            text: item.text,
            ...(item.ordered && item.level === 0
              ? { numbering: { reference: "numbered", level: 0 } }
              : { bullet: { level: item.level } }),
          }),
      );
    case "table":
      return [
        new Table({
          rows: block.rows.map(
            (row) =>
              new TableRow({
                children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })),
              }),
          ),
        }),
      ];
  }
}

function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
