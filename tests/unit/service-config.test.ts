// The service variables: defaults, what each accepts, and errors that name the variable.
import { describe, expect, it } from "vitest";
import { defaultServiceConfig, readServiceConfig } from "../../adapters/service/config.ts";
import { ConfigError } from "../../src/index.ts";

describe("readServiceConfig", () => {
  it("defaults to port 9090, info, no questions logged, state in memory and a 10 s grace", () => {
    expect(readServiceConfig({})).toEqual({
      healthPort: 9090,
      healthPortSet: false,
      logLevel: "info",
      logQuestions: false,
      redisUrl: null,
      shutdownGraceMs: 10_000,
    });
    expect(defaultServiceConfig.healthPort).toBe(9090);
  });

  it("reads HEALTH_PORT, LOG_LEVEL, LOG_QUESTIONS and REDIS_URL", () => {
    const config = readServiceConfig({
      HEALTH_PORT: "0",
      LOG_LEVEL: "DEBUG",
      LOG_QUESTIONS: "1",
      REDIS_URL: "redis://:secret@redis:6379",
    });
    expect(config).toMatchObject({
      healthPort: 0,
      logLevel: "debug",
      logQuestions: true,
      redisUrl: "redis://:secret@redis:6379",
    });
  });

  it("turns the health listener off with HEALTH_PORT=off", () => {
    expect(readServiceConfig({ HEALTH_PORT: "off" }).healthPort).toBeNull();
  });

  it("puts a Discord shard on HEALTH_PORT plus its shard id", () => {
    expect(readServiceConfig({ HEALTH_PORT: "9090", SHARDS: "2" }).healthPort).toBe(9092);
    expect(readServiceConfig({ HEALTH_PORT: "0", SHARDS: "2" }).healthPort).toBe(0);
  });

  it.each([
    ["HEALTH_PORT", { HEALTH_PORT: "ninety" }, "whole number"],
    ["LOG_LEVEL", { LOG_LEVEL: "loud" }, "one of trace, debug, info"],
    ["LOG_QUESTIONS", { LOG_QUESTIONS: "yes please" }, "1 (on) or 0 (off)"],
    ["REDIS_URL", { REDIS_URL: "http://redis:6379" }, "redis://"],
    ["REDIS_URL", { REDIS_URL: "redis://:pw@redis:6379/notanumber" }, "database number"],
    ["REDIS_URL", { REDIS_URL: "redis://:p%zzw@redis:6379" }, "write a % in it as %25"],
  ])("throws a ConfigError naming %s for a bad value", (variable, env, hint) => {
    expect(() => readServiceConfig(env)).toThrow(ConfigError);
    expect(() => readServiceConfig(env)).toThrow(variable);
    expect(() => readServiceConfig(env)).toThrow(hint);
  });

  it("never quotes a REDIS_URL, which can carry a password", () => {
    expect(() => readServiceConfig({ REDIS_URL: "mysql://u:hunter2@db" })).not.toThrow(/hunter2/);
    expect(() => readServiceConfig({ REDIS_URL: "redis://:hunter2%@db/x" })).not.toThrow(/hunter2/);
  });
});
