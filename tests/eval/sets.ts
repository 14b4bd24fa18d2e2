// The eval's question sets and the documents each is asked over: the bundled content, plus a set's own pages.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadParsers, parsers } from "../../src/documents/parsers.ts";
import { plainText } from "../../src/documents/plain-text.ts";
import { type Engine, loadEngine } from "../../src/index.ts";
import type { EvalQuestion } from "./metrics.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");

/** A question set and where its extra documents live (null: the bundled content alone). */
export interface EvalSet {
  name: string;
  /** What the set measures, for the printed report. */
  about: string;
  questions: EvalQuestion[];
  /** Documents added beside the bundled content; null for none. */
  pagesDir: string | null;
  /** True for a set the decline model is fitted on (`npm run fit`); the others are never read by it. */
  fitted: boolean;
}

/**
 * The development set lives beside the project (`../shared/dev-set/`), read-only: it is never
 * copied in. Where it is missing the eval says so and leaves it out.
 */
export const devSetDir = path.resolve(repoRoot, "..", "shared", "dev-set");

/** Every set that can be read here; `missing` says which could not and why. */
export function loadEvalSets(): { sets: EvalSet[]; missing: string[] } {
  const sets: EvalSet[] = [
    {
      name: "own",
      about: "tests/eval/questions.json: the questions the engine was developed on",
      questions: readOwnSet(path.join(here, "questions.json")),
      pagesDir: null,
      fitted: true,
    },
    {
      name: "training",
      about:
        "tests/eval/train-bundled.json: questions on the bundled pages, written to fit the decline model on",
      questions: readOwnSet(path.join(here, "train-bundled.json")),
      pagesDir: null,
      fitted: true,
    },
    {
      name: "held-out",
      about: "tests/eval/heldout.json: new questions on the bundled pages, never tuned on",
      questions: readOwnSet(path.join(here, "heldout.json")),
      pagesDir: null,
      fitted: false,
    },
    {
      name: "held-out 2",
      about:
        "tests/eval/heldout-2.json: new questions on the bundled pages in everyday words, written from the pages alone (forty-seventh session), never tuned on",
      questions: readOwnSet(path.join(here, "heldout-2.json")),
      pagesDir: null,
      fitted: false,
    },
    {
      name: "new pages",
      about: "tests/eval/new-pages/: eight pages in real pages' forms, beside the bundled content",
      questions: readPagesSet(path.join(here, "new-pages", "questions.json")),
      pagesDir: path.join(here, "new-pages"),
      fitted: false,
    },
  ];
  const missing: string[] = [];
  if (existsSync(devSetDir)) {
    sets.push({
      name: "dev set",
      about: "../shared/dev-set/: twelve documents and 100 paraphrased questions",
      questions: readdirSync(devSetDir)
        .filter((name) => /^questions-.*\.json$/.test(name))
        .sort()
        .flatMap((name) => readPagesSet(path.join(devSetDir, name))),
      pagesDir: devSetDir,
      fitted: true,
    });
    sets.push({
      name: "dev training",
      about:
        "tests/eval/train-dev-docs.json: our questions on the development set's documents, written to fit the decline model on",
      questions: readPagesSet(path.join(here, "train-dev-docs.json")),
      pagesDir: devSetDir,
      fitted: true,
    });
  } else {
    missing.push(`dev set: ${devSetDir} not found, so it is left out`);
  }
  return { sets, missing };
}

/**
 * Runs `use` on a folder holding the set's documents: the bundled content plus the set's
 * pages (a temporary copy, removed afterwards).
 */
export async function withSetContent<T>(
  set: EvalSet,
  use: (contentDir: string) => Promise<T>,
): Promise<T> {
  const contentDir = set.pagesDir ? withPages(set.pagesDir) : path.join(repoRoot, "content");
  try {
    return await use(contentDir);
  } finally {
    if (set.pagesDir) rmSync(contentDir, { recursive: true, force: true });
  }
}

/** The engine for a set: the bundled content plus the set's pages, and each file's plain text. */
export function loadSetEngine(
  set: EvalSet,
): Promise<{ engine: Engine; sourceText: (title: string) => string | undefined }> {
  return withSetContent(set, async (contentDir) => {
    const engine = await loadEngine({ contentDir, cacheDir: null });
    await loadParsers();
    const texts = new Map(
      engine.documents.map((doc) => [
        doc.title,
        plainText(parsers().markdown.parse(readFileSync(doc.file, "utf8"))),
      ]),
    );
    return { engine, sourceText: (title: string) => texts.get(title) };
  });
}

/** A temporary folder holding the bundled content and a set's pages (`*.md` but its README). */
function withPages(pagesDir: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "stp-bot-eval-"));
  cpSync(path.join(repoRoot, "content"), dir, { recursive: true });
  for (const name of readdirSync(pagesDir)) {
    if (name.endsWith(".md") && name.toLowerCase() !== "readme.md")
      cpSync(path.join(pagesDir, name), path.join(dir, name));
  }
  return dir;
}

function readOwnSet(file: string): EvalQuestion[] {
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, "utf8")) as EvalQuestion[];
}

/** The development set's shape: `{q, expect, doc}`, where no expected phrase means decline. */
function readPagesSet(file: string): EvalQuestion[] {
  if (!existsSync(file)) return [];
  const raw = JSON.parse(readFileSync(file, "utf8")) as {
    q: string;
    expect: string[];
    doc: string | null;
  }[];
  return raw.map((q, i) => ({
    id: `${path.basename(file, ".json")}-${i + 1}`,
    question: q.q,
    answerable: q.expect.length > 0,
    expect: q.expect,
    doc: q.doc,
  }));
}
