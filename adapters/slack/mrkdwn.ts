// Text in and out of Slack's mrkdwn: escaping what we send, decoding what users type, fitting limits.
import { trimQuote } from "../../src/answer/render.ts";

/** Block Kit limits this adapter has to stay inside (https://docs.slack.dev/reference/block-kit). */
export const slackLimits = {
  /** Characters in one section's text. */
  sectionText: 3000,
  /** Characters in one context element's text. */
  contextText: 2000,
  /** Blocks in one message. */
  blocks: 50,
  /** Characters in a button's `value`. */
  buttonValue: 2000,
  /** Characters of fallback `text` we send alongside blocks (Slack's own cap is higher). */
  fallbackText: 3000,
} as const;

/**
 * Escapes `&`, `<` and `>`, the three characters Slack reads as markup, so text from a question or a
 * document can never become `<!channel>`, a user mention or a forged link; and shows `*`, `_`, `~`
 * and `` ` `` at a word's edge as look-alikes, since mrkdwn has no escape for them and "~£2bn to
 * ~£3bn" or a footnote's "£2.9bn* … 2017*" would otherwise turn struck through or bold.
 *
 * @example escapeMrkdwn("A&E *draft*") // "A&amp;E ∗draft∗"
 */
export function escapeMrkdwn(text: string): string {
  return withoutFormatting(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
}

/**
 * Escapes `text`, then trims it (with trimQuote, so cuts fall between words and show "…") until
 * the escaped result fits in `max` characters. Escaping can lengthen text five-fold (`&` → `&amp;`),
 * so the cut is made before escaping and measured after.
 */
export function fitEscaped(text: string, max: number): string {
  let budget = max;
  for (;;) {
    const escaped = escapeMrkdwn(trimQuote(text, budget));
    if (escaped.length <= max) return escaped;
    // Shrink in proportion to the overshoot: escaping lengthens text unevenly.
    budget = Math.min(budget - 1, Math.floor((budget * max) / escaped.length));
    if (budget < 1) return "…".slice(0, Math.max(0, max));
  }
}

/**
 * A question as the user typed it, from Slack's message text: the bot's own mention removed, other
 * mentions, channel pings and links turned into plain words, and `&amp;` `&lt;` `&gt;` decoded.
 *
 * @example questionFromSlack("<@U0BOT> <!here> what is an STP &amp; an ACO?", "U0BOT")
 *   // → "@here what is an STP & an ACO?"
 */
export function questionFromSlack(text: string, botUserId?: string | null): string {
  return text
    .replace(/<([^<>]*)>/g, (_whole, inner: string) => plainEntity(inner, botUserId))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** `@U123` for a user, `@channel` for a ping, the label (or address) for a link; "" for the bot. */
function plainEntity(inner: string, botUserId?: string | null): string {
  const [target = "", label] = inner.split("|", 2);
  if (target.startsWith("@")) {
    const userId = target.slice(1);
    if (botUserId && userId === botUserId) return " ";
    return label ? `@${label}` : `@${userId}`;
  }
  if (target.startsWith("#")) return label ? `#${label}` : target;
  if (target.startsWith("!")) {
    const name = target.slice(1).split("^")[0] ?? "";
    return label ?? `@${name}`;
  }
  return label ?? target.replace(/^mailto:/, "");
}

/**
 * The character each mrkdwn formatting mark is shown as: one that looks the same but that Slack
 * does not read as a mark.
 */
const lookalikes: Record<string, string> = {
  "*": "\u2217", // ∗ asterisk operator
  _: "\u02CD", // ˍ modifier letter low macron
  "~": "\u223C", // ∼ tilde operator
  "`": "\u02CB", // ˋ modifier letter grave accent
};

/**
 * Replaces each formatting mark that could open or close formatting. Slack formats only at a
 * word's edge, so a mark between two letters or digits ("stp_footprints" in an address) is left
 * as written.
 */
function withoutFormatting(text: string): string {
  return text.replace(
    /(?<![\p{L}\p{N}])[*_~`]|[*_~`](?![\p{L}\p{N}])/gu,
    (mark) => lookalikes[mark] ?? mark,
  );
}
