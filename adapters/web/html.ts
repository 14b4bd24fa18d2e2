// HTML built so that everything from a question or a document is escaped unless it is marked as already-safe markup.

/** Markup that is safe to put in a page as it is: made by {@link html}, or by {@link trusted}. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What can go inside `${…}` in {@link html}: text is escaped, SafeHtml kept, lists joined, nothing left out. */
export type HtmlValue =
  | SafeHtml
  | string
  | number
  | null
  | undefined
  | false
  | readonly HtmlValue[];

/**
 * A tagged template that escapes every interpolated value (`&`, `<`, `>`, `"`, `'`), so a hostile
 * question shows as the text it is. Attributes must be written in double quotes.
 * @example html`<p title="${question}">${question}</p>` // `<script>` becomes `&lt;script&gt;`
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** Marks markup this program made itself (never user or document text) as safe to include. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Escapes text for an HTML element or a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}
