// A real redis-server (Debian's package) on a free port of 127.0.0.1 for the tests that share state through it; a printed reason when there is none.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import path from "node:path";

/** A redis-server this test started. */
export interface TestRedis {
  url: string;
  port: number;
  /** Kills it at once (SIGKILL), as a crashed or unplugged Redis. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts redis-server with nothing saved to disk, or returns why it could not (not installed, or
 * not answering PING within 5 s) so the test can skip saying so. `.ci/run` installs the package.
 *
 * @example const redis = await startTestRedis(); if (typeof redis === "string") console.warn(`skipped: ${redis}`);
 */
export async function startTestRedis(): Promise<TestRedis | string> {
  const binary = findRedisServer();
  if (!binary)
    return "redis-server is not installed (Debian: apt-get install redis-server; .ci/run installs it)";
  const port = await freePort();
  let child: ChildProcess | null = null;
  const launch = async (): Promise<string | null> => {
    child = spawn(
      binary,
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { stdio: "ignore" },
    );
    if (await answersPing(port, 5000)) return null;
    child.kill("SIGKILL");
    return `redis-server (${binary}) did not answer PING on 127.0.0.1:${port} within 5 s`;
  };
  const failure = await launch();
  if (failure) return failure;
  const end = async (signal: NodeJS.Signals) => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill(signal);
    await exited;
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => end("SIGKILL"),
    async restart() {
      await end("SIGKILL");
      const again = await launch();
      if (again) throw new Error(again);
    },
    stop: () => end("SIGTERM"),
  };
}

function findRedisServer(): string | null {
  const dirs = [...(process.env.PATH ?? "").split(path.delimiter), "/usr/bin", "/usr/sbin"];
  for (const dir of dirs) {
    const candidate = path.join(dir, "redis-server");
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function answersPing(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const pong = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: "127.0.0.1", port }, () => socket.write("PING\r\n"));
      socket.setTimeout(500, () => {
        socket.destroy();
        resolve(false);
      });
      socket.once("data", (data) => {
        socket.destroy();
        resolve(String(data).startsWith("+PONG"));
      });
      socket.once("error", () => resolve(false));
    });
    if (pong) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
