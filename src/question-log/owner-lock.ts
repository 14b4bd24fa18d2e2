// Which process holds the embedded database: PGlite must be opened by one process at a time, so the first takes a lock file and the others go through it.
import { readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

/** The lock, taken; `release` removes the file. */
export interface OwnerLock {
  release(): Promise<void>;
}

/**
 * Takes the lock in `file` for this process, or says which live process holds it. A file left
 * by a process that has died (the bot was killed) is taken over.
 *
 * @example const lock = await takeOwnerLock(".data/question-log/owner.json"); if ("heldBy" in lock) …
 */
export async function takeOwnerLock(file: string): Promise<OwnerLock | { heldBy: number }> {
  const key = path.resolve(file);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(key, `${JSON.stringify({ pid: process.pid })}\n`, { flag: "wx" });
      heldHere.add(key);
      return {
        release: async () => {
          heldHere.delete(key);
          await unlink(key).catch(() => {});
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = await readHolder(key);
    // Our own pid is ours only if this process took the lock: in a container the bot often has
    // the same pid after a restart as before, and then the file is stale.
    const ours = holder === process.pid && heldHere.has(key);
    if (holder !== null && (ours || (holder !== process.pid && isAlive(holder))))
      return { heldBy: holder };
    // Left by a process that is gone (or unreadable): take it over.
    await unlink(key).catch(() => {});
  }
  const holder = await readHolder(key);
  return { heldBy: holder ?? 0 };
}

/** The lock files this process holds. */
const heldHere = new Set<string>();

async function readHolder(file: string): Promise<number | null> {
  try {
    const pid = (JSON.parse(await readFile(file, "utf8")) as { pid?: unknown }).pid;
    return typeof pid === "number" && Number.isInteger(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** True when process `pid` is running (EPERM: it is, as another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
