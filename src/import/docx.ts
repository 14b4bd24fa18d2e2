// A Word file (.docx) → markdown tree with mammoth, and its title, publisher and date from the file's properties.
import { ablated } from "../ablation.ts";
import type { ConvertedDocument } from "./html.ts";
import { ImportError } from "./import-error.ts";
import { hasText, htmlToTree } from "./markdown-body.ts";
import { cleanText, type DocumentFields, isPlaceholderTitle, normaliseDate } from "./metadata.ts";

/**
 * Word's Title and Subtitle styles are headings in all but name; mammoth maps Heading 1–6 to
 * h1–h6 by itself. A table of contents (styles "TOC Heading", "toc 1"…"toc 9") and a table of
 * figures are left out: their entries are the headings again with page numbers ("1. Summary 3").
 * mammoth matches style names in any case.
 */
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  ...(ablated("contents-lists")
    ? []
    : [
        "p[style-name^='toc '] => !",
        "p[style-name='TOC Heading'] => !",
        "p[style-name='table of figures'] => !",
      ]),
];

/**
 * Converts a .docx: headings, paragraphs, lists and tables through mammoth's HTML, images left
 * out. Title from the document properties (unless it is a placeholder such as "Document1"),
 * publisher from Company (else Author), date from when it was last saved (else created).
 * @throws {ImportError} UNREADABLE when the file is not a Word document mammoth can open.
 */
export async function convertDocx(bytes: Uint8Array): Promise<ConvertedDocument> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { default: mammoth } = await import("mammoth");
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        styleMap,
        // A .docx can link images by path; an imported file must never read this machine's files.
        externalFileAccess: false,
        // Images are left out of the markdown: skipping them also skips base64-encoding each one.
        convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new ImportError(
      "UNREADABLE",
      `Word could not be read (${reasonOf(error)}): open it in Word and save it again as .docx`,
    );
  }
  const tree = await htmlToTree(html);
  if (!hasText(tree)) throw new ImportError("NO_TEXT", "this Word file has no text in it");
  return { fields: await readDocxFields(buffer), tree };
}

/** The title, publisher and date in a .docx's core and app properties. */
export async function readDocxFields(buffer: Buffer): Promise<DocumentFields> {
  const [{ default: JSZip }, { DOMParser }] = await Promise.all([
    import("jszip"),
    import("linkedom"),
  ]);
  const fields: DocumentFields = { title: null, publisher: null, date: null, url: null };
  let zip: Awaited<ReturnType<typeof JSZip.loadAsync>>;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    return fields;
  }
  const read = async (file: string, tags: string[]) => {
    const xml = await zip.file(file)?.async("string");
    if (!xml) return {} as Record<string, string | null>;
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    return Object.fromEntries(
      tags.map((tag) => [tag, cleanText(doc.getElementsByTagName(tag)[0]?.textContent)]),
    );
  };
  const core = await read("docProps/core.xml", [
    "dc:title",
    "dc:creator",
    "dcterms:modified",
    "dcterms:created",
  ]);
  const app = await read("docProps/app.xml", ["Company"]);
  const title = core["dc:title"] ?? null;
  fields.title = title && !isPlaceholderTitle(title) ? title : null;
  fields.publisher = app.Company ?? core["dc:creator"] ?? null;
  fields.date = normaliseDate(core["dcterms:modified"]) ?? normaliseDate(core["dcterms:created"]);
  return fields;
}

/**
 * The first line of a parser's error, without the tags and position markers it adds:
 * "[xmldom error]\telement parse error: …\n@#[line:undefined,col:undefined]" → "element parse error: …".
 */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split("\n")[0] ?? "";
  return first.replace(/^\s*(error:\s*)?\[[\w\s]+\]\s*/i, "").trim() || "unknown reason";
}
