import { defineConfig } from "vitest/config";

/**
 * The Dockerfile's build steps (two `npm ci`s and a build, mostly disk) slow every test beside
 * them, so they run last, on their own: the whole run is shorter that way.
 */
const dockerfileTest = "tests/e2e/dockerfile.test.ts";

// Tests never read the developer's own Slack/Discord/web, service or question log variables: each
// test sets what it needs, and nothing writes to the project's .data/ unless a test asks for it.
export default defineConfig({
  test: {
    reporters: ["default", "./tests/summary-reporter.ts"],
    setupFiles: ["./tests/setup.ts"],
    env: {
      SLACK_BOT_TOKEN: "",
      SLACK_APP_TOKEN: "",
      SLACK_SIGNING_SECRET: "",
      DISCORD_TOKEN: "",
      DISCORD_APPLICATION_ID: "",
      CONTENT_DIR: "",
      QUESTION_LOG: "off",
      QUESTION_LOG_DAYS: "",
      QUESTION_LOG_DIR: "",
      DATABASE_URL: "",
      FEEDBACK_LOG: "",
      WEB_PORT: "",
      WEB_OPERATOR: "",
      WEB_EMBED_ORIGINS: "",
      WEB_RATE_LIMIT: "",
      WEB_TRUST_PROXY: "",
      ADMIN_TOKEN: "",
      REDIS_URL: "",
      LOG_LEVEL: "",
      LOG_QUESTIONS: "",
      DISCORD_SHARDS: "",
      DISCORD_SHARD_COUNT: "",
    },
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: "stp-bot", include: ["tests/**/*.test.ts"], exclude: [dockerfileTest] },
      },
      {
        extends: true,
        test: { name: "container", include: [dockerfileTest], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
