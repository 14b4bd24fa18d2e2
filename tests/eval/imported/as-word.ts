// A document as a Word file: Title, headings, paragraphs with their bold and italic, lists and tables, and its properties.
import {
  Bookmark,
  Document,
  HeadingLevel,
  InternalHyperlink,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { savedByWord } from "../../helpers/documents.ts";
import { type Block, contentsOf, namesTitle, type SourceDocument } from "./blocks.ts";

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
  let section = 0;
  // A report (three sections or more) is set with Word's heading styles, as its table of contents
  // needs; a shorter paper's author, as often, types each heading as a bold paragraph.
  const styled = contentsOf(doc).length > 0;
  const children = [
    ...(namesTitle(doc) ? [] : [new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE })]),
    ...tableOfContents(doc),
    ...doc.blocks.flatMap((block) => {
      if (block.kind !== "heading" || block.depth === 1) return blockParts(block);
      if (!styled)
        return [new Paragraph({ children: [new TextRun({ text: block.text, bold: true })] })];
      return [bookmarkedHeading(block.text, block.depth, `_Toc${++section}`)];
    }),
  ];
  const file = new Document({
    title: doc.title,
    // Word names whoever saved the file; importing reads it as the publisher when no Company is given.
    creator: doc.publisher ?? "",
    styles: { paragraphStyles: contentsStyles },
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

/** Word's own styles for a table of contents, by the names Word gives them. */
const contentsStyles = [
  { id: "TOCHeading", name: "TOC Heading", basedOn: "Heading1", run: {} },
  ...[1, 2, 3, 4, 5].map((n) => ({ id: `TOC${n}`, name: `toc ${n}`, basedOn: "Normal", run: {} })),
];

/**
 * A table of contents as Word fills one in: "Contents", then an entry per section linking to
 * its heading's bookmark, with a tab and its page number.
 */
function tableOfContents(doc: SourceDocument): Paragraph[] {
  const sections = contentsOf(doc);
  if (sections.length === 0) return [];
  return [
    new Paragraph({ text: "Contents", style: "TOCHeading" }),
    ...sections.map(
      ({ text, level }, i) =>
        new Paragraph({
          style: `TOC${Math.min(level, 5)}`,
          children: [
            new InternalHyperlink({
              anchor: `_Toc${i + 1}`,
              children: [new TextRun(`${text}\t${i + 2}`)],
            }),
          ],
        }),
    ),
  ];
}

function bookmarkedHeading(text: string, depth: number, id: string): Paragraph {
  return new Paragraph({
    heading: headingLevels[depth - 1],
    children: [new Bookmark({ id, children: [new TextRun(text)] })],
  });
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
