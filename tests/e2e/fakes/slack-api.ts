// A fake Slack Web API on 127.0.0.1 that records every call, so e2e tests drive the real Bolt app.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { parse as parseQuery } from "node:querystring";

/** One Web API call as the bot made it. */
export interface SlackApiCall {
  /** e.g. `chat.postMessage`. */
  method: string;
  /** The form fields, with JSON-encoded ones (`blocks`) parsed back. */
  body: Record<string, unknown>;
  /** The bearer token sent, to check which token was used for what. */
  token: string | null;
}

/** One POST to a `response_url`. */
export interface SlackResponseUrlPost {
  /** The path after `/response/`, identifying which response_url was used. */
  id: string;
  body: Record<string, unknown>;
}

/** Options for startFakeSlackApi. */
export interface FakeSlackApiOptions {
  /** The only bot token auth.test accepts; others get `invalid_auth`. [default: any `xoxb-`] */
  botToken?: string;
  /** The only app token apps.connections.open accepts. [default: any `xapp-`] */
  appToken?: string;
  /** The `url` apps.connections.open returns (the fake WebSocket server). */
  socketUrl?: string;
}

export interface FakeSlackApi {
  /** Base URL to give the bot as SLACK_API_URL, ending in `/`. */
  apiUrl: string;
  /** A response_url on this fake; posts to it are recorded in `responses`. */
  responseUrl(id: string): string;
  calls: SlackApiCall[];
  responses: SlackResponseUrlPost[];
  /** Calls to one method, in order. */
  callsTo(method: string): SlackApiCall[];
  /** Makes the next call to `method` answer `{ ok: false, error }`, as Slack does. */
  failNext(method: string, error: string): void;
  /**
   * Makes the next `times` calls to `method` fail at the HTTP level: `status` (429, 500…) with
   * `headers` (e.g. `retry-after`), as Slack does when rate limiting or failing.
   */
  failHttp(method: string, failure: HttpFailure): void;
  /** Holds every response to `method` for `ms` first, so replies stay in flight that long. */
  delay(method: string, ms: number): void;
  /** Sets the `url` apps.connections.open returns. */
  setSocketUrl(url: string): void;
  close(): Promise<void>;
}

/** An HTTP-level failure for {@link FakeSlackApi.failHttp}. */
export interface HttpFailure {
  status: number;
  headers?: Record<string, string>;
  /** How many calls in a row fail. [default: 1] */
  times?: number;
}

/** The bot's identity as auth.test reports it. */
export const fakeBot = { userId: "U0STPBOT", botId: "B0STPBOT", teamId: "T0NHS" } as const;

/** Starts the fake on a free port of 127.0.0.1. */
export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const calls: SlackApiCall[] = [];
  const responses: SlackResponseUrlPost[] = [];
  const failures = new Map<string, string>();
  const httpFailures = new Map<string, HttpFailure & { times: number }>();
  const delays = new Map<string, number>();
  let socketUrl = options.socketUrl ?? "";
  let nextTs = 1_700_000_000_000_100;

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (path.startsWith("/response/")) {
      responses.push({ id: path.slice("/response/".length), body: parseBody(req, raw) });
      return reply(200, { ok: true });
    }
    if (!path.startsWith("/api/")) return reply(404, { ok: false, error: "not_found" });
    const method = path.slice("/api/".length);
    const auth = req.headers.authorization;
    const body = parseBody(req, raw);
    const token = auth?.startsWith("Bearer ") ? auth.slice(7) : ((body.token as string) ?? null);
    calls.push({ method, body, token });
    const wait = delays.get(method);
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
    const httpFailure = httpFailures.get(method);
    if (httpFailure) {
      if (--httpFailure.times <= 0) httpFailures.delete(method);
      res.writeHead(httpFailure.status, { "content-type": "text/plain", ...httpFailure.headers });
      return res.end(`fake: ${httpFailure.status}`);
    }
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      return reply(200, { ok: false, error: failure });
    }
    const ts = () => {
      nextTs += 100;
      return `${String(nextTs).slice(0, 10)}.${String(nextTs).slice(10)}`;
    };
    switch (method) {
      case "auth.test":
        if (!isAccepted(token, "xoxb-", options.botToken))
          return reply(200, { ok: false, error: "invalid_auth" });
        return reply(200, {
          ok: true,
          url: "https://nhs.example.slack.com/",
          team: "NHS",
          user: "stp-bot",
          team_id: fakeBot.teamId,
          user_id: fakeBot.userId,
          bot_id: fakeBot.botId,
        });
      case "apps.connections.open":
        if (!isAccepted(token, "xapp-", options.appToken))
          return reply(200, { ok: false, error: "invalid_auth" });
        return reply(200, { ok: true, url: socketUrl });
      case "chat.postMessage":
        return reply(200, { ok: true, channel: body.channel, ts: ts(), message: body });
      case "chat.postEphemeral":
        return reply(200, { ok: true, message_ts: ts() });
      case "views.publish":
        return reply(200, { ok: true, view: { id: `V${ts()}` } });
      default:
        return reply(200, { ok: false, error: "unknown_method" });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${origin}/api/`,
    responseUrl: (id) => `${origin}/response/${id}`,
    calls,
    responses,
    callsTo: (method) => calls.filter((call) => call.method === method),
    failNext: (method, error) => failures.set(method, error),
    failHttp: (method, failure) =>
      httpFailures.set(method, { ...failure, times: failure.times ?? 1 }),
    delay: (method, ms) => delays.set(method, ms),
    setSocketUrl: (url) => {
      socketUrl = url;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Polls `check` until it returns something other than undefined/false, or fails after `timeoutMs`
 * with `what` in the message. Used instead of fixed sleeps: replies arrive after the ack.
 */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | false,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = check();
    if (result !== undefined && result !== false) return result;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function isAccepted(token: string | null, prefix: string, only?: string): boolean {
  if (!token) return false;
  return only ? token === only : token.startsWith(prefix);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** The Web API client sends forms with some fields (blocks) JSON-encoded; response_url gets JSON. */
function parseBody(req: IncomingMessage, raw: string): Record<string, unknown> {
  if (!raw) return {};
  if (req.headers["content-type"]?.includes("application/json"))
    return JSON.parse(raw) as Record<string, unknown>;
  const fields: Record<string, unknown> = { ...parseQuery(raw) };
  for (const key of ["blocks", "attachments", "metadata", "view"]) {
    const value = fields[key];
    if (typeof value === "string") fields[key] = JSON.parse(value);
  }
  return fields;
}
