// Keeps an embed inside Discord's size limits by trimming text, because Discord rejects the whole
// message (400, "Invalid Form Body") when any one limit is passed.
import type { APIEmbed, APIEmbedField } from "discord.js";
import { trimQuote } from "../../src/answer/render.ts";

/** Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const embedLimits = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author together, per message. */
  total: 6000,
} as const;

/** Below this a quoted field is no longer worth reading, so fields are dropped instead. */
const shortestUsefulValue = 80;

/** The characters Discord counts towards the 6,000 total. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    fields
  );
}

/**
 * Returns a copy of `embed` inside every limit. Each piece is first cut to its own limit; if the
 * total is still over 6,000, field values are shortened evenly, then the last fields are dropped
 * (all but the first), then the description is shortened. Never throws. Lengths are UTF-16
 * units, never fewer than Discord's count.
 *
 * @example
 * fitEmbed({ description: "x".repeat(10_000) }).description?.length; // 4096
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = trimQuote(embed.title, embedLimits.title);
  if (embed.description !== undefined)
    fitted.description = trimQuote(embed.description, embedLimits.description);
  if (embed.footer)
    fitted.footer = { ...embed.footer, text: trimQuote(embed.footer.text, embedLimits.footerText) };
  if (embed.author)
    fitted.author = { ...embed.author, name: trimQuote(embed.author.name, embedLimits.authorName) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, embedLimits.fields).map((field) => ({
      ...field,
      name: trimQuote(field.name, embedLimits.fieldName),
      value: trimQuote(field.value, embedLimits.fieldValue),
    }));
  }

  let over = embedLength(fitted) - embedLimits.total;
  if (over > 0 && fitted.fields?.length) {
    fitted.fields = shortenValues(fitted.fields, over);
    over = embedLength(fitted) - embedLimits.total;
  }
  // The description is the answer and field 1 its source: drop later fields before either.
  while (over > 0 && fitted.fields && fitted.fields.length > 1) {
    fitted.fields = fitted.fields.slice(0, -1);
    over = embedLength(fitted) - embedLimits.total;
  }
  if (over > 0 && fitted.description) {
    const keep = Math.max(0, fitted.description.length - over);
    fitted.description = trimQuote(fitted.description, keep);
    // Discord rejects an empty description, so leave it out instead.
    if (!fitted.description) delete fitted.description;
    over = embedLength(fitted) - embedLimits.total;
  }
  if (over > 0) fitted.fields = [];
  return fitted;
}

/** Cuts the longest values first, to one common cap, removing at least `over` characters. */
function shortenValues(fields: APIEmbedField[], over: number): APIEmbedField[] {
  const lengths = fields.map((f) => f.value.length);
  const current = lengths.reduce((a, b) => a + b, 0);
  const target = current - over;
  // Binary search for the largest cap whose capped total fits the target.
  let low = 0;
  let high = Math.max(...lengths);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const total = lengths.reduce((sum, l) => sum + Math.min(l, mid), 0);
    if (total <= target) low = mid;
    else high = mid - 1;
  }
  const cap = Math.max(low, shortestUsefulValue);
  return fields.map((f) => ({ ...f, value: trimQuote(f.value, cap) }));
}
