// `npm run bench:burst`: 50 questions at once through the Slack adapter over HTTP on a large corpus;
// every event must be acknowledged within Slack's 3 seconds and every question answered once.
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startSlack } from "../../adapters/slack/index.ts";
import { bundledContentDir, loadEngine } from "../../src/index.ts";
import { startFakeSlackApi, waitFor } from "../e2e/fakes/slack-api.ts";
import { eventCallback, mention, postSigned } from "../e2e/fakes/slack-requests.ts";
import { benchQuestions, writeCorpus } from "./corpus.ts";
import { percentiles } from "./run.ts";

const passagesArg = process.argv.find((a) => a.startsWith("--passages="));
const passages = passagesArg ? Number(passagesArg.slice(11)) : 100_000;
const burst = 50;
const botToken = "xoxb-1111-2222-burstBenchBotToken";
const signingSecret = "8f742231b10e8888abcd99yyyzzz85a5";

const work = await mkdtemp(path.join(os.tmpdir(), "stp-burst-"));
try {
  const contentDir = path.join(work, "content");
  await writeCorpus(contentDir, bundledContentDir, { passages });
  for (const name of ["glossary.yml", "synonyms.yml"])
    await cp(path.join(bundledContentDir, name), path.join(contentDir, name));
  process.stderr.write(`burst: building ${passages.toLocaleString("en-GB")} passages…\n`);
  const engine = await loadEngine({ contentDir, cacheDir: path.join(work, "cache") });
  const fake = await startFakeSlackApi({ botToken });
  const quiet = () => {};
  const slack = await startSlack(
    engine,
    {
      mode: "http",
      botToken,
      signingSecret,
      port: 0,
      apiUrl: fake.apiUrl,
    },
    { info: quiet, warn: quiet, error: quiet },
  );
  const eventsUrl = `http://127.0.0.1:${slack.port}/slack/events`;
  const events = Array.from({ length: burst }, (_, i) =>
    mention(benchQuestions[i % benchQuestions.length] ?? ""),
  );
  const started = performance.now();
  const acks = await Promise.all(
    events.map(async (event) => {
      const response = await postSigned(eventsUrl, signingSecret, { json: eventCallback(event) });
      return { status: response.status, ms: performance.now() - started };
    }),
  );
  const replies = () =>
    fake.calls.filter((call) => call.method === "chat.postMessage" && call.body.thread_ts);
  await waitFor(`${burst} threaded replies`, () => replies().length >= burst, 120_000);
  const answeredMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 500));
  const perEvent = new Map<string, number>();
  for (const call of replies())
    perEvent.set(String(call.body.thread_ts), (perEvent.get(String(call.body.thread_ts)) ?? 0) + 1);
  const ack = percentiles(acks.map((a) => a.ms));
  const maxAck = Math.max(...acks.map((a) => a.ms));
  const answeredOnce = events.filter((e) => perEvent.get(String(e.ts)) === 1).length;
  console.log(
    `stp-bot Slack burst: ${burst} @mentions at once over HTTP, ${engine.passageCount.toLocaleString("en-GB")} passages`,
  );
  console.log(
    `| acks 200 | ack p50 / p95 / max | within 3 s | answered once | all answered after |`,
  );
  console.log(`|---:|---:|---:|---:|---:|`);
  console.log(
    `| ${acks.filter((a) => a.status === 200).length}/${burst} | ${ack.p50.toFixed(0)} / ${ack.p95.toFixed(0)} / ${maxAck.toFixed(0)} ms | ${acks.filter((a) => a.ms < 3000).length}/${burst} | ${answeredOnce}/${burst} | ${answeredMs.toFixed(0)} ms |`,
  );
  await slack.stop();
  await fake.close();
} finally {
  await rm(work, { recursive: true, force: true });
}
