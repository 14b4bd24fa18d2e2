// A one-line progress bar for a terminal, redrawn in place; lines printed meanwhile go above it.
import type { Writable } from "node:stream";

/** A progress bar; on a stream that is not a terminal every method only passes lines through. */
export interface Progress {
  /** Prints a line above the bar, on `to`. */
  print(line: string, to: Writable): void;
  /** Moves the bar on: `done` of the total, working on `label`. */
  update(done: number, label: string): void;
  /** Removes the bar. */
  finish(): void;
}

const width = 24;

/**
 * A bar on `stream` when `enabled` (a terminal, and enough items to be worth one), else none.
 * @example const progress = createProgress(process.stderr, files.length, process.stderr.isTTY && files.length > 3)
 */
export function createProgress(
  stream: Writable & { columns?: number },
  total: number,
  enabled: boolean,
): Progress {
  let bar = "";
  const clear = () => {
    if (bar) stream.write("\r\x1b[K");
  };
  return {
    print(line, to) {
      clear();
      to.write(`${line}\n`);
      if (bar) stream.write(bar);
    },
    update(done, label) {
      if (!enabled) return;
      const filled = Math.round((done / Math.max(1, total)) * width);
      const head = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} `;
      // A terminal that does not say its width (0) is taken as 80 columns.
      const room = Math.max(10, (stream.columns || 80) - head.length - 1);
      const name = label.length > room ? `…${label.slice(-(room - 1))}` : label;
      clear();
      bar = `${head}${name}`;
      stream.write(bar);
    },
    finish() {
      clear();
      bar = "";
    },
  };
}
