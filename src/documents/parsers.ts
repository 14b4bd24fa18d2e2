// remark and yaml, loaded on first need: a start from a snapshot parses nothing, and they are the slowest imports.
import type { Root } from "mdast";
import type { YAMLParseError } from "yaml";
import { ablated } from "../ablation.ts";

/** The parsers content files need. */
export interface Parsers {
  /** remark with front matter support; GFM tables are read where `hasTable` finds one. */
  markdown: { parse(text: string): Root };
  parseYaml(text: string): unknown;
  isYamlError(error: unknown): error is YAMLParseError;
}

let loaded: Parsers | null = null;

/** Loads remark and yaml once; every later call returns the same parsers. */
export async function loadParsers(): Promise<Parsers> {
  if (loaded) return loaded;
  const [{ remark }, { default: remarkFrontmatter }, yaml, { gfmTable }, { gfmTableFromMarkdown }] =
    await Promise.all([
      import("remark"),
      import("remark-frontmatter"),
      import("yaml"),
      import("micromark-extension-gfm-table"),
      import("mdast-util-gfm-table"),
    ]);
  // One processor each for every file: building one per file costs more than parsing a small one.
  const plain = remark().use(remarkFrontmatter, ["yaml"]);
  const withTables = remark()
    .use(remarkFrontmatter, ["yaml"])
    .use(function gfmTables() {
      // remark-gfm's table part alone: the rest of GFM (autolinks, footnotes…) slows every parse.
      const data = this.data();
      data.micromarkExtensions = [...(data.micromarkExtensions ?? []), gfmTable()];
      data.fromMarkdownExtensions = [
        ...(data.fromMarkdownExtensions ?? []),
        gfmTableFromMarkdown(),
      ];
    });
  loaded = {
    // Reading tables makes a parse a fifth slower: only files that have one pay for it.
    markdown: { parse: (text) => (hasTable(text) ? withTables : plain).parse(text) },
    parseYaml: (text) => yaml.parse(text),
    isYamlError: (error): error is YAMLParseError => error instanceof yaml.YAMLParseError,
  };
  return loaded;
}

/** True when the text has a GFM table's delimiter row (`|---|:--|`). */
export function hasTable(text: string): boolean {
  return tableDelimiterRow.test(text) && !ablated("tables");
}

const tableDelimiterRow = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/m;

/** The parsers, which `loadParsers()` must have loaded (the engine does so before any build). */
export function parsers(): Parsers {
  if (!loaded) throw new Error("stp-bot: parsers used before loadParsers() finished");
  return loaded;
}
