// A web page's title, publisher and date, from its <title>, <meta> and og: tags (and JSON-LD, which many news pages use).
import { cleanText, type DocumentFields, normaliseDate } from "./metadata.ts";

/** The part of a DOM document this reads; linkedom's and the browser's both fit. */
export interface PageDocument {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
}

/**
 * Reads what the page says about itself. The `<title>` loses a " | Site name" ending when the
 * page names its site, since that names the publisher, not the page.
 * @example readPageFields(parseHTML(html).document).publisher // "The King's Fund"
 */
export function readPageFields(document: PageDocument): Omit<DocumentFields, "url"> {
  const meta = (...names: string[]) => {
    for (const name of names) {
      const value = cleanText(
        document
          .querySelector(
            `meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`,
          )
          ?.getAttribute("content"),
      );
      if (value) return value;
    }
    return null;
  };
  const linkedData = readLinkedData(document);
  const publisher =
    meta("og:site_name", "publisher", "dc.publisher", "dcterms.publisher", "application-name") ??
    linkedData.publisher;
  const pageTitle = cleanText(document.querySelector("title")?.textContent);
  const title =
    meta("og:title", "twitter:title", "dc.title", "dcterms.title", "citation_title") ??
    linkedData.title ??
    (pageTitle ? withoutSiteName(pageTitle, publisher ?? afterHeading(pageTitle, document)) : null);
  const date =
    normaliseDate(
      meta(
        "article:published_time",
        "datepublished",
        "date",
        "dc.date.issued",
        "dc.date",
        "dcterms.issued",
        "dcterms.created",
        "dcterms.date",
        "citation_publication_date",
        "publication_date",
      ),
    ) ?? normaliseDate(linkedData.date);
  return { title, publisher, date };
}

const titleSeparators = [" | ", " - ", " – ", " — ", " :: "];

/**
 * What a `<title>` adds after the page's own heading and a separator: "Widget news | Acme
 * Health" under `<h1>Widget news</h1>` names the site, Acme Health. Only for the title: the
 * publisher is never guessed from it.
 */
function afterHeading(title: string, document: PageDocument): string | null {
  const heading = cleanText(document.querySelector("h1")?.textContent);
  if (!heading) return null;
  for (const separator of titleSeparators) {
    const prefix = `${heading}${separator}`;
    if (title.toLowerCase().startsWith(prefix.toLowerCase()) && title.length > prefix.length)
      return title.slice(prefix.length).trim();
  }
  return null;
}

/** "Widget news | Acme Health" → "Widget news" when the site is Acme Health. */
function withoutSiteName(title: string, site: string | null): string {
  if (!site) return title;
  for (const separator of titleSeparators) {
    const suffix = `${separator}${site}`;
    if (title.toLowerCase().endsWith(suffix.toLowerCase()) && title.length > suffix.length)
      return title.slice(0, -suffix.length).trim();
  }
  return title;
}

/** The first schema.org Article-like object's headline, publisher name and publication date. */
function readLinkedData(document: PageDocument): {
  title: string | null;
  publisher: string | null;
  date: string | null;
} {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // A page's broken JSON-LD says nothing; the <meta> tags may.
    }
    // An Article names the document better than the WebPage or site around it.
    const items = flattenGraph(data).sort((a, b) => rank(a) - rank(b));
    for (const item of items) {
      const headline = cleanText(asString(item.headline) ?? asString(item.name));
      const publisher = item.publisher as Record<string, unknown> | string | undefined;
      const publisherName =
        typeof publisher === "string" ? publisher : asString(publisher?.name ?? null);
      const date = asString(item.datePublished);
      if (headline || date)
        return { title: headline, publisher: cleanText(publisherName), date: date ?? null };
    }
  }
  return { title: null, publisher: null, date: null };
}

function flattenGraph(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenGraph);
  if (!data || typeof data !== "object") return [];
  const record = data as Record<string, unknown>;
  const graph = record["@graph"];
  const types = [record["@type"]].flat().map(String);
  const isArticle = types.some((type) =>
    /Article|Report|WebPage|NewsArticle|BlogPosting/.test(type),
  );
  return [...(isArticle ? [record] : []), ...(graph ? flattenGraph(graph) : [])];
}

function rank(item: Record<string, unknown>): number {
  return [item["@type"]].flat().some((type) => /Article|Report|BlogPosting/.test(String(type)))
    ? 0
    : 1;
}

function asString(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}
