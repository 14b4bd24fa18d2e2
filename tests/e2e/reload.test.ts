// The running bot picks up content by itself: a PDF added with content:add is answered from within 5 s, in the terminal chat and in Slack, and is gone once removed.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startContentReload } from "../../adapters/shared/content-reload.ts";
import { type RunningSlack, startSlack } from "../../adapters/slack/index.ts";
import { loadEngine } from "../../src/index.ts";
import {
  makeContentFolder,
  removeFolder,
  repoRoot,
  widgetDocument,
} from "../helpers/content-folder.ts";
import { fixtureFacts, gadgetPlanPdf } from "../helpers/documents.ts";
import { cleanEnv, runScript } from "../helpers/run-script.ts";
import { type FakeSlackApi, startFakeSlackApi } from "./fakes/slack-api.ts";
import { postSigned, slashCommand } from "./fakes/slack-requests.ts";

/** The functional deadline: answers come from a new document within 5 s of it landing. */
const deadlineMs = 5000;
const { question, expect: phrase } = fixtureFacts.pdf.questions[0];
const importedFile = "gadget-care-plan-2017.md";

let pdfDir: string;
let pdf: string;

beforeAll(async () => {
  pdfDir = await makeContentFolder({ "gadget-care-plan.pdf": await gadgetPlanPdf() });
  pdf = path.join(pdfDir, "gadget-care-plan.pdf");
});
afterAll(() => removeFolder(pdfDir));

/** Adds the PDF to `contentDir` with `npm run content:add`, as a user would. */
async function addPdf(contentDir: string): Promise<void> {
  const run = await runScript(path.join("adapters", "terminal", "content-add.ts"), [
    "--content",
    contentDir,
    pdf,
  ]);
  expect(run.stdout).toContain(`added ${path.join(contentDir, importedFile)}`);
}

/** Asks until `test` passes or the deadline from `since` passes; returns the last reply. */
async function askUntil(
  ask: () => Promise<string>,
  test: (reply: string) => boolean,
  since: number,
) {
  let reply = await ask();
  while (!test(reply) && Date.now() - since < deadlineMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    reply = await ask();
  }
  return { reply, ms: Date.now() - since };
}

describe("npm start, terminal chat", () => {
  let contentDir: string;
  let chat: Chat;

  beforeAll(async () => {
    contentDir = await makeContentFolder({ "widget.md": widgetDocument });
    chat = await Chat.start(contentDir);
  });
  afterAll(async () => {
    chat?.quit();
    await removeFolder(contentDir);
  });

  it("answers from a PDF added with content:add within 5 s, without a restart", async () => {
    expect(await chat.ask(question)).not.toContain(phrase);
    await addPdf(contentDir);
    const { reply } = await askUntil(
      () => chat.ask(question),
      (r) => r.includes(phrase),
      Date.now(),
    );
    expect(reply).toContain(phrase);
    expect(reply).toContain(`[1] ${fixtureFacts.pdf.title} — ${fixtureFacts.pdf.publisher}`);
    expect(await chat.ask("sources")).toContain(`• ${fixtureFacts.pdf.title} — `);
    expect(chat.stderr).toMatch(
      /content: 2 documents \(\+1 gadget-care-plan-2017\.md\), \d+ passages, rebuilt in \d+\.\d s/,
    );
  });

  it("stops answering from it within 5 s of it being removed", async () => {
    await rm(path.join(contentDir, importedFile));
    const { reply } = await askUntil(
      () => chat.ask(question),
      (r) => !r.includes(phrase),
      Date.now(),
    );
    expect(reply).not.toContain(phrase);
    expect(await chat.ask("sources")).not.toContain(fixtureFacts.pdf.title);
  });
});

describe("Slack over HTTP, against the fake Slack API", () => {
  const botToken = "xoxb-1111-2222-reloadTestBotToken";
  const signingSecret = "8f742231b10e8888abcd99yyyzzz85a5";
  let contentDir: string;
  let fake: FakeSlackApi;
  let slack: RunningSlack;
  let content: Awaited<ReturnType<typeof startContentReload>>;
  const logs: string[] = [];

  beforeAll(async () => {
    contentDir = await makeContentFolder({ "widget.md": widgetDocument });
    fake = await startFakeSlackApi({ botToken });
    const logger = {
      info: (m: string) => logs.push(m),
      warn: (m: string) => logs.push(m),
      error: (m: string) => logs.push(m),
    };
    content = await startContentReload(await loadEngine({ contentDir, cacheDir: null }), logger);
    slack = await startSlack(
      content.engine,
      {
        mode: "http",
        botToken,
        signingSecret,
        port: 0,
        apiUrl: fake.apiUrl,
      },
      logger,
    );
  });
  afterAll(async () => {
    await slack?.stop();
    await content?.stop();
    await fake?.close();
    await removeFolder(contentDir);
  });

  /** `/stp <text>`: the reply comes back in the acknowledgement. */
  async function stp(text: string): Promise<string> {
    const response = await postSigned(
      `http://127.0.0.1:${slack.port}/slack/events`,
      signingSecret,
      {
        form: slashCommand(text, fake.responseUrl("reload")),
      },
    );
    const body = (await response.json()) as {
      text?: string;
      blocks?: { text?: { text?: string } }[];
    };
    return [body.text ?? "", ...(body.blocks ?? []).map((block) => block.text?.text ?? "")].join(
      "\n",
    );
  }

  it("answers /stp from a new document within 5 s, and /stp sources lists it", async () => {
    expect(await stp(question)).not.toContain(phrase);
    await addPdf(contentDir);
    const { reply } = await askUntil(
      () => stp(question),
      (r) => r.includes(phrase),
      Date.now(),
    );
    expect(reply).toContain(phrase);
    expect(await stp("sources")).toContain(fixtureFacts.pdf.title);
    expect(logs.join("\n")).toContain("content: 2 documents (+1 gadget-care-plan-2017.md)");
  });

  it("keeps answering from the last good index when the folder is emptied", async () => {
    await rm(path.join(contentDir, importedFile));
    await rm(path.join(contentDir, "widget.md"));
    const since = Date.now();
    while (
      !logs.some((l) => l.startsWith("content: kept the last good index")) &&
      Date.now() - since < deadlineMs
    )
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logs.find((l) => l.startsWith("content: kept the last good index"))).toContain(
      `No documents in ${contentDir}`,
    );
    expect(await stp("how big is the widget fund")).toContain("£5 billion");
  });
});

/** `npm start` with no Slack or Discord variables: the chat, driven line by line. */
class Chat {
  stdout = "";
  stderr = "";
  private constructor(private child: ChildProcessWithoutNullStreams) {
    child.stdout.on("data", (chunk) => {
      this.stdout += String(chunk);
    });
    child.stderr.on("data", (chunk) => {
      this.stderr += String(chunk);
    });
  }

  /** Starts the chat on `contentDir` and waits for its first prompt (the folder is watched by then). */
  static async start(contentDir: string): Promise<Chat> {
    const child = spawn(
      path.join(repoRoot, "node_modules", ".bin", "tsx"),
      [path.join("adapters", "start.ts")],
      {
        cwd: repoRoot,
        env: cleanEnv({ CONTENT_DIR: contentDir }),
      },
    );
    const chat = new Chat(child);
    await chat.waitForPrompts(1);
    return chat;
  }

  /** Sends one line and returns what the chat printed before its next prompt. */
  async ask(line: string): Promise<string> {
    const prompts = this.prompts();
    const start = this.stdout.length;
    this.child.stdin.write(`${line}\n`);
    await this.waitForPrompts(prompts + 1);
    return this.stdout
      .slice(start)
      .replace(/stp> $/, "")
      .trim();
  }

  quit(): void {
    this.child.stdin.end("quit\n");
    this.child.kill();
  }

  private prompts(): number {
    return this.stdout.split("stp> ").length - 1;
  }

  private async waitForPrompts(count: number): Promise<void> {
    const since = Date.now();
    while (this.prompts() < count) {
      if (Date.now() - since > 20_000 || this.child.exitCode !== null)
        throw new Error(`the chat did not answer; stderr: ${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
