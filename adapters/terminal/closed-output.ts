// What a terminal command does when its output goes away mid-run: `npm run content:add -- plans/ | head -1`.

/**
 * Keeps a command working when the program reading its output stops reading (`| head -1`, a
 * closed pager): the rest of the output is dropped and the work goes on, so every document is
 * still added. Without a listener, Node throws the write's EPIPE as an uncaught error, a stack
 * trace in the middle of the work. Any other failure to write (a full disk) is said once on
 * stderr and ends the command with status 1 when it is done.
 */
export function carryOnWhenOutputCloses(
  output: NodeJS.WriteStream = process.stdout,
  errors: NodeJS.WritableStream = process.stderr,
): void {
  let said = false;
  output.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || said) return;
    said = true;
    process.exitCode = 1;
    errors.write(`error: could not write the output (${error.code ?? error.message})\n`);
  });
}
