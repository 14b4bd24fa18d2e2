// What a file really is, from its first bytes, so a PDF saved as .txt is refused rather than quoted as noise.
import path from "node:path";
import { ImportError } from "./import-error.ts";

/** The formats `content:add` reads. */
export type DocumentKind = "pdf" | "docx" | "html" | "markdown" | "text";

/** File extensions `content:add` reads, and the format each promises. */
export const kindByExtension: Record<string, DocumentKind> = {
  ".pdf": "pdf",
  ".docx": "docx",
  ".html": "html",
  ".htm": "html",
  ".md": "markdown",
  ".txt": "text",
};

/** What the bytes look like: one of the formats, or something else named for the message. */
export type SniffedKind =
  | "pdf"
  | "docx"
  | "html"
  | "text"
  | "empty"
  | "xlsx"
  | "pptx"
  | "zip"
  | "ole"
  | "image"
  | "binary";

const descriptions: Record<SniffedKind, string> = {
  pdf: "a PDF",
  docx: "a Word document (.docx)",
  html: "a web page (HTML)",
  text: "plain text",
  empty: "empty",
  xlsx: "an Excel spreadsheet",
  pptx: "a PowerPoint presentation",
  zip: "a zip archive",
  ole: "an old-style Office file (.doc/.xls/.ppt) or a password-protected one",
  image: "an image",
  binary: "binary data",
};

/** The format a file name promises, or null when `content:add` does not read that extension. */
export function kindOfName(name: string): DocumentKind | null {
  return kindByExtension[path.extname(name).toLowerCase()] ?? null;
}

/** What the bytes are, judged from their signature (and, for text, whether it looks like HTML). */
export function sniffKind(bytes: Uint8Array): SniffedKind {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isBlank(buffer)) return "empty";
  if (buffer.subarray(0, 1024).includes("%PDF-")) return "pdf";
  if (startsWith(buffer, [0x50, 0x4b, 0x03, 0x04])) {
    if (buffer.includes("word/document.xml")) return "docx";
    if (buffer.includes("xl/workbook.xml")) return "xlsx";
    if (buffer.includes("ppt/presentation.xml")) return "pptx";
    return "zip";
  }
  if (startsWith(buffer, [0xd0, 0xcf, 0x11, 0xe0])) return "ole";
  if (
    startsWith(buffer, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(buffer, [0xff, 0xd8, 0xff]) ||
    startsWith(buffer, [0x47, 0x49, 0x46, 0x38])
  )
    return "image";
  // A page Windows saved as "Unicode" is UTF-16, NULs and all.
  const mark = byteOrderMark(buffer);
  const utf16 = mark?.startsWith("utf-16") ? mark : null;
  if (!utf16 && buffer.subarray(0, 8192).includes(0)) return "binary";
  const head = (
    utf16
      ? new TextDecoder(utf16).decode(buffer.subarray(0, 8192))
      : buffer.subarray(0, 4096).toString("utf8")
  ).replace(/^\uFEFF/, "");
  if (looksBinary(head)) return "binary";
  if (/^\s*(<!--[\s\S]*?-->\s*)*<(!doctype html|html[\s>]|head[\s>]|body[\s>])/i.test(head))
    return "html";
  return "text";
}

/**
 * Bytes that are not UTF-8 text, though they hold no NUL: more than one character in ten
 * undecodable (U+FFFD) or a control character other than tab, line breaks and form feed.
 */
function looksBinary(head: string): boolean {
  let odd = 0;
  for (const char of head) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0xfffd || code === 0x7f || (code < 0x20 && !textControls.has(code))) odd++;
  }
  return odd > head.length / 10;
}

/**
 * Checks that the bytes are what the extension promises and returns the format to read them as.
 * @throws {ImportError} EMPTY or WRONG_TYPE, saying what the file really is.
 */
export function confirmKind(expected: DocumentKind, bytes: Uint8Array): DocumentKind {
  const found = sniffKind(bytes);
  if (found === "empty") throw new ImportError("EMPTY", "the file is empty: nothing to import");
  const matches =
    found === expected ||
    // Markdown and plain text look alike, and either may hold a little HTML.
    ((expected === "markdown" || expected === "text") && (found === "text" || found === "html")) ||
    // A saved web page is sometimes a fragment without <html>.
    (expected === "html" &&
      found === "text" &&
      /<[a-z][^>]*>/i.test(Buffer.from(bytes).toString("utf8", 0, 65536)));
  if (matches) return expected;
  const hint =
    found in renameTo ? `; rename it to ${renameTo[found as keyof typeof renameTo]}` : "";
  const fix =
    found === "ole"
      ? "; open it in Word and save it as .docx (without a password)"
      : hint || "; export it as PDF, Word (.docx), a web page or text first";
  throw new ImportError(
    "WRONG_TYPE",
    `the name says ${descriptions[toSniffed(expected)]} but the content is ${descriptions[found]}${fix}`,
  );
}

/** How to name a file whose content is another format `content:add` reads. */
const renameTo = { pdf: ".pdf", docx: ".docx", html: ".html", text: ".txt" } as const;

function toSniffed(kind: DocumentKind): SniffedKind {
  return kind === "markdown" ? "text" : kind;
}

/** True when every byte is white space (or a byte-order mark): stops at the first that is not. */
function isBlank(buffer: Buffer): boolean {
  for (const byte of buffer) {
    if (
      byte !== 0x20 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0x09 &&
      byte !== 0xef &&
      byte !== 0xbb &&
      byte !== 0xbf
    )
      return false;
  }
  return true;
}

/** The encoding a byte-order mark at the start names ("utf-8", "utf-16le", "utf-16be"), or null. */
export function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function startsWith(buffer: Buffer, signature: number[]): boolean {
  return signature.every((byte, i) => buffer[i] === byte);
}

/** Tab, line feed, form feed and carriage return: the control characters text holds. */
const textControls = new Set([0x09, 0x0a, 0x0c, 0x0d]);
