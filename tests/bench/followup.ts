// `npm run bench:followup`: what follow-ups cost: memory for 10,000 live threads, and a follow-up's latency beside a fresh question's.
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createConversationStore } from "../../adapters/shared/conversations.ts";
import { readContentFiles } from "../../src/documents/content.ts";
import { engineFromCorpus } from "../../src/engine.ts";
import {
  type Answer,
  bundledContentDir,
  type Engine,
  loadEngine,
  rememberTurn,
  resolveEngineOptions,
  type Turn,
  toTurn,
} from "../../src/index.ts";
import { buildCorpusInParallel } from "../../src/indexing/corpus.ts";
import { type EvalConversation, loadEvalConversations } from "../eval/conversation-metrics.ts";
import { writeCorpus } from "./corpus.ts";
import { type Percentiles, percentiles } from "./run.ts";

/** A follow-up's latency beside the fresh questions it compares with, in milliseconds. */
export interface LatencyRow {
  corpus: string;
  /** Opening questions of the eval conversations. */
  first: Percentiles;
  /** Later turns that lean on earlier ones: elliptical, "more", sources, "still true". */
  followUps: Percentiles;
  /** The questions those follow-ups were answered as, asked fresh. */
  sameAsked: Percentiles;
  turns: number;
}

/** What 10,000 live threads cost. */
export interface MemoryRow {
  threads: number;
  turnsPerThread: number;
  heapMb: number;
  bytesPerThread: number;
  /** Threads kept after twice the cap were added. */
  keptAfterOverflow: number;
}

/**
 * Plays every eval conversation `rounds` times after a warm-up, timing each turn asked in its
 * conversation, then each follow-up's understood question asked fresh.
 */
export function benchLatency(
  engine: Engine,
  conversations: EvalConversation[],
  rounds: number,
  corpus: string,
): LatencyRow {
  const first: number[] = [];
  const followUps: number[] = [];
  const sameAsked: number[] = [];
  const timed = <T>(run: () => T): [T, number] => {
    const started = performance.now();
    const result = run();
    return [result, performance.now() - started];
  };
  for (let round = 0; round <= rounds; round++) {
    const measuring = round > 0;
    for (const conversation of conversations) {
      let turns: Turn[] = [];
      for (const turn of conversation.turns) {
        const [answer, ms] = timed(() => engine.ask(turn.say, turns));
        const kind = turn.kind ?? "first";
        if (measuring && kind === "first") first.push(ms);
        if (kind !== "first" && kind !== "switch") {
          // Right after, so both see the machine in the same state.
          const [, freshMs] = timed(() => engine.ask(answer.understood ?? turn.say));
          if (measuring) {
            followUps.push(ms);
            sameAsked.push(freshMs);
          }
        }
        turns = rememberTurn(turns, toTurn(turn.say, answer));
      }
    }
  }
  return {
    corpus,
    first: percentiles(first),
    followUps: percentiles(followUps),
    sameAsked: percentiles(sameAsked),
    turns: followUps.length / rounds,
  };
}

/**
 * Fills a store with `threads` conversations of five turns, as an adapter keeps them, and reads
 * the heap. Each turn gets its own copy of the strings an answer makes afresh (the question,
 * the quoted answer, each quote, the note), so no two threads share them, as in a running bot;
 * titles, publishers and sections are the documents' own strings in every answer, so they are
 * shared here too.
 */
export function benchMemory(
  answers: { question: string; answer: Answer }[],
  threads: number,
): MemoryRow {
  const turnsPerThread = 5;
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const store = createConversationStore({ maxConversations: threads });
  let n = 0;
  for (let t = 0; t < threads; t++) {
    // A Slack thread key: channel id and the thread's ts.
    const key = `C0${(t % 97).toString().padStart(8, "0")}/17000${String(t).padStart(5, "0")}.000100`;
    for (let i = 0; i < turnsPerThread; i++) {
      const { question, answer } = answers[n++ % answers.length] as (typeof answers)[number];
      store.add(key, toTurn(fresh(question), freshAnswer(answer)));
    }
  }
  collectGarbage();
  const heap = process.memoryUsage().heapUsed - before;
  const kept = store.size;
  // Twice as many again: the cap keeps the store at `threads`.
  for (let t = 0; t < threads; t++) {
    const { question, answer } = answers[t % answers.length] as (typeof answers)[number];
    store.add(`overflow/${t}`, toTurn(fresh(question), freshAnswer(answer)));
  }
  if (kept !== threads) throw new Error(`bench: expected ${threads} threads kept, got ${kept}`);
  return {
    threads,
    turnsPerThread,
    heapMb: heap / 2 ** 20,
    bytesPerThread: heap / threads,
    keptAfterOverflow: store.size,
  };
}

/** The answer with its own copy of every string the engine builds for each answer. */
function freshAnswer(answer: Answer): Answer {
  return {
    ...answer,
    question: fresh(answer.question),
    answer: fresh(answer.answer),
    message: fresh(answer.message),
    ...(answer.understood ? { understood: fresh(answer.understood) } : {}),
    citations: answer.citations.map((c) => ({ ...c, quote: fresh(c.quote) })),
  };
}

/** A new string with the same characters, not a reference to the old one. */
function fresh(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** Every reply the eval conversations get, with its message, to fill threads with. */
export function conversationAnswers(
  engine: Engine,
  conversations: EvalConversation[],
): { question: string; answer: Answer }[] {
  const answers: { question: string; answer: Answer }[] = [];
  for (const conversation of conversations) {
    let turns: Turn[] = [];
    for (const turn of conversation.turns) {
      const answer = engine.ask(turn.say, turns);
      answers.push({ question: turn.say, answer });
      turns = rememberTurn(turns, toTurn(turn.say, answer));
    }
  }
  return answers;
}

/** The engine over `passages` synthetic passages (the bench's corpus), built in a temporary folder. */
async function syntheticEngine(passages: number): Promise<Engine> {
  const work = await mkdtemp(path.join(os.tmpdir(), "stp-bench-followup-"));
  try {
    const contentDir = path.join(work, "content");
    await writeCorpus(contentDir, bundledContentDir, { passages });
    for (const name of ["glossary.yml", "synonyms.yml"])
      await cp(path.join(bundledContentDir, name), path.join(contentDir, name));
    const options = resolveEngineOptions({ contentDir, cacheDir: null });
    return engineFromCorpus(
      await buildCorpusInParallel(await readContentFiles(contentDir), options),
      options,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A full collection where the script runs with --expose-gc, so memory is the live data. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function ms(p: Percentiles): string {
  const f = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  return `${f(p.p50)} / ${f(p.p95)} / ${f(p.p99)} ms`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const smoke = process.argv.includes("--smoke");
  if (!(globalThis as { gc?: unknown }).gc)
    process.stderr.write("bench: run with --expose-gc (npm run bench:followup) for exact memory\n");
  const conversations = loadEvalConversations();
  const engine = await loadEngine({ cacheDir: null });
  const answers = conversationAnswers(engine, conversations);
  const threads = smoke ? 500 : 10_000;
  const memory = benchMemory(answers, threads);
  // The worst case: every turn one of the answers with the most quoted text.
  const size = (a: Answer) => a.answer.length + a.citations.reduce((n, c) => n + c.quote.length, 0);
  const heaviest = [...answers].sort((a, b) => size(b.answer) - size(a.answer)).slice(0, 5);
  const worst = benchMemory(heaviest, threads);
  const rows = [benchLatency(engine, conversations, smoke ? 1 : 20, "bundled (5 documents)")];
  if (!smoke) {
    process.stderr.write("bench: building 100,000 synthetic passages…\n");
    rows.push(benchLatency(await syntheticEngine(100_000), conversations, 3, "100,000 passages"));
  }
  console.log(
    `stp-bot follow-up bench on ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}, ${conversations.length} conversations`,
  );
  console.log(
    `memory: ${memory.threads.toLocaleString("en-GB")} threads × ${memory.turnsPerThread} turns = ${memory.heapMb.toFixed(1)} MB of heap (${Math.round(memory.bytesPerThread).toLocaleString("en-GB")} bytes a thread); ${memory.keptAfterOverflow.toLocaleString("en-GB")} kept after as many again were added`,
  );
  console.log(
    `worst case (every turn one of the 5 longest answers): ${worst.heapMb.toFixed(1)} MB (${Math.round(worst.bytesPerThread).toLocaleString("en-GB")} bytes a thread)`,
  );
  console.log(
    "\n| corpus | first questions p50 / p95 / p99 | follow-ups p50 / p95 / p99 | the same, asked as the questions they were read as |",
  );
  console.log("|---|---:|---:|---:|");
  for (const row of rows)
    console.log(
      `| ${row.corpus} | ${ms(row.first)} | ${ms(row.followUps)} | ${ms(row.sameAsked)} |`,
    );
}
