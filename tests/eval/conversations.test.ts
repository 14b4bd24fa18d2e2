// Holds the follow-up floors reached on our own conversations; `npm run eval` prints the figures.
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { loadEngine } from "../../src/index.ts";
import { readBundledCorpus } from "../helpers/corpus.ts";
import {
  type ConversationReport,
  type EvalConversation,
  loadEvalConversations,
  runConversations,
} from "./conversation-metrics.ts";
import { containsPhrase } from "./metrics.ts";

let conversations: EvalConversation[];
let report: ConversationReport;

beforeAll(async () => {
  conversations = loadEvalConversations();
  report = runConversations(await loadEngine({ cacheDir: null }), conversations);
});

describe("the conversation set", () => {
  it("has at least 40 conversations of 2 to 4 turns, with topic switches and 'more'", () => {
    expect(conversations.length).toBeGreaterThanOrEqual(40);
    for (const conversation of conversations) {
      expect(conversation.turns.length, conversation.id).toBeGreaterThanOrEqual(2);
      expect(conversation.turns.length, conversation.id).toBeLessThanOrEqual(4);
      expect(conversation.turns[0]?.kind ?? "first", conversation.id).toBe("first");
    }
    expect(report.byKind.switch.turns).toBeGreaterThanOrEqual(10);
    expect(report.byKind.more.turns).toBeGreaterThanOrEqual(5);
  });

  it("expects only phrases copied from the documents", async () => {
    const corpus = await readBundledCorpus();
    const texts = await Promise.all(corpus.files.map((file) => readFile(file.path, "utf8")));
    const documents = texts.join("\n");
    for (const conversation of conversations)
      for (const turn of conversation.turns)
        for (const phrase of turn.expect)
          expect(containsPhrase(documents, [phrase]), `${conversation.id}: ${phrase}`).toBe(true);
  });
});

describe("follow-up floors (raise them when the figures improve)", () => {
  it("answers first questions with an expected phrase in the answer or citation 1", () => {
    expect(report.first.hitAt1).toBeGreaterThanOrEqual(FLOORS.firstHitAt1);
  });

  it("answers follow-ups with an expected phrase in the answer or citation 1", () => {
    expect(report.followUps.hitAt1).toBeGreaterThanOrEqual(FLOORS.followUpHitAt1);
  });

  it("reads elliptical and pronoun follow-ups as well as the same questions spelled out, to within one turn", () => {
    // Ahead of them since 1 December 2026 (eleventh session), though each misses turns the other
    // gets: "what questions do they want answered" after "how do i send feedback to the rcp"
    // carries "send" with "rcp" in place of "they" (docs/follow-ups.md).
    const turns = report.byKind["follow-up"].turns;
    expect(report.byKind["follow-up"].hitAt1 * turns).toBeGreaterThanOrEqual(
      report.spelledOut.hitAt1 * turns - 1 - 1e-9,
    );
  });

  it("answers a turn naming its own topic exactly as the same question asked fresh", () => {
    expect(report.switchIdentical).toBeGreaterThanOrEqual(FLOORS.switchIdentical);
  });
});

const FLOORS = {
  firstHitAt1: 0.89,
  // 0.831 since the thirteenth session (0.797 in the twelfth, when "what conditions are attached
  // to the £1.8bn bailout" came to be answered right first time, with what its "more" used to
  // find; docs/follow-ups.md).
  followUpHitAt1: 0.83,
  switchIdentical: 0.95,
};
