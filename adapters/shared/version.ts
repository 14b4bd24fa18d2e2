// The bot's version, from package.json: printed by each command's --version and exported as a metric, so a bug report or a dashboard can say which release it was.
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/index.ts";

/** stp-bot's version as package.json gives it ("0.1.0"); "unknown" if it cannot be read. */
export const botVersion: string = readVersion();

/** What `--version` prints: `stp-bot 0.1.0`. */
export const versionLine = `stp-bot ${botVersion}`;

function readVersion(): string {
  try {
    const json = JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as {
      version?: unknown;
    };
    return typeof json.version === "string" ? json.version : "unknown";
  } catch {
    return "unknown";
  }
}
