// The Slack adapter in HTTP mode, end to end: signed requests in, the real Bolt app, a fake Web API.
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningSlack, type SlackHttpConfig, startSlack } from "../../adapters/slack/index.ts";
import { ConfigError, loadEngine } from "../../src/index.ts";
import {
  countRecords,
  createQuestionLog,
  type Database,
  openDatabase,
  type QuestionLog,
} from "../../src/question-log/index.ts";
import { freshQuestionLogDir } from "../helpers/pglite.ts";
import {
  type FakeSlackApi,
  fakeBot,
  type SlackApiCall,
  startFakeSlackApi,
  waitFor,
} from "./fakes/slack-api.ts";
import {
  buttonClick,
  channelMessage,
  directMessage,
  eventCallback,
  mention,
  postSigned,
  slashCommand,
} from "./fakes/slack-requests.ts";

const botToken = "xoxb-1111-2222-httpTestBotToken";
const signingSecret = "8f742231b10e8888abcd99yyyzzz85a5";

let fake: FakeSlackApi;
let slack: RunningSlack;
let eventsUrl: string;
let logDir: string;
let questionLog: QuestionLog;
let db: Database;
/** This test's log lines (cleared before each test), and every line since the start. */
const logs: string[] = [];
const allLogs: string[] = [];

beforeAll(async () => {
  fake = await startFakeSlackApi({ botToken });
  logDir = await freshQuestionLogDir();
  const config: SlackHttpConfig = {
    mode: "http",
    botToken,
    signingSecret,
    port: 0,
    apiUrl: fake.apiUrl,
  };
  const record = (level: string) => (message: string) => {
    logs.push(`${level} ${message}`);
    allLogs.push(`${level} ${message}`);
  };
  const logger = { info: record("info"), warn: record("warn"), error: record("error") };
  const engine = await loadEngine();
  const logConfig = { databaseUrl: null, dataDir: logDir };
  questionLog = createQuestionLog({
    open: () => openDatabase(logConfig),
    logger,
    days: 90,
    readTopics: engine.topics,
  });
  slack = await startSlack(engine, config, logger, questionLog);
  eventsUrl = `http://127.0.0.1:${slack.port}/slack/events`;
  await questionLog.flush();
  // The test reads the log as a second process would: through the one holding it.
  db = await openDatabase(logConfig);
}, 60_000);

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
  await db?.close();
  await questionLog?.close();
  await rm(logDir, { recursive: true, force: true });
});

beforeEach(() => {
  fake.calls.length = 0;
  fake.responses.length = 0;
  logs.length = 0;
});

describe("Slack over HTTP", () => {
  it("checks the bot token with auth.test on the given SLACK_API_URL before listening", async () => {
    // startSlack ran in beforeAll; a fresh fake proves the call goes to SLACK_API_URL.
    const other = await startFakeSlackApi({ botToken });
    const running = await startSlack(
      await loadEngine(),
      { mode: "http", botToken, signingSecret, port: 0, apiUrl: other.apiUrl },
      { info: () => {}, warn: () => {}, error: () => {} },
    );
    await running.stop();
    await other.close();
    expect(other.callsTo("auth.test")).toHaveLength(1);
    expect(other.callsTo("auth.test")[0]?.token).toBe(botToken);
  });

  it("reports a PORT already in use as a ConfigError naming PORT", async () => {
    const attempt = startSlack(
      await loadEngine(),
      {
        mode: "http",
        botToken,
        signingSecret,
        port: slack.port ?? 0,
        apiUrl: fake.apiUrl,
      },
      { info: () => {}, warn: () => {}, error: () => {} },
    );
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(`PORT ${slack.port} is already in use`);
  });

  it("answers Slack's URL verification challenge", async () => {
    const response = await postSigned(eventsUrl, signingSecret, {
      json: { type: "url_verification", token: "t", challenge: "stp-challenge-42" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: "stp-challenge-42" });
  });

  it("answers an @mention in a thread under the question, with numbered citations", async () => {
    const event = mention("How many STP areas are there?");
    const response = await postSigned(eventsUrl, signingSecret, { json: eventCallback(event) });
    expect(response.status).toBe(200);
    const reply = await waitForPost((call) => call.body.thread_ts === event.ts);
    expect(reply.body.channel).toBe("C0GENERAL");
    expect(reply.token).toBe(botToken);
    expect(String(reply.body.text).length).toBeGreaterThan(0);
    const sections = sectionTexts(reply);
    const citations = sections.filter((text) => /^\*\[\d+\]\* /.test(text));
    expect(citations.length).toBeGreaterThan(0);
    citations.forEach((text, index) => {
      expect(text.startsWith(`*[${index + 1}]* `)).toBe(true);
      expect(text).toMatch(/\n>\S/);
    });
    expect(actionIds(reply)).toEqual(["stp_vote_up", "stp_vote_down"]);
  });

  it("shows how to ask and the documents it answers from on its Home tab, each time it is opened", async () => {
    const opened = { type: "app_home_opened", user: "U0ASKER", channel: "D0ASKER", tab: "home" };
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(opened) });
    await waitFor("the Home tab", () => fake.callsTo("views.publish").length === 1);
    const [published] = fake.callsTo("views.publish");
    expect(published?.body.user_id).toBe("U0ASKER");
    const view = published?.body.view as { type: string; blocks: { type: string }[] };
    expect(view.type).toBe("home");
    const texts = sectionTexts({ body: { blocks: view.blocks } }).join("\n");
    expect(texts).toContain("/stp sources lists the documents");
    expect(texts).toMatch(/The answers come from these \d+ documents/);
    // Its Messages tab is the DM, answered as ever; opening it publishes nothing.
    await postSigned(eventsUrl, signingSecret, {
      json: eventCallback({ ...opened, tab: "messages" }),
    });
    await expectNothingMoreAfter(directMessage("How many STP areas are there?"), 1);
    expect(fake.callsTo("views.publish")).toHaveLength(1);
  });

  it("answers inside the thread when the mention was made in one", async () => {
    const event = mention("How many STP areas are there?", { threadTs: "1699999999.000001" });
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(event) });
    const reply = await waitForPost((call) => call.body.channel === "C0GENERAL");
    expect(reply.body.thread_ts).toBe("1699999999.000001");
  });

  it("answers a direct message in the DM, not in a thread", async () => {
    const event = directMessage("How many STP areas are there?");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(event) });
    const reply = await waitForPost((call) => call.body.channel === "D0ASKER");
    expect(reply.body.thread_ts).toBeUndefined();
    expect(sectionTexts(reply).some((text) => text.startsWith("*[1]* "))).toBe(true);
  });

  it("answers a message with an emoji code, bold and a pasted link as it answers the question alone", async () => {
    const event = directMessage(
      ":thinking_face: *How big is the transformation fund?* <https://example.org/news/stp>",
    );
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(event) });
    const reply = await waitForPost((call) => call.body.channel === "D0ASKER");
    expect(sectionTexts(reply).join("\n")).toMatch(/£1\.8 billion/);
  });

  it("answers a question after a note of where the asker read about it, from that source", async () => {
    const event = directMessage("the RCP briefing - how can physicians get involved?");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(event) });
    const reply = await waitForPost((call) => call.body.channel === "D0ASKER");
    const text = sectionTexts(reply).join("\n");
    expect(text).toMatch(/Identify your STP footprint and lead/);
    expect(text).toMatch(/Royal College of Physicians/);
  });

  it("answers the first of two questions in one message and says which to ask next", async () => {
    const event = directMessage("is the STF ring-fenced? and who decides?");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(event) });
    const reply = await waitForPost(
      (call) => call.body.channel === "D0ASKER" && /ring-fence/.test(sectionTexts(call).join("\n")),
    );
    expect(sectionTexts(reply).join("\n")).toContain(
      "You asked more than one question; this answers the first. Ask “who decides?” next for the other.",
    );
    // Asked next, as suggested, it is a follow-up about the STF, not a question about nothing.
    await postSigned(eventsUrl, signingSecret, {
      json: eventCallback(directMessage("who decides?")),
    });
    await waitFor("the follow-up", () => fake.callsTo("chat.postMessage").length === 2);
    const followUp = fake.callsTo("chat.postMessage")[1];
    expect(followUp?.body.channel).toBe("D0ASKER");
    expect(sectionTexts(followUp ?? { body: {} }).some((text) => text.startsWith("*[1]* "))).toBe(
      true,
    );
    await waitForLog("info slack: answered a direct message (a follow-up) in D0ASKER");
  });

  it("tells a question in another script that it reads English only", async () => {
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(directMessage("STP是什么")) });
    const reply = await waitForPost((call) => call.body.channel === "D0ASKER");
    expect(JSON.stringify(reply.body)).toContain("I can only read questions in English.");
  });

  it("answers a reply in a thread it answered in, in that thread, without a new mention", async () => {
    const question = mention("what is an STP?");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(question) });
    await waitForPost((call) => call.body.thread_ts === question.ts);
    const reply = channelMessage("who leads them?", { threadTs: question.ts });
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(reply) });
    await waitFor("the follow-up", () => fake.callsTo("chat.postMessage").length === 2);
    const followUp = fake.callsTo("chat.postMessage")[1];
    expect(followUp?.body.thread_ts).toBe(question.ts);
    expect(followUp?.body.channel).toBe("C0GENERAL");
    expect(sectionTexts(followUp ?? { body: {} }).join("\n")).toMatch(/lead/i);
    await waitForLog("info slack: answered a thread reply (a follow-up) in C0GENERAL");
  });

  it("forgets a thread's conversation when told new, and answers the next reply there afresh", async () => {
    const question = mention("what is an STP?");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(question) });
    await waitForPost((call) => call.body.thread_ts === question.ts);
    const fresh = channelMessage("new", { threadTs: question.ts });
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(fresh) });
    await waitFor("the reply to new", () => fake.callsTo("chat.postMessage").length === 2);
    expect(fake.callsTo("chat.postMessage")[1]?.body.text).toBe(
      "New conversation: I've forgotten the earlier questions.",
    );
    const after = channelMessage("who leads them?", { threadTs: question.ts });
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(after) });
    await waitFor("the next question", () => fake.callsTo("chat.postMessage").length === 3);
    // As the same words asked in a new thread: nothing before "new" is leant on.
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(mention("who leads them?")) });
    await waitFor("the same asked afresh", () => fake.callsTo("chat.postMessage").length === 4);
    const [, , afterNew, afresh] = fake.callsTo("chat.postMessage");
    expect(afterNew?.body.text).toBe(afresh?.body.text);
  });

  it("follows up a thread it answered help or define in, as one it answered a question in", async () => {
    const command = mention("define CCG");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(command) });
    await waitForPost((call) => call.body.thread_ts === command.ts);
    const posted = fake.callsTo("chat.postMessage").length;
    // Before, a reply here was ignored: only an answer marked the thread as the bot's.
    const reply = channelMessage("how big is the transformation fund?", { threadTs: command.ts });
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(reply) });
    await waitFor("the reply", () => fake.callsTo("chat.postMessage").length === posted + 1);
    const answer = fake.callsTo("chat.postMessage").at(-1);
    expect(answer?.body.thread_ts).toBe(command.ts);
    expect(sectionTexts(answer ?? { body: {} }).join("\n")).toMatch(/£/);
  });

  it("answers 'whats the point of that?' in its thread after an answer about a time, from another passage", async () => {
    const question = mention("what happens from april 2017");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(question) });
    await waitForPost((call) => call.body.thread_ts === question.ts);
    const posted = fake.callsTo("chat.postMessage").length;
    const reply = channelMessage("whats the point of that?", { threadTs: question.ts });
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(reply) });
    await waitFor("the follow-up", () => fake.callsTo("chat.postMessage").length === posted + 1);
    const followUp = fake.callsTo("chat.postMessage").at(-1);
    expect(followUp?.body.thread_ts).toBe(question.ts);
    expect(sectionTexts(followUp ?? { body: {} }).join("\n")).toMatch(
      /intended to reduce bureaucracy/,
    );
  });

  it("ignores a reply in a thread it never answered in: nothing posted, stored or logged", async () => {
    const stranger = channelMessage("who leads them? secret-thread-text", {
      threadTs: "1699999999.000777",
    });
    const response = await postSigned(eventsUrl, signingSecret, { json: eventCallback(stranger) });
    expect(response.status).toBe(200);
    const chatter = channelMessage("lunch anyone? secret-channel-text");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(chatter) });
    await expectNothingPostedAfter(directMessage("How many STP areas are there?"));
    const logged = logs.join("\n");
    expect(logged).not.toMatch(/secret|1699999999\.000777|event Ev/);
    // Asked in that thread afterwards, it answers afresh: the ignored message was not kept.
    const asked = mention("who leads them?", { threadTs: "1699999999.000777" });
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(asked) });
    await waitForPost((call) => call.body.thread_ts === "1699999999.000777");
    await waitForLog("info slack: answered a mention in C0GENERAL");
  });

  it("answers a mention in its thread once, though Slack sends it as app_mention and message", async () => {
    const question = mention("how big is the transformation fund");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(question) });
    await waitForPost((call) => call.body.thread_ts === question.ts);
    const again = mention("and who has to agree how it is spent?", { threadTs: question.ts });
    const asMessage = { ...again, type: "message", channel_type: "channel" };
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(asMessage) });
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(again) });
    await waitFor("the follow-up", () => fake.callsTo("chat.postMessage").length === 2);
    await expectNothingMoreAfter(directMessage("How many STP areas are there?"), 3);
    await waitForLog("info slack: answered a mention (a follow-up) in C0GENERAL");
  });

  it("stays quiet in its thread for thanks or bye, and for a message addressed to someone else, a group or the channel", async () => {
    const question = mention("how many stp areas are there");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(question) });
    await waitForPost((call) => call.body.thread_ts === question.ts);
    for (const text of [
      "thanks!",
      "ok thanks, bye",
      "<@U0COLLEAGUE> does that match what you heard?",
      // Before, these two were answered as follow-ups in front of the people they asked.
      "<!subteam^S0NURSES|@nurses> can one of you confirm that?",
      "<!here> does anyone know who our lead is?",
    ]) {
      const reply = channelMessage(text, { threadTs: question.ts });
      await postSigned(eventsUrl, signingSecret, { json: eventCallback(reply) });
    }
    await expectNothingMoreAfter(directMessage("How many STP areas are there?"), 2);
  });

  it("takes a DM soon after an answer as a follow-up to it", async () => {
    await postSigned(eventsUrl, signingSecret, {
      json: eventCallback(
        directMessage("what is the sustainability and transformation fund", {
          channel: "D0FOLLOW",
        }),
      ),
    });
    await waitForPost((call) => call.body.channel === "D0FOLLOW");
    await postSigned(eventsUrl, signingSecret, {
      json: eventCallback(directMessage("how much?", { channel: "D0FOLLOW" })),
    });
    await waitFor("the follow-up", () => fake.callsTo("chat.postMessage").length === 2);
    const followUp = fake.callsTo("chat.postMessage")[1];
    expect(followUp?.body.thread_ts).toBeUndefined();
    expect(sectionTexts(followUp ?? { body: {} }).join("\n")).toMatch(/£\d/);
    await waitForLog("info slack: answered a direct message (a follow-up) in D0FOLLOW");
  });

  it("declines a question the documents do not cover, offering questions they do", async () => {
    const event = mention("what's the weather tomorrow");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(event) });
    const reply = await waitForPost((call) => call.body.thread_ts === event.ts);
    const text = sectionTexts(reply).join("\n");
    expect(text).toContain("You could ask:");
    expect(text).toMatch(/\n• \S/);
    expect(text).not.toMatch(/\*\[1\]\*/);
  });

  it("declines a question asked in other words, offering the section it came nearest", async () => {
    const event = mention("how big is the bailout pot thats tied to all these conditions");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(event) });
    const reply = await waitForPost((call) => call.body.thread_ts === event.ts);
    expect(sectionTexts(reply).join("\n")).toContain(
      "• What does “Picking single leader among pre-Easter conditions for £1.8bn bailout” say?",
    );
  });

  it("refuses a request with a bad signature: 401, nothing posted", async () => {
    const event = mention("How many STP areas are there?");
    const response = await postSigned(
      eventsUrl,
      signingSecret,
      { json: eventCallback(event) },
      { secret: "not-the-signing-secret" },
    );
    expect(response.status).toBe(401);
    await expectNothingPostedAfter(directMessage("How many STP areas are there?"));
  });

  it("refuses a correctly signed request more than five minutes old: 401, nothing posted", async () => {
    const event = mention("How many STP areas are there?");
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const response = await postSigned(
      eventsUrl,
      signingSecret,
      { json: eventCallback(event) },
      { timestamp: stale },
    );
    expect(response.status).toBe(401);
    await expectNothingPostedAfter(directMessage("How many STP areas are there?"));
  });

  it("answers an event Slack re-sends only once", async () => {
    const event = mention("How many STP areas are there?");
    const body = eventCallback(event);
    const first = await postSigned(eventsUrl, signingSecret, { json: body });
    await waitForPost((call) => call.body.thread_ts === event.ts);
    const retry = await postSigned(eventsUrl, signingSecret, { json: body }, { retryNum: 1 });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await waitFor("the re-sent event to be skipped", () =>
      logs.find((line) => line.includes(`skipped event ${body.event_id}`)),
    );
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("ignores bot messages, its own messages, edits and deletions", async () => {
    const ignored = [
      directMessage("How many STP areas are there?", { bot_id: "B0OTHER", subtype: "bot_message" }),
      directMessage("How many STP areas are there?", { bot_id: "B0OTHER" }),
      directMessage("How many STP areas are there?", { user: fakeBot.userId }),
      directMessage("How many STP areas are there?", {
        subtype: "message_changed",
        message: { text: "How many STP areas are there?" },
      }),
      directMessage("", { subtype: "message_deleted", deleted_ts: "1700000000.000100" }),
      directMessage("How many STP areas are there?", { edited: { user: "U0ASKER", ts: "1" } }),
      { ...mention("How many STP areas are there?"), bot_id: "B0OTHER" },
    ];
    for (const event of ignored) {
      const response = await postSigned(eventsUrl, signingSecret, { json: eventCallback(event) });
      expect(response.status).toBe(200);
    }
    await expectNothingPostedAfter(directMessage("How many STP areas are there?"));
  });

  it("answers /stp privately to the asker, with a Post to channel button", async () => {
    const response = await postSigned(eventsUrl, signingSecret, {
      form: slashCommand("How many STP areas are there?", fake.responseUrl("stp")),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.response_type).toBe("ephemeral");
    const reply = { body };
    expect(sectionTexts(reply).some((text) => text.startsWith("*[1]* "))).toBe(true);
    expect(actionIds(reply)).toEqual(["stp_vote_up", "stp_vote_down", "stp_post"]);
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("answers /stp help, /stp sources and /stp define CCG", async () => {
    const help = await command("help");
    expect(help).toContain("/stp define &lt;acronym&gt;");
    const empty = await command("");
    expect(empty).toBe(help);
    const sources = await command("sources");
    expect(sources).toMatch(/these \d+ documents/);
    expect(sources).toMatch(/\n• \S/);
    const define = await command("define CCG");
    expect(define.toLowerCase()).toContain("clinical commissioning group");
    // A term not in the glossary is asked of the documents as "what is ZZQX?": they decline.
    const unknown = await command("define ZZQX");
    expect(unknown).not.toContain("not in the glossary");
    expect(unknown).toBe(await command("what is ZZQX?"));
    // One the documents explain is answered from them, with its source.
    const footprint = await command("define footprint");
    expect(footprint).toMatch(/geographical ‘footprints’/);
    expect(footprint).toMatch(/^\*\[1\]\* /m);
  });

  it("says /stp new has no conversation to forget, rather than claiming to forget one", async () => {
    // Before: "New conversation: I've forgotten the earlier questions." for questions it never had.
    expect(await command("new")).toMatch(/^\/stp answers each question on its own/);
  });

  it("posts a private /stp answer to the channel when its button is clicked", async () => {
    const ephemeral = await postSigned(eventsUrl, signingSecret, {
      form: slashCommand("How many STP areas are there?", fake.responseUrl("command")),
    });
    const ephemeralReply = { body: (await ephemeral.json()) as Record<string, unknown> };
    const value = buttonValue(ephemeralReply, "stp_post");
    const click = await postSigned(eventsUrl, signingSecret, {
      form: buttonClick("stp_post", value, fake.responseUrl("post-click")),
    });
    expect(click.status).toBe(200);
    await waitFor(
      "the public post and the private one's removal",
      () => fake.responses.length >= 2,
    );
    const [post, removal] = fake.responses;
    expect(post?.id).toBe("post-click");
    expect(post?.body.response_type).toBe("in_channel");
    const posted = { body: post?.body ?? {} };
    expect(contextTexts(posted).join(" ")).toContain("<@U0VOTER> asked:");
    expect(sectionTexts(posted).some((text) => text.startsWith("*[1]* "))).toBe(true);
    expect(actionIds(posted)).toEqual(["stp_vote_up", "stp_vote_down"]);
    expect(removal?.body).toEqual({ delete_original: true });
  });

  it("posts a private /stp answer once, though its button is clicked twice", async () => {
    const ephemeral = await postSigned(eventsUrl, signingSecret, {
      form: slashCommand("How many STP areas are there?", fake.responseUrl("twice")),
    });
    const value = buttonValue(
      { body: (await ephemeral.json()) as Record<string, unknown> },
      "stp_post",
    );
    const user = { id: "U0HASTY", username: "hasty", name: "hasty", team_id: "T0NHS" };
    // A double click: two clicks on the one private message before it is removed.
    for (const id of ["twice-1", "twice-2"])
      await postSigned(eventsUrl, signingSecret, {
        form: buttonClick("stp_post", value, fake.responseUrl(id), user, "1700000099.000001"),
      });
    await waitFor("the first click's post", () =>
      fake.responses.find((r) => r.body.response_type === "in_channel"),
    );
    await expectNothingPostedAfter(directMessage("How many STP areas are there?"));
    const posts = fake.responses.filter((r) => r.body.response_type === "in_channel");
    expect(posts).toHaveLength(1);
  });

  it("records a 👍 in the question log against the answer it judges, never the voter", async () => {
    const event = mention("How many STP areas are there?");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(event) });
    const reply = await waitForPost((call) => call.body.thread_ts === event.ts);
    const click = await postSigned(eventsUrl, signingSecret, {
      form: buttonClick("stp_vote_up", buttonValue(reply, "stp_vote_up"), fake.responseUrl("vote")),
    });
    expect(click.status).toBe(200);
    const thanks = await waitFor("the vote to be acknowledged", () =>
      fake.responses.find((r) => r.id === "vote"),
    );
    expect(thanks.body.response_type).toBe("ephemeral");
    expect(thanks.body.replace_original).toBe(false);
    expect(String(thanks.body.text)).toContain("👍");
    await questionLog.flush();
    const [vote] = await db.query<Record<string, unknown>>(
      `select v.platform, v.vote, v.question, v.answered, v.citations, q.place, q.answered as question_answered
       from question_log.votes v join question_log.questions q on q.id = v.question_id
       order by v.voted_at desc limit 1`,
    );
    expect(vote).toMatchObject({
      platform: "slack",
      vote: "up",
      question: "How many STP areas are there?",
      answered: true,
      place: "channel",
      question_answered: true,
    });
    const citations = vote?.citations as Record<string, unknown>[];
    expect(citations.length).toBeGreaterThan(0);
    expect(Object.keys(citations[0] ?? {}).sort()).toEqual(["line", "quote", "section", "source"]);
  });

  it("counts one vote per person per answer: a second click is thanked but not recorded", async () => {
    const event = mention("Who leads each STP?");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(event) });
    const reply = await waitForPost((call) => call.body.thread_ts === event.ts);
    const value = buttonValue(reply, "stp_vote_down");
    const before = await countRecords(db);
    const voter = { id: "U0TWICE", username: "twice", name: "twice", team_id: "T0NHS" };
    for (const id of ["first-click", "second-click"]) {
      await postSigned(eventsUrl, signingSecret, {
        form: buttonClick("stp_vote_down", value, fake.responseUrl(id), voter, "1700000099.000001"),
      });
      await waitFor("the vote to be acknowledged", () => fake.responses.find((r) => r.id === id));
    }
    const second = fake.responses.find((r) => r.id === "second-click");
    expect(String(second?.body.text)).toBe("You've already voted on this answer.");
    await questionLog.flush();
    expect((await countRecords(db)).votes).toBe(before.votes + 1);
  });

  it("records a 👎 on an answer it no longer remembers by asking the question again", async () => {
    const value = JSON.stringify({
      id: "from-before-a-restart",
      q: "How many STP areas are there?",
    });
    await postSigned(eventsUrl, signingSecret, {
      form: buttonClick("stp_vote_down", value, fake.responseUrl("old-vote")),
    });
    await waitFor("the vote to be acknowledged", () =>
      fake.responses.find((r) => r.id === "old-vote"),
    );
    await questionLog.flush();
    const [vote] = await db.query<Record<string, unknown>>(
      "select vote, question, question_id, jsonb_array_length(citations) as cited from question_log.votes order by voted_at desc limit 1",
    );
    expect(vote).toMatchObject({
      vote: "down",
      question: "How many STP areas are there?",
      question_id: null,
    });
    expect(vote?.cited).toBeGreaterThan(0);
  });

  it("records every question with where it was asked, and no user, channel or team", async () => {
    await questionLog.flush();
    const places = await db.query<{ place: string }>(
      "select distinct place from question_log.questions order by 1",
    );
    expect(places.map((p) => p.place)).toEqual(["channel", "dm", "slash", "thread"]);
    const everything = JSON.stringify([
      ...(await db.query("select * from question_log.questions")),
      ...(await db.query("select * from question_log.votes")),
      ...(await db.query("select * from question_log.citations")),
    ]);
    for (const id of [
      "U0ASKER",
      "U0VOTER",
      "voter.name",
      "C0GENERAL",
      "D0ASKER",
      "D0FOLLOW",
      "T0NHS",
      "U0STPBOT",
    ])
      expect(everything).not.toContain(id);
  });

  it("never echoes <!channel> or other markup from a question raw", async () => {
    const question = "<!channel> how many STP areas are there &amp; &lt;b&gt;why&lt;/b&gt;?";
    const event = mention(question);
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(event) });
    const reply = await waitForPost((call) => call.body.thread_ts === event.ts);
    expect(displayed(reply)).not.toContain("<!channel>");

    // Posting a /stp answer to the channel shows the question, so it must be escaped there.
    const ephemeral = await postSigned(eventsUrl, signingSecret, {
      form: slashCommand(question, fake.responseUrl("echo")),
    });
    const ephemeralReply = { body: (await ephemeral.json()) as Record<string, unknown> };
    await postSigned(eventsUrl, signingSecret, {
      form: buttonClick(
        "stp_post",
        buttonValue(ephemeralReply, "stp_post"),
        fake.responseUrl("echo-post"),
      ),
    });
    const post = await waitFor("the public post", () =>
      fake.responses.find((r) => r.id === "echo-post"),
    );
    const shown = displayed(post);
    expect(shown).not.toContain("<!channel>");
    expect(shown).not.toContain("<b>");
    // "@channel" typed as text is shown with a zero-width space after the "@", so it cannot ping.
    expect(shown).toContain(
      "@\u200Bchannel how many STP areas are there &amp; &lt;b&gt;why&lt;/b&gt;?",
    );
    expect(shown).not.toMatch(/@channel/);
  });

  it("logs a failed post with Slack's error and keeps answering", async () => {
    fake.failNext("chat.postMessage", "channel_not_found");
    const lost = mention("How many STP areas are there?");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(lost) });
    await waitFor("the failure to be logged", () =>
      logs.find((line) => line === "error slack: chat.postMessage failed: channel_not_found"),
    );
    const next = mention("How many STP areas are there?");
    await postSigned(eventsUrl, signingSecret, { json: eventCallback(next) });
    await waitForPost((call) => call.body.thread_ts === next.ts);
  });

  it("never logs the bot token or the signing secret", () => {
    expect(allLogs.length).toBeGreaterThan(0);
    const all = allLogs.join("\n");
    expect(all).not.toContain(botToken);
    expect(all).not.toContain(signingSecret);
  });
});

/** Runs `/stp <text>` and returns the ephemeral reply's section texts, joined. */
async function command(text: string): Promise<string> {
  const response = await postSigned(eventsUrl, signingSecret, {
    form: slashCommand(text, fake.responseUrl("cmd")),
  });
  const body = (await response.json()) as Record<string, unknown>;
  expect(body.response_type).toBe("ephemeral");
  return sectionTexts({ body }).join("\n");
}

function waitForPost(match: (call: SlackApiCall) => boolean): Promise<SlackApiCall> {
  return waitFor("a chat.postMessage", () => fake.callsTo("chat.postMessage").find(match));
}

/**
 * Sends `sentinel` (a DM that is answered) and waits for its reply, then checks it was the only
 * post. Refused and ignored requests need no network, so they are long done by then.
 */
async function expectNothingPostedAfter(sentinel: ReturnType<typeof directMessage>) {
  await postSigned(eventsUrl, signingSecret, { json: eventCallback(sentinel) });
  await waitForPost((call) => call.body.channel === sentinel.channel);
  expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
}

/** Waits for a log line: the bot logs a reply once Slack has accepted it, just after the post. */
function waitForLog(line: string): Promise<string> {
  return waitFor(`the log line "${line}"`, () => logs.find((logged) => logged === line));
}

/** Like expectNothingPostedAfter, when `count` posts (the sentinel's included) are expected. */
async function expectNothingMoreAfter(sentinel: ReturnType<typeof directMessage>, count: number) {
  await postSigned(eventsUrl, signingSecret, { json: eventCallback(sentinel) });
  await waitForPost((call) => call.body.channel === sentinel.channel);
  expect(fake.callsTo("chat.postMessage")).toHaveLength(count);
}

type Block = { type: string; text?: { text: string }; elements?: Record<string, unknown>[] };

function blocksOf(call: Pick<SlackApiCall, "body">): Block[] {
  return (call.body.blocks ?? []) as Block[];
}

function sectionTexts(call: Pick<SlackApiCall, "body">): string[] {
  return blocksOf(call)
    .filter((block) => block.type === "section")
    .map((block) => block.text?.text ?? "");
}

function contextTexts(call: Pick<SlackApiCall, "body">): string[] {
  return blocksOf(call)
    .filter((block) => block.type === "context")
    .flatMap((block) => (block.elements ?? []).map((element) => String(element.text)));
}

function actionIds(call: Pick<SlackApiCall, "body">): string[] {
  return blocksOf(call)
    .filter((block) => block.type === "actions")
    .flatMap((block) => (block.elements ?? []).map((element) => String(element.action_id)));
}

/** Everything Slack would show: the message minus button values, which are never displayed. */
function displayed(call: Pick<SlackApiCall, "body">): string {
  return JSON.stringify(call.body, (key, value) => (key === "value" ? undefined : value));
}

function buttonValue(call: Pick<SlackApiCall, "body">, actionId: string): string {
  const button = blocksOf(call)
    .flatMap((block) => block.elements ?? [])
    .find((element) => element.action_id === actionId);
  if (!button) throw new Error(`No ${actionId} button in the reply`);
  return String(button.value);
}
