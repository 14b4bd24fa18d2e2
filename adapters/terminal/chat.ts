// The interactive terminal chat that `npm start` opens when no Slack or Discord variables are set.
import { createInterface } from "node:readline/promises";
import type { Readable, Writable } from "node:stream";
import { answerToText, datedSpan, type Engine, helpLines, toTurn } from "../../src/index.ts";
import { disabledQuestionLog, type QuestionLog } from "../../src/question-log/index.ts";
import { commandText, newConversationText, parseStpCommand } from "../shared/chat-command.ts";
import { createConversationStore, type MemoryConversationStore } from "../shared/conversations.ts";

/** Where the chat reads and writes; a test passes its own streams. */
export interface ChatStreams {
  input: Readable;
  output: Writable;
}

/** The chat's one conversation, under this key in its store. */
const chatKey = "chat";

/**
 * What the chat replies to one line: a command's output, an answer, or null to quit. Questions
 * go into `conversations`, so a follow-up ("who leads them?", "tell me more") builds on them;
 * `new` forgets them. Without a store, each question is answered on its own. Each question
 * (not a command) is recorded in `questionLog`.
 */
export function replyTo(
  engine: Engine,
  line: string,
  conversations: MemoryConversationStore = createConversationStore({ maxConversations: 1 }),
  questionLog: QuestionLog = disabledQuestionLog,
): string | null {
  const text = line.trim();
  if (text === "") return "";
  // Only the words on their own: "quit smoking services" is a question, as "new care models" is.
  if (/^(quit|exit|bye)$/i.test(text)) return null;
  // "define <term>" for a term not in the glossary is asked as "what is <term>?".
  const command = parseStpCommand(text, engine);
  if (command.kind === "new") {
    conversations.forget(chatKey);
    return newConversationText;
  }
  if (command.kind === "help") return chatHelp(engine);
  if (command.kind !== "ask") return commandText(engine, command);
  const turns = conversations.turns(chatKey);
  const answer = engine.ask(command.question, turns);
  questionLog.recordAnswer(answer, {
    platform: "terminal",
    place: "chat",
    followUp: turns.length > 0,
  });
  conversations.add(chatKey, toTurn(command.question, answer));
  return answerToText(answer);
}

function chatHelp(engine: Engine): string {
  return [
    ...helpLines(engine),
    "Follow-ups build on what you asked before: “who leads them?”, “tell me more”, “where does that come from?”.",
    "",
    "Commands: help · sources · define <acronym> · new (start a new conversation) · quit",
  ].join("\n");
}

/** "5 documents, 2016–17": how many the chat answers from, and the years they are dated. */
function documentCount(engine: Engine): string {
  const count = `${engine.documents.length} document${engine.documents.length === 1 ? "" : "s"}`;
  const span = datedSpan(engine.documents);
  return span ? `${count}, ${span}` : count;
}

/**
 * Runs the chat until the user types quit, closes the input (Ctrl-D) or `stop` is aborted (the
 * caller aborts it on SIGTERM or SIGINT), recording questions in `questionLog` (the caller closes
 * it).
 */
export async function runChat(
  engine: Engine,
  { input, output }: ChatStreams,
  questionLog: QuestionLog = disabledQuestionLog,
  stop?: AbortSignal,
): Promise<void> {
  const readline = createInterface({
    input,
    output,
    terminal: "isTTY" in input && Boolean(input.isTTY),
  });
  stop?.addEventListener("abort", () => readline.close(), { once: true });
  output.write(
    `stp-bot: ask about NHS England's Sustainability and Transformation Plans (${documentCount(engine)}).\nType help for examples, sources for the documents, new to start over, quit to leave.\n\n`,
  );
  readline.setPrompt("stp> ");
  readline.prompt();
  const conversations = createConversationStore({ maxConversations: 1 });
  for await (const line of readline) {
    const reply = replyTo(engine, line, conversations, questionLog);
    if (reply === null) break;
    if (reply) output.write(`${reply}\n\n`);
    readline.prompt();
  }
  readline.close();
}
