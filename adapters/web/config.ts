// The web page's settings, read from the environment in this one place and checked once, so a mistake stops it at start with the variable's name.
import { ConfigError } from "../../src/errors.ts";

/** Everything the web adapter needs to serve the page. */
export interface WebConfig {
  /** Port to listen on; 0 picks a free one. [`WEB_PORT`, default 8080 for `npm run web`] */
  port: number;
  /** Address to listen on. [`WEB_HOST`, default: every interface] */
  host: string | undefined;
  /** Who runs this copy, named on every page ("Healthwatch Anytown"). [`WEB_OPERATOR`, default: null] */
  operator: string | null;
  /** Sites allowed to show `/embed` in a frame (CSP `frame-ancestors`). [`WEB_EMBED_ORIGINS`, default: none] */
  embedOrigins: string[];
  /** Questions one client may ask per minute; 0 turns the limit off. [`WEB_RATE_LIMIT`, default 30] */
  questionsPerMinute: number;
  /** Opens `/admin/report` to whoever presents it; null keeps it hidden (404). [`ADMIN_TOKEN`, default: null] */
  adminToken: string | null;
  /**
   * True behind one reverse proxy that appends the client's address to `X-Forwarded-For`: the
   * rate limit counts that address instead of the proxy's. [`WEB_TRUST_PROXY`, default: false]
   */
  trustProxy: boolean;
  /**
   * The key the conversation carried in the page is signed with, shared by replicas behind one
   * address; null gives each process a random one. [`WEB_CONVERSATION_KEY`, default: null]
   */
  conversationKey: string | null;
}

export const defaultWebConfig = {
  port: 8080,
  host: undefined,
  operator: null,
  embedOrigins: [],
  questionsPerMinute: 30,
  adminToken: null,
  trustProxy: false,
  conversationKey: null,
} as const satisfies WebConfig;

/** Shorter admin tokens are refused: the token is all that guards the report. */
export const minAdminTokenLength = 16;

/** True when `WEB_PORT` is set, so `npm start` serves the page beside the other adapters. */
export function isWebEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.WEB_PORT?.trim());
}

/**
 * Reads and checks the web variables. Empty values count as unset.
 *
 * @throws {ConfigError} naming the variable and what to set it to; never quoting ADMIN_TOKEN or WEB_CONVERSATION_KEY.
 * @example readWebConfig({ WEB_PORT: "8080", WEB_OPERATOR: "Healthwatch Anytown" }).port // 8080
 */
export function readWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  return {
    port: readPort(env.WEB_PORT),
    host: env.WEB_HOST?.trim() || defaultWebConfig.host,
    operator: readOperator(env.WEB_OPERATOR),
    embedOrigins: readEmbedOrigins(env.WEB_EMBED_ORIGINS),
    questionsPerMinute: readRateLimit(env.WEB_RATE_LIMIT),
    adminToken: readSecret("ADMIN_TOKEN", env.ADMIN_TOKEN, "guards /admin/report"),
    trustProxy: readTrustProxy(env.WEB_TRUST_PROXY),
    conversationKey: readSecret(
      "WEB_CONVERSATION_KEY",
      env.WEB_CONVERSATION_KEY,
      "proves a conversation came from this site",
    ),
  };
}

function readPort(raw: string | undefined): number {
  const value = raw?.trim();
  if (!value) return defaultWebConfig.port;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new ConfigError(
      "WEB_PORT",
      `Web: WEB_PORT should be a whole number from 0 to 65535, but it is "${value}". Set it to a free port such as ${defaultWebConfig.port}.`,
    );
  return port;
}

function readOperator(raw: string | undefined): string | null {
  const value = raw?.trim().replace(/\s+/g, " ");
  if (!value) return null;
  if (value.length > 120)
    throw new ConfigError(
      "WEB_OPERATOR",
      `Web: WEB_OPERATOR is ${value.length} characters long; give the organisation's name in at most 120 (e.g. "Healthwatch Anytown").`,
    );
  return value;
}

function readEmbedOrigins(raw: string | undefined): string[] {
  const value = raw?.trim();
  if (!value) return [];
  return value.split(/[\s,]+/).map((origin) => {
    let url: URL | null = null;
    try {
      url = new URL(origin);
    } catch {}
    // An origin is scheme, host and port only: a path or wildcard would not mean what it seems.
    // Capitals and a default port (":443") are how people write them; the browser sends neither.
    const onlyOrigin =
      url !== null &&
      /^https?:$/.test(url.protocol) &&
      url.pathname === "/" &&
      !url.search &&
      !url.hash &&
      !url.username &&
      !url.password &&
      !url.hostname.includes("*") &&
      !/[?#]$/.test(origin);
    if (!url || !onlyOrigin)
      throw new ConfigError(
        "WEB_EMBED_ORIGINS",
        `Web: WEB_EMBED_ORIGINS should list the sites that may embed the page, as origins separated by spaces or commas (e.g. "https://healthwatch-anytown.org.uk https://www.anytown.gov.uk"); "${origin}" is not an http(s) origin.`,
      );
    return url.origin;
  });
}

function readRateLimit(raw: string | undefined): number {
  const value = raw?.trim();
  if (!value) return defaultWebConfig.questionsPerMinute;
  if (!/^\d+$/.test(value))
    throw new ConfigError(
      "WEB_RATE_LIMIT",
      `Web: WEB_RATE_LIMIT should be a whole number of questions per minute for one client (default ${defaultWebConfig.questionsPerMinute}; 0 turns the limit off), but it is "${value}".`,
    );
  return Number(value);
}

/**
 * A secret from `variable`, or null when unset. A short one is refused, saying what it guards and
 * how to make a good one; the value is never quoted.
 */
function readSecret(variable: string, raw: string | undefined, guards: string): string | null {
  const value = raw?.trim();
  if (!value) return null;
  if (value.length < minAdminTokenLength || /\s/.test(value))
    throw new ConfigError(
      variable,
      `Web: ${variable} must be at least ${minAdminTokenLength} characters with no spaces, since it alone ${guards}. Make one with: openssl rand -hex 24`,
    );
  return value;
}

function readTrustProxy(raw: string | undefined): boolean {
  const value = raw?.trim().toLowerCase();
  if (!value || value === "0" || value === "false") return false;
  if (value === "1" || value === "true") return true;
  throw new ConfigError(
    "WEB_TRUST_PROXY",
    `Web: WEB_TRUST_PROXY should be 1 (behind one reverse proxy that sets X-Forwarded-For) or 0, but it is "${raw?.trim()}".`,
  );
}
