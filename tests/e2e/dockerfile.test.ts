// The Dockerfile without Docker (CI has no daemon): its build and start steps run as plain shell steps in a clean copy, up to a first answer; then its own lint, and hadolint where installed.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  healthPortLine,
  repoRoot,
  slackEventsUrl,
  startBotProcess,
} from "../helpers/bot-process.ts";
import { startFakeSlackApi, waitFor } from "./fakes/slack-api.ts";
import { eventCallback, mention, postSigned } from "./fakes/slack-requests.ts";

/** One instruction of the Dockerfile, continuation lines joined. */
interface Instruction {
  keyword: string;
  args: string;
}

/** A stage: its name, instructions, and the folder that stands for its WORKDIR here. */
interface Stage {
  name: string;
  image: string;
  instructions: Instruction[];
  dir: string;
  env: Record<string, string>;
}

const dockerfile = readFileSync(path.join(repoRoot, "Dockerfile"), "utf8");
const instructions = parseDockerfile(dockerfile);
const work = mkdtempSync(path.join(tmpdir(), "stp-docker-"));

// Hundreds of megabytes of node_modules: removed in the background rather than holding up the run.
afterAll(() => spawn("rm", ["-rf", work], { detached: true, stdio: "ignore" }).unref());

describe("the Dockerfile's steps, run as plain shell steps", () => {
  it("builds in one folder, copies the runtime's parts to another, and answers a first question there from the built-in snapshot", async () => {
    const stages = runStages(instructions, work);
    const runtime = stages.at(-1);
    if (!runtime) throw new Error("Dockerfile: no stage");
    // Production dependencies only, and no sources or tests in the runtime.
    expect(existsSync(path.join(runtime.dir, "node_modules/pino"))).toBe(true);
    expect(existsSync(path.join(runtime.dir, "node_modules/typescript"))).toBe(false);
    expect(existsSync(path.join(runtime.dir, "node_modules/vitest"))).toBe(false);
    expect(existsSync(path.join(runtime.dir, "src"))).toBe(false);
    expect(existsSync(path.join(runtime.dir, "tests"))).toBe(false);
    const snapshots = listSnapshots(path.join(runtime.dir, ".cache"));
    expect(snapshots.length).toBeGreaterThan(0);

    const cmd = jsonArgs(lastOf(runtime, "CMD"));
    expect(cmd).toEqual(["node", "dist/adapters/start.js"]);
    const botToken = "xoxb-4242-4242-dockerTestBotToken";
    const signingSecret = "d0c4e2d0c4e2d0c4e2d0c4e2d0c4e2d0";
    const fake = await startFakeSlackApi({ botToken });
    const bot = startBotProcess(
      "",
      {
        ...runtime.env,
        SLACK_BOT_TOKEN: botToken,
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_API_URL: fake.apiUrl,
        // As `docker run -e` would: free ports, since tests run side by side. The web page too,
        // whose server then answers /healthz (HEALTH_PORT names the same port).
        PORT: "0",
        WEB_PORT: "0",
        WEB_HOST: "127.0.0.1",
        HEALTH_PORT: "0",
        // The question log on, as in production: its embedded database goes in the image's
        // writable .data/, which shows its packages are among the production dependencies.
        QUESTION_LOG: "on",
      },
      { command: cmd, cwd: runtime.dir },
    );
    try {
      const url = (await bot.waitForLog(slackEventsUrl, "the events URL", 30_000))[0];
      const healthPort = (await bot.waitForLog(healthPortLine, "the health port"))[1] ?? "";
      // The web page's styles come from the runtime's copy of adapters/web/static.
      const page = await (
        await fetch(`http://127.0.0.1:${healthPort}/?q=How+many+STP+areas`)
      ).text();
      expect(page).toContain("Where this comes from");
      const event = mention("How many STP areas are there?");
      expect((await postSigned(url, signingSecret, { json: eventCallback(event) })).status).toBe(
        200,
      );
      const reply = await waitFor("the first answer", () =>
        fake.callsTo("chat.postMessage").find((call) => call.body.thread_ts === event.ts),
      );
      expect(JSON.stringify(reply.body.blocks)).toContain("*[1]* ");
      // The HEALTHCHECK's own command, as Docker would run it.
      const check = jsonArgs(lastOf(runtime, "HEALTHCHECK").replace(/^.*?CMD\s+/, ""));
      const [file = "node", ...args] = check;
      const health = spawnSync(file, args, {
        cwd: runtime.dir,
        env: { PATH: process.env.PATH ?? "", HEALTH_PORT: healthPort },
        encoding: "utf8",
      });
      expect(health.status).toBe(0);
      // The answer came from the snapshot built into the image: nothing was parsed or saved.
      expect(listSnapshots(path.join(runtime.dir, ".cache"))).toEqual(snapshots);
      bot.child.kill("SIGTERM");
      expect(await bot.exit).toBe(0);
    } finally {
      bot.child.kill("SIGKILL");
      await fake.close();
    }
  }, 300_000);
});

describe("the Dockerfile, linted", () => {
  const stages = splitStages(instructions);
  const final = stages.at(-1);

  it("pins every base image to a version, never latest", () => {
    for (const stage of stages) {
      expect(stage.image, `FROM ${stage.image}`).toMatch(/^[\w./-]+:[\w.${}-]+$/);
      expect(stage.image).not.toMatch(/:latest$/);
    }
  });

  it("runs as a non-root user, with a HEALTHCHECK, and CMD in exec form so SIGTERM reaches node", () => {
    expect(final).toBeDefined();
    if (!final) return;
    const user = lastOf(final, "USER");
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(user).not.toBe("");
    expect(lastOf(final, "HEALTHCHECK")).toMatch(/CMD \[/);
    expect(lastOf(final, "CMD")).toMatch(/^\[/);
  });

  it("uses COPY, never ADD, and installs production dependencies only for the runtime", () => {
    expect(instructions.some((i) => i.keyword === "ADD")).toBe(false);
    expect(dockerfile).toContain("npm ci --omit=dev");
    for (const run of instructions.filter((i) => i.keyword === "RUN")) {
      expect(run.args).not.toMatch(/\bsudo\b|curl .*\|\s*sh/);
      if (/apt-get install/.test(run.args)) expect(run.args).toContain("--no-install-recommends");
    }
  });

  it("keeps node_modules, git, caches and secrets out of the build context", () => {
    const ignored = readFileSync(path.join(repoRoot, ".dockerignore"), "utf8").split("\n");
    for (const entry of [".git", "node_modules", ".cache", ".env", "dist"])
      expect(ignored).toContain(entry);
  });

  it("has compose.yaml run the bot with PostgreSQL and Redis, configured by variables", () => {
    const compose = parseYaml(readFileSync(path.join(repoRoot, "compose.yaml"), "utf8"));
    expect(Object.keys(compose.services).sort()).toEqual(["bot", "postgres", "redis"]);
    const env = compose.services.bot.environment;
    expect(env.REDIS_URL).toBe("redis://redis:6379");
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//);
    expect(env.HEALTH_PORT).toBe("9090");
    expect(compose.services.bot.stop_grace_period).toBe("15s");
  });

  it("passes hadolint where it is installed", () => {
    const which = spawnSync("sh", ["-c", "command -v hadolint"], { encoding: "utf8" });
    if (which.status !== 0) {
      console.warn("hadolint is not installed (not in Debian): skipped; the checks above ran");
      return;
    }
    const result = spawnSync("hadolint", [path.join(repoRoot, "Dockerfile")], { encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

function parseDockerfile(text: string): Instruction[] {
  const logical = text
    .split("\n")
    .filter((line) => !/^\s*#/.test(line))
    .join("\n")
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return logical.map((line) => {
    const [keyword = "", ...rest] = line.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(" ") };
  });
}

/** The stages, with the ARG defaults before the first FROM substituted into images. */
function splitStages(all: Instruction[]): Stage[] {
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const instruction of all) {
    if (instruction.keyword === "ARG" && stages.length === 0) {
      const [name = "", value = ""] = instruction.args.split("=");
      args[name] = value;
    } else if (instruction.keyword === "FROM") {
      const [image = "", , name = `stage${stages.length}`] = instruction.args.split(/\s+/);
      const resolved = image.replace(/\$\{(\w+)\}/g, (_, key: string) => args[key] ?? "");
      stages.push({ name, image: resolved, instructions: [], dir: "", env: {} });
    } else stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
}

/**
 * Runs each stage in `root/app`, standing in for its WORKDIR /app as in every stage of a real
 * build (the snapshot's key includes the content files' paths), then moves it aside to
 * `root/<stage name>` for later stages to COPY from; the last stage stays in `root/app`. COPY
 * reads the repository (the build context) or an earlier stage, RUN runs `sh -c`, ENV is kept.
 */
function runStages(all: Instruction[], root: string): Stage[] {
  const stages = splitStages(all);
  for (const [index, stage] of stages.entries()) {
    stage.dir = path.join(root, "app");
    let workdir = "/";
    const local = (where: string) =>
      path.join(stage.dir, path.posix.relative(workdir, path.posix.resolve(workdir, where)));
    for (const { keyword, args } of stage.instructions) {
      // Docker's WORKDIR makes the folder when it is missing, as the runtime stage's /app is.
      if (keyword === "WORKDIR") {
        workdir = args;
        mkdirSync(local("."), { recursive: true });
      } else if (keyword === "ENV")
        for (const [, key = "", value = ""] of args.matchAll(/(\w+)=(\S+)/g))
          stage.env[key] = value.replace(/^\/app(?=\/|$)/, stage.dir);
      else if (keyword === "COPY") {
        const parts = args.split(/\s+/).filter((part) => !part.startsWith("--chown"));
        const from = parts[0]?.startsWith("--from=") ? parts.shift()?.slice(7) : undefined;
        const dest = parts.pop() ?? ".";
        const source = from ? stages.find((s) => s.name === from) : undefined;
        for (const item of parts) {
          const origin = source
            ? path.join(source.dir, path.posix.relative("/app", item))
            : path.join(repoRoot, item);
          const target = dest.endsWith("/")
            ? path.join(local(dest), path.basename(item))
            : local(dest);
          mkdirSync(path.dirname(target), { recursive: true });
          // From an earlier stage, hard links: node_modules is large and never changed after.
          if (source) execFileSync("cp", ["-al", origin, target]);
          else cpSync(origin, target, { recursive: true });
        }
      } else if (keyword === "RUN") {
        execFileSync("sh", ["-c", args], {
          cwd: local("."),
          env: {
            PATH: process.env.PATH ?? "",
            HOME: process.env.HOME ?? root,
            npm_config_prefer_offline: "true",
            ...stage.env,
          },
          stdio: "pipe",
        });
      }
    }
    if (index < stages.length - 1) {
      const aside = path.join(root, stage.name);
      renameSync(stage.dir, aside);
      stage.dir = aside;
    }
  }
  return stages;
}

function lastOf(stage: Stage, keyword: string): string {
  return stage.instructions.filter((i) => i.keyword === keyword).at(-1)?.args ?? "";
}

function jsonArgs(text: string): string[] {
  return JSON.parse(text) as string[];
}

function listSnapshots(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".snapshot.v8"))
    .map((name) => `${name} ${statSync(path.join(dir, name)).mtimeMs}`);
}
