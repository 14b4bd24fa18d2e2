// Fresh embedded databases for tests in a second or two: PGlite's initdb takes about 10 s, so it runs once per machine and every test starts from a copy of the result.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { repoRoot } from "./content-folder.ts";

/**
 * A new temporary question log folder (QUESTION_LOG_DIR) whose database is already made, so
 * opening it takes a second or two rather than initdb's ten. Remove it with `rm` afterwards.
 */
export async function freshQuestionLogDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "stp-question-log-"));
  const db = await PGlite.create(path.join(dir, "pgdata"), { loadDataDir: await template() });
  await db.close();
  return dir;
}

/** A fresh cluster, made once per PGlite version and kept in the temporary folder. */
async function template(): Promise<Blob> {
  const manifest = path.join(repoRoot, "node_modules", "@electric-sql", "pglite", "package.json");
  const { version } = JSON.parse(await readFile(manifest, "utf8")) as { version: string };
  const file = path.join(os.tmpdir(), `stp-bot-pglite-${version}.tar.gz`);
  if (!existsSync(file)) {
    const db = await PGlite.create();
    const dump = await db.dumpDataDir("gzip");
    await db.close();
    // Test files run side by side: write aside, then rename, so none reads half a file.
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, file).catch(() => rm(partial, { force: true }));
  }
  return new Blob([await readFile(file)]);
}
