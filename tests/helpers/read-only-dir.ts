// A folder nothing can be written in, for the test that a read-only question log folder leaves answering unaffected; root ignores permissions, so as root it is a read-only mount.
import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A read-only folder and how to remove it, or why there cannot be one here. */
export async function makeReadOnlyDir(): Promise<
  { dir: string; remove(): Promise<void> } | { skipped: string }
> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "stp-read-only-"));
  const remove = async () => {
    await chmod(dir, 0o700).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  };
  if (process.getuid?.() !== 0) {
    await chmod(dir, 0o555);
    return { dir, remove };
  }
  try {
    await run("mount", ["-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", dir]);
  } catch (error) {
    await remove();
    return {
      skipped: `running as root, where permissions do not stop writes, and a read-only mount failed (${(error as Error).message.split("\n")[0]})`,
    };
  }
  // Make sure: a write must fail.
  const probe = await writeFile(path.join(dir, "probe"), "x").then(
    () => true,
    () => false,
  );
  const unmount = async () => {
    await run("umount", [dir]).catch(() => {});
    await remove();
  };
  if (probe) {
    await unmount();
    return { skipped: "the read-only mount accepted a write" };
  }
  return { dir, remove: unmount };
}
