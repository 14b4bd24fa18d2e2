// The web adapter's routes on Hono: the question page and the part its script fetches, /embed, /sources, /api/ask, the static files and /admin/report.
import type { HttpBindings } from "@hono/node-server";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { methodNotAllowed } from "hono/method-not-allowed";
import { type Answer, type Engine, shownQuestion } from "../../src/index.ts";
import { disabledQuestionLog, type Place, type QuestionLog } from "../../src/question-log/index.ts";
import { outcomeOf } from "../service/answer-report.ts";
import type { Outcome } from "../service/metrics.ts";
import { commandJson, toAnswerJson } from "../shared/answer-json.ts";
import { parseStpCommand, type StpCommand } from "../shared/chat-command.ts";
import type { Logger } from "../shared/logger.ts";
import { createRateLimiter } from "../shared/rate-limit.ts";
import { createRecentCache } from "../shared/recent-cache.ts";
import { adminAccess } from "./admin-auth.ts";
import { cacheAnswers } from "./answer-cache.ts";
import { type Assets, compressedBody } from "./assets.ts";
import { clientKey } from "./client-address.ts";
import { type PackedText, packText, sendPacked } from "./compression.ts";
import type { WebConfig } from "./config.ts";
import {
  decodeConversation,
  encodeConversation,
  isStateError,
  processConversationKey,
} from "./conversation-state.ts";
import type { PageContext } from "./layout.ts";
import {
  errorPage,
  notFoundPage,
  questionPage,
  reportPlaceholderPage,
  resultRegion,
  type ShownReply,
  sourcesPage,
  waitReply,
} from "./pages.ts";
import { answerInConversation, replyToQuestion } from "./reply.ts";
import { askHref, renderReply } from "./reply-view.ts";
import { noIndex, robotsTxt } from "./robots.ts";
import { reportHeaders, securityHeaders, withSiteHeaders } from "./security.ts";
import { type ReportWebAnswer, serveAsService, type WebService } from "./service.ts";

/**
 * Builds the content owners' report for `/admin/report`: a whole HTML document, made where the
 * question log is kept. Start-up passes one in; without it the route shows a placeholder.
 */
export type ReportProvider = () => string | Promise<string>;

/** Options for {@link createWebApp}. */
export interface WebAppOptions {
  /** The static files the pages link to (see `loadAssets`). */
  assets: Assets;
  /** The report at `/admin/report`. [default: a page saying there is no report yet] */
  report?: ReportProvider;
  /**
   * Where each question asked is recorded (redacted, with nothing about who asked), with platform
   * `web` and place `page`, `embed` or `api`; commands (help, sources, define) are not.
   * [default: nothing recorded]
   */
  questionLog?: QuestionLog;
  /** Where failures are logged; never a question. [default: nothing logged] */
  logger?: Logger;
  /** The clock for the documents' age and the rate limit. [default: the system clock] */
  now?: () => number;
  /**
   * Run as part of the service (`npm start`): answers counted in the metrics with platform
   * `web` and logged, 503 once a shutdown began, and the health routes when asked.
   * [default: none, the page on its own]
   */
  service?: WebService;
}

/** The header carrying `/api/ask`'s conversation state, so the JSON stays `ask --json`'s. */
export const conversationHeader = "Stp-Conversation";

/** What pages and answers are sent as (Hono's `c.html` and `c.json` say the same). */
const htmlType = "text/html; charset=UTF-8";
const jsonType = "application/json";

/** The day a page was made for (its footer gives the documents' age in days), as a cache key's part. */
function dayOf(context: PageContext): string {
  return context.now.toISOString().slice(0, 10);
}

/** A question that could not be asked: empty, too long, or no words ("small talk" is answered). */
function unusable(answer: Answer): boolean {
  return answer.problem !== undefined && answer.problem !== "small-talk";
}

/** Largest `POST /api/ask` body: a question and a conversation fit in a fraction of it. */
const maxBodyBytes = 32 * 1024;

/** Node's request and response, and `warmUp` on the questions start-up asks itself. */
type WebEnv = { Bindings: Partial<HttpBindings> & { warmUp?: boolean } };

/**
 * The site as a Hono app, answering from `engine` (a live engine, so reloaded documents are
 * used at once). Nothing about a visitor is kept but the rate limit's counts; no cookie is set.
 * @example serve({ fetch: createWebApp(engine, readWebConfig(), { assets }).fetch, port: 8080 })
 */
export function createWebApp(live: Engine, config: WebConfig, options: WebAppOptions) {
  const { assets, logger } = options;
  const engine = cacheAnswers(live);
  const now = options.now ?? Date.now;
  const questionLog = options.questionLog ?? disabledQuestionLog;
  /** Records an answer given to a visitor; a cached reply is recorded each time it is given. */
  const record = (answer: Answer | null, place: Place, followUp: boolean) => {
    if (answer) questionLog.recordAnswer(answer, { platform: "web", place, followUp });
  };
  const limiter = createRateLimiter({ limit: config.questionsPerMinute, now });
  const conversationKey = config.conversationKey
    ? Buffer.from(config.conversationKey)
    : processConversationKey;
  const app = new Hono<WebEnv>();
  // Every response carries the security headers, the health routes' and the shutdown's 503 too.
  // Pages and answers hold the question asked: no cache on the way may keep them (no-store).
  const pageHeaders = securityHeaders({ embedOrigins: null });
  const embedHeaders = securityHeaders({ embedOrigins: config.embedOrigins });
  app.use(
    "*",
    withSiteHeaders((path) => {
      if (path === "/embed" || path.startsWith("/embed/")) return embedHeaders;
      if (path === "/admin/report" && options.report && config.adminToken) return reportHeaders;
      return pageHeaders;
    }),
  );
  // Next, so the shutdown's gate sees every request before the routes' own middleware.
  const report: ReportWebAnswer = options.service
    ? serveAsService(app, options.service, logger)
    : () => {};

  const pageContext = (embed: boolean): PageContext => ({
    embed,
    operator: config.operator,
    documents: engine.documents,
    examples: () => engine.examples(),
    assets,
    now: new Date(now()),
    recordsQuestions: questionLog.enabled,
  });

  /** Seconds to wait when the client is over its limit; null when it may ask. */
  const overLimit = (c: Context<WebEnv>): number | null => {
    const key = clientKey(
      c.env?.incoming?.socket?.remoteAddress,
      c.req.header("x-forwarded-for"),
      config.trustProxy,
    );
    const decision = limiter.take(key);
    return decision.allowed ? null : Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  };

  // Replies to fresh questions (no conversation) are the same for everyone until a reload: made
  // once, so a popular question costs no search and no rendering (and is compressed once).
  const freshReplies = createRecentCache<
    ShownReply & {
      region: PackedText;
      answer: Answer | null;
      followUp: boolean;
      outcome: Outcome;
    }
  >({
    source: () => engine.documents,
  });
  // The same for /api/ask: the JSON written once.
  const freshApiReplies = createRecentCache<{
    answer: Answer;
    conversation: string;
    body: PackedText;
  }>({ source: () => engine.documents });
  // And whole pages, for the day (only the documents' age in the footer changes, daily): the
  // question box, the documents, a fresh question's, and the one telling a client over its limit
  // how long to wait, one per wait in seconds, as a flood of asking is mostly such pages.
  const wholePages = createRecentCache<PackedText>({
    size: 500,
    source: () => engine.documents,
  });
  const replyFor = (c: Context<WebEnv>, embed: boolean, asked: string, state: string) => {
    // The page shows the question back (title, "You asked"): no control or reversing characters.
    const question = shownQuestion(asked);
    const make = () => {
      const exchange = replyToQuestion(engine, question, state, conversationKey);
      const rendered = renderReply(pageContext(embed), exchange);
      const region = packText(resultRegion(rendered, exchange.conversation).value);
      const answer = exchange.reply.kind === "answer" ? exchange.reply.answer : null;
      const followUp = exchange.earlier.length > 0;
      // help, sources, define and new are answered too; only the engine's replies can decline.
      const outcome = outcomeOf(answer);
      return { rendered, conversation: exchange.conversation, region, answer, followUp, outcome };
    };
    const startedAt = performance.now();
    const reply = state === "" ? freshReplies.get(`${embed}\u0000${question}`, make) : make();
    record(reply.answer, embed ? "embed" : "page", reply.followUp);
    report(c, reply.outcome, startedAt);
    return reply;
  };

  // The sites allowed to frame the page may also call the API from their own pages' scripts
  // (and read the conversation header to follow up); no other site's script may read an answer.
  if (config.embedOrigins.length > 0)
    app.use(
      "/api/*",
      cors({
        origin: config.embedOrigins,
        allowMethods: ["GET", "POST"],
        allowHeaders: ["Content-Type"],
        // Retry-After too, so a script told 429 can wait as long as it says.
        exposeHeaders: [conversationHeader, "Retry-After"],
        maxAge: 600,
      }),
    );

  // An address asked with a method it does not take (a PUT, a POST to a page) is a 405 saying
  // which it takes, not "no such address". Without a token the report stays a 404 whatever the method.
  app.use(
    "*",
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) => {
        if (c.req.path.startsWith("/admin/") && !config.adminToken)
          return c.html(notFoundPage(pageContext(false)).value, 404);
        const allow = methods.join(", ");
        const message = `${c.req.method} is not used at ${c.req.path}: it takes ${allow}.`;
        return c.req.path.startsWith("/api/")
          ? c.json({ error: message }, 405, { Allow: allow })
          : c.text(message, 405, { Allow: allow });
      },
    }),
  );

  // A HEAD with a question (a link checker, a chat app looking at a shared answer's address)
  // gets the answer's headers, not an answer: no question is recorded or counted.
  // (Hono answers HEAD with the GET route, so this is a middleware that looks at the method.)
  const questionPaths = ["/", "/embed", "/part", "/embed/part", "/api/ask"];
  app.use("*", async (c, next) => {
    if (c.req.method !== "HEAD" || c.req.query("q") === undefined) return next();
    if (!questionPaths.includes(c.req.path)) return next();
    if (c.req.path !== "/api/ask") c.header(noIndex.name, noIndex.value);
    const type = c.req.path === "/api/ask" ? jsonType : htmlType;
    // The API refuses a conversation it cannot read (400); HEAD says so too, as GET would.
    const asked = shownQuestion(c.req.query("q") ?? "");
    const unreadable =
      c.req.path === "/api/ask" &&
      isStateError(
        readApiConversation(c.req.query("c") ?? "", asked.trim() ? parseStpCommand(asked) : null),
      );
    return c.body(null, unreadable ? 400 : 200, { "Content-Type": type });
  });

  for (const embed of [false, true]) {
    const base = embed ? "/embed" : "/";
    app.get(base, (c) => {
      const context = pageContext(embed);
      const question = c.req.query("q");
      if (question !== undefined || embed) c.header(noIndex.name, noIndex.value);
      const page = `${embed}\u0000${dayOf(context)}`;
      if (question === undefined) {
        const box = wholePages.get(`${page}\u0000box`, () =>
          packText(questionPage(context, null).value),
        );
        return sendPacked(c, box, 200, htmlType);
      }
      // "new" says the earlier questions are forgotten: its address should not still carry them
      // (in history, or copied to share), so the page without script is sent to it without them.
      if (c.req.query("c") && parseStpCommand(shownQuestion(question)).kind === "new")
        return c.redirect(askHref(context, question, ""), 303);
      const state = c.req.query("c") ?? "";
      const wait = overLimit(c);
      if (wait !== null) {
        c.header("Retry-After", String(wait));
        const waitPage = () => {
          const waiting = waitReply(config.questionsPerMinute, wait, shownQuestion(question));
          return packText(questionPage(context, { rendered: waiting, conversation: state }).value);
        };
        // A flood's refusals (no conversation) are kept like answers, per wait and question.
        const refused =
          state === ""
            ? wholePages.get(`${page}\u0000wait\u0000${wait}\u0000${question}`, waitPage)
            : waitPage();
        return sendPacked(c, refused, 429, htmlType);
      }
      const reply = replyFor(c, embed, question, state);
      // A question the engine cannot ask (empty, too long, no words, another script) is the
      // asker's to change: the page with its error summary, sent as a 400, as the API's is.
      const status = reply.answer && unusable(reply.answer) ? 400 : 200;
      if (state !== "")
        return sendPacked(c, packText(questionPage(context, reply).value), status, htmlType);
      const answered = wholePages.get(`${page}\u0000q\u0000${question}`, () =>
        packText(questionPage(context, reply).value),
      );
      return sendPacked(c, answered, status, htmlType);
    });
    // The page's script fetches only the result region, then puts the page's address in history.
    app.get(embed ? "/embed/part" : "/part", (c) => {
      c.header(noIndex.name, noIndex.value);
      const question = c.req.query("q") ?? "";
      const wait = overLimit(c);
      if (wait !== null) {
        c.header("Retry-After", String(wait));
        const waiting = waitReply(config.questionsPerMinute, wait, shownQuestion(question));
        return c.html(resultRegion(waiting, c.req.query("c") ?? "").value, 429);
      }
      return sendPacked(
        c,
        replyFor(c, embed, question, c.req.query("c") ?? "").region,
        200,
        htmlType,
      );
    });
  }

  app.get("/sources", (c) => {
    const context = pageContext(false);
    const page = wholePages.get(`sources\u0000${dayOf(context)}`, () =>
      packText(sourcesPage(context).value),
    );
    return sendPacked(c, page, 200, htmlType);
  });
  // Browsers and feed readers ask for /favicon.ico whatever the page links to: the page's icon,
  // kept a day (its name does not change with it, as the hashed /static/ names do).
  app.get("/favicon.ico", (c) => {
    const icon = assets.get(assets.url("favicon.svg"));
    if (!icon) return c.html(notFoundPage(pageContext(false)).value, 404);
    return c.body(icon.body as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": icon.contentType,
      "Cache-Control": "public, max-age=86400",
    });
  });
  app.get("/robots.txt", (c) =>
    c.text(robotsTxt, 200, { "Cache-Control": "public, max-age=86400" }),
  );

  app.get("/api/ask", (c) => {
    const question = c.req.query("q");
    if (question === undefined)
      return c.json(
        { error: 'Give the question as /api/ask?q=… (GET) or as {"question": "…"} (POST).' },
        400,
      );
    return answerApi(c, question, c.req.query("c") ?? "");
  });
  app.post(
    "/api/ask",
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) =>
        c.json(
          {
            error: `The request body is over ${maxBodyBytes / 1024} KB; send only {"question", "conversation"}.`,
          },
          413,
        ),
    }),
    async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return c.json(
          {
            error:
              'Send JSON: {"question": "…"}, with "conversation" from the last answer\'s Stp-Conversation header to follow up.',
          },
          400,
        );
      }
      // null is no conversation too: what headers.get() gives where the header was missing (a 400).
      const { question, conversation: sent } = (body ?? {}) as Record<string, unknown>;
      const conversation = sent ?? "";
      if (typeof question !== "string" || typeof conversation !== "string")
        return c.json(
          {
            error:
              '"question" must be a string, and "conversation" (if given) the string from the last answer\'s Stp-Conversation header.',
          },
          400,
        );
      return answerApi(c, question, conversation);
    },
  );

  /**
   * The turns `/api/ask` was sent. `new` forgets them, so it is answered whatever they are: a
   * script whose saved conversation no longer reads (this copy restarted with a new key) can
   * start afresh by saying so.
   */
  function readApiConversation(state: string, command: StpCommand | null) {
    if (command?.kind === "new") return [];
    return decodeConversation(state, engine.options.maxQuestionLength, conversationKey);
  }

  /** `ask --json`'s object for `question`, with the state to follow up with in a header. */
  function answerApi(c: Context<WebEnv>, asked: string, state: string) {
    const question = shownQuestion(asked);
    // "define CCG", "sources", "help" and "new" get the command's reply, as on the page ("define
    // X" for an X not in the glossary is asked as "what is X?"); an empty question stays the
    // engine's to refuse ("Please type a question").
    const command = question.trim() ? parseStpCommand(question, engine) : null;
    const turns = readApiConversation(state, command);
    if (isStateError(turns))
      return c.json(
        {
          error: `The conversation could not be read: ${turns.error}. Send back the ${conversationHeader} header of the previous answer unchanged, or leave it out to start afresh.`,
        },
        400,
      );
    const wait = overLimit(c);
    if (wait !== null) {
      c.header("Retry-After", String(wait));
      // The conversation it was sent (read above), back unchanged: a script that keeps the last
      // Stp-Conversation header it got keeps its place through a 429 instead of losing it.
      c.header(conversationHeader, state);
      return c.json(
        {
          error: `Too many questions: at most ${config.questionsPerMinute} a minute from one client. Try again in ${wait} s.`,
        },
        429,
      );
    }
    if (command && command.kind !== "ask") {
      const kept = command.kind === "new" ? [] : turns;
      c.header(conversationHeader, encodeConversation(kept, conversationKey));
      return c.json(commandJson(engine, question, command));
    }
    const startedAt = performance.now();
    const askedAs = command?.kind === "ask" ? command.question : question;
    const make = () => {
      const { answer, conversation } = answerInConversation(
        engine,
        askedAs,
        turns,
        conversationKey,
      );
      return { answer, conversation, body: packText(JSON.stringify(toAnswerJson(answer))) };
    };
    const reply = turns.length === 0 ? freshApiReplies.get(question, make) : make();
    record(reply.answer, "api", turns.length > 0);
    report(c, outcomeOf(reply.answer), startedAt);
    c.header(conversationHeader, reply.conversation);
    // An empty or too-long question, or one of no words, is the caller's to change: a 400 that
    // says what to change, as every other refusal does, with the same object besides.
    if (unusable(reply.answer))
      return c.json({ ...toAnswerJson(reply.answer), error: reply.answer.message }, 400);
    return sendPacked(c, reply.body, 200, jsonType);
  }

  app.get("/static/:name", (c) => {
    const file = assets.get(c.req.path);
    if (!file) return c.html(notFoundPage(pageContext(false)).value, 404);
    // The name carries the content's hash: a changed file gets a new name, so a year is safe.
    const headers = {
      "Content-Type": file.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      Vary: "Accept-Encoding",
    };
    const packed = compressedBody(file, c.req.header("accept-encoding"));
    if (!packed) return c.body(file.body as Uint8Array<ArrayBuffer>, 200, headers);
    return c.body(packed.body as Uint8Array<ArrayBuffer>, 200, {
      ...headers,
      "Content-Encoding": packed.coding,
    });
  });

  app.get("/admin/report", async (c) => {
    // Without a token the report does not exist, as far as anyone asking can tell.
    if (!config.adminToken) return c.html(notFoundPage(pageContext(false)).value, 404);
    const access = adminAccess(c.req.header("authorization"), config.adminToken);
    if (access !== "granted") {
      // Wrong guesses count against the same limit as questions, which slows guessing down.
      const wait = access === "refused" ? overLimit(c) : null;
      if (wait !== null) c.header("Retry-After", String(wait));
      c.header("WWW-Authenticate", 'Basic realm="stp-bot report", charset="UTF-8"');
      return c.text(
        "The report needs the admin token: give it as the password (any user name), or as Authorization: Bearer <token>.",
        wait === null ? 401 : 429,
      );
    }
    if (!options.report) return c.html(reportPlaceholderPage(pageContext(false)).value);
    try {
      return c.html(await options.report());
    } catch (error) {
      // Only an admin gets here, and the reason (a database that cannot be opened) is theirs to fix.
      const reason = error instanceof Error ? error.message : String(error);
      logger?.warn(`web: the report could not be built: ${reason}`);
      c.header("Retry-After", "60");
      return c.text(
        `The report could not be built just now: ${reason}. Try again in a minute.`,
        503,
      );
    }
  });

  // Under /embed the page is in someone's frame: its 404 and 500 keep the frame's plain layout.
  const inEmbed = (c: Context<WebEnv>) =>
    c.req.path === "/embed" || c.req.path.startsWith("/embed/");
  app.notFound((c) => {
    const page = withoutTrailingSlash(c.req.path);
    if (page && (c.req.method === "GET" || c.req.method === "HEAD"))
      return c.redirect(`${page}${new URL(c.req.url).search}`, 301);
    // "/api" itself too: a developer trying it gets JSON pointing at /api/ask, not a web page.
    return c.req.path === "/api" || c.req.path.startsWith("/api/")
      ? c.json({ error: `No such address: ${c.req.path}. Ask at /api/ask.` }, 404)
      : c.html(notFoundPage(pageContext(inEmbed(c))).value, 404);
  });
  app.onError((error, c) => {
    logger?.error(`web: ${c.req.method} ${c.req.path} failed: ${error.stack ?? error}`);
    return c.req.path.startsWith("/api/")
      ? c.json({ error: "The question could not be answered just now; try again later." }, 500)
      : c.html(errorPage(pageContext(inEmbed(c))).value, 500);
  });
  return app;
}

/** The addresses a link or a frame may be written to with a trailing slash ("/embed/"). */
const slashlessPages = ["/sources", "/embed", "/api/ask"];

/**
 * The page `path` means when it is one of ours with slashes after it ("/sources/" → "/sources"),
 * else null. Only our own names, so no path ("//other.example/") becomes a redirect elsewhere;
 * relative, so a redirect behind an HTTPS proxy stays on https (Hono's `trimTrailingSlash`
 * writes the address as this server saw it, http://).
 */
function withoutTrailingSlash(path: string): string | null {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed !== path && slashlessPages.includes(trimmed) ? trimmed : null;
}
