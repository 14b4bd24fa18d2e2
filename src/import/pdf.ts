// A PDF → markdown tree with unpdf (pdf.js): its text layer laid out again as headings, paragraphs and lists, page furniture removed.
import type { Root } from "mdast";
import type { ConvertedDocument } from "./html.ts";
import { ImportError } from "./import-error.ts";
import { cleanText, type DocumentFields, isPlaceholderTitle, normaliseDate } from "./metadata.ts";
import { linesToBlocks } from "./pdf-blocks.ts";
import { removeContents } from "./pdf-contents.ts";
import { notesBlocks, splitFootnotes } from "./pdf-footnotes.ts";
import { type DocumentNames, removePageFurniture } from "./pdf-furniture.ts";
import { type PdfLine, type PdfTextItem, pageLines } from "./pdf-lines.ts";

/**
 * Converts a PDF's text layer. Title and publisher come from its document information (Title,
 * Author) or XMP metadata, the date from when it was made (CreationDate, else ModDate).
 * @throws {ImportError} PASSWORD for a password-protected PDF, NO_TEXT for one without a text
 *   layer (a scan), UNREADABLE for a damaged one.
 */
export async function convertPdf(bytes: Uint8Array): Promise<ConvertedDocument> {
  const { getDocumentProxy, getMeta } = await import("unpdf");
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the bytes it is given: it gets a copy. verbosity 0 keeps its
    // font warnings off the terminal.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    throw explainOpenError(error);
  }
  try {
    const items = await textItems(pdf);
    const fields = await readPdfFields(pdf, getMeta);
    const tree = layOut(items, fields);
    return { fields, tree };
  } finally {
    await pdf.destroy();
  }
}

/** The parts of a pdf.js document and its text content this module reads. */
interface PdfDocument {
  numPages: number;
  getPage(number: number): Promise<{
    getTextContent(): Promise<{ items: unknown[] }>;
  }>;
}

interface PdfJsTextItem {
  str?: string;
  transform: number[];
  width: number;
  fontName: string;
  hasEOL: boolean;
}

/**
 * Each page's text pieces with where they stand, their size and their font's name. unpdf's
 * `extractTextItems` gives the same but for the font's name, which tells a bold line from the
 * text around it.
 */
async function textItems(pdf: PdfDocument): Promise<PdfTextItem[][]> {
  return Promise.all(
    Array.from({ length: pdf.numPages }, async (_, i) => {
      const page = await pdf.getPage(i + 1);
      const { items } = await page.getTextContent();
      return (items as PdfJsTextItem[])
        .filter((item) => item.str != null)
        .map((item) => {
          const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
          return {
            str: item.str as string,
            x,
            y,
            width: item.width,
            fontSize: Math.hypot(c, d),
            hasEOL: item.hasEOL,
            fontName: item.fontName,
          };
        });
    }),
  );
}

/** The pages' text pieces → a markdown tree. Exported for tests of layout alone. */
export function layOut(
  pages: PdfTextItem[][],
  names: DocumentNames = { title: null, publisher: null },
): Root {
  const lines = pages.map((items, i) => pageLines(items, i + 1));
  if (!lines.some((page) => page.some((line) => /[\p{L}\p{N}]/u.test(line.text)))) {
    throw new ImportError(
      "NO_TEXT",
      "no text in this PDF: it needs OCR first (it is a scan or a picture of text); run it through OCR, e.g. ocrmypdf, and add the result",
    );
  }
  const { pages: kept } = removePageFurniture(lines, names);
  const { pages: text, notes } = splitFootnotes(removeContents(kept));
  const blocks = linesToBlocks(text.flat() as PdfLine[]);
  return { type: "root", children: [...blocks, ...notesBlocks(notes, blocks)] };
}

type GetMeta = typeof import("unpdf").getMeta;

async function readPdfFields(
  pdf: Parameters<GetMeta>[0],
  getMeta: GetMeta,
): Promise<DocumentFields> {
  let info: Record<string, unknown> = {};
  let xmp: { get(name: string): unknown } | null = null;
  try {
    const meta = await getMeta(pdf, { parseDates: false });
    info = meta.info ?? {};
    // pdf.js gives an empty object, without get(), for a PDF that has no XMP metadata.
    const metadata = meta.metadata as { get?: unknown } | null;
    if (typeof metadata?.get === "function") xmp = metadata as { get(name: string): unknown };
  } catch {
    // Unreadable metadata is the same as none: the first heading names the document.
  }
  const text = (value: unknown) => cleanText(typeof value === "string" ? value : null);
  const fromXmp = (name: string) => {
    const value = xmp?.get(name);
    return text(Array.isArray(value) ? value[0] : value);
  };
  const title = text(info.Title) ?? fromXmp("dc:title");
  return {
    title: title && !isPlaceholderTitle(title) ? title : null,
    publisher: fromXmp("dc:publisher") ?? text(info.Author) ?? fromXmp("dc:creator"),
    date:
      normaliseDate(text(info.CreationDate)) ??
      normaliseDate(fromXmp("xmp:createdate")) ??
      normaliseDate(text(info.ModDate)),
    url: null,
  };
}

function explainOpenError(error: unknown): ImportError {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "PasswordException") {
    return new ImportError(
      "PASSWORD",
      "this PDF is password-protected: ask its publisher for an open copy, or open it with the password and save a copy without one",
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new ImportError(
    "UNREADABLE",
    `this PDF could not be read (${reason}): it may be damaged; download it again or re-save it as PDF`,
  );
}
