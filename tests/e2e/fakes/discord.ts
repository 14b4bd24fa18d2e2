// A fake Discord on 127.0.0.1: the REST API and the gateway the real discord.js client talks to,
// recording every request so tests can assert on exactly what would have reached Discord.
import { once } from "node:events";
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { APIEmbed } from "discord.js";
import { type WebSocket, WebSocketServer } from "ws";

/** One REST request as the fake received it. */
export interface RecordedRequest {
  method: string;
  /** Path after the `/api/v10` prefix, e.g. `/channels/123/messages`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (or a multipart request's `payload_json`); null when there was none. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever discord.js sent.
  body: any;
}

/** An IDENTIFY as the fake received it. */
export interface RecordedIdentify {
  token: string;
  intents: number;
  shard: [number, number];
  /** The gateway URL's query, e.g. v=10&encoding=json. */
  query: URLSearchParams;
  /** The presence it asked to be shown with, if any. */
  presence: unknown;
}

/** A canned answer for the next request that matches. */
export interface InjectedFailure {
  method: string;
  path: RegExp;
  status: number;
  body: { message: string; code: number; retry_after?: number; global?: boolean };
  /** Response headers, e.g. a 429's `retry-after` and `x-ratelimit-scope`. */
  headers?: Record<string, string>;
}

export interface FakeDiscordOptions {
  /** The only token the fake accepts, over REST and in IDENTIFY. */
  token: string;
  /** Intents IDENTIFY must ask for; anything else closes with 4014 like Discord. */
  intents: number;
  /** What GET /gateway/bot recommends. [default: 1] */
  shards?: number;
  /** HELLO's heartbeat_interval. [default: 45000] */
  heartbeatIntervalMs?: number;
}

export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

/** A Discord snowflake for `time`: milliseconds since 2015 in the top bits. */
export function snowflake(time = Date.now()): string {
  counter = (counter + 1) % 4096;
  return ((BigInt(time - discordEpoch) << 22n) | BigInt(counter)).toString();
}

/** Waits until `get` returns something, checking every 10 ms; fails naming `what` after `timeoutMs`. */
export async function waitFor<T>(
  get: () => T | undefined | null | false,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = get();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waitFor: no ${what} within ${timeoutMs} ms`);
    await sleep(10);
  }
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Every message the bot created, as the fake returned it (with its new id). */
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the fake made.
  readonly created: any[] = [];
  readonly identifies: RecordedIdentify[] = [];
  readonly resumes: { session_id: string; seq: number }[] = [];
  readonly botUser: FakeUser = {
    id: "1100000000000000001",
    username: "stp-bot",
    discriminator: "0",
    global_name: "STP bot",
    avatar: null,
    bot: true,
  };
  readonly applicationId = this.botUser.id;
  readonly guildId = "1200000000000000001";
  readonly channelId = "1300000000000000001";
  /** A public thread under the channel, in the guild from the start. */
  readonly threadId = "1300000000000000002";
  readonly roleId = "1400000000000000001";
  /** The role Discord makes for the bot when it joins, offered by the @ picker under its name. */
  readonly botRoleId = "1400000000000000002";
  apiUrl = "";
  gatewayUrl = "";

  readonly #options: Required<FakeDiscordOptions>;
  readonly #server: Server;
  readonly #gateway = new WebSocketServer({ noServer: true });
  readonly #sockets = new Map<WebSocket, ConnectionState>();
  readonly #failures: InjectedFailure[] = [];

  private constructor(options: FakeDiscordOptions) {
    this.#options = { shards: 1, heartbeatIntervalMs: 45_000, ...options };
    this.#server = createServer((req, res) => void this.#onRequest(req, res));
    this.#server.on("upgrade", (req, socket, head) => {
      this.#gateway.handleUpgrade(req, socket, head, (ws) => this.#onConnection(ws, req));
    });
  }

  /** Starts REST and gateway on one ephemeral port of 127.0.0.1. */
  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.#server.listen(0, "127.0.0.1");
    await once(fake.#server, "listening");
    const { port } = fake.#server.address() as AddressInfo;
    fake.apiUrl = `http://127.0.0.1:${port}/api`;
    fake.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
    return fake;
  }

  /** Makes the next request matching `method` and `path` fail with Discord's error body. */
  failNext(failure: InjectedFailure): void {
    this.#failures.push(failure);
  }

  /**
   * Sends a gateway dispatch (op 0) to shard 0 once it is past READY: the fake's server and
   * every DM live there, as DMs do on Discord.
   */
  dispatch(t: string, d: unknown): void {
    for (const [ws, state] of this.#sockets) {
      if (state.ready && state.shard === 0)
        ws.send(JSON.stringify({ op: 0, t, s: ++state.seq, d }));
    }
  }

  /** Closes every gateway connection with `code`, as Discord does before asking for a resume. */
  dropConnections(code = 4000): void {
    for (const ws of this.#sockets.keys()) ws.close(code, "fake: dropped");
  }

  /** The first recorded request matching, waiting for it. */
  waitForRequest(
    match: (request: RecordedRequest) => boolean,
    what: string,
    timeoutMs?: number,
  ): Promise<RecordedRequest> {
    return waitFor(() => this.requests.find(match), what, timeoutMs).catch((error: Error) => {
      const seen = this.requests.map((r) => `${r.method} ${r.path}`).join(", ") || "none";
      throw new Error(`${error.message}; requests seen: ${seen}`);
    });
  }

  /** A guild member, as interactions and messages carry them. */
  user(id: string, name = `user-${id.slice(-4)}`, bot = false): FakeUser {
    return {
      id,
      username: name,
      discriminator: "0",
      global_name: name,
      avatar: null,
      ...(bot && { bot }),
    };
  }

  /**
   * An INTERACTION_CREATE for `/stp <subcommand>` in the fake server's channel (or a DM).
   * `createdAt` backdates the snowflake, to test deferral.
   */
  slashCommand(
    subcommand: string,
    options: Record<string, string | boolean>,
    { user = this.user("1500000000000000001"), dm = false, createdAt = Date.now() } = {},
  ) {
    return {
      ...this.#interactionBase(user, dm, createdAt),
      type: 2,
      data: stpCommandData(
        subcommand,
        Object.entries(options).map(([name, value]) => ({
          type: typeof value === "boolean" ? 5 : 3,
          name,
          value,
        })),
      ),
    };
  }

  /**
   * An INTERACTION_CREATE of the kind Discord sends while someone types an option that has
   * suggestions: `/stp <subcommand>` with `option` focused and `typed` so far.
   */
  autocomplete(subcommand: string, option: string, typed: string) {
    return {
      ...this.#interactionBase(this.user("1500000000000000001"), false, Date.now()),
      type: 4,
      data: stpCommandData(subcommand, [{ type: 3, name: option, value: typed, focused: true }]),
    };
  }

  /** An INTERACTION_CREATE for a click on button `customId` under `message`. */
  buttonClick(customId: string, message: object, { user = this.user("1500000000000000002") } = {}) {
    return {
      ...this.#interactionBase(user, false, Date.now()),
      type: 3,
      data: { custom_id: customId, component_type: 2 },
      message,
    };
  }

  /**
   * A MESSAGE_CREATE in the server's channel or, with `dm`, in a DM channel; `channelId` puts it
   * elsewhere (the thread). `replyTo` makes it a reply to that message, as Discord sends one:
   * with a message reference and, when the reply pings (Discord's default), the author mentioned.
   * `mentionsBotRole` mentions the bot's role, as the @ picker does when that entry is chosen.
   */
  message(
    content: string,
    {
      author = this.user("1500000000000000003"),
      mentionsBot = true,
      dm = false,
      mentionEveryone = false,
      mentionsBotRole = false,
      channelId = undefined as string | undefined,
      replyTo = null as string | null,
    } = {},
  ) {
    const id = snowflake();
    const channel = channelId ?? (dm ? "1300000000000000099" : this.channelId);
    return {
      id,
      channel_id: channel,
      ...(replyTo && {
        type: 19,
        message_reference: {
          type: 0,
          message_id: replyTo,
          channel_id: channel,
          ...(dm ? {} : { guild_id: this.guildId }),
        },
      }),
      ...(dm ? {} : { guild_id: this.guildId, member: this.#member(undefined) }),
      channel_type: dm ? 1 : 0,
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: mentionEveryone,
      mentions: mentionsBot ? [this.botUser] : [],
      mention_roles: mentionsBotRole ? [this.botRoleId] : [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: replyTo ? 19 : 0,
      flags: 0,
      components: [],
    };
  }

  /** Closes the gateway, then the REST server and any kept-alive sockets. */
  async close(): Promise<void> {
    for (const ws of this.#sockets.keys()) ws.terminate();
    this.#gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #interactionBase(user: FakeUser, dm: boolean, createdAt: number) {
    const channel = dm
      ? { id: "1300000000000000099", type: 1, recipients: [user], last_message_id: null, flags: 0 }
      : this.#channel();
    return {
      id: snowflake(createdAt),
      application_id: this.applicationId,
      token: `interaction-token-${snowflake()}`,
      version: 1,
      channel_id: channel.id,
      channel,
      ...(dm
        ? { user, context: 1 }
        : { guild_id: this.guildId, member: this.#member(user), context: 0 }),
      app_permissions: "2248473465835073",
      locale: "en-GB",
      ...(dm ? {} : { guild_locale: "en-GB" }),
      entitlements: [],
      authorizing_integration_owners: dm ? { "0": user.id } : { "0": this.guildId },
      attachment_size_limit: 10_485_760,
    };
  }

  #member(user: FakeUser | undefined) {
    return {
      ...(user && { user }),
      roles: [],
      joined_at: "2024-01-01T00:00:00.000Z",
      deaf: false,
      mute: false,
      flags: 0,
      permissions: "2248473465835073",
    };
  }

  #thread() {
    return {
      id: this.threadId,
      type: 11,
      guild_id: this.guildId,
      parent_id: this.channelId,
      name: "our local plan",
      owner_id: "1500000000000000003",
      last_message_id: null,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      flags: 0,
      thread_metadata: {
        archived: false,
        auto_archive_duration: 1440,
        archive_timestamp: "2024-01-01T00:00:00.000Z",
        locked: false,
      },
    };
  }

  #channel() {
    return {
      id: this.channelId,
      type: 0,
      guild_id: this.guildId,
      name: "local-health-plans",
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
      flags: 0,
    };
  }

  #guild() {
    return {
      id: this.guildId,
      name: "Friends of the local hospital",
      icon: null,
      owner_id: "1500000000000000009",
      unavailable: false,
      member_count: 2,
      large: false,
      features: [],
      roles: [
        {
          id: this.guildId,
          name: "@everyone",
          color: 0,
          hoist: false,
          position: 0,
          permissions: "2248473465835073",
          managed: false,
          mentionable: false,
          flags: 0,
        },
        {
          id: this.botRoleId,
          name: this.botUser.global_name,
          color: 0,
          hoist: false,
          position: 1,
          permissions: "274877991936",
          managed: true,
          mentionable: true,
          flags: 0,
          tags: { bot_id: this.botUser.id },
        },
      ],
      emojis: [],
      stickers: [],
      channels: [this.#channel()],
      threads: [this.#thread()],
      members: [this.#member(this.botUser)],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      joined_at: "2024-01-01T00:00:00.000Z",
      preferred_locale: "en-GB",
      premium_tier: 0,
      system_channel_flags: 0,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      afk_timeout: 300,
    };
  }

  #onConnection(ws: WebSocket, req: IncomingMessage): void {
    const query = new URL(req.url ?? "/", "http://fake").searchParams;
    const state: ConnectionState = { seq: 0, ready: false, shard: 0 };
    this.#sockets.set(ws, state);
    ws.on("close", () => this.#sockets.delete(ws));
    ws.on("message", (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (payload.op === 1) ws.send(JSON.stringify({ op: 11 }));
      else if (payload.op === 2) this.#onIdentify(ws, state, payload.d, query);
      else if (payload.op === 6) {
        this.resumes.push({ session_id: String(payload.d.session_id), seq: Number(payload.d.seq) });
        state.ready = true;
        state.seq = Number(payload.d.seq);
        // Session IDs are "session-<shard>", so a resumed connection keeps its shard.
        state.shard = Number(String(payload.d.session_id).split("-")[1] ?? 0);
        ws.send(JSON.stringify({ op: 0, t: "RESUMED", s: ++state.seq, d: {} }));
      }
    });
    ws.send(
      JSON.stringify({ op: 10, d: { heartbeat_interval: this.#options.heartbeatIntervalMs } }),
    );
  }

  #onIdentify(
    ws: WebSocket,
    state: ConnectionState,
    d: Record<string, unknown>,
    query: URLSearchParams,
  ): void {
    const shard = (d.shard as [number, number] | undefined) ?? [0, 1];
    this.identifies.push({
      token: String(d.token),
      intents: Number(d.intents),
      shard,
      query,
      presence: d.presence,
    });
    state.shard = shard[0];
    if (d.token !== this.#options.token) {
      ws.close(4004, "Authentication failed.");
      return;
    }
    if (d.intents !== this.#options.intents) {
      ws.close(4014, "Disallowed intent(s).");
      return;
    }
    // Like Discord, the guild arrives unavailable in READY and whole in GUILD_CREATE; it lives
    // on shard 0 here.
    const guilds = shard[0] === 0 ? [{ id: this.guildId, unavailable: true }] : [];
    const ready = {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
      guilds,
      session_id: `session-${shard[0]}`,
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: { id: this.applicationId, flags: 0 },
    };
    ws.send(JSON.stringify({ op: 0, t: "READY", s: ++state.seq, d: ready }));
    state.ready = true;
    if (guilds.length > 0) {
      ws.send(JSON.stringify({ op: 0, t: "GUILD_CREATE", s: ++state.seq, d: this.#guild() }));
    }
  }

  async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://fake");
    const path = decodeURIComponent(url.pathname).replace(/^\/api(?:\/v\d+)?/, "");
    const request: RecordedRequest = {
      method: req.method ?? "GET",
      path,
      query: url.searchParams,
      headers: req.headers,
      body: parseBody(Buffer.concat(chunks), req.headers["content-type"]),
    };
    this.requests.push(request);

    const failure = this.#failures.findIndex(
      (f) => f.method === request.method && f.path.test(request.path),
    );
    if (failure >= 0) {
      const [f] = this.#failures.splice(failure, 1);
      return send(res, f?.status ?? 500, f?.body, f?.headers);
    }
    // Interaction callbacks and webhooks are authorised by their token in the path instead.
    const tokenInPath = /^\/(interactions|webhooks)\//.test(path);
    if (!tokenInPath && req.headers.authorization !== `Bot ${this.#options.token}`) {
      return send(res, 401, { message: "401: Unauthorized", code: 0 });
    }
    // Like Discord, refuse a message past any size limit with 50035 Invalid Form Body.
    const problems = formProblems(request.body?.data ?? request.body);
    if (/messages|callback|webhooks/.test(path) && problems.length > 0) {
      return send(res, 400, { message: `Invalid Form Body: ${problems.join("; ")}`, code: 50035 });
    }
    const [status, body] = this.#route(request);
    send(res, status, body);
  }

  #route({ method, path, body }: RecordedRequest): [number, unknown] {
    const route = `${method} ${path}`;
    if (route === "GET /gateway/bot") {
      return [
        200,
        {
          url: this.gatewayUrl,
          shards: this.#options.shards,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 86_400_000,
            max_concurrency: 1,
          },
        },
      ];
    }
    if (route === "GET /gateway") return [200, { url: this.gatewayUrl }];
    if (route === "GET /users/@me") return [200, this.botUser];
    if (/^POST \/interactions\/\d+\/[^/]+\/callback$/.test(route)) return [204, undefined];
    if (
      /^(PATCH \/webhooks\/\d+\/[^/]+\/messages\/@original|POST \/webhooks\/\d+\/[^/]+)$/.test(
        route,
      )
    ) {
      return [200, this.#messageFrom(this.channelId, body)];
    }
    const channelMessage = /^POST \/channels\/(\d+)\/messages$/.exec(route);
    if (channelMessage?.[1]) return [200, this.#messageFrom(channelMessage[1], body)];
    if (/^PUT \/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(route)) {
      const commands = Array.isArray(body) ? body : [];
      return [
        200,
        commands.map((c) => ({
          ...c,
          id: snowflake(),
          application_id: this.applicationId,
          version: snowflake(),
        })),
      ];
    }
    return [404, { message: "404: Not Found", code: 0 }];
  }

  /** The message Discord would create from a send's body. */
  #messageFrom(channelId: string, body: Record<string, unknown> | null) {
    const reference = body?.message_reference as { message_id: string } | undefined;
    const message = {
      id: snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content: body?.content ?? "",
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      pinned: false,
      type: reference ? 19 : 0,
      flags: body?.flags ?? 0,
      ...(reference && { message_reference: { ...reference, channel_id: channelId } }),
    };
    this.created.push(message);
    return message;
  }
}

interface ConnectionState {
  /** Sequence number of the last dispatch sent. */
  seq: number;
  /** Past READY (or RESUMED), so dispatches may be sent. */
  ready: boolean;
  /** The shard this connection identified as. */
  shard: number;
}

const discordEpoch = 1_420_070_400_000;
let counter = 0;

// biome-ignore lint/suspicious/noExplicitAny: JSON from discord.js.
function parseBody(raw: Buffer, contentType: string | undefined): any {
  if (raw.length === 0) return null;
  const text = raw.toString("utf8");
  if (contentType?.startsWith("multipart/form-data")) {
    // discord.js sends files as multipart, with the JSON part named payload_json.
    const part = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(text);
    return part?.[1] ? JSON.parse(part[1]) : text;
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A sent message, as far as the limit checks read it. */
interface SentMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: { components?: { custom_id?: string; label?: string }[] }[];
}

/** Discord's message limits, as its API enforces them: one line per limit passed. */
export function formProblems(message: SentMessage | null): string[] {
  const problems: string[] = [];
  if (!message || typeof message !== "object") return problems;
  if ((message.content?.length ?? 0) > 2000) problems.push("content > 2000");
  const embeds = message.embeds ?? [];
  if (embeds.length > 10) problems.push("more than 10 embeds");
  let total = 0;
  for (const embed of embeds) {
    const title = embed.title ?? "";
    const description = embed.description ?? "";
    const footer = embed.footer?.text ?? "";
    if (title.length > 256) problems.push("embed title > 256");
    if (description.length > 4096) problems.push("embed description > 4096");
    if (embed.description === "") problems.push("embed description empty");
    if (footer.length > 2048) problems.push("embed footer > 2048");
    const fields = embed.fields ?? [];
    if (fields.length > 25) problems.push("more than 25 fields");
    total += title.length + description.length + footer.length + (embed.author?.name.length ?? 0);
    for (const field of fields) {
      if (!field.name || field.name.length > 256) problems.push("field name empty or > 256");
      if (!field.value || field.value.length > 1024) problems.push("field value empty or > 1024");
      total += field.name.length + field.value.length;
    }
  }
  if (total > 6000) problems.push(`embeds total ${total} > 6000`);
  for (const row of message.components ?? []) {
    if ((row.components ?? []).length > 5) problems.push("more than 5 buttons in a row");
    for (const button of row.components ?? []) {
      if ((button.custom_id?.length ?? 0) > 100) problems.push("custom_id > 100");
      if ((button.label?.length ?? 0) > 80) problems.push("button label > 80");
    }
  }
  return problems;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res
    .writeHead(status, { "content-type": "application/json", ...headers })
    .end(JSON.stringify(body));
}

/** The `data` of an interaction for `/stp <subcommand>` with `options`. */
function stpCommandData(subcommand: string, options: object[]) {
  return {
    id: "1600000000000000001",
    name: "stp",
    type: 1,
    options: [{ type: 1, name: subcommand, options }],
  };
}
