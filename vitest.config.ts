import { defineConfig } from "vitest/config";

// Tests never read the developer's own Slack/Discord/web or question log variables: each test
// sets what it needs, and nothing writes to the project's .data/ unless a test asks for it.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
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
    },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
