import { defineConfig } from "vitest/config";

// Tests never read the developer's own Slack/Discord or question log variables: each test sets
// what it needs, and nothing writes to the project's .data/ unless a test asks for it.
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
    },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
