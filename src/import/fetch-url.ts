// Downloads a document from an http(s) address: redirects followed (loops caught), errors and error pages refused, size and time limited.
import { ImportError } from "./import-error.ts";
import { redirectNoticeTarget } from "./redirect-notice.ts";
import { tooLargeError } from "./size-limit.ts";
import type { DocumentKind } from "./sniff.ts";
import { kindOfName, sniffKind } from "./sniff.ts";

/** A document downloaded from the web. */
export interface Download {
  bytes: Uint8Array;
  kind: DocumentKind;
  /** From the Content-Type header, for decoding a web page. */
  charset: string | null;
  /** Where the document was in the end, after any redirects. */
  finalUrl: string;
}

/** How `fetchDocument` limits a download. */
export interface FetchOptions {
  /** The whole exchange, redirects and body included, must finish within this. */
  timeoutMs: number;
  /** A larger body is refused. */
  maxBytes: number;
}

/** More redirects than this is treated like a loop. */
const maxRedirects = 10;

/** True for an address with a scheme (`ftp://…`): not a path, though `content:add` downloads only http(s). */
export function hasScheme(source: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source);
}

/** True for an address `content:add` downloads rather than reads from disk. */
export function isWebAddress(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/**
 * `address` as it may be shown and kept (in the document's `source:` and `url:`, which every
 * citation shows): without a user name or password, and without query parameters that carry a
 * secret (`?access_token=…`, a signed link's `X-Amz-Signature`), which would give every reader
 * the key. Anything else is left as given.
 * @example withoutSecrets("https://u:pw@example.org/a.pdf?token=abc&page=2") // "https://example.org/a.pdf?page=2"
 */
export function withoutSecrets(address: string): string {
  if (!isWebAddress(address)) return address;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  url.username = "";
  url.password = "";
  for (const name of [...url.searchParams.keys()])
    if (secretParameter.test(name)) url.searchParams.delete(name);
  return url.href;
}

/** Query parameters whose value is a key: tokens, signatures, passwords. */
const secretParameter =
  /^(?:access_?token|id_?token|token|auth|authorization|api_?key|apikey|key|password|passwd|secret|client_secret|sig|signature|x-amz-(?:signature|credential|security-token)|x-goog-(?:signature|credential))$/i;

/**
 * Downloads `address`: a PDF or Word file, or a web page, judged by its Content-Type (and, when
 * that is vague, by its first bytes).
 * @throws {ImportError} BAD_ADDRESS, CREDENTIALS, HTTP_STATUS, ERROR_PAGE, REDIRECT_LOOP, TIMEOUT,
 *   NETWORK, TOO_LARGE, EMPTY, WRONG_TYPE or UNSUPPORTED, each saying what to do.
 */
export async function fetchDocument(address: string, options: FetchOptions): Promise<Download> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new ImportError("BAD_ADDRESS", "is not a web address that can be read: check it");
  }
  if (url.username || url.password)
    throw new ImportError(
      "CREDENTIALS",
      "has a user name or password in it, which content:add neither sends nor keeps: download the document in a browser and add the file",
    );
  const visited = [url.href];
  try {
    for (;;) {
      const response = await fetch(url, {
        redirect: "manual",
        signal,
        headers: {
          accept: "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8",
          "user-agent": "stp-bot content:add",
        },
      });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        url = new URL(location, url);
        noteRedirect(visited, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw statusError(response.status, response.statusText);
      }
      const download = await readDownload(response, url.href, options.maxBytes);
      // A page that only sends the browser on ("This page has moved…", <meta http-equiv="refresh">)
      // is followed as a redirect would be, so the document added is the one it points to; a
      // notice whose script is out of reach, by the one address its links name.
      const onward =
        download.kind === "html"
          ? (refreshTarget(download.bytes, url) ??
            scriptRedirectTarget(download.bytes, url) ??
            redirectNoticeTarget(pageStart(download.bytes), url))
          : null;
      if (onward === null || onward.href === url.href) return download;
      url = onward;
      noteRedirect(visited, url);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw networkError(error, options.timeoutMs);
  }
}

/**
 * Adds `url` to the addresses visited so far.
 * @throws {ImportError} REDIRECT_LOOP when it was visited already, or after too many redirects.
 */
function noteRedirect(visited: string[], url: URL): void {
  if (visited.includes(url.href)) {
    throw new ImportError(
      "REDIRECT_LOOP",
      `redirects in a loop (${[...visited, url.href].join(" → ")}): the site is misconfigured; open the address in a browser and use the address it ends at`,
    );
  }
  visited.push(url.href);
  if (visited.length > maxRedirects + 1) {
    throw new ImportError(
      "REDIRECT_LOOP",
      `redirected more than ${maxRedirects} times: open the address in a browser and use the address it ends at`,
    );
  }
}

/**
 * Where a page's `<meta http-equiv="refresh" content="0; url=…">` sends the browser, or null. A
 * refresh without an address (a news page reloading itself) sends it nowhere.
 */
export function refreshTarget(bytes: Uint8Array, base: URL): URL | null {
  const head = pageStart(bytes).split(/<body[\s>]/i)[0] ?? "";
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?refresh\b/i.test(meta)) continue;
    const content = /content\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(meta);
    const value = content?.[1] ?? content?.[2] ?? "";
    const target = /^\s*[\d.]*\s*[;,]?\s*url\s*=\s*["']?([^"']+)/i.exec(value)?.[1]?.trim();
    if (!target) continue;
    try {
      const url = new URL(target, base);
      return isWebAddress(url.href) ? url : null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Where a page that is nothing but a redirect by script sends the browser ("Redirecting to our
 * new website…" and `location.replace("…")`), or null. content:add runs no script: it reads the
 * one address the script names, and only when the page says next to nothing else, so a real
 * page with a script that moves some readers elsewhere is read as the page it is.
 */
export function scriptRedirectTarget(bytes: Uint8Array, base: URL): URL | null {
  const page = pageStart(bytes);
  const scripts = [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (m) => m[1] ?? "",
  );
  const targets = new Set<string>();
  for (const script of scripts)
    for (const m of script.matchAll(scriptRedirect)) targets.add((m[1] ?? m[2] ?? "").trim());
  const [target] = targets;
  if (targets.size !== 1 || !target) return null;
  const visible = page
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<head\b[\s\S]*?<\/head>/i, " ")
    .replace(/<[^>]*>/g, " ");
  if ((visible.match(/[\p{L}\p{N}]+/gu) ?? []).length > maxRedirectPageWords) return null;
  try {
    const url = new URL(target, base);
    return isWebAddress(url.href) ? url : null;
  } catch {
    return null;
  }
}

/** `location = "…"`, `location.href = "…"` (of window, document, top or self), `location.replace("…")`, `.assign("…")`. */
const scriptRedirect =
  /\b(?:(?:window|document|top|self)\.)?location(?:\.href)?\s*=\s*["'`]([^"'`]+)["'`]|\blocation\.(?:replace|assign)\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

/** More words than a "Redirecting… if nothing happens, follow this link" notice has. */
const maxRedirectPageWords = 60;

async function readDownload(
  response: Response,
  finalUrl: string,
  maxBytes: number,
): Promise<Download> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLargeError(declared, maxBytes);
  }
  const bytes = await readCapped(response, maxBytes);
  const type = (response.headers.get("content-type") ?? "").toLowerCase();
  const charset = /charset="?([\w-]+)/.exec(type)?.[1] ?? null;
  const kind = kindOfResponse(type, bytes, finalUrl);
  if (kind === "html" && isErrorPage(bytes)) {
    throw new ImportError(
      "ERROR_PAGE",
      `answered with an error page (“${pageTitle(bytes)}”), not a document: check the address in a browser`,
    );
  }
  if (kind === "html" && isSignInPage(bytes)) {
    throw new ImportError(
      "ERROR_PAGE",
      `answered with a sign-in page (“${pageTitle(bytes)}”), not a document: sign in with a browser, download the document and add the file`,
    );
  }
  return { bytes, kind, charset, finalUrl };
}

/**
 * What the download is. Its own first bytes win over a Content-Type that names something else (a
 * PDF sent as text/html is a PDF); a web page where the address or the Content-Type promised a
 * PDF or Word file is refused, as it is a sign-in or error page rather than the document.
 */
function kindOfResponse(type: string, bytes: Uint8Array, address: string): DocumentKind {
  const sniffed = sniffKind(bytes);
  if (sniffed === "empty")
    throw new ImportError("EMPTY", "answered with nothing: check the address");
  if (sniffed === "pdf" || sniffed === "docx") return sniffed;
  const named = kindOfType(type);
  const promised =
    named === "pdf" || named === "docx" ? named : kindOfName(new URL(address).pathname);
  if ((promised === "pdf" || promised === "docx") && (sniffed === "html" || named === "html")) {
    const title = pageTitle(bytes);
    throw new ImportError(
      "ERROR_PAGE",
      `should be ${promised === "pdf" ? "a PDF" : "a Word file"} but the site sent a web page${title ? ` (“${title}”)` : ""}, perhaps a sign-in or error page: open the address in a browser, download the document and add the file`,
    );
  }
  if (named === "pdf" || named === "docx") {
    throw new ImportError(
      "WRONG_TYPE",
      `was sent as ${named === "pdf" ? "a PDF" : "a Word file"} but is not one: open the address in a browser to see what it is`,
    );
  }
  if (named) return named;
  if (sniffed === "html" || sniffed === "text") return sniffed;
  throw new ImportError(
    "UNSUPPORTED",
    `is ${type.split(";")[0] || "of an unknown type"}, not a PDF, Word file or web page: content:add cannot read it`,
  );
}

/** The format a Content-Type names, or null when it names none `content:add` reads. */
function kindOfType(type: string): DocumentKind | null {
  if (type.includes("application/pdf")) return "pdf";
  if (type.includes("wordprocessingml")) return "docx";
  if (type.includes("text/html") || type.includes("application/xhtml")) return "html";
  if (type.includes("text/markdown")) return "markdown";
  return null;
}

/** The body, refused as soon as it passes `maxBytes`, so a huge download stops early. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) throw tooLargeError(total, maxBytes, true);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** An HTML page whose title says it is an error: a "soft 404" sent with status 200. */
function isErrorPage(bytes: Uint8Array): boolean {
  const title = pageTitle(bytes);
  return (
    /\b(page|file|document|resource)s?\b.{0,20}\bnot (be )?found\b|^\s*(404|not found|error|server error|access denied|forbidden)\b|\berror 404\b|\b404 error\b/i.test(
      title,
    ) ||
    // "Sorry, we can't find that page", "This page no longer exists"
    /\b(can[’']?t|cannot|could ?n[’']?t|could not|unable to) find\b.{0,30}\b(page|file|document)\b|\b(page|file|document)\b.{0,30}\b(no longer exists|does ?n[’']?t exist|does not exist|is no longer available)\b/i.test(
      title,
    )
  );
}

/** A page whose title asks the reader to sign in: what a private document's address sends back. */
function isSignInPage(bytes: Uint8Array): boolean {
  return /^\s*(sign|log) ?in\b|^\s*login\b/i.test(pageTitle(bytes));
}

function pageTitle(bytes: Uint8Array): string {
  return (/<title[^>]*>([^<]*)<\/title>/i.exec(pageStart(bytes))?.[1] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A page's first 64 KB as text: where its <head> is. */
function pageStart(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 65536)).toString(
    "utf8",
  );
}

function statusError(status: number, statusText: string): ImportError {
  const what = `${status}${statusText ? ` ${statusText}` : ""}`;
  const advice =
    status === 404 || status === 410
      ? "check the address: the document may have moved"
      : status === 401 || status === 403
        ? "the document is not public: download it in a browser and add the file instead"
        : status >= 500
          ? "the site has a problem: try again later"
          : "check the address in a browser";
  return new ImportError("HTTP_STATUS", `answered ${what}: ${advice}`);
}

function networkError(error: unknown, timeoutMs: number): ImportError {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "TimeoutError" || name === "AbortError") {
    return new ImportError(
      "TIMEOUT",
      `no answer within ${formatSeconds(timeoutMs)}: the site may be down or slow; try again later (CONTENT_FETCH_TIMEOUT sets the limit)`,
    );
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const reason = String(
    cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : error),
  );
  return new ImportError(
    "NETWORK",
    `could not be reached (${reason}): check the address and the network`,
  );
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
