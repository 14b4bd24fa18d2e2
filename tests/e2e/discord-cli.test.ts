// The two Discord scripts as people run them (`tsx adapters/discord/main.ts`, `npm run
// discord:register`), in child processes with a clean environment and a fake Discord.
import { GatewayIntentBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stpCommand } from "../../adapters/discord/commands.ts";
import { startBotProcess } from "../helpers/bot-process.ts";
import { FakeDiscord, waitFor } from "./fakes/discord.ts";

const token = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEx.fake-token-for-cli-tests_0123456789abcdef";
const intents =
  GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages;

async function run(script: string, env: Record<string, string>) {
  const started = startBotProcess(script, env);
  const code = await started.exit;
  return { code, output: started.output() };
}

const main = "adapters/discord/main.ts";
const register = "adapters/discord/register.ts";

// Every variable's checks are unit tests (tests/unit/discord-config.test.ts); these pin the exit
// code and that the scripts print the message without the token.
describe("Discord scripts with bad configuration", () => {
  const secret = "my-secret-that-is-not-a-token";
  const cases: [string, string, string, Record<string, string>][] = [
    ["main.ts exits 2 naming DISCORD_TOKEN when it is not set", main, "DISCORD_TOKEN", {}],
    [
      "main.ts exits 2 naming DISCORD_TOKEN when it is malformed, without printing it",
      main,
      "DISCORD_TOKEN",
      { DISCORD_TOKEN: secret },
    ],
    [
      "register.ts exits 2 naming DISCORD_APPLICATION_ID when it is not set",
      register,
      "DISCORD_APPLICATION_ID",
      { DISCORD_TOKEN: token },
    ],
    [
      "register.ts exits 2 naming DISCORD_GUILD_ID when it is malformed",
      register,
      "DISCORD_GUILD_ID",
      {
        DISCORD_TOKEN: token,
        DISCORD_APPLICATION_ID: "1100000000000000001",
        DISCORD_GUILD_ID: "x",
      },
    ],
  ];
  it.each(cases)("%s", async (_, script, variable, env) => {
    const { code, output } = await run(script, env);
    expect(code).toBe(2);
    expect(output).toContain(variable);
    expect(output).not.toContain(token);
    expect(output).not.toContain(secret);
  });
});

describe("Discord scripts that cannot reach Discord", () => {
  it("main.ts exits 1 naming where it tried and DISCORD_API_URL, without the token", async () => {
    // Port 1 on this machine: nothing listens there, so the connection is refused at once.
    const { code, output } = await run(main, {
      DISCORD_TOKEN: token,
      DISCORD_API_URL: "http://127.0.0.1:1/api",
    });
    expect(code).toBe(1);
    expect(output).toContain(
      "Could not connect to Discord at http://127.0.0.1:1 (ECONNREFUSED). Check the network, or DISCORD_API_URL if it is set.",
    );
    expect(output).not.toContain(token);
  });
});

describe("Discord scripts against a fake Discord", () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ token, intents });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it("register.ts registers /stp in one server at once when DISCORD_GUILD_ID is set", async () => {
    const { code, output } = await run(register, {
      DISCORD_TOKEN: token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(output).toContain(`Registered /stp in server ${fake.guildId}`);
    expect(code).toBe(0);
    const put = await fake.waitForRequest(
      (r) =>
        r.method === "PUT" &&
        r.path === `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`,
      "guild command registration",
    );
    expect(put.body).toEqual([JSON.parse(JSON.stringify(stpCommand))]);
    expect(put.headers.authorization).toBe(`Bot ${token}`);
  });

  it("register.ts registers /stp globally without DISCORD_GUILD_ID", async () => {
    const { code, output } = await run(register, {
      DISCORD_TOKEN: token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(output).toContain("Registered /stp globally");
    expect(code).toBe(0);
    expect(
      fake.requests.some(
        (r) => r.method === "PUT" && r.path === `/applications/${fake.applicationId}/commands`,
      ),
    ).toBe(true);
  });

  it("register.ts exits 2 naming DISCORD_TOKEN when Discord rejects the token", async () => {
    const wrong = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEx.a-revoked-token_0123456789abcdefghij";
    const { code, output } = await run(register, {
      DISCORD_TOKEN: wrong,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(code).toBe(2);
    expect(output).toMatch(/DISCORD_TOKEN.*401.*Reset Token/);
    expect(output).not.toContain(wrong);
  });

  it("main.ts exits 2 naming DISCORD_TOKEN when Discord rejects the token", async () => {
    const wrong = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEx.a-revoked-token_0123456789abcdefghij";
    const { code, output } = await run(main, {
      DISCORD_TOKEN: wrong,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(code).toBe(2);
    expect(output).toMatch(/DISCORD_TOKEN.*401.*Reset Token/);
    expect(output).not.toContain(wrong);
  });

  it("main.ts connects, answers a mention and exits 0 on SIGTERM", async () => {
    const bot = startBotProcess(main, { DISCORD_TOKEN: token, DISCORD_API_URL: fake.apiUrl });
    try {
      await waitFor(() => bot.output().includes("logged in as stp-bot"), "login message", 20_000);
      const message = fake.message(`<@${fake.botUser.id}> How many STP areas are there?`);
      fake.dispatch("MESSAGE_CREATE", message);
      const reply = await fake.waitForRequest(
        (r) => r.body?.message_reference?.message_id === message.id,
        "reply to the mention",
      );
      expect(reply.body.embeds[0].fields[0].name).toMatch(/^\[1\] /);
      bot.child.kill("SIGTERM");
      expect(await bot.exit).toBe(0);
      expect(bot.output()).not.toContain(token);
    } finally {
      bot.child.kill("SIGKILL");
    }
  });
});
