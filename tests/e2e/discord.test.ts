// The real discord.js client, the real engine over the bundled content, and a fake Discord on
// 127.0.0.1: what each question makes the bot send, request by request.
import { rm } from "node:fs/promises";
import { GatewayIntentBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordBot, startDiscord } from "../../adapters/discord/bot.ts";
import { readDiscordConfig } from "../../adapters/discord/config.ts";
import { answerReply } from "../../adapters/discord/embeds.ts";
import type { DiscordLogger } from "../../adapters/discord/log.ts";
import { type Engine, loadEngine, toTurn } from "../../src/index.ts";
import {
  createQuestionLog,
  type Database,
  disabledQuestionLog,
  openDatabase,
  type QuestionLog,
} from "../../src/question-log/index.ts";
import { freshQuestionLogDir } from "../helpers/pglite.ts";
import { FakeDiscord, type RecordedRequest, waitFor } from "./fakes/discord.ts";

const token = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEx.fake-token-for-tests-only_0123456789abcdef";
const intents =
  GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages;
const ephemeral = 64;

interface Harness {
  fake: FakeDiscord;
  bot: DiscordBot;
  engine: Engine;
  logs: { level: string; message: string }[];
  questionLog: QuestionLog;
  /** The question log's database, read as a second process would; null without a log. */
  db: Database | null;
  /** Dispatches an INTERACTION_CREATE and returns the callback discord.js sent for it. */
  interact(payload: { id: string; token: string }): Promise<RecordedRequest>;
  /** Dispatches a MESSAGE_CREATE and returns the reply that references it. */
  mention(payload: { id: string }): Promise<RecordedRequest>;
  close(): Promise<void>;
}

async function startHarness(
  env: Record<string, string> = {},
  wrapEngine: (engine: Engine) => Engine = (engine) => engine,
  { withLog = false }: { withLog?: boolean } = {},
): Promise<Harness> {
  const fake = await FakeDiscord.start({ token, intents });
  const dir = withLog ? await freshQuestionLogDir() : null;
  const logs: Harness["logs"] = [];
  const logger: DiscordLogger = {
    info: (message) => logs.push({ level: "info", message }),
    warn: (message) => logs.push({ level: "warn", message }),
    error: (message) => logs.push({ level: "error", message }),
  };
  const engine = wrapEngine(await loadEngine());
  const config = readDiscordConfig({ DISCORD_TOKEN: token, DISCORD_API_URL: fake.apiUrl, ...env });
  const logConfig = { databaseUrl: null, dataDir: dir ?? "" };
  const questionLog = dir
    ? createQuestionLog({
        open: () => openDatabase(logConfig),
        logger,
        days: 90,
        readTopics: engine.topics,
      })
    : disabledQuestionLog;
  const bot = await startDiscord(engine, config, logger, questionLog);
  await questionLog.flush();
  const db = dir ? await openDatabase(logConfig) : null;
  return {
    fake,
    bot,
    engine,
    logs,
    questionLog,
    db,
    async interact(payload) {
      fake.dispatch("INTERACTION_CREATE", payload);
      return fake.waitForRequest(
        (r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`,
        `callback for interaction ${payload.id}`,
      );
    },
    async mention(payload) {
      fake.dispatch("MESSAGE_CREATE", payload);
      return fake.waitForRequest(
        (r) => r.method === "POST" && r.body?.message_reference?.message_id === payload.id,
        `reply to message ${payload.id}`,
      );
    },
    async close() {
      await bot.stop();
      await fake.close();
      await db?.close();
      await questionLog.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

function errorLogs(h: Harness): string[] {
  return h.logs.filter((l) => l.level === "error").map((l) => l.message);
}

describe("Discord bot against a fake Discord", () => {
  let h: Harness;
  beforeAll(async () => {
    // The limit has its own tests below; here many questions come from one user.
    h = await startHarness({ DISCORD_RATE_LIMIT: "0" }, undefined, { withLog: true });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it("connects with HELLO, IDENTIFY and READY, asking only for non-privileged intents", () => {
    expect(h.fake.identifies).toHaveLength(1);
    const [identify] = h.fake.identifies;
    expect(identify?.intents).toBe(intents);
    expect(identify?.shard).toEqual([0, 1]);
    expect(identify?.query.get("v")).toBe("10");
    expect(identify?.query.get("encoding")).toBe("json");
    // Shown under its name in the member list, so people see how to ask it.
    expect(identify?.presence).toMatchObject({
      activities: [{ type: 4, state: "Ask about NHS STPs: /stp ask or @mention me" }],
    });
    expect(h.fake.requests.some((r) => r.path === "/gateway/bot")).toBe(true);
    expect(h.bot.client.isReady()).toBe(true);
    expect(h.logs.map((l) => l.message).join("\n")).toMatch(/logged in as stp-bot in 1 server/);
  });

  it("suggests the glossary's acronyms while /stp define's term is typed", async () => {
    const callback = await h.interact(h.fake.autocomplete("define", "term", "cc"));
    expect(callback.body.type).toBe(8);
    const choices = callback.body.data.choices as { name: string; value: string }[];
    expect(choices[0]).toEqual({ name: "CCG – clinical commissioning group", value: "CCG" });
    expect(choices.length).toBeLessThanOrEqual(25);
    const none = await h.interact(h.fake.autocomplete("define", "term", "zzqx"));
    expect(none.body.data.choices).toEqual([]);
  });

  it("answers /stp ask in public with the quote as description and numbered citation fields", async () => {
    const question = "How many STP areas are there?";
    const expected = h.engine.ask(question);
    const callback = await h.interact(h.fake.slashCommand("ask", { question }));

    expect(callback.method).toBe("POST");
    expect(callback.body.type).toBe(4);
    const { data } = callback.body;
    expect(data.flags ?? 0).toBe(0);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const [embed] = data.embeds;
    expect(embed.description.length).toBeGreaterThan(0);
    expect(embed.footer.text).toMatch(/quote the source documents/);
    expect(embed.fields.length).toBe(Math.min(3, expected.citations.length));
    embed.fields.forEach((field: { name: string; value: string }, i: number) => {
      expect(field.name).toMatch(new RegExp(`^\\[${i + 1}\\] `));
      expect(field.value).toMatch(/^“/);
    });
    const customIds = data.components[0].components.map((b: { custom_id: string }) => b.custom_id);
    expect(customIds).toEqual(expect.arrayContaining([expect.stringMatching(/^stp:vote:up:/)]));
  });

  it("answers /stp ask with private:true so only the asker sees it", async () => {
    const callback = await h.interact(
      h.fake.slashCommand("ask", { question: "How many STP areas are there?", private: true }),
    );
    expect(callback.body.data.flags & ephemeral).toBe(ephemeral);
  });

  it("declines a question the documents do not cover, offering the questions they do answer", async () => {
    const question = "what's the weather tomorrow";
    const expected = h.engine.ask(question);
    expect(expected.answered).toBe(false);
    const callback = await h.interact(h.fake.slashCommand("ask", { question }));
    const [embed] = callback.body.data.embeds;
    expect(embed.fields).toBeUndefined();
    for (const suggestion of expected.suggestions) expect(embed.description).toContain(suggestion);
  });

  it("declines a question asked in other words, offering the section it came nearest", async () => {
    const question = "how big is the bailout pot thats tied to all these conditions";
    const callback = await h.interact(h.fake.slashCommand("ask", { question }));
    const [embed] = callback.body.data.embeds;
    expect(embed.description).toContain(
      "What does “Picking single leader among pre-Easter conditions for £1.8bn bailout” say?",
    );
  });

  it("pings no one when a /stp ask question contains @everyone, @here or a role", async () => {
    const question = `@everyone @here <@&${h.fake.roleId}> How many STP areas are there?`;
    const callback = await h.interact(h.fake.slashCommand("ask", { question }));
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(callback.body.data.content ?? "").toBe("");
  });

  it("replies to a message that @mentions the bot, referencing it and pinging no one", async () => {
    const message = h.fake.message(
      `<@${h.fake.botUser.id}> @everyone <@&${h.fake.roleId}> How many STP areas are there?`,
      { mentionEveryone: true },
    );
    const reply = await h.mention(message);
    expect(reply.path).toBe(`/channels/${h.fake.channelId}/messages`);
    expect(reply.body.message_reference.message_id).toBe(message.id);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const [embed] = reply.body.embeds;
    expect(embed.title).not.toMatch(/<@/);
    expect(embed.fields[0].name).toMatch(/^\[1\] /);
  });

  it("answers a direct message without needing a mention", async () => {
    const message = h.fake.message("How many STP areas are there?", {
      dm: true,
      mentionsBot: false,
    });
    const reply = await h.mention(message);
    expect(reply.path).toBe(`/channels/${message.channel_id}/messages`);
    expect(reply.body.embeds[0].fields.length).toBeGreaterThan(0);
  });

  it("answers a message with an emoji, markdown and a pasted link as it answers the question alone", async () => {
    const plain = await h.mention(
      h.fake.message("How big is the transformation fund?", { dm: true, mentionsBot: false }),
    );
    const marked = await h.mention(
      h.fake.message(
        "<:thonk:112233445566778899> **How big is the transformation fund?** https://example.org/news/stp",
        { dm: true, mentionsBot: false },
      ),
    );
    expect(marked.body.embeds[0].description).toBe(plain.body.embeds[0].description);
    expect(marked.body.embeds[0].description).toMatch(/£1\.8 billion/);
  });

  it("answers a question wrapped in chat (a plea for help, an apology, an aside) as it answers the question alone", async () => {
    const plain = await h.mention(
      h.fake.message("who leads each STP?", { dm: true, mentionsBot: false }),
    );
    const wrapped = await h.mention(
      h.fake.message(
        "Can anyone help? sorry if this is a silly question but who leads each STP? (asking for a friend)",
        { dm: true, mentionsBot: false },
      ),
    );
    expect(wrapped.body.embeds[0].description).toBe(plain.body.embeds[0].description);
    expect(wrapped.body.embeds[0].description).toMatch(/named individual/);
  });

  it("answers a question after a note of where the asker read about it, from that source", async () => {
    const reply = await h.mention(
      h.fake.message("the RCP briefing - how can physicians get involved?", {
        dm: true,
        mentionsBot: false,
      }),
    );
    expect(reply.body.embeds[0].description).toMatch(/Identify your STP footprint and lead/);
    expect(JSON.stringify(reply.body.embeds[0].fields)).toMatch(/Royal College of Physicians/);
  });

  it("answers the first of two questions in one message and says which to ask next", async () => {
    const message = h.fake.message("is the STF ring-fenced? and who decides?", {
      dm: true,
      mentionsBot: false,
    });
    const reply = await h.mention(message);
    expect(reply.body.embeds[0].description).toMatch(/ring-fence/);
    expect(reply.body.embeds[0].description).toContain(
      "You asked more than one question; this answers the first. Ask “who decides?” next for the other.",
    );
  });

  it("names each question left when a message asks three, and reads English only", async () => {
    const three = h.fake.message("what are stps? what are icss? what are ccgs?", {
      dm: true,
      mentionsBot: false,
    });
    expect(JSON.stringify((await h.mention(three)).body)).toContain(
      "Ask “what are icss?” next, then “what are ccgs?”.",
    );
    const other = h.fake.message("Что такое STP?", { dm: true, mentionsBot: false });
    expect(JSON.stringify((await h.mention(other)).body)).toContain(
      "I can only read questions in English.",
    );
  });

  it("ignores other bots and messages that do not mention it", async () => {
    const before = h.fake.requests.length;
    const fromBot = h.fake.message(`<@${h.fake.botUser.id}> How many STP areas are there?`, {
      author: h.fake.user("1700000000000000001", "other-bot", true),
    });
    const chatter = h.fake.message("@everyone How many STP areas are there?", {
      mentionsBot: false,
      mentionEveryone: true,
    });
    const question = h.fake.message(`<@${h.fake.botUser.id}> How many STP areas are there?`);
    h.fake.dispatch("MESSAGE_CREATE", fromBot);
    h.fake.dispatch("MESSAGE_CREATE", chatter);
    // Events are handled in order, so once the third is answered the first two were passed over.
    await h.mention(question);
    const sent = h.fake.requests.slice(before).filter((r) => r.method === "POST");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body.message_reference.message_id).toBe(question.id);
  });

  it("answers a message that mentions the bot's role, which the @ picker offers under its name", async () => {
    // Before, it was ignored: only a mention of the bot itself woke it.
    const question = "How many STP areas are there?";
    const reply = await h.mention(
      h.fake.message(`<@&${h.fake.botRoleId}> ${question}`, {
        mentionsBot: false,
        mentionsBotRole: true,
      }),
    );
    expect(reply.body.embeds[0].description).toBe(
      answerReply(h.engine.ask(question), { answerId: "x" }).embeds[0]?.description,
    );
  });

  it("says how to mention it when a role mention arrives without its words", async () => {
    // Without the Message Content intent Discord may send such a message with no text.
    const reply = await h.mention(
      h.fake.message("", { mentionsBot: false, mentionsBotRole: true }),
    );
    expect(reply.body.embeds[0].description).toMatch(/mentioned my role rather than me/);
  });

  /** @mentions the bot with `text` and waits for the message that answers it. */
  async function askedInChannel(text: string) {
    const question = h.fake.message(`<@${h.fake.botUser.id}> ${text}`);
    await h.mention(question);
    return waitFor(
      () => h.fake.created.find((m) => m.message_reference?.message_id === question.id),
      "the answer's message",
    );
  }

  it("answers a reply to one of its answers as a follow-up to that answer", async () => {
    const first = "what is an STP?";
    const answerMessage = await askedInChannel(first);
    // A reply pings the bot by default, so Discord sends its text without Message Content.
    const followUp = h.fake.message("who leads them?", { replyTo: answerMessage.id });
    const reply = await h.mention(followUp);
    const expected = h.engine.ask("who leads them?", [toTurn(first, h.engine.ask(first))]);
    expect(expected.understood).toBeDefined();
    expect(reply.body.embeds[0].description).toBe(
      answerReply(expected, { answerId: "x" }).embeds[0]?.description,
    );
  });

  it("answers 'whats the point of that?' replied to an answer about a time from another passage", async () => {
    const answerMessage = await askedInChannel("what happens from april 2017");
    const reply = await h.mention(
      h.fake.message("whats the point of that?", { replyTo: answerMessage.id }),
    );
    expect(reply.body.embeds[0].description).toMatch(/intended to reduce bureaucracy/);
  });

  it("carries on from the answer replied to, not from later ones", async () => {
    const first = h.fake.message(`<@${h.fake.botUser.id}> how big is the transformation fund`);
    await h.mention(first);
    const firstAnswer = h.fake.created.find((m) => m.message_reference?.message_id === first.id);
    await h.mention(h.fake.message(`<@${h.fake.botUser.id}> how many stp areas are there`));
    const reply = await h.mention(
      h.fake.message("where does that come from?", { replyTo: firstAnswer.id }),
    );
    expect(reply.body.embeds[0].description).toContain(
      answerReply(h.engine.ask("how big is the transformation fund"), {
        answerId: "x",
      }).embeds[0]?.description?.split("\n")[0],
    );
  });

  it("answers a reply to a message it did not answer (a /stp ask reply) as a new question", async () => {
    const reply = await h.mention(
      h.fake.message("who leads them?", { replyTo: "1300000000000000555" }),
    );
    expect(reply.body.embeds[0].description).toBe(
      answerReply(h.engine.ask("who leads them?"), { answerId: "x" }).embeds[0]?.description,
    );
  });

  it("takes a mention in a thread it answered in as a follow-up", async () => {
    const inThread = { channelId: h.fake.threadId };
    const first = "how big is the transformation fund";
    await h.mention(h.fake.message(`<@${h.fake.botUser.id}> ${first}`, inThread));
    const reply = await h.mention(h.fake.message(`<@${h.fake.botUser.id}> tell me more`, inThread));
    expect(reply.path).toBe(`/channels/${h.fake.threadId}/messages`);
    const expected = h.engine.ask("tell me more", [toTurn(first, h.engine.ask(first))]);
    expect(expected.understood).toBe(first);
    expect(reply.body.embeds[0].description).toBe(
      answerReply(expected, { answerId: "x" }).embeds[0]?.description,
    );
  });

  it("forgets a thread's conversation when told new, so the next question starts afresh", async () => {
    const inThread = { channelId: h.fake.threadId };
    const mention = (text: string) =>
      h.mention(h.fake.message(`<@${h.fake.botUser.id}> ${text}`, inThread));
    await mention("what is an stp");
    const fresh = await mention("new");
    expect(fresh.body.embeds[0].description).toBe(
      "New conversation: I've forgotten the earlier questions.",
    );
    const after = await mention("who leads them?");
    expect(after.body.embeds[0].description).toBe(
      answerReply(h.engine.ask("who leads them?"), { answerId: "x" }).embeds[0]?.description,
    );
  });

  it("replies with help when a mention has no question", async () => {
    const reply = await h.mention(h.fake.message(`<@${h.fake.botUser.id}>`));
    expect(reply.body.embeds[0].description).toContain("/stp ask");
  });

  it("answers help, sources and define CCG in a mention as /stp does, not as questions", async () => {
    const ask = (text: string) =>
      h.mention(h.fake.message(`<@${h.fake.botUser.id}> ${text}`)).then((r) => r.body.embeds[0]);
    // Before, "define CCG" quoted "Defining these geographies…" and "sources" was declined.
    const definition = await ask("define CCG");
    expect(definition.description).toContain("clinical commissioning group");
    expect(definition.description).not.toContain("Defining these geographies");
    const sources = await ask("sources");
    expect(sources.title).toBe(`Source documents (${h.engine.documents.length})`);
    expect((await ask("help")).description).toContain("/stp ask");
  });

  it("defers, then edits in the answer, when an interaction reaches it late", async () => {
    const payload = h.fake.slashCommand(
      "ask",
      { question: "How many STP areas are there?" },
      { createdAt: Date.now() - 2000 },
    );
    const callback = await h.interact(payload);
    expect(callback.body.type).toBe(5);
    const edit = await h.fake.waitForRequest(
      (r) =>
        r.method === "PATCH" &&
        r.path === `/webhooks/${h.fake.applicationId}/${payload.token}/messages/@original`,
      "edit of the deferred reply",
    );
    expect(edit.body.embeds[0].fields[0].name).toMatch(/^\[1\] /);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("records a 👍 in the question log once per person, against its answer, without who voted", async () => {
    const question = "How many STP areas are there?";
    const callback = await h.interact(h.fake.slashCommand("ask", { question }));
    const up = callback.body.data.components[0].components.find((b: { custom_id: string }) =>
      b.custom_id.startsWith("stp:vote:up:"),
    );
    const voter = h.fake.user("1800000000000000001", "voter");
    const message = { ...h.fake.message(""), author: h.fake.botUser, ...callback.body.data };

    const first = await h.interact(h.fake.buttonClick(up.custom_id, message, { user: voter }));
    expect(first.body.data.flags & ephemeral).toBe(ephemeral);
    expect(first.body.data.embeds[0].description).toMatch(/Thanks/);
    const again = await h.interact(h.fake.buttonClick(up.custom_id, message, { user: voter }));
    expect(again.body.data.embeds[0].description).toMatch(/already voted/);

    await h.questionLog.flush();
    const votes =
      (await h.db?.query<Record<string, unknown>>(
        `select v.platform, v.vote, v.question, v.answered, jsonb_array_length(v.citations) as cited, q.place
       from question_log.votes v join question_log.questions q on q.id = v.question_id`,
      )) ?? [];
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({
      platform: "discord",
      vote: "up",
      question,
      answered: true,
      place: "slash",
    });
    expect(votes[0]?.cited).toBeGreaterThan(0);
    const everything = JSON.stringify(await h.db?.query("select * from question_log.votes"));
    expect(everything).not.toContain(voter.id);
    expect(everything).not.toContain(voter.username);
  });

  it("records every question with where it was asked, and no user, channel or server", async () => {
    await h.questionLog.flush();
    const places =
      (await h.db?.query<{ place: string }>(
        "select distinct place from question_log.questions order by 1",
      )) ?? [];
    expect(places.map((p) => p.place)).toEqual(["channel", "dm", "slash", "thread"]);
    const everything = JSON.stringify([
      ...((await h.db?.query("select * from question_log.questions")) ?? []),
      ...((await h.db?.query("select * from question_log.citations")) ?? []),
    ]);
    for (const id of [
      h.fake.guildId,
      h.fake.channelId,
      h.fake.threadId,
      h.fake.botUser.id,
      "stp-bot",
    ])
      expect(everything).not.toContain(id);
  });

  it("answers a click on a button it no longer remembers with a note to ask again", async () => {
    const message = { ...h.fake.message(""), author: h.fake.botUser };
    const callback = await h.interact(h.fake.buttonClick("stp:more:forgotten:3", message));
    expect(callback.body.data.flags & ephemeral).toBe(ephemeral);
    expect(callback.body.data.embeds[0].description).toMatch(/ask again/);
  });

  it("answers define, sources, help and new typed into /stp ask as those commands, not as questions", async () => {
    const ask = (question: string) =>
      h.interact(h.fake.slashCommand("ask", { question })).then((c) => c.body.data);
    // Before, "define CCG" quoted "Defining these geographies…" and "new" quoted "The new NHS
    // shared planning guidance…".
    const definition = await ask("define CCG");
    expect(definition.embeds[0].description).toContain("clinical commissioning group");
    expect(definition.flags ?? 0).toBe(0);
    const fresh = await ask("new");
    expect(fresh.embeds[0].description).toMatch(/^\/stp ask answers each question on its own/);
    expect(fresh.flags & ephemeral).toBe(ephemeral);
    const sources = await ask("sources");
    expect(sources.embeds[0].title).toBe(`Source documents (${h.engine.documents.length})`);
    expect(sources.flags & ephemeral).toBe(ephemeral);
    expect((await ask("help")).embeds[0].description).toContain("/stp ask");
  });

  it("answers /stp define with the glossary entry, in public", async () => {
    const callback = await h.interact(h.fake.slashCommand("define", { term: "CCG" }));
    expect(callback.body.data.embeds[0].description).toContain("CCG");
    expect(callback.body.data.flags ?? 0).toBe(0);
  });

  it("asks the documents “what is <term>?” for a term not in the glossary, however define is typed", async () => {
    // Before: "“footprint” is not in the glossary…", though the documents explain footprints.
    const expected = answerReply(h.engine.ask("what is footprint?"), { answerId: "x" }).embeds[0];
    expect(expected?.description).toMatch(/geographical ‘footprints’/);
    const slash = await h.interact(h.fake.slashCommand("define", { term: "footprint" }));
    expect(slash.body.data.embeds[0].description).toBe(expected?.description);
    expect(slash.body.data.embeds[0].fields[0].name).toMatch(/^\[1\] /);
    expect(slash.body.data.flags ?? 0).toBe(0);
    const typed = await h.interact(h.fake.slashCommand("ask", { question: "define footprint" }));
    expect(typed.body.data.embeds[0].description).toBe(expected?.description);
    const mentioned = await h.mention(h.fake.message(`<@${h.fake.botUser.id}> define footprint`));
    expect(mentioned.body.embeds[0].description).toBe(expected?.description);
  });

  it("answers /stp sources with one line per document, only to the asker", async () => {
    const callback = await h.interact(h.fake.slashCommand("sources", {}));
    const { description } = callback.body.data.embeds[0];
    expect(description.split("\n")).toHaveLength(h.engine.documents.length);
    expect(callback.body.data.flags & ephemeral).toBe(ephemeral);
  });

  it("answers /stp help with how to ask on Discord", async () => {
    const callback = await h.interact(h.fake.slashCommand("help", {}));
    expect(callback.body.data.embeds[0].description).toContain(`<@${h.fake.botUser.id}>`);
  });

  it("logs Discord's error when a send is refused, and keeps answering", async () => {
    h.fake.failNext({
      method: "POST",
      path: /^\/channels\/\d+\/messages$/,
      status: 403,
      body: { message: "Missing Permissions", code: 50013 },
    });
    h.fake.dispatch(
      "MESSAGE_CREATE",
      h.fake.message(`<@${h.fake.botUser.id}> How many STP areas are there?`),
    );
    const logged = await waitFor(
      () => errorLogs(h).find((m) => m.includes("50013")),
      "error log for the refused send",
    );
    expect(logged).toMatch(
      /403 \(50013 Missing Permissions\) to POST \/api\/v10\/channels\/\d+\/messages/,
    );

    const reply = await h.mention(
      h.fake.message(`<@${h.fake.botUser.id}> How many STP areas are there?`),
    );
    expect(reply.body.embeds).toHaveLength(1);
  });

  it("logs a refused interaction callback without the interaction's token", async () => {
    h.fake.failNext({
      method: "POST",
      path: /\/callback$/,
      status: 404,
      body: { message: "Unknown interaction", code: 10062 },
    });
    const payload = h.fake.slashCommand("ask", { question: "How many STP areas are there?" });
    await h.interact(payload);
    const logged = await waitFor(
      () => errorLogs(h).find((m) => m.includes("10062")),
      "error log for the refused callback",
    );
    expect(logged).toContain(`/interactions/${payload.id}/:token/callback`);
    expect(logged).not.toContain(payload.token);
  });

  it("resumes after the gateway drops the connection and keeps answering", async () => {
    h.fake.dropConnections(4000);
    await waitFor(() => h.fake.resumes.length > 0, "RESUME after the drop");
    expect(h.fake.resumes[0]?.session_id).toBe("session-0");
    const reply = await h.mention(
      h.fake.message(`<@${h.fake.botUser.id}> How many STP areas are there?`),
    );
    expect(reply.body.embeds).toHaveLength(1);
    await waitFor(
      () => h.logs.some((l) => l.message === "discord: shard 0 reconnected"),
      "recovery log",
    );
    const outages = h.logs.filter((l) => l.message.includes("lost its gateway connection"));
    expect(outages).toHaveLength(1);
  });

  it("never logs the token", () => {
    expect(h.logs.map((l) => l.message).join("\n")).not.toContain(token);
  });
});

describe("Discord per-user rate limit", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ DISCORD_RATE_LIMIT: "2" });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("answers a user's question past the limit with a polite note only they see", async () => {
    const user = h.fake.user("1900000000000000001");
    const ask = () =>
      h.interact(
        h.fake.slashCommand("ask", { question: "How many STP areas are there?" }, { user }),
      );
    expect((await ask()).body.data.embeds[0].fields).toBeDefined();
    expect((await ask()).body.data.embeds[0].fields).toBeDefined();
    const third = await ask();
    expect(third.body.data.flags & ephemeral).toBe(ephemeral);
    expect(third.body.data.embeds[0].description).toMatch(
      /asked 2 questions in the last minute.*ask again in \d+ seconds?/,
    );

    const other = h.fake.user("1900000000000000002");
    const theirs = await h.interact(
      h.fake.slashCommand("ask", { question: "How many STP areas are there?" }, { user: other }),
    );
    expect(theirs.body.data.embeds[0].fields).toBeDefined();
  });

  it("tells someone mentioning the bot too often once, then stays quiet until the minute is up", async () => {
    const author = h.fake.user("1900000000000000003");
    const ask = () =>
      h.fake.message(`<@${h.fake.botUser.id}> How many STP areas are there?`, { author });
    await h.mention(ask());
    await h.mention(ask());
    const note = await h.mention(ask());
    expect(note.body.embeds[0].description).toMatch(/ask again in/);

    const ignored = ask();
    h.fake.dispatch("MESSAGE_CREATE", ignored);
    await h.mention(h.fake.message(`<@${h.fake.botUser.id}> How many STP areas are there?`));
    expect(h.fake.requests.some((r) => r.body?.message_reference?.message_id === ignored.id)).toBe(
      false,
    );
  });
});

describe("Discord answers with many long citations", () => {
  let h: Harness;
  // Forty copies of each citation with 10,000-character quotes: far past every Discord limit.
  const manyCitations = (engine: Engine): Engine => ({
    ...engine,
    ask(question) {
      const answer = engine.ask(question);
      const citations = Array.from({ length: 40 }, (_, i) => {
        const base = answer.citations[i % answer.citations.length];
        return base && { ...base, quote: `${base.quote} ${"word ".repeat(2000)}` };
      }).filter((c) => c !== undefined);
      return { ...answer, answer: answer.answer.repeat(30), citations };
    },
  });
  beforeAll(async () => {
    h = await startHarness({}, manyCitations);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("stays inside Discord's limits and pages the rest behind More sources", async () => {
    const question = "How many STP areas are there?";
    const callback = await h.interact(h.fake.slashCommand("ask", { question }));
    // The fake refuses any message past a limit with 400 50035, as Discord does.
    expect(errorLogs(h)).toEqual([]);
    const { data } = callback.body;
    expect(data.embeds[0].fields).toHaveLength(3);
    const more = data.components[0].components.find((b: { custom_id: string }) =>
      b.custom_id.startsWith("stp:more:"),
    );
    expect(more.label).toBe("More sources (37)");

    const message = { ...h.fake.message(""), author: h.fake.botUser, ...data };
    const page = await h.interact(h.fake.buttonClick(more.custom_id, message));
    expect(errorLogs(h)).toEqual([]);
    expect(page.body.data.flags & ephemeral).toBe(ephemeral);
    const names = page.body.data.embeds[0].fields.map((f: { name: string }) => f.name.slice(0, 4));
    expect(names).toEqual(["[4] ", "[5] ", "[6] "]);
  });
});

describe("Discord when answering fails inside the bot", () => {
  let h: Harness;
  // engine.ask promises never to throw; this checks the bot survives if it ever does.
  const breaksOnPurpose = (engine: Engine): Engine => ({
    ...engine,
    ask(question) {
      if (question.includes("break")) throw new Error("engine bug");
      return engine.ask(question);
    },
  });
  beforeAll(async () => {
    h = await startHarness({}, breaksOnPurpose);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("apologises to the asker only, logs the error, and answers the next question", async () => {
    const callback = await h.interact(h.fake.slashCommand("ask", { question: "please break" }));
    expect(callback.body.data.flags & ephemeral).toBe(ephemeral);
    expect(callback.body.data.embeds[0].description).toMatch(/something went wrong/);
    expect(errorLogs(h).join("\n")).toContain("Error: engine bug");

    const next = await h.interact(
      h.fake.slashCommand("ask", { question: "How many STP areas are there?" }),
    );
    expect(next.body.data.embeds[0].fields.length).toBeGreaterThan(0);
  });

  it("logs a failed mention reply and keeps running", async () => {
    h.fake.dispatch("MESSAGE_CREATE", h.fake.message(`<@${h.fake.botUser.id}> break please`));
    await waitFor(
      () => errorLogs(h).find((m) => m.includes("could not reply to message")),
      "error log for the failed mention",
    );
    const reply = await h.mention(
      h.fake.message(`<@${h.fake.botUser.id}> How many STP areas are there?`),
    );
    expect(reply.body.embeds).toHaveLength(1);
  });
});
