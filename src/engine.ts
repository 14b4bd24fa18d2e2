// TEMPORARY STUB so adapters can be built in parallel; replaced by the real engine.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { type EngineOptions, resolveEngineOptions } from "./config.ts";
import { ContentError } from "./errors.ts";
import type { Answer, ContentWarning, DocumentMeta, GlossaryEntry } from "./types.ts";

export interface Engine {
  /** Answers one question; never throws for any string. */
  ask(question: string): Answer;
  /** Looks up an acronym or term in the glossary, case-insensitively. */
  define(term: string): GlossaryEntry | null;
  documents: DocumentMeta[];
  glossary: GlossaryEntry[];
  warnings: ContentWarning[];
  passageCount: number;
  options: EngineOptions;
}

export async function loadEngine(overrides: Partial<EngineOptions> = {}): Promise<Engine> {
  const options = resolveEngineOptions(overrides);
  let files: string[];
  try {
    files = (await readdir(options.contentDir)).filter(
      (f) => f.endsWith(".md") && f !== "README.md",
    );
  } catch {
    throw new ContentError(
      "CONTENT_DIR_MISSING",
      options.contentDir,
      `No content folder at ${options.contentDir}`,
    );
  }
  if (files.length === 0)
    throw new ContentError(
      "NO_DOCUMENTS",
      options.contentDir,
      `No documents in ${options.contentDir}`,
    );
  const documents: DocumentMeta[] = [];
  for (const f of files) {
    await readFile(path.join(options.contentDir, f), "utf8");
    documents.push({
      id: f,
      title: f,
      publisher: "Stub publisher",
      date: "2016-10-06",
      source: f,
      url: null,
      file: f,
    });
  }
  return {
    ask(question) {
      const q = question.trim();
      if (!q)
        return {
          question,
          answered: false,
          answer: "",
          citations: [],
          suggestions: [],
          problem: "empty",
          message: "Please type a question.",
        };
      if (/weather|football/i.test(q)) {
        return {
          question,
          answered: false,
          answer: "",
          citations: [],
          suggestions: ["How many STP areas are there?"],
          message: "The STP documents don't cover that.",
        };
      }
      return {
        question,
        answered: true,
        answer: "A total of 44 areas have been identified.",
        message: "",
        suggestions: [],
        citations: [
          {
            title: "Stub doc",
            publisher: "Stub publisher",
            date: "2016-10-06",
            source: "000.txt",
            section: "What are STPs?",
            line: 12,
            quote: "A total of 44 areas have been identified as the geographical ‘footprints’.",
            url: null,
          },
        ],
      };
    },
    define: (term) =>
      term.toUpperCase() === "CCG"
        ? { term: "CCG", expansion: "clinical commissioning group", aliases: [], description: null }
        : null,
    documents,
    glossary: [],
    warnings: [],
    passageCount: 1,
    options,
  };
}
