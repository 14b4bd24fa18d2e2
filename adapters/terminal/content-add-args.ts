// Parses `npm run content:add` arguments into import options, or a usage error that names the problem.
import { isRealDate } from "../../src/import/metadata.ts";

/** What `content:add` was asked to do. */
export interface ContentAddArgs {
  /** Files, folders and http(s) addresses, as given. */
  inputs: string[];
  contentDir: string | null;
  title: string | null;
  publisher: string | null;
  date: string | null;
  force: boolean;
  help: boolean;
  /** --version: print the bot's version and stop. */
  version: boolean;
}

/** The help `--help` prints, and usage errors end with. */
export const contentAddUsage = `Usage: npm run content:add -- FILE_OR_URL... [options]

Adds documents to the bot: each PDF, Word file (.docx), web page (.html, .htm or an http(s)
address), markdown or text file becomes one markdown file in the content folder. A folder adds
every such file in it.

Options:
  --content DIR     write into DIR (default: CONTENT_DIR, else content/)
  --title T         the document's title (default: its own, else its first heading)
  --publisher P     who published it (default: its own metadata, else left out)
  --date YYYY-MM-DD when it was published (default: its own metadata, else left out)
  --force           replace the file a document was added to before
  --help            show this help
  --version         print stp-bot's version

Example:
  npm run content:add -- ~/Downloads/nhs-long-term-plan.pdf`;

const valueFlags = ["--content", "--title", "--publisher", "--date"] as const;

/** Reads argv (without node and the script); returns the arguments or a usage error message. */
export function parseContentAddArgs(argv: string[]): ContentAddArgs | { error: string } {
  const args: ContentAddArgs = {
    inputs: [],
    contentDir: null,
    title: null,
    publisher: null,
    date: null,
    force: false,
    help: false,
    version: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      args.inputs.push(...argv.slice(i + 1));
      break;
    }
    const flag = valueFlags.find((name) => arg === name || arg.startsWith(`${name}=`));
    if (flag) {
      const value = (arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i])?.trim();
      if (!value || (!arg.includes("=") && value.startsWith("--")))
        return { error: `${flag} needs a value, e.g. ${example[flag]}` };
      if (flag === "--content") args.contentDir = value;
      else if (flag === "--title") args.title = value;
      else if (flag === "--publisher") args.publisher = value;
      else args.date = value;
    } else if (arg === "--force") args.force = true;
    else if (arg === "--help" || arg === "-h") args.help = true;
    else if (arg === "--version") args.version = true;
    else if (arg.startsWith("--"))
      return { error: `Unknown option ${arg}. Run npm run content:add -- --help for the options.` };
    else args.inputs.push(arg);
  }
  if (args.help || args.version) return args;
  if (args.inputs.length === 0)
    return {
      error: "No file or address given. Example: npm run content:add -- ~/Downloads/plan.pdf",
    };
  if (args.date && !isRealDate(args.date))
    return {
      error: `--date "${args.date}" is not a date: write it as YYYY-MM-DD, e.g. --date 2019-01-07`,
    };
  return args;
}

const example: Record<(typeof valueFlags)[number], string> = {
  "--content": "--content ./my-documents",
  "--title": '--title "NHS Long Term Plan"',
  "--publisher": '--publisher "NHS England"',
  "--date": "--date 2019-01-07",
};
