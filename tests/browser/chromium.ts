// Debian's Chromium, started headless for the browser tests through playwright-core, or the reason it could not be, for the tests to print as they skip.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { type Browser, chromium, type Page } from "playwright-core";

/** Where Debian puts Chromium; `CHROMIUM_PATH` names another. */
export const chromiumPath = process.env.CHROMIUM_PATH?.trim() || "/usr/bin/chromium";

/**
 * Flags for a sandboxed machine run as root with no network but loopback: without the
 * background-networking ones Chromium keeps dialling Google's hosts and failing.
 */
const flags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts Chromium, or says why it cannot: the file is missing, or it would not start. */
export async function launchChromium(): Promise<{ browser: Browser } | { skip: string }> {
  if (!existsSync(chromiumPath))
    return {
      skip: `${chromiumPath} not found; install Debian's chromium (apt-get install chromium, as .ci/run does) or set CHROMIUM_PATH`,
    };
  try {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: flags,
      timeout: 30_000,
    });
    return { browser };
  } catch (error) {
    const first = String(error instanceof Error ? error.message : error).split("\n")[0];
    return { skip: `${chromiumPath} could not start: ${first}` };
  }
}

/** One axe-core violation, as much of it as a failing test needs to say. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

let axeSource: string | undefined;

/**
 * Runs axe-core on the page as it is, every rule on (WCAG 2.0–2.2 A and AA and best practice).
 * It is put in through the DevTools protocol, which the page's Content-Security-Policy does
 * not apply to, so the page is checked with its real headers.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(
    createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
    "utf8",
  );
  await page.evaluate(axeSource);
  // A string, not a function: the tests are type-checked without the browser's DOM types.
  return page.evaluate<
    AxeViolation[]
  >(`axe.run(document, { resultTypes: ["violations"] }).then((result) =>
    result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    })))`);
}
