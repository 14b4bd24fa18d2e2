// State shared between replicas (Redis) or kept in memory: re-exports only.
export * from "./answer-store.ts";
export * from "./conversations.ts";
export * from "./first-sightings.ts";
export * from "./rate-limit.ts";
export * from "./redis-link.ts";
export * from "./state.ts";
