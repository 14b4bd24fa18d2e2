// `npm run bench:soak`: 20,000 questions through the engine, then 2,000 Slack events over 60 s through the bot as a service (its own process, HTTP mode, Redis when installed): no errors, RSS flat after warm-up.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadEngine, type Turn, toTurn } from "../../src/index.ts";
import { startFakeSlackApi } from "../e2e/fakes/slack-api.ts";
import {
  channelMessage,
  directMessage,
  eventCallback,
  mention,
  postSigned,
} from "../e2e/fakes/slack-requests.ts";
import { healthPortLine, slackEventsUrl, startBotProcess } from "../helpers/bot-process.ts";
import { startTestRedis } from "../helpers/redis-server.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** What the engine part found. */
export interface EngineSoak {
  questions: number;
  errors: number;
  seconds: number;
  rssAfterWarmUpMb: number;
  rssEndMb: number;
  growth: number;
}

/** What the Slack part found. */
export interface SlackSoak {
  events: number;
  seconds: number;
  /** Replies posted: one per event when nothing was lost or answered twice. */
  replies: number;
  errors: number;
  rssAfterWarmUpMb: number;
  rssEndMb: number;
  growth: number;
  /** The bot process's CPU per event after warm-up, in milliseconds. */
  cpuMsPerEvent: number;
  /** Redis commands per event; null without Redis. */
  redisCallsPerEvent: number | null;
  /** Redis's memory at the end, and the keys it held (every one expires). */
  redisMemory: { usedMb: number; keys: number } | null;
  sharedState: "redis" | "memory";
}

/** Every question of the eval sets on the bundled documents, typed as people type them. */
export function soakQuestions(): string[] {
  const files = ["questions.json", "heldout.json", "train-bundled.json"];
  return files.flatMap((file) =>
    (
      JSON.parse(readFileSync(path.join(root, "tests/eval", file), "utf8")) as {
        question: string;
      }[]
    ).map((q) => q.question),
  );
}

/**
 * Asks `count` questions in turn; every fifth is a follow-up to the one before. RSS is read
 * after a tenth of them (warm-up: caches filled) and at the end, after a collection when `gc`
 * is exposed.
 */
export async function soakEngine(count: number): Promise<EngineSoak> {
  const engine = await loadEngine();
  const questions = soakQuestions();
  const followUps = ["who leads them?", "tell me more", "where does that come from?"];
  let errors = 0;
  let turns: Turn[] = [];
  let rssAfterWarmUp = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    if (i === Math.floor(count / 10)) rssAfterWarmUp = rss();
    try {
      const question =
        i % 5 === 4
          ? (followUps[i % followUps.length] ?? "")
          : (questions[i % questions.length] ?? "");
      const answer = engine.ask(question, i % 5 === 4 ? turns : undefined);
      turns = [toTurn(question, answer)];
      if (typeof answer.answered !== "boolean") errors++;
    } catch {
      errors++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const end = rss();
  return {
    questions: count,
    errors,
    seconds,
    rssAfterWarmUpMb: rssAfterWarmUp,
    rssEndMb: end,
    growth: end / rssAfterWarmUp - 1,
  };
}

/**
 * Sends `count` events evenly over `seconds` to the Slack bot run as `npm start` runs it: 70%
 * mentions opening threads, 20% replies in those threads (follow-ups), 10% DMs. The bot's RSS
 * and CPU come from its own /metrics; warm-up is the first fifth of the run.
 */
export async function soakSlack(count: number, seconds: number): Promise<SlackSoak> {
  const botToken = "xoxb-5050-5050-soakBenchBotToken";
  const signingSecret = "50a450a450a450a450a450a450a450a4";
  const redis = await startTestRedis();
  const fake = await startFakeSlackApi({ botToken });
  const bot = startBotProcess("adapters/slack/main.ts", {
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: fake.apiUrl,
    PORT: "0",
    FEEDBACK_LOG: "/dev/null",
    ...(typeof redis === "string" ? {} : { REDIS_URL: redis.url }),
  });
  try {
    const url = (await bot.waitForLog(slackEventsUrl, "the events URL", 60_000))[0];
    const metricsUrl = `http://127.0.0.1:${(await bot.waitForLog(healthPortLine, "the health port"))[1]}/metrics`;
    const threads: string[] = [];
    let failures = 0;
    let warm: { rss: number; cpu: number; redis: number } | null = null;
    const questions = soakQuestions();
    const started = performance.now();
    const pending: Promise<void>[] = [];
    for (let i = 0; i < count; i++) {
      const due = started + (i * seconds * 1000) / count;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (i === Math.floor(count / 5))
        warm = { ...(await readMetrics(metricsUrl)), redis: await redisCalls(redis) };
      const question = questions[i % questions.length] ?? "what is an stp";
      const kind = i % 10;
      // A reply goes to a thread opened 20 or more events earlier whose answer has been posted:
      // a reply in a thread the bot has not answered yet is, by design, left alone, and on a busy
      // shared machine an answer can take longer than 20 events' time.
      const thread = answeredThread(threads.slice(0, -20), fake);
      const event =
        kind < 2 && thread
          ? channelMessage("who leads them?", { channel: "C0SOAK", threadTs: thread })
          : kind === 2
            ? directMessage(question)
            : mention(question, { channel: "C0SOAK" });
      if (event.type === "app_mention") threads.push(event.ts);
      pending.push(
        postSigned(url, signingSecret, { json: eventCallback(event) }).then(
          (response) => {
            if (response.status !== 200) failures++;
          },
          () => {
            failures++;
          },
        ),
      );
    }
    await Promise.all(pending);
    const deadline = Date.now() + 30_000;
    const posts = () => fake.callsTo("chat.postMessage").length;
    while (posts() < count && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const elapsed = (performance.now() - started) / 1000;
    const end = await readMetrics(metricsUrl);
    const endRedis = await redisCalls(redis);
    const redisMemory = await redisUsage(redis);
    const errors =
      failures +
      (bot.output().match(/"level":"error"/g)?.length ?? 0) +
      Math.max(0, count - posts());
    const warmUp = warm ?? end;
    const afterWarmUp = count - Math.floor(count / 5);
    return {
      events: count,
      seconds: elapsed,
      replies: posts(),
      errors,
      rssAfterWarmUpMb: warmUp.rss,
      rssEndMb: end.rss,
      growth: end.rss / warmUp.rss - 1,
      cpuMsPerEvent: ((end.cpu - warmUp.cpu) * 1000) / afterWarmUp,
      redisCallsPerEvent:
        typeof redis === "string" ? null : (endRedis - (warm?.redis ?? 0)) / afterWarmUp,
      redisMemory,
      sharedState: typeof redis === "string" ? "memory" : "redis",
    };
  } finally {
    bot.child.kill("SIGTERM");
    await bot.exit;
    await fake.close();
    if (typeof redis !== "string") await redis.stop();
  }
}

/** The newest of `threads` (message ts of mentions) that the bot has posted its answer in. */
function answeredThread(
  threads: string[],
  fake: Awaited<ReturnType<typeof startFakeSlackApi>>,
): string | undefined {
  const answered = new Set(fake.callsTo("chat.postMessage").map((call) => call.body.thread_ts));
  return threads.findLast((ts) => answered.has(ts));
}

/** Redis's used memory and key count, null without Redis. */
async function redisUsage(
  redis: Awaited<ReturnType<typeof startTestRedis>>,
): Promise<{ usedMb: number; keys: number } | null> {
  if (typeof redis === "string") return null;
  const { createClient } = await import("redis");
  const client = createClient({ url: redis.url });
  await client.connect();
  const info = await client.info("memory");
  const keys = await client.dbSize();
  await client.close();
  return { usedMb: Number(/^used_memory:(\d+)/m.exec(info)?.[1]) / 2 ** 20, keys };
}

function rss(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss / 2 ** 20;
}

async function readMetrics(url: string): Promise<{ rss: number; cpu: number }> {
  const text = await (await fetch(url)).text();
  const value = (name: string) => Number(new RegExp(`^${name} ([\\d.e+]+)`, "m").exec(text)?.[1]);
  return {
    rss: value("process_resident_memory_bytes") / 2 ** 20,
    cpu: value("process_cpu_seconds_total"),
  };
}

/** Every command Redis has run so far (INFO commandstats), 0 without Redis. */
async function redisCalls(redis: Awaited<ReturnType<typeof startTestRedis>>): Promise<number> {
  if (typeof redis === "string") return 0;
  const { createClient } = await import("redis");
  const client = createClient({ url: redis.url });
  await client.connect();
  const info = await client.info("commandstats");
  await client.close();
  let total = 0;
  for (const match of info.matchAll(/^cmdstat_(\w+):calls=(\d+)/gm))
    if (match[1] !== "info") total += Number(match[2]);
  return total;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const questions = Number(process.env.SOAK_QUESTIONS ?? 20_000);
  const events = Number(process.env.SOAK_EVENTS ?? 2_000);
  const seconds = Number(process.env.SOAK_SECONDS ?? 60);
  process.stderr.write(`soak: ${questions} questions through the engine…\n`);
  const engine = await soakEngine(questions);
  process.stderr.write(`soak: ${events} Slack events over ${seconds} s…\n`);
  const slack = await soakSlack(events, seconds);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log("| part | count | time | errors | RSS after warm-up → end | growth |");
  console.log("|---|---:|---:|---:|---:|---:|");
  console.log(
    `| engine.ask | ${engine.questions} | ${engine.seconds.toFixed(1)} s | ${engine.errors} | ${engine.rssAfterWarmUpMb.toFixed(0)} → ${engine.rssEndMb.toFixed(0)} MB | ${pct(engine.growth)} |`,
  );
  console.log(
    `| Slack events (${slack.sharedState}) | ${slack.events} (${slack.replies} replies) | ${slack.seconds.toFixed(1)} s | ${slack.errors} | ${slack.rssAfterWarmUpMb.toFixed(0)} → ${slack.rssEndMb.toFixed(0)} MB | ${pct(slack.growth)} |`,
  );
  console.log(
    `bot CPU per event after warm-up: ${slack.cpuMsPerEvent.toFixed(2)} ms; Redis commands per event: ${slack.redisCallsPerEvent?.toFixed(2) ?? "n/a"}; Redis memory at the end: ${slack.redisMemory ? `${slack.redisMemory.usedMb.toFixed(1)} MB for ${slack.redisMemory.keys} keys` : "n/a"}`,
  );
  const ok =
    engine.errors === 0 &&
    slack.errors === 0 &&
    slack.replies === slack.events &&
    engine.growth <= 0.1 &&
    slack.growth <= 0.1;
  console.log(ok ? "soak: passed" : "soak: FAILED");
  process.exit(ok ? 0 : 1);
}
