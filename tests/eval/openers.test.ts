// However a chat message opens ("ok so", "hi,", "can you tell me"), the question gets the answer it gets on its own.
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.ts";
import { loadEvalSets, loadSetEngine } from "./sets.ts";

const { sets } = loadEvalSets();
const asked = sets.filter((set) => set.name === "own" || set.name === "held-out");
let engine: Engine;

beforeAll(async () => {
  // Both sets ask about the bundled content: one engine answers them.
  const [first] = asked;
  if (!first) throw new Error("the own and held-out question sets are missing from tests/eval/");
  engine = (await loadSetEngine(first)).engine;
}, 60_000);

/** What people put before a question in chat, none of which says what they ask. */
const openers = [
  "so ",
  "ok so ",
  "hi, ",
  "Hello! ",
  "basically ",
  "quick question: ",
  "can you tell me ",
  "do you know ",
  "I'd like to know ",
];

describe("a question opened the way people open chat messages", () => {
  it.each(openers)("is answered after %j exactly as on its own", (opener) => {
    const changed: string[] = [];
    for (const set of asked)
      for (const { question } of set.questions) {
        const plain = engine.ask(question);
        const opened = engine.ask(`${opener}${question}`);
        if (opened.answer !== plain.answer || opened.answered !== plain.answered)
          changed.push(question);
      }
    expect(changed).toEqual([]);
  });
});
