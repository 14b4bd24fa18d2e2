// Opening the embedded question log when its folder holds something that is not a database: the message names the path and says what to do, and nothing of the user's is deleted.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/question-log/index.ts";

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("a question log folder whose database cannot be opened", () => {
  it("says a pgdata that is a file is not a folder, at once, and leaves it there", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "stp-question-log-"));
    await writeFile(path.join(dir, "pgdata"), "notes\n");
    const started = Date.now();
    const error = await openDatabase({ databaseUrl: null, dataDir: dir }).catch((e: Error) => e);
    // Before, it took PGlite about 4 s to fail with "[object Object]".
    expect(String(error)).toContain(`${path.join(dir, "pgdata")} is not a folder`);
    expect(String(error)).toContain("move it away");
    expect(String(error)).not.toContain("[object Object]");
    expect(Date.now() - started).toBeLessThan(2000);
    expect(existsSync(path.join(dir, "pgdata"))).toBe(true);
  });

  it("gives PGlite's reason for a damaged database folder, and what to do", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "stp-question-log-"));
    await mkdir(path.join(dir, "pgdata"));
    await writeFile(path.join(dir, "pgdata", "PG_VERSION"), "not a version\n");
    const error = await openDatabase({ databaseUrl: null, dataDir: dir }).catch((e: Error) => e);
    expect(String(error)).toMatch(/PGlite in .*pgdata: .+\. If it is damaged, move .*pgdata away/);
    expect(String(error)).toContain("QUESTION_LOG=off");
  }, 30_000);
});
