// What Slack sends a bot, built and signed the way Slack does it, for the e2e tests.
import { createHmac } from "node:crypto";

/** Options for postSigned. */
export interface SignedPostOptions {
  /** Seconds since the epoch in the signature. [default: now] */
  timestamp?: number;
  /** Sign with this secret instead (a forged request). */
  secret?: string;
  /** Sent as X-Slack-Retry-Num, as Slack does when it re-sends an event. */
  retryNum?: number;
}

/** Slack's v0 signature: HMAC-SHA256 of `v0:timestamp:body` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** POSTs an Events API body (JSON) or a form (slash command, interaction), signed. */
export async function postSigned(
  url: string,
  secret: string,
  payload: { json: unknown } | { form: Record<string, string> },
  options: SignedPostOptions = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const isJson = "json" in payload;
  const body = isJson ? JSON.stringify(payload.json) : new URLSearchParams(payload.form).toString();
  const headers: Record<string, string> = {
    "content-type": isJson ? "application/json" : "application/x-www-form-urlencoded",
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": slackSignature(options.secret ?? secret, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  return fetch(url, { method: "POST", headers, body });
}

let counter = 0;
/** A fresh message ts, like Slack's "1700000123.000456". */
export function nextTs(): string {
  counter += 1;
  return `1700001${String(counter).padStart(3, "0")}.000${String(counter).padStart(3, "0")}`;
}

/** An Events API callback body around `event`, with a fresh (or given) event_id. */
export function eventCallback(event: Record<string, unknown>, eventId = `Ev${nextTs()}`) {
  return {
    token: "legacy-verification-token",
    team_id: "T0NHS",
    api_app_id: "A0STPBOT",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: "T0NHS", user_id: "U0STPBOT", is_bot: true }],
    event,
  };
}

/** `@stp-bot <text>` in a channel, optionally inside a thread. */
export function mention(text: string, options: { channel?: string; threadTs?: string } = {}) {
  return {
    type: "app_mention",
    user: "U0ASKER",
    text: `<@U0STPBOT> ${text}`,
    ts: nextTs(),
    channel: options.channel ?? "C0GENERAL",
    event_ts: nextTs(),
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
  };
}

/**
 * A plain message in a channel (no mention), as `message.channels` delivers every one the bot
 * can see; with `threadTs`, a reply in that thread.
 */
export function channelMessage(
  text: string,
  options: { channel?: string; threadTs?: string; user?: string } = {},
) {
  return {
    type: "message",
    channel_type: "channel",
    channel: options.channel ?? "C0GENERAL",
    user: options.user ?? "U0ASKER",
    text,
    ts: nextTs(),
    event_ts: nextTs(),
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
  };
}

/** A direct message to the bot. */
export function directMessage(text: string, extra: Record<string, unknown> = {}) {
  return {
    type: "message",
    channel_type: "im",
    channel: "D0ASKER",
    user: "U0ASKER",
    text,
    ts: nextTs(),
    event_ts: nextTs(),
    ...extra,
  };
}

/** The form Slack posts for `/stp <text>`. */
export function slashCommand(text: string, responseUrl: string): Record<string, string> {
  return {
    token: "legacy-verification-token",
    team_id: "T0NHS",
    team_domain: "nhs",
    channel_id: "C0GENERAL",
    channel_name: "general",
    user_id: "U0ASKER",
    user_name: "asker",
    command: "/stp",
    text,
    api_app_id: "A0STPBOT",
    response_url: responseUrl,
    trigger_id: "1337.42.abcd",
  };
}

/** The form Slack posts when a button is clicked: `payload` is the JSON block_actions body. */
/** Each click is on a message of its own unless the test names one. */
let clicks = 0;

export function buttonClick(
  actionId: string,
  value: string,
  responseUrl: string,
  user = { id: "U0VOTER", username: "voter.name", name: "voter.name", team_id: "T0NHS" },
  messageTs = `1700000000.${String(++clicks).padStart(6, "0")}`,
): Record<string, string> {
  const payload = {
    type: "block_actions",
    team: { id: "T0NHS", domain: "nhs" },
    user,
    api_app_id: "A0STPBOT",
    token: "legacy-verification-token",
    container: { type: "message", message_ts: messageTs, channel_id: "C0GENERAL" },
    trigger_id: "1337.42.abcd",
    channel: { id: "C0GENERAL", name: "general" },
    response_url: responseUrl,
    actions: [
      {
        type: "button",
        action_id: actionId,
        block_id: "stp_answer_actions",
        text: { type: "plain_text", text: "button" },
        value,
        action_ts: "1700000001.000200",
      },
    ],
  };
  return { payload: JSON.stringify(payload) };
}
