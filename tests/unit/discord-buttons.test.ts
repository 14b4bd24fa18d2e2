import { ButtonStyle, ComponentType } from "discord.js";
import { describe, expect, it } from "vitest";
import { answerButtons, encodeButton, parseButton } from "../../adapters/discord/buttons.ts";

describe("answerButtons", () => {
  it("offers More sources with the count left, then 👍 and 👎", () => {
    const [row] = answerButtons({ answerId: "a1", nextOffset: 3, remaining: 2, votes: true });
    expect(row?.type).toBe(ComponentType.ActionRow);
    expect(row?.components).toEqual([
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: "More sources (2)",
        custom_id: "stp:more:a1:3",
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        emoji: { name: "👍" },
        custom_id: "stp:vote:up:a1",
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        emoji: { name: "👎" },
        custom_id: "stp:vote:down:a1",
      },
    ]);
  });

  it("tells the sources left from the see-also passages left", () => {
    const label = (remaining: number, related: number) =>
      answerButtons({ answerId: "a1", nextOffset: 1, remaining, related, votes: false })[0]
        ?.components[0]?.label;
    expect(label(3, 1)).toBe("More sources (2) and see also (1)");
    expect(label(2, 2)).toBe("See also (2)");
    expect(label(2, 0)).toBe("More sources (2)");
  });

  it("leaves out More sources when no citations remain", () => {
    const [row] = answerButtons({ answerId: "a1", nextOffset: 3, remaining: 0, votes: true });
    expect(row?.components.map((b) => b.custom_id)).toEqual(["stp:vote:up:a1", "stp:vote:down:a1"]);
  });

  it("returns no row when there is nothing to click", () => {
    expect(answerButtons({ answerId: "a1", nextOffset: null, remaining: 0, votes: false })).toEqual(
      [],
    );
  });
});

describe("parseButton", () => {
  it("reads back what encodeButton writes", () => {
    for (const action of [
      { kind: "more", answerId: "Ab_-9", offset: 6 },
      { kind: "vote", answerId: "Ab_-9", vote: "up" },
      { kind: "vote", answerId: "Ab_-9", vote: "down" },
    ] as const) {
      expect(parseButton(encodeButton(action))).toEqual(action);
    }
  });

  it("ignores custom IDs that are not ours", () => {
    for (const id of ["", "other:more:a:1", "stp:more:a", "stp:vote:maybe:a", "stp:more:a:-1"]) {
      expect(parseButton(id)).toBeNull();
    }
  });

  it("keeps custom IDs under Discord's 100 characters", () => {
    expect(
      encodeButton({ kind: "more", answerId: "x".repeat(8), offset: 999_999 }).length,
    ).toBeLessThan(100);
  });
});
