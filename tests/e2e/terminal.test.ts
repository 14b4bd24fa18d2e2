// The terminal front door as people use it: `npm run ask`, the chat that `npm start` opens, and their parts.

import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toAnswerJson } from "../../adapters/shared/answer-json.ts";
import { createConversationStore } from "../../adapters/shared/conversations.ts";
import { parseAskArgs } from "../../adapters/terminal/args.ts";
import { replyTo, runChat } from "../../adapters/terminal/chat.ts";
import { formatWarning } from "../../adapters/terminal/load.ts";
import { type Engine, helpLines, loadEngine } from "../../src/index.ts";
import {
  disabledQuestionLog,
  migrate,
  openDatabase,
  type QuestionLog,
} from "../../src/question-log/index.ts";
import { startBotProcess } from "../helpers/bot-process.ts";
import { makeContentFolder, removeFolder, widgetDocument } from "../helpers/content-folder.ts";
import { freshQuestionLogDir } from "../helpers/pglite.ts";
import { runScript } from "../helpers/run-script.ts";

const askScript = path.join("adapters", "terminal", "ask.ts");
const startScript = path.join("adapters", "start.ts");

const ask = (args: string[], options?: { input?: string; env?: Record<string, string> }) =>
  runScript(askScript, args, options);

const answerKeys = ["question", "answered", "answer", "citations", "suggestions", "message"];
const citationKeys = ["title", "publisher", "date", "source", "section", "line", "quote"];

let widgetDir: string;
const missingDir = path.join(os.tmpdir(), `stp-bot-no-such-folder-${process.pid}`);

beforeAll(async () => {
  widgetDir = await makeContentFolder({ "widget.md": widgetDocument });
  // The `npm run ask` tests below run at once, each in its own process: on a fresh clone each
  // would build the bundled index and WordNet's word graph at the same time, past the test
  // timeout on two cores. Built here once, they are read from .cache as a second run reads them.
  await loadEngine();
}, 180_000);
afterAll(() => removeFolder(widgetDir));

describe("npm run ask", () => {
  it.concurrent("prints the answer and its numbered citations", async ({ expect }) => {
    const { code, stdout } = await ask(["how big is the transformation fund"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/£1\.8/);
    expect(stdout).toMatch(/^\[1\] .+ — /m);
    expect(stdout).toMatch(/^ {4}“.+”$/m);
  });

  it.concurrent("looks up 'define CCG' and 'sources' as the chat does", async ({ expect }) => {
    const defined = await ask(["define", "CCG"]);
    expect(defined.code).toBe(0);
    expect(defined.stdout).toMatch(/clinical commissioning group/i);
    const sources = await ask(["sources"]);
    expect(sources.stdout).toMatch(/^The documents I answer from:/);
  });

  it.concurrent("asks the documents 'what is <term>?' for a define of a term not in the glossary", async ({
    expect,
  }) => {
    // "footprint" is not in content/glossary.yml, but the documents explain the footprints.
    const { code, stdout } = await ask(["define", "footprint"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/geographical ‘footprints’ on which the plans will be based/);
    expect(stdout).toMatch(/^\[1\] Sustainability and Transformation Plans — /m);
    expect(stdout).not.toContain("not in the glossary");
    const json = JSON.parse((await ask(["--json", "define footprint"])).stdout);
    expect(json).toMatchObject({ question: "what is footprint?", answered: true });
    expect(json).not.toHaveProperty("command");
    expect(json.citations[0]).toMatchObject({ title: "Sustainability and Transformation Plans" });
    expect(json.citations[0].quote).toContain("geographical ‘footprints’");
  });

  it.concurrent("prints exactly one JSON object with the documented keys for --json", async ({
    expect,
  }) => {
    const { code, stdout } = await ask(["--json", "who leads each stp"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0] ?? "");
    expect(Object.keys(json)).toEqual(answerKeys);
    expect(json).toMatchObject({
      question: "who leads each stp",
      answered: true,
      suggestions: [],
      message: "",
    });
    expect(json.citations.length).toBeGreaterThan(0);
    for (const citation of json.citations) {
      expect(Object.keys(citation)).toEqual(citationKeys);
      expect(citation.line).toBeGreaterThanOrEqual(1);
    }
  });

  it.concurrent("answers a chat command with --json by naming it, not by quoting a sentence that matches its words", async ({
    expect,
  }) => {
    const define = JSON.parse((await ask(["--json", "define CCG"])).stdout);
    expect(define).toMatchObject({
      question: "define CCG",
      answered: false,
      answer: "",
      citations: [],
      command: "define",
    });
    expect(define.message).toMatch(/^CCG: clinical commissioning group/);
  });

  // Each of these starts several processes one after another: kept apart, each stays well inside
  // the test timeout on two busy cores, where together they came within a few seconds of it.
  it.concurrent("says 'new' starts no conversation for one question, in text and in JSON", async ({
    expect,
  }) => {
    // One question has no conversation to forget: "new" says where it does start one.
    expect((await ask(["new"])).stdout).toMatch(
      /^Each question asked this way is answered on its own/,
    );
    // So does its JSON, and a --stdin line where each line is a question of its own.
    for (const output of [
      (await ask(["--json", "new"])).stdout,
      (await ask(["--stdin"], { input: "what is an stp\nnew\n" })).stdout.trim().split("\n")[1],
    ]) {
      const alone = JSON.parse(output ?? "");
      expect(alone).toMatchObject({ question: "new", command: "new", answered: false });
      expect(alone.message).toMatch(/^Each question asked this way is answered on its own/);
    }
  });

  it.concurrent("names 'sources' and a conversation's 'new' as commands in JSON", async ({
    expect,
  }) => {
    const sources = JSON.parse((await ask(["--json", "sources"])).stdout);
    expect(sources).toMatchObject({ answered: false, command: "sources" });
    expect(sources.message).toMatch(/^The documents I answer from:/);
    const lines = await ask(["--stdin", "--json", "--conversation"], {
      input: "what is an stp\nnew\nwho leads them?\n",
    });
    const [, fresh, alone] = lines.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(fresh).toMatchObject({
      question: "new",
      command: "new",
      answered: false,
      message: "New conversation: I've forgotten the earlier questions.",
    });
    // After "new", "who leads them?" has nothing to lean on, as after a blank line.
    expect(alone).toEqual(
      JSON.parse((await ask(["--stdin"], { input: "who leads them?\n" })).stdout),
    );
  });

  it.concurrent("prints one JSON line per non-blank line of --stdin", async ({ expect }) => {
    const { code, stdout } = await ask(["--stdin"], {
      input: "how many stp areas\n\nwhat is a ccg\n",
    });
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    const answers = lines.map((line) => JSON.parse(line));
    expect(answers.map((a) => a.question)).toEqual(["how many stp areas", "what is a ccg"]);
    for (const answer of answers) expect(Object.keys(answer)).toEqual(answerKeys);
  });

  it.concurrent("reads --stdin --conversation lines as one conversation, a blank line starting another", async ({
    expect,
  }) => {
    const { code, stdout } = await ask(["--stdin", "--json", "--conversation"], {
      input: "what is an stp\nwho leads them?\n\nwho leads them?\n",
    });
    expect(code).toBe(0);
    const answers = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(answers.map((a) => a.question)).toEqual([
      "what is an stp",
      "who leads them?",
      "who leads them?",
    ]);
    for (const answer of answers) expect(Object.keys(answer)).toEqual(answerKeys);
    const [, followUp, fresh] = answers;
    // Read as a question about STPs' leaders, then, after the blank line, with nothing to lean on.
    expect(followUp.answered).toBe(true);
    expect(followUp.answer).toMatch(/lead/i);
    const alone = await ask(["--stdin"], { input: "who leads them?\n" });
    expect(fresh).toEqual(JSON.parse(alone.stdout));
  });

  it.concurrent("answers from another folder with --content", async ({ expect }) => {
    const { code, stdout } = await ask([
      "--json",
      "--content",
      widgetDir,
      "how big is the widget fund",
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.answered).toBe(true);
    expect(json.answer).toContain("£5 billion");
    expect(json.citations[0]).toMatchObject({
      title: "Widget fund briefing",
      publisher: "Acme Health",
      date: "2016-10-06",
    });
  });

  it.concurrent("answers from the folder CONTENT_DIR names, as --content does", async ({
    expect,
  }) => {
    const { code, stdout } = await ask(["--json", "how big is the widget fund"], {
      env: { CONTENT_DIR: widgetDir },
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).citations[0]?.title).toBe("Widget fund briefing");
  });

  it.concurrent("exits 2 naming a --content folder that does not exist", async ({ expect }) => {
    const { code, stdout, stderr } = await ask(["--content", missingDir, "how many stp areas"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`Content folder not found: ${missingDir}.`);
  });

  it.concurrent("exits 2 with the usage when no question is given", async ({ expect }) => {
    const { code, stderr } = await ask([]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'stp-bot: No question given. Example: npm run ask -- "How many STP areas are there?"',
    );
    expect(stderr).toContain("Usage: npm run ask -- [options]");
  });

  it.concurrent("exits 2 naming an unknown option", async ({ expect }) => {
    const { code, stderr } = await ask(["--frobnicate", "how many stp areas"]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      "stp-bot: Unknown option --frobnicate. Run npm run ask -- --help for the options.",
    );
  });

  it.concurrent("prints valid JSON for an empty question and exits 0", async ({ expect }) => {
    const { code, stdout } = await ask(["--json", ""]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      question: "",
      answered: false,
      answer: "",
      citations: [],
      suggestions: [],
      message: "Please type a question, for example: How many STP areas are there?",
    });
  });

  it.concurrent("prints the usage for --help and exits 0", async ({ expect }) => {
    const { code, stdout } = await ask(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: npm run ask -- [options]");
    expect(stdout).toContain("--content DIR");
  });

  it.concurrent("prints package.json's version for --version, for a bug report", async ({
    expect,
  }) => {
    const { version } = JSON.parse(
      readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
    );
    const { code, stdout } = await ask(["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`stp-bot ${version}`);
  });
});

describe("npm start with no Slack or Discord variables", () => {
  it("opens the terminal chat, answers, and leaves on quit", async () => {
    const { code, stdout } = await runScript(startScript, [], {
      input: "how many stp areas\nquit\n",
    });
    expect(code).toBe(0);
    expect(stdout).toContain(
      "stp-bot: ask about NHS England's Sustainability and Transformation Plans",
    );
    expect(stdout).toContain("stp> ");
    expect(stdout).toMatch(/\b44\b/);
    expect(stdout).toMatch(/^\[1\] /m);
  });
});

describe("the question log from the terminal", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await freshQuestionLogDir();
  }, 60_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const counted = async () => {
    const db = await openDatabase({ databaseUrl: null, dataDir: dir });
    try {
      await migrate(db);
      return await db.query<{ platform: string; place: string; question: string }>(
        "select platform, place, question from question_log.questions order by asked_at",
      );
    } finally {
      await db.close();
    }
  };

  it("npm run ask records nothing without --log, so scripts and evals stay out of it", async () => {
    const env = { QUESTION_LOG: "on", QUESTION_LOG_DIR: dir };
    const run = await ask(["How many STP areas are there?"], { env });
    expect(run.code).toBe(0);
    expect(await counted()).toEqual([]);
  });

  it("npm run ask -- --log records the question, redacted", async () => {
    const env = { QUESTION_LOG: "on", QUESTION_LOG_DIR: dir };
    const run = await ask(
      ["--log", "--json", "my postcode is LS1 4AP, how many STP areas are there?"],
      { env },
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).question).toContain("LS1 4AP");
    expect(await counted()).toEqual([
      {
        platform: "terminal",
        place: "ask",
        question: "my postcode is [postcode], how many STP areas are there?",
      },
    ]);
  });

  it.each(["SIGTERM", "SIGINT"] as const)(
    "npm start's chat stopped by %s writes its questions to the log first, and exits 0",
    async (signal) => {
      const before = (await counted()).length;
      const bot = startBotProcess(
        "adapters/start.ts",
        { QUESTION_LOG: "on", QUESTION_LOG_DIR: dir },
        { stdin: true },
      );
      try {
        bot.child.stdin?.write("How many STP areas are there?\n");
        await bot.waitForLog(/^\[1\] /m, "the answer", 60_000);
        // Before, the signal killed the chat (exit 143 or 130) with the question still unwritten.
        bot.child.kill(signal);
        expect(await bot.exit).toBe(0);
      } finally {
        bot.child.kill("SIGKILL");
      }
      const rows = await counted();
      expect(rows).toHaveLength(before + 1);
      expect(rows.at(-1)).toMatchObject({ platform: "terminal", place: "chat" });
    },
    90_000,
  );
});

describe("parseAskArgs", () => {
  it("reads a question from the words given", () => {
    expect(parseAskArgs(["how", "many", "areas"])).toEqual({
      question: "how many areas",
      json: false,
      stdin: false,
      conversation: false,
      contentDir: null,
      log: false,
      help: false,
      version: false,
    });
  });

  it("reads --log", () => {
    expect(parseAskArgs(["--log", "q"])).toMatchObject({ log: true, question: "q" });
  });

  it("reads --json, --content DIR and --content=DIR", () => {
    expect(parseAskArgs(["--json", "--content", "docs", "q"])).toMatchObject({
      json: true,
      contentDir: "docs",
      question: "q",
    });
    expect(parseAskArgs(["--content=docs", "q"])).toMatchObject({ contentDir: "docs" });
  });

  it("reads everything after -- as the question, flags and all", () => {
    expect(parseAskArgs(["--", "--json", "is", "it"])).toMatchObject({
      question: "--json is it",
      json: false,
    });
  });

  it("reads --stdin without a question", () => {
    expect(parseAskArgs(["--stdin"])).toMatchObject({ stdin: true, question: null });
  });

  it("reads --conversation with --stdin", () => {
    expect(parseAskArgs(["--stdin", "--conversation"])).toMatchObject({
      stdin: true,
      conversation: true,
    });
  });

  it.each([
    [[], 'No question given. Example: npm run ask -- "How many STP areas are there?"'],
    [["--content"], "--content needs a folder, e.g. --content ./my-documents"],
    [["--content="], "--content needs a folder, e.g. --content ./my-documents"],
    [["--nope", "q"], "Unknown option --nope. Run npm run ask -- --help for the options."],
    [["--stdin", "q"], "Give the question either on the command line or with --stdin, not both."],
    [
      ["--conversation", "q"],
      "--conversation reads a conversation from standard input: add --stdin, e.g. npm run ask -- --stdin --conversation",
    ],
  ])("rejects %j: %s", (argv, error) => {
    expect(parseAskArgs(argv)).toEqual({ error });
  });

  it("reads --version without a question", () => {
    expect(parseAskArgs(["--version"])).toMatchObject({ version: true });
  });

  it("reads --help and -h even with other arguments", () => {
    expect(parseAskArgs(["--help"])).toMatchObject({ help: true });
    expect(parseAskArgs(["-h", "--stdin", "q"])).toMatchObject({ help: true });
  });

  it("reads a lone 'help' as --help, but not 'help' in a question", () => {
    expect(parseAskArgs(["help"])).toMatchObject({ help: true });
    expect(parseAskArgs(["HELP"])).toMatchObject({ help: true });
    expect(parseAskArgs(["what help is on offer"])).toMatchObject({ help: false });
  });
});

describe("the chat and the JSON shape", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await loadEngine();
  });

  it("records each chat question, and follow-ups as such, but not commands", () => {
    const recorded: { question: string; place: string; followUp: boolean | undefined }[] = [];
    const log: QuestionLog = {
      ...disabledQuestionLog,
      enabled: true,
      recordAnswer: (answer, where) =>
        recorded.push({ question: answer.question, place: where.place, followUp: where.followUp }),
    };
    const conversations = createConversationStore({ maxConversations: 1 });
    for (const line of ["what is an stp", "who leads them?", "help", "define CCG"])
      replyTo(engine, line, conversations, log);
    expect(recorded).toEqual([
      { question: "what is an stp", place: "chat", followUp: false },
      { question: "who leads them?", place: "chat", followUp: true },
    ]);
  });

  it("keeps only the documented fields in --json output", () => {
    const json = toAnswerJson(engine.ask("how much is the stf"));
    expect(Object.keys(json)).toEqual(answerKeys);
    for (const citation of json.citations) {
      // A "see also" passage says so last; the answer's sources have no such field.
      const keys = Object.keys(citation);
      expect(keys).toEqual("related" in citation ? [...citationKeys, "related"] : citationKeys);
    }
  });

  it("writes a warning as file:line: reason, or file: reason when there is no line", () => {
    expect(formatWarning({ file: "content/a.md", line: 2, reason: "has no title" })).toBe(
      "content/a.md:2: has no title",
    );
    expect(formatWarning({ file: "content/a.md", line: null, reason: "is binary" })).toBe(
      "content/a.md: is binary",
    );
  });

  it("replies to help with examples and the commands", () => {
    const reply = replyTo(engine, "help");
    expect(reply).toContain(helpLines(engine)[0]);
    expect(reply).toContain(
      "Commands: help · sources · define <acronym> · new (start a new conversation) · quit",
    );
    expect(replyTo(engine, "?")).toBe(reply);
    expect(replyTo(engine, "  HELP ")).toBe(reply);
  });

  it("replies to sources with every document, its publisher and date", () => {
    const reply = replyTo(engine, "sources") ?? "";
    expect(reply.split("\n")[0]).toBe("The documents I answer from:");
    for (const doc of engine.documents) expect(reply).toContain(`• ${doc.title} — `);
    expect(reply).toContain("The King's Fund");
    expect(reply).toContain("undated");
  });

  it("defines an acronym in any case", () => {
    expect(replyTo(engine, "define CCG")).toMatch(/^CCG: clinical commissioning group\. /);
    expect(replyTo(engine, "define ccg")).toBe(replyTo(engine, "define CCG"));
    expect(replyTo(engine, "define 5yfv")).toMatch(/^FYFV: Five Year Forward View\./);
  });

  it("asks the documents “what is <term>?” for a term not in the glossary", () => {
    // Before: "“footprint” is not in the glossary…", though the documents explain footprints.
    const footprint = replyTo(engine, "define footprint") ?? "";
    expect(footprint).toBe(replyTo(engine, "what is footprint?"));
    expect(footprint).toMatch(/geographical ‘footprints’/);
    // Nothing on it in the documents: the engine's usual decline, not the glossary's.
    const unknown = replyTo(engine, "define ZZQX") ?? "";
    expect(unknown).toBe(replyTo(engine, "what is ZZQX?"));
    expect(unknown).not.toContain("not in the glossary");
  });

  it("asks which term when define has none", () => {
    expect(replyTo(engine, "define")).toBe("Which term? For example: define CCG");
    expect(replyTo(engine, "define   ")).toBe("Which term? For example: define CCG");
  });

  it("returns null to quit, for quit, exit and bye", () => {
    for (const word of ["quit", "exit", "bye", "QUIT"]) expect(replyTo(engine, word)).toBeNull();
  });

  it("says nothing to an empty line", () => {
    expect(replyTo(engine, "   ")).toBe("");
  });

  it("answers a question with the answer and numbered citations", () => {
    const reply = replyTo(engine, "how big is the transformation fund") ?? "";
    expect(reply).toMatch(/£1\.8/);
    expect(reply).toMatch(/^\[1\] /m);
  });

  it("builds a follow-up on the question before, and forgets it after new", () => {
    const conversations = createConversationStore();
    replyTo(engine, "how big is the transformation fund", conversations);
    const more = replyTo(engine, "tell me more", conversations) ?? "";
    expect(more).toMatch(/^\[1\] /m);
    expect(more).not.toBe(replyTo(engine, "tell me more"));
    expect(replyTo(engine, "new", conversations)).toBe(
      "New conversation: I've forgotten the earlier questions.",
    );
    expect(replyTo(engine, "tell me more", conversations)).toBe(replyTo(engine, "tell me more"));
  });

  it("takes 'new' as a command only on its own: 'new care models' is a question", () => {
    const conversations = createConversationStore();
    replyTo(engine, "how big is the transformation fund", conversations);
    expect(replyTo(engine, "new care models", conversations)).not.toMatch(/^New conversation/);
  });

  it("takes help, quit and the rest as commands only on their own: a question may begin with them", () => {
    const help = replyTo(engine, "help");
    for (const question of [
      "help with funding for the plans",
      "quit smoking services in the plans",
      "exit strategy for the fund",
      "bye-laws",
    ]) {
      const reply = replyTo(engine, question);
      expect(reply, question).not.toBeNull();
      expect(reply, question).not.toBe(help);
    }
  });

  it("declines a question the documents don't answer, with suggestions", () => {
    const reply = replyTo(engine, "who won the football last night") ?? "";
    expect(reply).toContain("I couldn't find an answer to that in the STP documents");
    expect(reply).toContain("You could ask:");
  });

  it("runs a whole conversation over streams and stops at quit", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = "";
    output.on("data", (chunk) => {
      text += String(chunk);
    });
    const chat = runChat(engine, { input, output });
    input.end(
      "help\ndefine ccg\nhow big is the transformation fund\nquit\nwho won the football last night\n",
    );
    await chat;
    expect(text).toContain(`(${engine.documents.length} documents, 2016–17)`);
    expect(text).toContain("Commands: help · sources · define <acronym> · new");
    expect(text).toContain("CCG: clinical commissioning group.");
    expect(text).toMatch(/£1\.8/);
    expect(text.match(/stp> /g)?.length).toBe(4);
    // Nothing after quit is answered.
    expect(text).not.toContain("You could ask:");
  });

  it("ends the chat when the input closes without quit", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = "";
    output.on("data", (chunk) => {
      text += String(chunk);
    });
    const chat = runChat(engine, { input, output });
    input.end("sources\n");
    await chat;
    expect(text).toContain("The documents I answer from:");
  });
});
