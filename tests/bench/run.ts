// `npm run bench`: ingest, snapshot and answer-latency figures at growing corpus sizes, against plain MiniSearch.
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import MiniSearch from "minisearch";
import type { EngineOptions } from "../../src/config.ts";
import { fingerprintContent, readContentFiles } from "../../src/documents/content.ts";
import { engineFromCorpus } from "../../src/engine.ts";
import { bundledContentDir, resolveEngineOptions } from "../../src/index.ts";
import { buildCorpusInParallel } from "../../src/indexing/corpus.ts";
import { readSnapshot, snapshotFormat, writeSnapshot } from "../../src/indexing/snapshot.ts";
import { benchQuestions, writeCorpus } from "./corpus.ts";

/** One row of the table. */
export interface BenchRow {
  passages: number;
  ingestMs: number;
  snapshotSaveMs: number;
  snapshotLoadMs: number;
  engine: Percentiles;
  plain: Percentiles;
  /** Plain MiniSearch p50 ÷ engine p50. */
  speedup: number;
  heapMb: number;
  rssMb: number;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

/** Runs the benchmark at one size in a temporary folder. */
export async function benchSize(passages: number, rounds: number): Promise<BenchRow> {
  const work = await mkdtemp(path.join(os.tmpdir(), "stp-bench-"));
  try {
    const contentDir = path.join(work, "content");
    await writeCorpus(contentDir, bundledContentDir, { passages });
    // The real glossary and synonyms, so the engine's full answer path runs.
    for (const name of ["glossary.yml", "synonyms.yml"])
      await cp(path.join(bundledContentDir, name), path.join(contentDir, name));
    const options = resolveEngineOptions({ contentDir, cacheDir: path.join(work, "cache") });
    const cacheDir = options.cacheDir ?? work;
    // Built and saved in a helper, so the built corpus can be collected before memory is read.
    const { ingestMs, snapshotSaveMs, fingerprint } = await buildAndSave(options, cacheDir);
    // A bot builds or loads, never both at once: let the built corpus go before loading.
    collectGarbage();

    const started = performance.now();
    const loaded = await readSnapshot(cacheDir, fingerprint);
    const snapshotLoadMs = performance.now() - started;
    if (!loaded) throw new Error("bench: the snapshot just written could not be read");

    const engine = engineFromCorpus(loaded, options);
    const engineTimes = time(benchQuestions, rounds, (q) => engine.ask(q));
    collectGarbage();
    const memory = process.memoryUsage();

    // The reference: MiniSearch with its defaults over the same passages' raw text.
    const plain = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
    plain.addAll(loaded.passages.map((p) => ({ id: p.id, text: p.text })));
    const plainTimes = time(benchQuestions, rounds, (q) => plain.search(q));

    const engineP = percentiles(engineTimes);
    const plainP = percentiles(plainTimes);
    return {
      passages: loaded.passages.length,
      ingestMs,
      snapshotSaveMs,
      snapshotLoadMs,
      engine: engineP,
      plain: plainP,
      speedup: plainP.p50 / engineP.p50,
      heapMb: memory.heapUsed / 2 ** 20,
      rssMb: memory.rss / 2 ** 20,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Ingest is everything from the files on disk to an index that answers: read, parse, split, index. */
async function buildAndSave(
  options: EngineOptions,
  cacheDir: string,
): Promise<{ ingestMs: number; snapshotSaveMs: number; fingerprint: string }> {
  let started = performance.now();
  const files = await readContentFiles(options.contentDir);
  const built = await buildCorpusInParallel(files, options);
  const ingestMs = performance.now() - started;
  const fingerprint = fingerprintContent(files, snapshotFormat);
  started = performance.now();
  const failure = await writeSnapshot(cacheDir, fingerprint, built);
  const snapshotSaveMs = performance.now() - started;
  if (failure) throw failure;
  return { ingestMs, snapshotSaveMs, fingerprint };
}

/** A full collection where `npm run bench` allows it (node --expose-gc), so memory is the live data. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Times each call after one warm-up pass; returns milliseconds. */
function time(questions: string[], rounds: number, run: (q: string) => unknown): number[] {
  for (const q of questions) run(q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const started = performance.now();
      run(q);
      times.push(performance.now() - started);
    }
  }
  return times;
}

export function percentiles(times: number[]): Percentiles {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** The table as markdown, ready for the README. */
export function formatTable(rows: BenchRow[]): string {
  const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const lines = [
    "| passages | ingest + index | snapshot save / load | engine p50 / p95 / p99 | plain MiniSearch p50 / p95 / p99 | p50 speed-up | heap / RSS |",
    "|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.passages.toLocaleString("en-GB")} | ${ms(r.ingestMs)} ms | ${ms(r.snapshotSaveMs)} / ${ms(r.snapshotLoadMs)} ms | ${ms(r.engine.p50)} / ${ms(r.engine.p95)} / ${ms(r.engine.p99)} ms | ${ms(r.plain.p50)} / ${ms(r.plain.p95)} / ${ms(r.plain.p99)} ms | ${r.speedup.toFixed(r.speedup >= 10 ? 0 : 1)}× | ${r.heapMb.toFixed(0)} / ${r.rssMb.toFixed(0)} MB |`,
    );
  }
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const smoke = process.argv.includes("--smoke");
  const sizesArg = process.argv.find((a) => a.startsWith("--sizes="));
  const sizes = smoke
    ? [300]
    : sizesArg
      ? sizesArg.slice(8).split(",").map(Number)
      : [1_000, 10_000, 100_000];
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const rounds = smoke ? 2 : Math.max(5, Math.round(200_000 / size));
    process.stderr.write(`bench: ${size.toLocaleString("en-GB")} passages…\n`);
    rows.push(await benchSize(size, Math.min(rounds, 40)));
  }
  console.log(
    `stp-bot bench on ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}, ${benchQuestions.length} questions`,
  );
  console.log(formatTable(rows));
}
