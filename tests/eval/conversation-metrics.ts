// Scores follow-ups over tests/eval/conversations.json; shared by `npm run eval` and the floor test.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Answer, type Engine, rememberTurn, type Turn, toTurn } from "../../src/index.ts";
import { answersWith } from "./metrics.ts";

/** How a turn relates to the ones before it. */
export type TurnKind = "first" | "follow-up" | "more" | "sources" | "age" | "switch";

/** One message of an eval conversation. */
export interface EvalTurn {
  say: string;
  /** "first" for the opening message; a "switch" names a topic of its own. [default: "first"] */
  kind?: TurnKind;
  /** False for a message the documents do not answer: a hit is a decline. [default: true] */
  answerable?: boolean;
  /**
   * For a follow-up, the question it stands for spelled out: asked fresh, it shows how much of a
   * miss is the follow-up's reading and how much the engine's answer to the full question.
   */
  means?: string;
  /** Phrases copied from the documents; one in the answer or citation 1 is a hit. */
  expect: string[];
}

/** One conversation of the eval set, with why its expected phrases are right. */
export interface EvalConversation {
  id: string;
  why: string;
  turns: EvalTurn[];
}

/** Hits among some turns. */
export interface TurnScore {
  turns: number;
  hitAt1: number;
}

/** The figures `npm run eval` prints for conversations, and the floor test holds. */
export interface ConversationReport {
  conversations: number;
  /** Opening messages: ordinary questions. */
  first: TurnScore;
  /** Every later turn that leans on the earlier ones: follow-up, more, sources and age. */
  followUps: TurnScore;
  byKind: Record<"follow-up" | "more" | "sources" | "age" | "switch", TurnScore>;
  /** The follow-up turns' `means`, asked fresh: what the engine gives the full questions. */
  spelledOut: TurnScore;
  /** Turns naming a topic of their own: share answered exactly as the same question asked fresh. */
  switchIdentical: number;
  misses: { conversation: string; turn: EvalTurn; kind: TurnKind; answer: Answer; why: string }[];
}

const here = path.dirname(fileURLToPath(import.meta.url));

export function loadEvalConversations(
  file = path.join(here, "conversations.json"),
): EvalConversation[] {
  return JSON.parse(readFileSync(file, "utf8")) as EvalConversation[];
}

/**
 * Plays each conversation through `engine.ask(message, earlier turns)` as an adapter would
 * (keeping turns with `rememberTurn`) and scores every turn.
 */
export function runConversations(
  engine: Engine,
  conversations: EvalConversation[],
): ConversationReport {
  const score = () => ({ turns: 0, hits: 0 });
  const tallies = {
    first: score(),
    followUps: score(),
    "follow-up": score(),
    more: score(),
    sources: score(),
    age: score(),
    switch: score(),
    spelledOut: score(),
  };
  let identical = 0;
  const misses: ConversationReport["misses"] = [];
  for (const conversation of conversations) {
    let turns: Turn[] = [];
    for (const turn of conversation.turns) {
      const kind = turn.kind ?? "first";
      const answer = engine.ask(turn.say, turns);
      turns = rememberTurn(turns, toTurn(turn.say, answer));
      const problem = judge(turn, kind, answer);
      const tally = [tallies[kind]];
      if (kind !== "first" && kind !== "switch") tally.push(tallies.followUps);
      for (const t of tally) {
        t.turns++;
        if (!problem) t.hits++;
      }
      if (problem) misses.push({ conversation: conversation.id, turn, kind, answer, why: problem });
      if (turn.means) {
        tallies.spelledOut.turns++;
        if (!judge(turn, kind, engine.ask(turn.means))) tallies.spelledOut.hits++;
      }
      if (kind === "switch") {
        const fresh = engine.ask(turn.say);
        if (JSON.stringify(fresh) === JSON.stringify(answer)) identical++;
        else
          misses.push({
            conversation: conversation.id,
            turn,
            kind,
            answer,
            why: "not answered as it is when asked fresh",
          });
      }
    }
  }
  const rate = (t: { turns: number; hits: number }): TurnScore => ({
    turns: t.turns,
    hitAt1: t.turns ? t.hits / t.turns : 0,
  });
  return {
    conversations: conversations.length,
    first: rate(tallies.first),
    followUps: rate(tallies.followUps),
    byKind: {
      "follow-up": rate(tallies["follow-up"]),
      more: rate(tallies.more),
      sources: rate(tallies.sources),
      age: rate(tallies.age),
      switch: rate(tallies.switch),
    },
    spelledOut: rate(tallies.spelledOut),
    switchIdentical: tallies.switch.turns ? identical / tallies.switch.turns : 1,
    misses,
  };
}

/** Why a turn's reply is a miss, or null for a hit. */
function judge(turn: EvalTurn, kind: TurnKind, answer: Answer): string | null {
  if (turn.answerable === false) return answer.answered ? "should decline" : null;
  if (!answer.answered) return "declined";
  if (!answersWith(answer, turn.expect)) return "miss";
  // A reply about the sources must name them; one about age must give their dates.
  const first = answer.citations[0];
  if (kind === "sources" && first && !answer.message.includes(first.title))
    return "does not name the source";
  if (kind === "age" && !/\b(19|20)\d\d\b|undated/.test(answer.message))
    return "does not say how old the sources are";
  return null;
}
