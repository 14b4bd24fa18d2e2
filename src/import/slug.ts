// A document's file name from its title: "NHS Long Term Plan" → nhs-long-term-plan.md.

/** Longest slug, so file names stay readable in a listing. */
const maxSlugLength = 60;

/**
 * Lower-case words joined by hyphens, accents removed, cut at a word boundary; "document" when
 * the title has no letters or digits the file system would show plainly.
 * @example slugify("What next for STPs? (2017 update)") // "what-next-for-stps-2017-update"
 */
export function slugify(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxSlugLength) break;
    slug = next;
  }
  // A first word longer than the limit is cut rather than lost.
  return slug || words[0]?.slice(0, maxSlugLength) || "document";
}
