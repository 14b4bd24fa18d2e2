// A web page's title, publisher and date, from its <title>, <meta> and og: tags (and JSON-LD, which many news pages use).
import { ablated } from "../ablation.ts";
import { cleanText, type DocumentFields, normaliseDate, writtenOutDate } from "./metadata.ts";

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
  const site =
    meta("og:site_name", "publisher", "dc.publisher", "dcterms.publisher", "application-name") ??
    linkedData.publisher;
  // GOV.UK is the site of every department: the page names the one that published it, in a
  // <meta> tag and in its "From:" line.
  const publisher =
    meta("govuk:primary-publishing-organisation") ?? govukFromLine(document) ?? site;
  // Whichever tag gives the title, a site name it carries ("STPs: one year on | The Health
  // Policy Institute") names the publisher, not the page.
  const given =
    meta("og:title", "twitter:title", "dc.title", "dcterms.title", "citation_title") ??
    linkedData.title ??
    cleanText(document.querySelector("title")?.textContent);
  const title = given ? withoutSiteName(given, site ?? siteBesideHeading(given, document)) : null;
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
    ) ??
    normaliseDate(linkedData.date) ??
    (ablated("review-date") ? null : reviewDate(document));
  return { title, publisher, date };
}

/**
 * The date NHS.UK gives a page with no other: "Page last reviewed: 24 November 2016". The page's
 * text drops the line as furniture (`article-furniture.ts`), so without this the page read as
 * undated.
 */
function reviewDate(document: PageDocument): string | null {
  const text = document.querySelector("body")?.textContent ?? "";
  const match = /\bpage last reviewed:?\s*(\d{1,2}\s+\p{L}+\s+\d{4})(?!\d)/iu.exec(text);
  return writtenOutDate(match?.[1]);
}

/**
 * The organisation a GOV.UK page's "From:" line names first ("From: Department of Health and
 * Social Care and NHS England"): each is a link to its page under /government/organisations/, a
 * minister's to /government/people/. A page saved without its <meta> tags still says it there.
 */
function govukFromLine(document: PageDocument): string | null {
  if (ablated("govuk-from")) return null;
  return cleanText(
    document.querySelector('.gem-c-metadata a[href*="/government/organisations/"]')?.textContent,
  );
}

const titleSeparators = [" | ", " - ", " – ", " — ", " :: "];

/**
 * What a title adds beside the page's own heading and a separator: "Widget news | Acme Health"
 * or "Acme Health - Widget news" under `<h1>Widget news</h1>` names the site, Acme Health. Only
 * for the title: the publisher is never guessed from it.
 */
function siteBesideHeading(title: string, document: PageDocument): string | null {
  const heading = cleanText(document.querySelector("h1")?.textContent)?.toLowerCase();
  if (!heading) return null;
  const lower = title.toLowerCase();
  for (const separator of titleSeparators) {
    const [prefix, suffix] = [`${heading}${separator}`, `${separator}${heading}`];
    if (lower.startsWith(prefix) && title.length > prefix.length)
      return title.slice(prefix.length).trim();
    if (lower.endsWith(suffix) && title.length > suffix.length)
      return title.slice(0, -suffix.length).trim();
  }
  return null;
}

/**
 * "Widget news | Acme Health" and "Acme Health - Widget news" → "Widget news" when the site is
 * Acme Health.
 */
function withoutSiteName(title: string, site: string | null): string {
  if (!site) return title;
  const lower = title.toLowerCase();
  for (const separator of titleSeparators) {
    const suffix = `${separator}${site}`.toLowerCase();
    if (lower.endsWith(suffix) && title.length > suffix.length)
      return title.slice(0, -suffix.length).trim();
    const prefix = `${site}${separator}`.toLowerCase();
    if (lower.startsWith(prefix) && title.length > prefix.length)
      return title.slice(prefix.length).trim();
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
    // An Article names the document better than the WebPage or site around it; what the Article
    // leaves out (a @graph often dates the WebPage, not the Report on it) is read from the rest.
    const items = flattenGraph(data).sort((a, b) => rank(a) - rank(b));
    const found = items.map((item) => {
      const publisher = item.publisher as Record<string, unknown> | string | undefined;
      return {
        title: cleanText(asString(item.headline) ?? asString(item.name)),
        publisher: cleanText(
          typeof publisher === "string" ? publisher : asString(publisher?.name ?? null),
        ),
        date: asString(item.datePublished),
      };
    });
    const first = found.find((item) => item.title || item.date);
    if (first) {
      return {
        title: first.title,
        publisher: first.publisher ?? found.find((item) => item.publisher)?.publisher ?? null,
        date: first.date ?? found.find((item) => item.date)?.date ?? null,
      };
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
