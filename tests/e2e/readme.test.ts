// The README's own examples, checked: the two commands, and the answer it shows word for word.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { answerToText, loadEngine, toTurn } from "../../src/index.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");

describe("README", () => {
  it("opens with the two commands, and CI runs exactly the test one", () => {
    const commands = /```sh\n(.+)\n(.+)\n```/.exec(readme);
    const ask = commands?.[1]?.split("#")[0]?.trim();
    const test = commands?.[2]?.split("#")[0]?.trim();
    expect(ask).toBe('npm ci && npm run ask -- "How big is the transformation fund?"');
    expect(test).toBe("npm ci && npm test");
    const ci = readFileSync(path.join(root, ".ci/run"), "utf8");
    expect(ci.trim().split("\n").at(-1)).toBe(test);
  });

  it("shows the answer the bot really gives to its example question", async () => {
    const example = /```\n\$ npm run --silent ask -- "(.+)"\n([\s\S]+?)\n```/.exec(readme);
    expect(example).not.toBeNull();
    const [, question = "", shown = ""] = example ?? [];
    const engine = await loadEngine({ cacheDir: null });
    expect(answerToText(engine.ask(question))).toBe(shown);
  });

  it("reads its follow-up examples as it says it does", async () => {
    expect(readme).toContain(
      '"who leads them?" after "what is an STP?" is answered as a question about STP leaders',
    );
    const engine = await loadEngine({ cacheDir: null });
    const first = engine.ask("what is an STP?");
    const turns = [toTurn("what is an STP?", first)];
    const followUp = engine.ask("who leads them?", turns);
    expect(followUp.understood?.toLowerCase()).toMatch(/lead.*stp|stp.*lead/);
    const age = engine.ask("is that still true?", turns);
    expect(age.message).toMatch(/^\[1\] is (from \d+ \w+ \d{4}, \d+ years ago|undated)/);
    expect(readme).toContain("That is all the documents say about it.");
    expect(engine.ask("how many STP areas are there?", turns)).toEqual(
      engine.ask("how many STP areas are there?"),
    );
  });
});
