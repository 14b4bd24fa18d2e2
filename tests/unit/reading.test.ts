// New documents, read as people add them: their own acronyms, tables, FAQ questions and chat-style questions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Engine, loadEngine } from "../../src/engine.ts";
import { documentText, makeContentFolder, removeFolder } from "../helpers/content-folder.ts";

let dir: string;
let engine: Engine;

const board = documentText(
  {
    title: '"Integrated care boards: your questions answered"',
    publisher: '"Northshire ICS"',
    date: "2022-07-15",
    source: "icb-faq.html",
  },
  `# Integrated care boards: your questions answered

## What replaced clinical commissioning groups?

Clinical commissioning groups were replaced by integrated care boards (ICBs). The integrated care boards took over on 1 July 2022.

## Was spare land meant for housing?

Was spare land meant for housing? Yes. Trusts were urged to release small plots for 26,000 new homes.

## How is the money split?

| Funding stream | Amount |
|---|---|
| Support for struggling trusts | £700 million |
| Efficiency programmes | £200 million |
`,
);

beforeAll(async () => {
  dir = await makeContentFolder({ "icb-faq.md": board });
  engine = await loadEngine({ contentDir: dir, cacheDir: null });
});

afterAll(() => removeFolder(dir));

describe("a document added as it was published", () => {
  it("understands the acronyms it defines, in questions and in define", () => {
    expect(engine.ask("when did the ICBs take over?").answer).toMatch(/1 July 2022/);
    expect(engine.define("icbs")).toMatchObject({
      term: "ICB",
      expansion: "integrated care boards",
      definedIn: "Integrated care boards: your questions answered",
    });
  });

  it("quotes a question in the text only with the sentence that answers it", () => {
    const answer = engine.ask("how many homes could spare land provide?");
    expect(answer.answer).toMatch(/26,000 new homes/);
    expect(answer.answer).not.toMatch(/^Was spare land meant for housing\?$/);
  });

  it("quotes a reply of a word or two with what it goes on to say", () => {
    // The question in the text answers with "Yes."; what the trusts were urged to do says more.
    const answer = engine.ask("should spare land be used for housing?");
    expect(answer.answer).toBe(
      "Yes. Trusts were urged to release small plots for 26,000 new homes.",
    );
    expect(answer.citations[0]?.quote).toMatch(/^Was spare land meant for housing\? Yes\./);
  });

  it("quotes a table row with its column headings", () => {
    const answer = engine.ask("how much money is there for struggling trusts?");
    expect(answer.answer).toContain(
      "Funding stream: Support for struggling trusts; Amount: £700 million",
    );
  });

  it("answers a chat-style question whatever the asker says about themselves", () => {
    const plain = engine.ask("when did the integrated care boards take over?");
    const chatty = engine.ask(
      "hi, im a practice manager in Leeds and keep hearing about integrated care boards – when did they take over?",
    );
    expect(chatty.answered).toBe(true);
    expect(chatty.answer).toBe(plain.answer);
  });

  it("declines what it does not cover", () => {
    expect(engine.ask("who won the 2018 world cup?").answered).toBe(false);
  });
});
