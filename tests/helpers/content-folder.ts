// Temporary content folders for tests: write a few files, load or check them, remove them after.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project folder, found from this file so no test hard-codes where the repo lives. */
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url)).replace(/[\\/]$/, "");

/** Front matter fields as an editor writes them; a field left undefined is left out. */
export interface FrontMatter {
  title?: string;
  publisher?: string;
  date?: string;
  source?: string;
  url?: string;
  [key: string]: string | undefined;
}

/** A content file's text: front matter between `---` lines, a blank line, then the body. */
export function documentText(frontMatter: FrontMatter, body: string): string {
  const lines = Object.entries(frontMatter)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return ["---", ...lines, "---", "", body.trim(), ""].join("\n");
}

/** Writes the given files into a fresh folder under the system's temp folder and returns its path. */
export async function makeContentFolder(
  files: Record<string, string | Uint8Array>,
): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "stp-bot-content-"));
  for (const [name, contents] of Object.entries(files)) {
    await writeFile(path.join(dir, name), contents);
  }
  return dir;
}

/** Removes a folder made by `makeContentFolder`. */
export async function removeFolder(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}

/** A small, valid document about a made-up fund, so answers from it can only come from it. */
export const widgetDocument = documentText(
  {
    title: '"Widget fund briefing"',
    publisher: '"Acme Health"',
    date: "2016-10-06",
    source: "009_0123456789abcdef.txt",
  },
  `# Widget fund briefing

The widget fund will hold £5 billion to support gadget makers in deficit.

## Timeline

Widget plans are due by the end of June 2016, with approval expected in phases.`,
);

/** One file for each way a document can be broken, with the warning each should produce. */
export const brokenDocuments: {
  name: string;
  contents: string | Uint8Array;
  line: number | null;
  reason: RegExp;
}[] = [
  {
    name: "bad-yaml.md",
    contents: '---\ntitle: "Unclosed quote\nsource: x.txt\n---\n\nSome text here.\n',
    line: 3,
    reason: /^has invalid front matter: /,
  },
  {
    name: "no-front-matter.md",
    contents: "# A page pasted without front matter\n\nSome text here.\n",
    line: 1,
    reason: /^has no front matter: start the file with ---, a title: line, and ---$/,
  },
  {
    name: "no-title.md",
    contents: documentText({ publisher: "Someone", source: "x.txt" }, "Some text here."),
    line: 2,
    reason: /^has no title: add a title: line to its front matter$/,
  },
  {
    name: "not-utf8.md",
    contents: Buffer.concat([
      Buffer.from(documentText({ title: "Latin-1", source: "x.txt" }, "Caf")),
      Buffer.from([0xe9, 0xff, 0xfe, 0x0a]),
    ]),
    line: null,
    reason: /^is not valid UTF-8 text: save it as UTF-8$/,
  },
  {
    name: "binary.md",
    contents: Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02, 0x89, 0x50, 0x4e, 0x47]),
    line: null,
    reason: /^is (binary, not text: save it as markdown|not valid UTF-8 text: save it as UTF-8)$/,
  },
  {
    name: "nul-byte.md",
    contents: documentText({ title: "Nul", source: "x.txt" }, "Text with a \u0000 NUL byte."),
    line: null,
    reason: /^is binary, not text: save it as markdown$/,
  },
  {
    name: "no-text.md",
    contents: documentText({ title: '"Only a title"', source: "x.txt" }, ""),
    line: null,
    reason: /^has no text after its front matter$/,
  },
];
