// Loads the engine for a terminal command: content warnings to stderr, a clear exit for a bad folder.
import { ContentError, type Engine, type EngineOptions, loadEngine } from "../../src/index.ts";

/** Exit code for usage and setup errors (bad option, missing folder, bad variable). */
export const usageExitCode = 2;

/**
 * Loads the engine, printing each content warning to stderr as `file:line: reason` (unless
 * `quiet`, for a command that lists them itself); exits 2 on a missing or empty folder.
 */
export async function loadEngineForTerminal(
  overrides: Partial<EngineOptions> = {},
  { quiet = false }: { quiet?: boolean } = {},
): Promise<Engine> {
  try {
    const engine = await loadEngine(overrides);
    if (!quiet)
      for (const warning of engine.warnings) console.error(`warning: ${formatWarning(warning)}`);
    return engine;
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`stp-bot: ${error.message}`);
      process.exit(usageExitCode);
    }
    throw error;
  }
}

/** `content/x.md:2: has no title…`, the form editors and editors' tools can jump to. */
export function formatWarning(warning: {
  file: string;
  line: number | null;
  reason: string;
}): string {
  const place = warning.line ? `${warning.file}:${warning.line}` : warning.file;
  return `${place}: ${warning.reason}`;
}
