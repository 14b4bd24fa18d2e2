// `tsx adapters/discord/shard.ts`, the sharded bot as an operator runs it, against a fake Discord: on SIGTERM every shard finishes the answer it is posting before the manager exits.
import { GatewayIntentBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotProcess } from "../helpers/bot-process.ts";
import { FakeDiscord, waitFor } from "./fakes/discord.ts";

const token = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEx.fake-token-for-shard-tests_0123456789abc";
const intents =
  GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages;

describe("the sharded Discord bot on SIGTERM", () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ token, intents });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it("lets each shard post the answer in flight, then exits 0 once they have", async () => {
    const bot = startBotProcess("adapters/discord/shard.ts", {
      DISCORD_TOKEN: token,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_RATE_LIMIT: "0",
    });
    try {
      await bot.waitForLog(/logged in as/, "the shard's login", 90_000);
      // Discord makes the shard wait 2 s before it may post: the answer is in flight meanwhile.
      fake.failNext({
        method: "POST",
        path: /^\/channels\/\d+\/messages$/,
        status: 429,
        body: { message: "You are being rate limited.", code: 0, retry_after: 2, global: false },
        headers: { "retry-after": "2", "x-ratelimit-scope": "user" },
      });
      const message = fake.message(`<@${fake.botUser.id}> How many STP areas are there?`);
      fake.dispatch("MESSAGE_CREATE", message);
      await waitFor(
        () => fake.requests.some((r) => r.method === "POST" && r.path.endsWith("/messages")),
        "the first, refused, post",
        10_000,
      );
      bot.child.kill("SIGTERM");
      // Before, the manager exited at once; the orphaned shard then crashed on the closed channel.
      expect(await bot.exit).toBe(0);
      const replies = fake.requests.filter(
        (r) => r.method === "POST" && r.body?.message_reference?.message_id === message.id,
      );
      expect(replies.length).toBeGreaterThanOrEqual(2); // the refused one, then the one posted
      expect(bot.output()).toMatch(/shutdown: done in \d+ ms/);
      expect(bot.output()).not.toContain("ERR_IPC_CHANNEL_CLOSED");
    } finally {
      bot.child.kill("SIGKILL");
    }
  }, 120_000);
});
