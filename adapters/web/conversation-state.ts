// The conversation carried in the page itself (a hidden form field, and so the address), since the web page keeps nothing on the server: bounded, and checked when it comes back.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { type Conversation, maxTurns, type Turn } from "../../src/index.ts";

/**
 * The key state is signed with. State comes back in the address, where anyone can write it, and
 * the page shows what it says ("Answered as: …", the earlier questions): signed, only what this
 * server wrote is read. Random for each process unless `WEB_CONVERSATION_KEY` names one, which
 * replicas behind one address share so that a follow-up may reach any of them.
 */
export type ConversationKey = Buffer;

/** A key of this process's own, for a server given none: its state is read by it alone. */
export const processConversationKey: ConversationKey = randomBytes(32);

/**
 * Longest state the page carries, in characters. It travels in the address of every follow-up,
 * so it stays well inside what browsers and servers accept (Node refuses headers over 16 KB).
 */
export const maxStateLength = 6000;

/** Why state that came back from a client could not be used. */
export interface StateError {
  error: string;
}

/**
 * The earlier turns as a short string for the page: "2." then base64url JSON of each turn's
 * question, what it was understood as, whether it was answered and the passages it cited, then
 * "." and its signature. Answers themselves are left out (the engine reads turns without them),
 * and the oldest turns are dropped until the string fits in {@link maxStateLength}. "" for no turns.
 * @example encodeConversation([toTurn("what is an stp", answer)]) // "2.W1si….Qx3…"
 */
export function encodeConversation(
  turns: Conversation,
  key: ConversationKey = processConversationKey,
): string {
  let kept = turns.slice(-maxTurns);
  while (kept.length > 0) {
    const payload = Buffer.from(JSON.stringify(kept.map(toWire))).toString("base64url");
    const encoded = `${version}.${payload}.${signature(payload, key)}`;
    if (encoded.length <= maxStateLength) return encoded;
    kept = kept.slice(1);
  }
  return "";
}

/**
 * Reads state a client sent back. Anything that is not exactly what {@link encodeConversation}
 * makes, within its bounds, is refused with the reason; "" is no conversation.
 * @param maxQuestionLength the engine's question limit: a longer question was never asked.
 */
export function decodeConversation(
  value: string,
  maxQuestionLength: number,
  key: ConversationKey = processConversationKey,
): Turn[] | StateError {
  if (value === "") return [];
  if (value.length > maxStateLength)
    return { error: `it is ${value.length} characters long, more than ${maxStateLength}` };
  const match = /^2\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(value);
  if (!match?.[1] || !match[2]) return { error: "it is not in the form this page writes" };
  const given = Buffer.from(match[2]);
  const expected = Buffer.from(signature(match[1], key));
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { error: "this server did not write it (or has restarted since)" };
  let wire: unknown;
  try {
    wire = JSON.parse(Buffer.from(match[1], "base64url").toString("utf8"));
  } catch {
    return { error: "it is not in the form this page writes" };
  }
  if (!Array.isArray(wire) || wire.length > maxTurns)
    return { error: `it should list at most ${maxTurns} earlier questions` };
  const turns: Turn[] = [];
  for (const item of wire) {
    const turn = fromWire(item, maxQuestionLength);
    if (!turn) return { error: "one of its earlier questions is not in the form this page writes" };
    turns.push(turn);
  }
  return turns;
}

/** True for what {@link decodeConversation} refuses. */
export function isStateError(value: Turn[] | StateError): value is StateError {
  return !Array.isArray(value);
}

const version = "2";

/** The payload's HMAC-SHA256 under `key`, cut to 128 bits: enough that none can be guessed. */
function signature(payload: string, key: ConversationKey): string {
  return createHmac("sha256", key).update(payload).digest().subarray(0, 16).toString("base64url");
}
/** A citation list longer than this was not made by the engine (5 citations an answer). */
const maxCitedPerTurn = 20;
const maxSourceLength = 1000;

/** [question, understood (0 when it is the question), answered (0 or 1), [[source, line], …]] */
type WireTurn = [string, string | 0, 0 | 1, [string, number][]];

function toWire(turn: Turn): WireTurn {
  return [
    turn.question,
    turn.understood === turn.question ? 0 : turn.understood,
    turn.answered ? 1 : 0,
    turn.cited.map((cited) => [cited.source, cited.line]),
  ];
}

function fromWire(item: unknown, maxQuestionLength: number): Turn | null {
  if (!Array.isArray(item) || item.length !== 4) return null;
  const [question, understood, answered, cited] = item as unknown[];
  const isQuestion = (text: unknown): text is string =>
    typeof text === "string" && text.length > 0 && text.length <= maxQuestionLength;
  if (!isQuestion(question)) return null;
  if (understood !== 0 && !isQuestion(understood)) return null;
  if (answered !== 0 && answered !== 1) return null;
  if (!Array.isArray(cited) || cited.length > maxCitedPerTurn) return null;
  const passages: { source: string; line: number }[] = [];
  for (const entry of cited) {
    if (!Array.isArray(entry) || entry.length !== 2) return null;
    const [source, line] = entry as unknown[];
    if (typeof source !== "string" || source.length === 0 || source.length > maxSourceLength)
      return null;
    if (typeof line !== "number" || !Number.isSafeInteger(line) || line < 1) return null;
    passages.push({ source, line });
  }
  return {
    question,
    understood: understood === 0 ? question : understood,
    answered: answered === 1,
    cited: passages,
  };
}
