// The README and docs/ point readers at each other's sections: a section renamed or moved must not
// leave a link that lands on the top of a page, or nowhere.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Nodes } from "mdast";
import { toString as textOf } from "mdast-util-to-string";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pages = [
  "README.md",
  ...readdirSync(path.join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

interface Page {
  links: string[];
  anchors: Set<string>;
}

const read = new Map<string, Page>();

function page(file: string): Page {
  const known = read.get(file);
  if (known) return known;
  const tree = remark()
    .use(remarkGfm)
    .parse(readFileSync(path.join(root, file), "utf8"));
  const links: string[] = [];
  const anchors = new Set<string>();
  const repeats = new Map<string, number>();
  const walk = (node: Nodes): void => {
    if (node.type === "link") links.push(node.url);
    if (node.type === "heading") {
      const slug = githubSlug(textOf(node));
      const seen = repeats.get(slug) ?? 0;
      repeats.set(slug, seen + 1);
      anchors.add(seen === 0 ? slug : `${slug}-${seen}`);
    }
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  const parsed = { links, anchors };
  read.set(file, parsed);
  return parsed;
}

/** The id GitHub gives a heading: lower case, punctuation dropped, each space a hyphen. */
function githubSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

describe("links between the README and docs/", () => {
  it("each lead to a file that exists and, where they name one, a section it has", () => {
    const broken: string[] = [];
    for (const file of pages) {
      for (const url of page(file).links) {
        if (/^[a-z][a-z+.-]*:/i.test(url)) continue;
        const [target = "", anchor] = url.split("#");
        const targetFile = target ? path.posix.join(path.posix.dirname(file), target) : file;
        if (!existsSync(path.join(root, targetFile))) broken.push(`${file}: ${url} (no such file)`);
        else if (anchor && targetFile.endsWith(".md") && !page(targetFile).anchors.has(anchor))
          broken.push(`${file}: ${url} (no such section)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("are checked against sections as GitHub names them", () => {
    expect(githubSlug("Load: what was measured and tried")).toBe(
      "load-what-was-measured-and-tried",
    );
    expect(githubSlug("Each session's flood")).toBe("each-sessions-flood");
    expect(githubSlug("From a PDF to an answer in Slack")).toBe("from-a-pdf-to-an-answer-in-slack");
  });
});
