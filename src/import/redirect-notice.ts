// A page that is only a notice that the document has moved ("Redirecting to our new website…"), its script out of reach: where it points, or why content:add cannot follow it.
import { ImportError } from "./import-error.ts";

/**
 * Where a page that only says it is redirecting sends the reader, when its script gives no
 * address content:add can read (the script is a file of its own, or builds the address as it
 * runs): the one address its links name, such as a `<noscript>` "continue to the new website"
 * link. Null for a page that is not such a notice: one without a script, with more than a
 * notice's words, or that says nothing of moving.
 * @throws {ImportError} REDIRECT_NOTICE for a notice naming no address, or more than one: added
 *   as it is, the notice would be the document.
 * @example redirectNoticeTarget('<script src="go.js"></script><p>Redirecting to our new website…</p><noscript><a href="/plan">Continue</a></noscript>', base) // base's /plan
 */
export function redirectNoticeTarget(page: string, base: URL): URL | null {
  if (!/<(?:script|noscript)\b/i.test(page)) return null;
  const body = page.replace(/<head\b[\s\S]*?<\/head>/i, " ");
  const notice = cleanWords(
    body
      .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, " ")
      .replace(/<[^>]*>/g, " "),
  );
  const words = notice.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0 || words.length > maxNoticeWords || !movingWords.test(notice)) return null;
  const addresses = new Set<string>();
  for (const link of body.matchAll(/<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const address = onwardAddress((link[1] ?? link[2] ?? "").trim(), base);
    if (address) addresses.add(address);
  }
  const [only] = addresses;
  if (addresses.size === 1 && only) return new URL(only);
  const quoted = notice.length > 60 ? `${notice.slice(0, 60).trimEnd()}…` : notice;
  throw new ImportError(
    "REDIRECT_NOTICE",
    addresses.size === 0
      ? `is only a notice that the page has moved (“${quoted}”), sent on by a script content:add does not run, and it names no address: open it in a browser and add the address it ends at`
      : `is only a notice that the page has moved (“${quoted}”), sent on by a script content:add does not run; it points to ${[...addresses].join(", ")}: add the one that is the document`,
  );
}

/** More words than a "Redirecting… if nothing happens, follow this link" notice has. */
const maxNoticeWords = 60;

/**
 * What a notice says of the page itself: "Redirecting…", "This page has moved", "We have moved",
 * "our new website", "you will be taken to". A short page that says something else moved ("The
 * clinic has moved to Westbury") is a page, and is read as one.
 */
const movingWords =
  /\bredirect(?:ing|ed)?\b|\b(?:this|the) (?:page|site|website|document) (?:has|have) (?:been )?moved\b|\bwe(?:'ve| have) moved\b|\bnew (?:web ?site|web address|home)\b|\byou (?:will|should) be (?:taken|forwarded|sent)\b/i;

/** An address a link sends the reader on to: http(s), not a place within this page or the page itself. */
function onwardAddress(href: string, base: URL): string | null {
  if (!href || href.startsWith("#")) return null;
  try {
    const url = new URL(decodeEntities(href), base);
    url.hash = "";
    const here = new URL(base);
    here.hash = "";
    if (!/^https?:$/.test(url.protocol) || url.href === here.href) return null;
    return url.href;
  } catch {
    return null;
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, "&").replace(/&#x2F;/gi, "/");
}

function cleanWords(text: string): string {
  return decodeEntities(text)
    .replace(/&(?:hellip|#8230);/g, "…")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
