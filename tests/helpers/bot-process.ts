// Runs one of the bot's entry points as its own process, as an operator would, and reads its JSON log.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
/**
 * Node with tsx's loader, rather than the `tsx` command: that command runs the script in a second
 * process, which a SIGKILL to the first leaves running after the test, holding its ports.
 */
const nodeWithTsx = [
  process.execPath,
  "--import",
  pathToFileURL(path.join(repoRoot, "node_modules/tsx/dist/loader.mjs")).href,
];

/** A bot process and what it has printed. */
export interface BotProcess {
  child: ChildProcess;
  /** stdout and stderr so far. */
  output(): string;
  /** stdout alone so far. */
  stdout(): string;
  /** stderr alone so far. */
  stderr(): string;
  /** Resolves with the exit code (or 128 + signal number when killed by one). */
  exit: Promise<number>;
  /** Waits for a line matching `pattern` and returns the match. */
  waitForLog(pattern: RegExp, what: string, timeoutMs?: number): Promise<RegExpExecArray>;
}

/** Options for {@link startBotProcess}. */
export interface BotProcessOptions {
  /** Command and arguments instead of `tsx script` (e.g. `node dist/adapters/start.js`). */
  command?: string[];
  /** Working folder. [default: the repository] */
  cwd?: string;
  /** Give the process a stdin to write to (`child.stdin`), as the terminal chat reads. [default: none] */
  stdin?: boolean;
}

/**
 * Starts `script` (relative to the repository) under tsx with only PATH, HOME, HEALTH_PORT=0,
 * QUESTION_LOG=off and `env`: the developer's own variables stay out, bots started at once do
 * not fight over the health port, and none writes a question log unless `env` turns it on.
 */
export function startBotProcess(
  script: string,
  env: Record<string, string>,
  { command, cwd = repoRoot, stdin = false }: BotProcessOptions = {},
): BotProcess {
  const [file, ...args] = command ?? [...nodeWithTsx, path.join(repoRoot, script)];
  const child = spawn(file ?? process.execPath, args, {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? repoRoot,
      HEALTH_PORT: "0",
      // Nothing is written to the project's .data/ unless a test asks for the question log.
      QUESTION_LOG: "off",
      ...env,
    },
    stdio: [stdin ? "pipe" : "ignore", "pipe", "pipe"],
  });
  let output = "";
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
    stdout += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
    stderr += String(chunk);
  });
  const exit = new Promise<number>((resolve) =>
    child.on("exit", (code, signal) =>
      resolve(code ?? 128 + (signal === "SIGKILL" ? 9 : signal === "SIGINT" ? 2 : 15)),
    ),
  );
  return {
    child,
    output: () => output,
    stdout: () => stdout,
    stderr: () => stderr,
    exit,
    async waitForLog(pattern, what, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = pattern.exec(output);
        if (match) return match;
        if (child.exitCode !== null || Date.now() > deadline)
          throw new Error(
            `${child.exitCode !== null ? `exited ${child.exitCode}` : `no ${what} within ${timeoutMs} ms`} waiting for ${what}; output:\n${output}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}

/** The events URL a Slack bot in HTTP mode logs when it listens. */
export const slackEventsUrl = /http:\/\/localhost:\d+\/slack\/events/;

/** The health port the service logs when it listens. */
export const healthPortLine = /\/metrics on port (\d+)/;
