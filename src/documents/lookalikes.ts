// Documents a reader cannot tell apart in a citation: the same title, publisher and date.
import type { DocumentMeta } from "../types.ts";

/**
 * Groups of two or more documents whose citations would read alike (title, publisher and date
 * the same, ignoring case and spacing), each group in file order. Often the same document added
 * twice under two file names; otherwise each needs a title of its own.
 * @example lookalikeDocuments(engine.documents) // [[plan.md's meta, plan-copy.md's meta]]
 */
export function lookalikeDocuments(documents: readonly DocumentMeta[]): DocumentMeta[][] {
  const groups = new Map<string, DocumentMeta[]>();
  for (const doc of documents) {
    const key = citedAs(doc);
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => [...group].sort((a, b) => a.file.localeCompare(b.file)));
}

/**
 * What a reader sees of a document in a citation, as one key: its title, publisher and date,
 * ignoring case and spacing. Two documents with the same key cannot be told apart.
 */
export function citedAs(doc: {
  title: string;
  publisher?: string | null;
  date?: string | null;
}): string {
  return [doc.title, doc.publisher ?? "", doc.date ?? ""]
    .map((part) => part.toLowerCase().replace(/\s+/g, " ").trim())
    .join("\u0000");
}
