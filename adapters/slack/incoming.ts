// What people send the bot, read into decisions: which messages to answer, where, and what /stp asks.

/** The fields of a Slack `message` or `app_mention` event this adapter reads. */
export interface IncomingMessage {
  type?: string;
  subtype?: string;
  bot_id?: string;
  user?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  channel?: string;
  channel_type?: string;
  /** Present when the message was edited; an edit is not a new question. */
  edited?: unknown;
}

/**
 * Subtypes that are still a person asking something: a reply also sent to the channel, or a
 * message with a file attached. Every other subtype (message_changed, message_deleted,
 * bot_message, channel_join, …) is ignored.
 */
const answerableSubtypes = new Set(["thread_broadcast", "file_share"]);

/**
 * True for messages the bot must not answer: from a bot (itself included), edits, deletions and
 * other system messages, and anything without text.
 */
export function isIgnoredMessage(message: IncomingMessage, botUserId?: string | null): boolean {
  if (message.bot_id) return true;
  if (message.subtype && !answerableSubtypes.has(message.subtype)) return true;
  if (message.edited) return true;
  if (!message.user || (botUserId && message.user === botUserId)) return true;
  return !message.text?.trim() || !message.channel || !message.ts;
}

/**
 * True for a direct message to the bot (not a group DM or a channel). app_mention events carry no
 * channel_type, so a DM is also known by its channel id, which starts with "D".
 */
export function isDirectMessage(message: IncomingMessage): boolean {
  if (message.channel_type) return message.channel_type === "im";
  return message.channel?.startsWith("D") ?? false;
}

/**
 * Where to reply: in a channel, a thread under the question (or the thread it was asked in);
 * in a DM, straight into the conversation unless the question was asked inside a thread.
 */
export function replyThreadTs(message: IncomingMessage): string | undefined {
  if (isDirectMessage(message)) return message.thread_ts;
  return message.thread_ts ?? message.ts;
}

/**
 * The conversation a message belongs to: the thread the bot replies in (in a channel, the
 * mention's own thread), or the DM itself for a DM outside a thread.
 *
 * @example conversationKey({ channel: "C1", ts: "1.2" }) // "C1/1.2": the reply starts a thread there
 */
export function conversationKey(message: IncomingMessage): string {
  const thread = replyThreadTs(message);
  return thread ? `${message.channel}/${thread}` : `${message.channel}`;
}

/** True when a message is a reply inside a thread (not the message that starts one). */
export function isThreadReply(message: IncomingMessage): boolean {
  return message.thread_ts !== undefined && message.thread_ts !== message.ts;
}

/** The user ids a message's text @mentions (`<@U123>` or `<@U123|name>`). */
export function mentionedUsers(text: string): string[] {
  return [...text.matchAll(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g)].map((match) => match[1] ?? "");
}

/**
 * True when a message pings a user group (`<!subteam^S123|@nurses>`) or the whole channel
 * (`<!here>`, `<!channel>`, `<!everyone>`): like a user mention, it is addressed to people.
 */
export function pingsGroup(text: string): boolean {
  return /<!(?:subteam\^|here\b|channel\b|everyone\b)/.test(text);
}
