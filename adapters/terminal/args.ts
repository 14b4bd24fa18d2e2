// Parses `npm run ask` arguments into options, or a usage error that names the problem.

/** What `ask` was asked to do. */
export interface AskArgs {
  /** The question from the command line ("" when reading --stdin). */
  question: string | null;
  json: boolean;
  stdin: boolean;
  /** --conversation: with --stdin, lines are one conversation until a blank line. */
  conversation: boolean;
  /** --content DIR: answer from another folder of markdown files. */
  contentDir: string | null;
  /** --log: record the questions in the question log (scripts and evals stay out of it unless they ask). */
  log: boolean;
  help: boolean;
  /** --version: print the bot's version and stop. */
  version: boolean;
}

export const askUsage = `Usage: npm run ask -- [options] "your question"

Options:
  --json           print one JSON object (for other tools)
  --stdin          read one question per line from standard input; print one JSON object per line
  --conversation   with --stdin: the lines are one conversation, so follow-ups ("who leads them?",
                   "tell me more") build on the lines before; a blank line starts a new one
  --content DIR    answer from another folder of markdown documents (default: content/, or CONTENT_DIR)
  --log            record the questions in the question log, like the chat and the bots do
                   (without it, ask records nothing)
  --help           show this help
  --version        print stp-bot's version

Example:
  npm run ask -- "How big is the transformation fund?"`;

/** Reads argv (without node and the script); returns the options or a usage error message. */
export function parseAskArgs(argv: string[]): AskArgs | { error: string } {
  const args: AskArgs = {
    question: null,
    json: false,
    stdin: false,
    conversation: false,
    contentDir: null,
    log: false,
    help: false,
    version: false,
  };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "--json") args.json = true;
    else if (arg === "--stdin") args.stdin = true;
    else if (arg === "--conversation") args.conversation = true;
    else if (arg === "--log") args.log = true;
    else if (arg === "--help" || arg === "-h") args.help = true;
    else if (arg === "--version") args.version = true;
    else if (arg === "--content" || arg.startsWith("--content=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (!value) return { error: "--content needs a folder, e.g. --content ./my-documents" };
      args.contentDir = value;
    } else if (arg.startsWith("--")) {
      return { error: `Unknown option ${arg}. Run npm run ask -- --help for the options.` };
    } else words.push(arg);
  }
  // `npm run ask -- help` asks for the options, as --help does, not about the word "help".
  if (words.length === 1 && /^(help|\?)$/i.test(words[0] ?? "")) args.help = true;
  if (args.help || args.version) return args;
  if (args.conversation && !args.stdin) {
    return {
      error:
        "--conversation reads a conversation from standard input: add --stdin, e.g. npm run ask -- --stdin --conversation",
    };
  }
  if (args.stdin && words.length > 0) {
    return { error: "Give the question either on the command line or with --stdin, not both." };
  }
  if (!args.stdin) {
    if (words.length === 0)
      return {
        error: 'No question given. Example: npm run ask -- "How many STP areas are there?"',
      };
    args.question = words.join(" ");
  }
  return args;
}
