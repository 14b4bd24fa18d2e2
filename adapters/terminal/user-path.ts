// Paths typed on the command line, read from the folder the user typed them in.
import path from "node:path";
import { hasScheme } from "../../src/import/index.ts";

/**
 * `given` resolved against the folder the command was typed in. `npm run` starts scripts in the
 * project's folder and leaves the user's in INIT_CWD, so `npm run content:add -- plan.pdf` typed
 * in `docs/` would otherwise look for the project's `plan.pdf`. Absolute paths and addresses
 * (`https://…`, `ftp://…`) are left as they are.
 * @example fromWhereTyped("plan.pdf") // "/home/ann/stp-bot/docs/plan.pdf", typed in docs/
 */
export function fromWhereTyped(given: string, env: NodeJS.ProcessEnv = process.env): string {
  if (hasScheme(given) || path.isAbsolute(given)) return given;
  return path.resolve(whereTyped(env), given);
}

/** The folder the command was typed in: INIT_CWD under `npm run`, else the working folder. */
export function whereTyped(env: NodeJS.ProcessEnv = process.env): string {
  return env.INIT_CWD || process.cwd();
}
