// Loads the content once and answers questions from it: the one object every adapter holds.
import { type AnswerContext, answerQuestion } from "./answer/answer.ts";
import { createSuggester } from "./answer/suggestions.ts";
import { type EngineOptions, resolveEngineOptions } from "./config.ts";
import { askInConversation } from "./conversation/ask.ts";
import type { Conversation } from "./conversation/types.ts";
import { type ContentFile, fingerprintContent, readContentFiles } from "./documents/content.ts";
import { buildMatchers, findEntry } from "./documents/glossary.ts";
import type { DroppedBlock } from "./documents/passages.ts";
import {
  buildCorpus,
  buildCorpusInParallel,
  type ParallelBuildOptions,
} from "./indexing/corpus.ts";
import { type Corpus, engineCodeHash, readSnapshot, writeSnapshot } from "./indexing/snapshot.ts";
import { type Expansion, guessExpansion } from "./lexicon/initials.ts";
import { readTopics, type Topic } from "./question/topics.ts";
import type { Answer, ContentWarning, DocumentMeta, GlossaryEntry } from "./types.ts";

/** A loaded corpus, ready to answer. */
export interface Engine {
  /**
   * Answers one question; never throws for any string. With the earlier turns of a conversation
   * (see `toTurn`), a follow-up ("who leads them?", "tell me more", "is that still true?") is
   * answered in their light; a question naming its own topic is answered exactly as without.
   */
  ask(question: string, conversation?: Conversation): Answer;
  /** Looks up an acronym or term in the glossary, ignoring case. */
  define(term: string): GlossaryEntry | null;
  /**
   * What a question is about, as the engine reads it: its rarest topic words, at most three
   * (see `readTopics`). The question log keeps them so the report can group questions.
   */
  topics(question: string): Topic[];
  /**
   * Up to three questions these documents answer, for help: the bundled examples that still get
   * an answer, then the documents' own headings that are questions. Worked out on first use.
   */
  examples(): string[];
  documents: DocumentMeta[];
  glossary: GlossaryEntry[];
  /** Files skipped or partly read, each with the reason. */
  warnings: ContentWarning[];
  /** Blocks left out as page furniture, by file. */
  dropped: { file: string; block: DroppedBlock }[];
  passageCount: number;
  options: EngineOptions;
}

/**
 * Reads the content folder and builds the index (or loads its snapshot). `build` says how a
 * parallel build shares the work out (a running bot's reload leaves every chunk to workers).
 * Throws ContentError when the folder is missing or has no documents; bad files become warnings.
 * @example const engine = await loadEngine({ contentDir: "content" }); engine.ask("How many STP areas?")
 */
export async function loadEngine(
  overrides: Partial<EngineOptions> = {},
  build: ParallelBuildOptions = {},
): Promise<Engine> {
  const options = resolveEngineOptions(overrides);
  const files = await readContentFiles(options.contentDir);
  if (!options.cacheDir)
    return engineFromCorpus(await buildCorpusInParallel(files, options, build), options);
  const fingerprint = fingerprintContent(files, await engineCodeHash());
  const cached = await readSnapshot(options.cacheDir, fingerprint);
  if (cached) return engineFromCorpus(cached, options);
  const corpus = await buildCorpusInParallel(files, options, build);
  const failure = await writeSnapshot(options.cacheDir, fingerprint, corpus);
  if (failure) {
    corpus.warnings.push({
      file: options.cacheDir,
      line: null,
      reason: `could not save the index snapshot (${failure.message}); start-up stays slower`,
    });
  }
  return engineFromCorpus(corpus, options);
}

/** Builds an engine from files already read, without snapshots; `loadParsers()` must have finished. */
export function buildEngine(files: ContentFile[], options: EngineOptions): Engine {
  return engineFromCorpus(buildCorpus(files, options), options);
}

/** Wraps a built or restored corpus in the Engine interface. */
export function engineFromCorpus(parts: Corpus, options: EngineOptions): Engine {
  const context = answerContext(parts, options);
  return {
    ask: (question, conversation) => {
      const text = typeof question === "string" ? question : String(question ?? "");
      return conversation?.length
        ? askInConversation(context, text, conversation)
        : answerQuestion(context, text);
    },
    define: (term) => findEntry(parts.glossary, term),
    topics: (question) => readTopics(context, String(question ?? "")),
    examples: () => context.examples(3),
    documents: parts.documents,
    glossary: parts.glossary,
    warnings: parts.warnings,
    dropped: parts.dropped,
    passageCount: parts.passages.length,
    options,
  };
}

/** Everything answering reads, made once per corpus. */
export function answerContext(parts: Corpus, options: EngineOptions): AnswerContext {
  // Undefined acronyms are looked for in the text once each, on first use.
  const expansions = new Map<string, Expansion | null>();
  let texts: string[] | undefined;
  const expandInitials = (word: string) => {
    if (!expansions.has(word)) {
      texts ??= parts.passages.map((p) => p.text);
      expansions.set(
        word,
        guessExpansion(
          word,
          texts,
          context.matchers.map((m) => m.expansion),
        ),
      );
    }
    return expansions.get(word) ?? null;
  };
  const context: AnswerContext = {
    passages: parts.passages,
    index: parts.index,
    matchers: buildMatchers(parts.glossary),
    synonyms: parts.synonyms,
    lexicon: parts.lexicon,
    expandInitials,
    options,
    suggest: (concepts, near) => suggester.suggest(concepts, near),
    examples: (count) => suggester.examples(count),
  };
  const suggester = createSuggester(
    parts.passages,
    (question) => answerQuestion({ ...context, suggest: () => [] }, question),
    options.maxSuggestions,
  );
  return context;
}
