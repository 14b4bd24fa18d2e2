// A web page (file or download) → its article as a markdown tree, with the title, publisher and date it gives.
import type { Root } from "mdast";
import { readPageFields } from "./html-metadata.ts";
import { ImportError } from "./import-error.ts";
import { mainContentHtml, type PageDom } from "./main-content.ts";
import { hasText, htmlToTree } from "./markdown-body.ts";
import { type DocumentFields, noFields } from "./metadata.ts";

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
  const { document } = parseHTML(html);
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

/** The page's text in the encoding it declares; an unknown encoding is read as UTF-8. */
export function decodeHtml(bytes: Uint8Array, headerCharset: string | null): string {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, 2048),
  ).toString("latin1");
  const declared = headerCharset ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? null;
  try {
    return new TextDecoder(declared ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
