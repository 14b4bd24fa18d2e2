// manifest.yml: the Slack app it creates asks for exactly what the adapter listens to.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { stpCommand } from "../../adapters/slack/app.ts";

const file = path.resolve(import.meta.dirname, "../../adapters/slack/manifest.yml");

interface Manifest {
  features: {
    slash_commands: { command: string }[];
    app_home: { messages_tab_enabled: boolean; home_tab_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(await readFile(file, "utf8")) as Manifest;

describe("adapters/slack/manifest.yml", () => {
  it("registers the /stp command", () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([stpCommand]);
  });

  it("subscribes to mentions, direct messages, thread replies and the Home tab, with the scopes they need", () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      "app_home_opened",
      "app_mention",
      "message.channels",
      "message.groups",
      "message.im",
      "message.mpim",
    ]);
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      "app_mentions:read",
      "channels:history",
      "chat:write",
      "commands",
      "groups:history",
      "im:history",
      "mpim:history",
    ]);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  it("turns on interactivity for the buttons, and Socket Mode", () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
