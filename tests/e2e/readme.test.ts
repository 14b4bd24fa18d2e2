// The README's own examples, checked: the two commands, and the answer it shows word for word.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { answerToText, loadEngine } from "../../src/index.ts";

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
});
