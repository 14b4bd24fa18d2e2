// Engine options and their defaults, merged once; the one place the engine reads the environment.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Options for loading the engine. */
export interface EngineOptions {
  /** Folder of markdown documents. [default: `CONTENT_DIR`, else the bundled `content/`] */
  contentDir: string;
  /** Longest question looked up, in characters. [default: 2000] */
  maxQuestionLength: number;
  /** Most citations in one answer. [default: 5] */
  maxCitations: number;
  /** Most suggestions offered with a decline. [default: 3] */
  maxSuggestions: number;
  /** Folder for index snapshots; null turns snapshots off. [default: `.cache/` in the project] */
  cacheDir: string | null;
}

/**
 * The project's folder, where `.cache/` and `.data/` sit. src/config.ts runs from the sources
 * or, built, from dist/src/config.js: the project root is the nearest folder above that holds
 * package.json.
 */
export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

/** Questions the bundled documents answer: shown by `help`, and offered with a decline. */
export const exampleQuestions = [
  "How big is the sustainability and transformation fund?",
  "How many STP areas are there?",
  "What was the original deadline for submitting plans?",
  "Who leads each STP?",
  "What are Sustainability and Transformation Plans?",
];

export const bundledContentDir = path.join(projectRoot, "content");

export const defaultEngineOptions: EngineOptions = {
  contentDir: bundledContentDir,
  maxQuestionLength: 2000,
  maxCitations: 5,
  maxSuggestions: 3,
  cacheDir: path.join(projectRoot, ".cache"),
};

/** Defaults, then the environment (`CONTENT_DIR`), then what the caller passed. */
export function resolveEngineOptions(
  overrides: Partial<EngineOptions> = {},
  env: NodeJS.ProcessEnv = process.env,
): EngineOptions {
  const fromEnv: Partial<EngineOptions> = {};
  if (env.CONTENT_DIR?.trim()) fromEnv.contentDir = path.resolve(env.CONTENT_DIR.trim());
  const merged = { ...defaultEngineOptions, ...fromEnv, ...definedOnly(overrides) };
  return { ...merged, contentDir: path.resolve(merged.contentDir) };
}

function definedOnly<T extends object>(value: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function findProjectRoot(start: string): string {
  for (let dir = start; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
  }
  return path.resolve(start, "..");
}
