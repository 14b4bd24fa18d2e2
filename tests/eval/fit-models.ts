// `npm run fit`: fits the decision to answer or decline on the eval's own questions and the development set, checks
// it with each document left out (no document is decided by a rule fitted on itself), and writes src/model/decline-model.ts.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { answeringCandidates } from "../../src/answer/answer.ts";
import { bundledContentDir, resolveEngineOptions } from "../../src/config.ts";
import { readContentFiles } from "../../src/documents/content.ts";
import { answerContext } from "../../src/engine.ts";
import { buildCorpusInParallel } from "../../src/indexing/corpus.ts";
import { declineFeatureNames, declineFeatures } from "../../src/model/decline.ts";
import { maxConceptWeight } from "../../src/question/concepts.ts";
import { rankQuestion } from "../../src/ranking/rank-question.ts";
import type { EvalQuestion } from "./metrics.ts";
import { type EvalSet, loadEvalSets, withSetContent } from "./sets.ts";

/** A question read once: the decision's inputs, and whether the documents answer it. */
interface Example {
  set: string;
  question: EvalQuestion;
  /** Leave-one-document-out fold: the document that answers it (unanswerable ones spread). */
  fold: string;
  x: number[];
  y: 0 | 1;
}

interface Logistic {
  bias: number;
  weights: number[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
const modelFile = path.resolve(here, "../../src/model/decline-model.ts");
const { sets, missing } = loadEvalSets();
/** The sets fitted on; the held-out sets are never read here. */
const fittedSets = sets.filter((set) => set.fitted).map((set) => set.name);
/** L2 penalty: keeps any one feature's weight from growing on a few questions. */
const l2 = 0.05;

if (missing.length) {
  console.error(`fit: ${missing.join("; ")}. The model is fitted on both sets: nothing written.`);
  process.exit(1);
}
/** The bundled documents by the seed their `source` names ("000_e0e2….txt" → its file). */
const bundledBySeed = new Map(
  readdirSync(bundledContentDir)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .flatMap((name) => {
      const seed = /^source: "?(\d{3})_/m.exec(
        readFileSync(path.join(bundledContentDir, name), "utf8"),
      );
      return seed?.[1] ? [[seed[1], name] as const] : [];
    }),
);
const examples: Example[] = [];
for (const set of sets.filter((s) => s.fitted)) examples.push(...(await readExamples(set)));
const folds = [...new Set(examples.map((e) => e.fold))];

// Leave one document out: each fold's questions are decided by a model fitted without them.
const heldOut = new Map<Example, number>();
for (const fold of folds) {
  const model = fitLogistic(examples.filter((e) => e.fold !== fold));
  for (const e of examples.filter((e) => e.fold === fold)) heldOut.set(e, chance(model, e.x));
}
const model = fitLogistic(examples);
const threshold = chooseThreshold(heldOut);
report();
if (process.argv.includes("--curve")) printCurve();
if (!process.argv.includes("--dry-run")) writeModel();

/** Reads every question of a set against its content: the decision's inputs for each. */
async function readExamples(set: EvalSet): Promise<Example[]> {
  return withSetContent(set, async (contentDir) => {
    const options = resolveEngineOptions({ contentDir, cacheDir: null });
    const corpus = await buildCorpusInParallel(await readContentFiles(contentDir), options);
    const context = answerContext(corpus, options);
    const maxWeight = maxConceptWeight(corpus.index);
    return set.questions.flatMap((question, i): Example[] => {
      const ranked = rankQuestion(context, question.question);
      if ("problem" in ranked || ranked.concepts.length === 0) return [];
      // A document's questions, whichever set asks them, are held out together.
      const fold = question.answerable ? documentOf(question) : `decline-${i % 5}`;
      return [
        {
          set: set.name,
          question,
          fold,
          // As the engine reads them: of the candidates that could be quoted as the answer.
          x: declineFeatures(
            ranked.concepts,
            answeringCandidates(ranked.candidates, ranked.kinds.has("yes-no")),
            maxWeight,
          ),
          y: question.answerable ? 1 : 0,
        },
      ];
    });
  });
}

/**
 * The document a question is about: the development set names its file; ours name it in `why`,
 * by file name or by the seed it was made from ("000…").
 */
function documentOf(question: EvalQuestion): string {
  if (question.doc) return question.doc;
  const why = question.why ?? "";
  const file = /[\w-]+\.md/.exec(why)?.[0];
  if (file) return file;
  const seed = /\b(\d{3})\b/.exec(why)?.[1];
  return (seed && bundledBySeed.get(seed)) ?? "other";
}

function chance(m: Logistic, x: number[]): number {
  let z = m.bias;
  for (let i = 0; i < x.length; i++) z += (m.weights[i] ?? 0) * (x[i] as number);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Logistic regression by gradient descent (Adam): answerable questions are 1, unanswerable 0,
 * each class of each set weighing the same however many questions it has.
 */
function fitLogistic(train: Example[]): Logistic {
  const counts = new Map<string, number>();
  for (const e of train) counts.set(`${e.set}:${e.y}`, (counts.get(`${e.set}:${e.y}`) ?? 0) + 1);
  const n = declineFeatureNames.length;
  const params = new Array<number>(n + 1).fill(0);
  const step = adam(n + 1);
  for (let round = 0; round < 2000; round++) {
    const m = { bias: params[0] as number, weights: params.slice(1) };
    const grad = params.map((p, i) => (i === 0 ? 0 : 2 * l2 * p));
    for (const e of train) {
      const error = (chance(m, e.x) - e.y) / (counts.get(`${e.set}:${e.y}`) as number);
      grad[0] = (grad[0] as number) + error;
      for (let f = 0; f < n; f++)
        grad[f + 1] = (grad[f + 1] as number) + error * (e.x[f] as number);
    }
    step(params, grad);
  }
  return { bias: params[0] as number, weights: params.slice(1) };
}

/**
 * The threshold on the held-out chances with the best balance, averaged over the sets, of
 * answerable questions answered and unanswerable ones declined.
 */
function chooseThreshold(chances: Map<Example, number>): number {
  let best = { threshold: 0.5, value: -1 };
  for (let t = 0.05; t < 0.95; t += 0.01) {
    const value =
      fittedSets.map((name) => balance(name, chances, t)).reduce((a, b) => a + b, 0) /
      fittedSets.length;
    if (value > best.value) best = { threshold: t, value };
  }
  return Number(best.threshold.toFixed(2));
}

function balance(name: string, chances: Map<Example, number>, t: number): number {
  const rows = examples.filter((e) => e.set === name);
  const answered = rows.filter((e) => e.y === 1 && (chances.get(e) ?? 0) >= t).length;
  const declined = rows.filter((e) => e.y === 0 && (chances.get(e) ?? 0) < t).length;
  return (
    answered / rows.filter((e) => e.y === 1).length +
    declined / rows.filter((e) => e.y === 0).length
  );
}

/** What each set's questions get with each document left out. */
function heldOutFigures(name: string): { falseDeclines: string; correctDeclines: string } {
  const rows = examples.filter((e) => e.set === name);
  const answerable = rows.filter((e) => e.y === 1);
  const unanswerable = rows.filter((e) => e.y === 0);
  const declined = (list: Example[]) =>
    list.filter((e) => (heldOut.get(e) ?? 0) < threshold).length;
  return {
    falseDeclines: `${declined(answerable)}/${answerable.length}`,
    correctDeclines: `${declined(unanswerable)}/${unanswerable.length}`,
  };
}

function report(): void {
  console.log(
    `fit: ${examples.length} questions from ${fittedSets.join(" and ")}, ${folds.length} folds`,
  );
  for (const name of fittedSets) {
    const { falseDeclines, correctDeclines } = heldOutFigures(name);
    console.log(
      `  ${name}, each document left out: answerable declined ${falseDeclines}, unanswerable declined ${correctDeclines}`,
    );
  }
  console.log(`  threshold ${threshold}, bias ${round(model.bias)}`);
  for (const [i, name] of declineFeatureNames.entries())
    console.log(`  ${name.padEnd(12)} ${round(model.weights[i]).toString().padStart(8)}`);
}

/** The trade-off at each threshold, with each document left out. */
function printCurve(): void {
  for (let t = 0.2; t <= 0.7; t += 0.02) {
    const row = fittedSets.map((name) => {
      const rows = examples.filter((e) => e.set === name);
      const a = rows.filter((e) => e.y === 1);
      const u = rows.filter((e) => e.y === 0);
      const fd = a.filter((e) => (heldOut.get(e) ?? 0) < t).length / a.length;
      const cd = u.filter((e) => (heldOut.get(e) ?? 0) < t).length / u.length;
      return `${name}: false ${fd.toFixed(2)} correct ${cd.toFixed(2)} (${balance(name, heldOut, t).toFixed(3)})`;
    });
    console.log(`  ${t.toFixed(2)}  ${row.join("   ")}`);
  }
}

function writeModel(): void {
  const figures = fittedSets
    .map((name) => {
      const { falseDeclines, correctDeclines } = heldOutFigures(name);
      return `${name}: answerable declined ${falseDeclines}, unanswerable declined ${correctDeclines}`;
    })
    .join("; ");
  const weights = declineFeatureNames
    .map((name, i) => `    ${round(model.weights[i])}, // ${name}`)
    .join("\n");
  writeFileSync(
    modelFile,
    `// Made by \`npm run fit\` (tests/eval/fit-models.ts) from ${examples.length} questions of the eval's sets
// ${fittedSets.join(", ")}: do not edit by hand. With each document left out, ${figures}.
import type { DeclineModel } from "./decline.ts";

/** The decline decision (src/model/decline.ts): below \`threshold\`, the bot declines. */
export const declineModel: DeclineModel = {
  bias: ${round(model.bias)},
  weights: [
${weights}
  ],
  threshold: ${threshold},
};
`,
  );
  console.log(`wrote ${path.relative(process.cwd(), modelFile)}`);
}

function round(x: number | undefined): number {
  return Number((x ?? 0).toFixed(4));
}

/** Adam: gradient steps scaled per parameter, so features on different scales fit alike. */
function adam(n: number, rate = 0.05): (params: number[], grad: number[]) => void {
  const m = new Array<number>(n).fill(0);
  const v = new Array<number>(n).fill(0);
  let t = 0;
  return (params, grad) => {
    t++;
    for (let i = 0; i < n; i++) {
      const g = grad[i] as number;
      m[i] = 0.9 * (m[i] as number) + 0.1 * g;
      v[i] = 0.999 * (v[i] as number) + 0.001 * g * g;
      const mHat = (m[i] as number) / (1 - 0.9 ** t);
      const vHat = (v[i] as number) / (1 - 0.999 ** t);
      params[i] = (params[i] as number) - (rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  };
}
