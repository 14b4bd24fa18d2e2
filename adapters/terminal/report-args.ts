// Parses `npm run report` arguments into options, or a usage error that names the problem.
import { readSince } from "../../src/report/index.ts";

/** What `report` was asked to do. */
export interface ReportArgs {
  /** --since: only what was asked from then on; null for everything kept. */
  since: Date | null;
  /** --out: the HTML file; null when not given. */
  out: string | null;
  /** --content: the bot's documents, for titles and the ones never cited; null for CONTENT_DIR or content/. */
  content: string | null;
  /** --json: print the figures as one JSON object. */
  json: boolean;
  help: boolean;
  /** --version: print the bot's version and stop. */
  version: boolean;
}

/** Where the HTML goes unless --out says otherwise. */
export const defaultReportFile = "report.html";

export const reportUsage = `Usage: npm run report -- [--since 30d] [--out report.html] [--content DIR] [--json]

Builds the content owners' report from the question log: questions per week (answered and
declined), coverage gaps (declined questions grouped by subject), answers people marked 👎,
the most asked topics, and the documents cited most and never. Writes one HTML file that opens
from disk without a network, and prints a short summary.

Options:
  --since WHEN   only questions and votes since WHEN: a number of days or weeks (30d, 12w; 0d
                 is today) or a date (2026-11-01) (default: everything kept)
  --out FILE     write the HTML to FILE (default: ${defaultReportFile})
  --content DIR  the documents the bot answers from, for their titles and the ones never cited
                 (default: CONTENT_DIR, else content/, as for the bot)
  --json         print the figures as one JSON object instead of the summary; writes HTML only
                 when --out is given too
  --help         show this help
  --version      print stp-bot's version

Example:
  npm run report -- --since 30d --out ~/stp-report.html`;

/** Reads argv (without node and the script); returns the options or a usage error message. */
export function parseReportArgs(
  argv: string[],
  now: Date = new Date(),
): ReportArgs | { error: string } {
  const args: ReportArgs = {
    since: null,
    out: null,
    content: null,
    json: false,
    help: false,
    version: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const flag = ["--since", "--out", "--content"].find(
      (name) => arg === name || arg.startsWith(`${name}=`),
    );
    if (flag) {
      const value = (arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i])?.trim();
      if (!value || (!arg.includes("=") && value.startsWith("--")))
        return {
          error: `${flag} needs a value, e.g. ${{ "--since": "--since 30d", "--out": "--out report.html" }[flag] ?? "--content my-docs"}`,
        };
      if (flag === "--out") args.out = value;
      else if (flag === "--content") args.content = value;
      else {
        args.since = readSince(value, now);
        if (!args.since)
          return {
            error: `--since "${value}" is not a period or a date: write a number of days or weeks (30d, 12w) or a date (2026-11-01)`,
          };
      }
    } else if (arg === "--json") args.json = true;
    else if (arg === "--help" || arg === "-h") args.help = true;
    else if (arg === "--version") args.version = true;
    else if (arg === "--") continue;
    else return { error: `Unknown option ${arg}. Run npm run report -- --help for the options.` };
  }
  return args;
}
