// Runs one of the project's scripts as a user would, with tsx from the repo root and a clean environment.
import { execFile } from "node:child_process";
import path from "node:path";
import { repoRoot } from "./content-folder.ts";

/** How a script run ended. */
export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");

/** The environment without the developer's Slack, Discord, web or content settings, plus `extra`. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !/^(SLACK_|DISCORD_|WEB_)/.test(key) && key !== "CONTENT_DIR" && key !== "ADMIN_TOKEN",
    ),
  );
  return { ...env, ...extra };
}

/** Runs `script` with `args`, feeding it `input`, and waits for it to exit. */
export function runScript(
  script: string,
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<ScriptRun> {
  return new Promise((resolve) => {
    const child = execFile(
      tsx,
      [script, ...args],
      { cwd: repoRoot, env: cleanEnv(options.env), timeout: 25_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
    child.stdin?.end(options.input ?? "");
  });
}
