// mrkdwn.ts: escaping what the bot sends, decoding what people type, fitting Slack's limits.
import { describe, expect, it } from "vitest";
import { escapeMrkdwn, fitEscaped, questionFromSlack } from "../../adapters/slack/mrkdwn.ts";

describe("escapeMrkdwn", () => {
  it("escapes &, < and >, so <!channel> cannot ping anyone", () => {
    expect(escapeMrkdwn("<!channel> A&E <b>")).toBe("&lt;!channel&gt; A&amp;E &lt;b&gt;");
  });

  it("escapes an already-escaped entity again, so it shows as typed", () => {
    expect(escapeMrkdwn("&amp;")).toBe("&amp;amp;");
  });

  it("shows *, _, ~ and ` at a word's edge as look-alikes, which Slack does not format", () => {
    // Before, "~£2bn to ~£3bn" was struck through and "*draft*" bold.
    expect(escapeMrkdwn("~£2bn to ~£3bn, *draft*, _new_ and `code`")).toBe(
      "∼£2bn to ∼£3bn, ∗draft∗, ˍnewˍ and ˋcodeˋ",
    );
  });

  it("leaves a mark between letters or digits as written, since Slack does not format it", () => {
    expect(escapeMrkdwn("stp_footprints_2016.pdf 3*4")).toBe("stp_footprints_2016.pdf 3*4");
  });
});

describe("fitEscaped", () => {
  it("leaves short text whole", () => {
    expect(fitEscaped("STPs & ACOs", 100)).toBe("STPs &amp; ACOs");
  });

  it("measures after escaping, so ampersands cannot push text past the limit", () => {
    const fitted = fitEscaped("& ".repeat(1000), 100);
    expect(fitted.length).toBeLessThanOrEqual(100);
    expect(fitted.endsWith("…")).toBe(true);
    expect(fitted).not.toMatch(/&(?!amp;)/);
  });

  it("cuts between words and marks the cut", () => {
    expect(fitEscaped("one two three four", 12)).toBe("one two…");
  });
});

describe("questionFromSlack", () => {
  it("removes the bot's own mention and decodes entities", () => {
    expect(questionFromSlack("<@U0BOT> What is an STP &amp; an ACO?", "U0BOT")).toBe(
      "What is an STP & an ACO?",
    );
  });

  it("turns channel pings, other mentions and links into plain words", () => {
    expect(
      questionFromSlack(
        "<@U0BOT> <!channel> <!here> ask <@U0ALICE> about <#C0GEN|general> and <https://nhs.uk|this page>, <mailto:a@b.uk|a@b.uk>",
        "U0BOT",
      ),
    ).toBe("@channel @here ask @U0ALICE about #general and this page, a@b.uk");
  });

  it("keeps characters a person typed, which Slack sends escaped", () => {
    expect(questionFromSlack("is 5 &lt; 6 &amp;&amp; 7 &gt; 6?")).toBe("is 5 < 6 && 7 > 6?");
  });

  it("gives an empty question for a bare mention", () => {
    expect(questionFromSlack("  <@U0BOT>  ", "U0BOT")).toBe("");
  });
});
