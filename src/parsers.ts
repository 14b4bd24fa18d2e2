// remark and yaml, loaded on first need: a start from a snapshot parses nothing, and they are the slowest imports.
import type { Root } from "mdast";
import type { YAMLParseError } from "yaml";

/** The parsers content files need. */
export interface Parsers {
  /** remark with front matter support. */
  markdown: { parse(text: string): Root };
  parseYaml(text: string): unknown;
  isYamlError(error: unknown): error is YAMLParseError;
}

let loaded: Parsers | null = null;

/** Loads remark and yaml once; every later call returns the same parsers. */
export async function loadParsers(): Promise<Parsers> {
  if (loaded) return loaded;
  const [{ remark }, { default: remarkFrontmatter }, yaml] = await Promise.all([
    import("remark"),
    import("remark-frontmatter"),
    import("yaml"),
  ]);
  // One processor for every file: building it per file costs more than parsing a small one.
  const markdown = remark().use(remarkFrontmatter, ["yaml"]);
  loaded = {
    markdown,
    parseYaml: (text) => yaml.parse(text),
    isYamlError: (error): error is YAMLParseError => error instanceof yaml.YAMLParseError,
  };
  return loaded;
}

/** The parsers, which `loadParsers()` must have loaded (the engine does so before any build). */
export function parsers(): Parsers {
  if (!loaded) throw new Error("stp-bot: parsers used before loadParsers() finished");
  return loaded;
}
