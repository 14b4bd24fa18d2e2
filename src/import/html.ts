// A web page (file or download) → its article as a markdown tree, with the title, publisher and date it gives.
import iconv from "iconv-lite";
import type { Root } from "mdast";
import { readPageFields } from "./html-metadata.ts";
import { ImportError } from "./import-error.ts";
import { mainContentHtml, type PageDom } from "./main-content.ts";
import { hasText, htmlToTree } from "./markdown-body.ts";
import { type DocumentFields, noFields } from "./metadata.ts";
import { byteOrderMark } from "./sniff.ts";

/** A converted document: what it says about itself, and its body. */
export interface ConvertedDocument {
  fields: DocumentFields;
  tree: Root;
}

/**
 * Reads a web page: its text decoded by the charset it declares (the HTTP header's, if given,
 * else its `<meta charset>`, else UTF-8), its own metadata, and its main content.
 * @throws {ImportError} NO_TEXT when the page has no article text (a page built by JavaScript).
 */
export async function convertHtml(
  bytes: Uint8Array,
  { charset = null }: { charset?: string | null } = {},
): Promise<ConvertedDocument> {
  const html = decodeHtml(bytes, charset);
  const { parseHTML } = await import("linkedom");
  // A saved fragment (no <html>, <head> or <body>) is put in a page's body, where the reader
  // looks for the article: the DOM parser keeps a bare fragment outside any body.
  const { document } = parseHTML(
    /<(html|head|body)[\s>]/i.test(html)
      ? html
      : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`,
  );
  const own = readPageFields(document as never);
  const tree = await htmlToTree(await mainContentHtml(document as unknown as PageDom));
  if (!hasText(tree)) {
    throw new ImportError(
      "NO_TEXT",
      "no article text in this web page (it may be built by JavaScript): save the page from a browser as HTML, or print it to PDF, and add that",
    );
  }
  return { fields: { ...noFields, ...own }, tree };
}

/**
 * The page's text in the encoding it declares (a byte-order mark first, as browsers read it). A page
 * that declares none, or declares UTF-8, but is not valid UTF-8 was saved by an older tool in
 * Windows-1252, as browsers guess: it is read so, rather than with "�" for every £, é and ’.
 */
export function decodeHtml(bytes: Uint8Array, headerCharset: string | null): string {
  const bom = byteOrderMark(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, 2048),
  ).toString("latin1");
  const declared = headerCharset ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? null;
  const encoding = knownEncoding(declared) ?? "utf-8";
  if (encoding === "windows-1252") return windows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return encoding === "utf-8" ? windows1252(bytes) : new TextDecoder(encoding).decode(bytes);
  }
}

/**
 * Windows-1252 as browsers read it, by iconv-lite: Node's own decoder for that label reads
 * ISO-8859-1, leaving 0x80–0x9F as invisible controls where such pages have ’, – and “ ”.
 */
function windows1252(bytes: Uint8Array): string {
  return iconv.decode(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    "windows-1252",
  );
}

/** The WHATWG name of an encoding label ("latin1" → "windows-1252"), or null for one unknown. */
function knownEncoding(label: string | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}
