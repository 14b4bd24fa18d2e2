// The turns of each live conversation, in memory only and bounded: the one thing adapters keep for follow-ups.
import { maxTurns, rememberTurn, type Turn } from "../../src/index.ts";

/** Options for {@link createConversationStore}. */
export interface ConversationStoreOptions {
  /** Turns kept per conversation; older ones are forgotten first. [default: 5] */
  maxTurns?: number;
  /** A conversation is forgotten this long after its last answer. [default: 24 hours] */
  ttlMs?: number;
  /** Conversations kept at once; past it, the one answered longest ago goes. [default: 10,000] */
  maxConversations?: number;
  /** The clock, in milliseconds; tests pass their own. [default: Date.now] */
  now?: () => number;
}

/** A value now, or once a shared store (Redis) has answered. */
export type Awaitable<T> = T | Promise<T>;

/**
 * Each platform conversation's earlier turns, by a key the adapter makes (channel and thread).
 * Adapters `await` every call, so the same shape serves the in-memory store and one shared by
 * several replicas (adapters/shared-state/).
 */
export interface ConversationStore {
  /**
   * The earlier turns under `key`, oldest first: [] when there are none, or they were forgotten.
   * With `maxIdleMs`, a conversation whose last answer is older than that is over: it is
   * forgotten and [] returned (a DM is one conversation for 30 minutes after an answer).
   */
  turns(key: string, options?: { maxIdleMs?: number }): Awaitable<Turn[]>;
  /** True while a conversation is kept under `key`: the bot answered there and has not forgotten. */
  has(key: string): Awaitable<boolean>;
  /**
   * Adds a turn under `key`, after the turns already there, or after `earlier` when they are kept
   * under another key (Discord: a reply to an older answer carries on from that answer).
   */
  add(key: string, turn: Turn, earlier?: readonly Turn[]): Awaitable<void>;
  /** Forgets the conversation under `key` ("new" in the terminal). */
  forget(key: string): Awaitable<void>;
}

/** The in-memory store: every call answers at once, and it knows its size. */
export interface MemoryConversationStore extends ConversationStore {
  turns(key: string, options?: { maxIdleMs?: number }): Turn[];
  has(key: string): boolean;
  add(key: string, turn: Turn, earlier?: readonly Turn[]): void;
  forget(key: string): void;
  /** How many conversations are kept. */
  readonly size: number;
}

/** The bounds every adapter uses unless it passes its own: 5 turns, 24 hours, 10,000 conversations. */
export const defaultConversationOptions = {
  maxTurns,
  ttlMs: 24 * 60 * 60 * 1000,
  maxConversations: 10_000,
} as const;

/**
 * An in-memory store, never written to disk. A Map keeps insertion order and every answer
 * re-inserts its conversation, so the first entry is always the one answered longest ago: both
 * the expiry sweep and the cap only ever look at the front.
 *
 * @example
 * const store = createConversationStore();
 * const answer = engine.ask(text, store.turns(key));
 * store.add(key, toTurn(text, answer));
 */
export function createConversationStore(
  options: ConversationStoreOptions = {},
): MemoryConversationStore {
  const {
    maxTurns: keep,
    ttlMs,
    maxConversations,
  } = { ...defaultConversationOptions, ...definedOnly(options) };
  const now = options.now ?? Date.now;
  for (const [name, value] of Object.entries({ maxTurns: keep, ttlMs, maxConversations })) {
    if (!Number.isFinite(value) || value < 1)
      throw new RangeError(`createConversationStore: ${name} must be at least 1, got ${value}`);
  }
  const entries = new Map<string, { turns: Turn[]; answeredAt: number }>();

  /** The entry under `key` if it is still live; an expired one is dropped on sight. */
  function live(key: string) {
    const entry = entries.get(key);
    if (entry && now() - entry.answeredAt > ttlMs) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function sweep(): void {
    const time = now();
    for (const [key, entry] of entries) {
      if (entries.size <= maxConversations && time - entry.answeredAt <= ttlMs) break;
      entries.delete(key);
    }
  }

  return {
    turns(key, { maxIdleMs } = {}) {
      const entry = live(key);
      if (!entry) return [];
      if (maxIdleMs !== undefined && now() - entry.answeredAt > maxIdleMs) {
        entries.delete(key);
        return [];
      }
      return entry.turns;
    },
    has: (key) => live(key) !== undefined,
    add(key, turn, earlier) {
      const previous = earlier ?? live(key)?.turns ?? [];
      entries.delete(key);
      entries.set(key, { turns: rememberTurn(previous, turn, keep), answeredAt: now() });
      sweep();
    },
    forget(key) {
      entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
