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
import { savedByWord } from "../../helpers/documents.ts";
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
  return savedByWord(await Packer.toBuffer(file), { date: doc.date, company: doc.publisher });
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
