import { ApplicationCommandOptionType } from "discord.js";
import { describe, expect, it } from "vitest";
import { commandName, stpCommand, subcommands } from "../../adapters/discord/commands.ts";

describe("stpCommand", () => {
  it("is /stp with ask, define, sources and help", () => {
    expect(stpCommand.name).toBe("stp");
    expect(commandName).toBe("stp");
    expect(stpCommand.options?.map((o) => o.name)).toEqual(Object.values(subcommands));
    expect(
      stpCommand.options?.every((o) => o.type === ApplicationCommandOptionType.Subcommand),
    ).toBe(true);
  });

  it("asks for a required question and an optional private flag", () => {
    const ask = stpCommand.options?.find((o) => o.name === "ask");
    const options = ask && "options" in ask ? ask.options : [];
    expect(options?.map((o) => [o.name, o.type, o.required ?? false])).toEqual([
      ["question", ApplicationCommandOptionType.String, true],
      ["private", ApplicationCommandOptionType.Boolean, false],
    ]);
  });

  it("fits Discord's naming rules and length limits", () => {
    const all = [
      stpCommand,
      ...(stpCommand.options ?? []).flatMap((o) => [
        o,
        ...("options" in o ? (o.options ?? []) : []),
      ]),
    ];
    for (const item of all) {
      expect(item.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(item.description.length).toBeGreaterThan(0);
      expect(item.description.length).toBeLessThanOrEqual(100);
    }
  });
});
