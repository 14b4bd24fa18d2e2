import { defineConfig } from "vitest/config";

// Tests never read the developer's own Slack/Discord variables: each test sets what it needs.
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
    },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
