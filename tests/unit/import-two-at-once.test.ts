// Two content:add runs at the same moment: each read the folder before the other wrote, and neither overwrites the other's document.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  importDocument,
  indexContentFolder,
  resolveImportOptions,
} from "../../src/import/index.ts";
import { makeContentFolder, removeFolder } from "../helpers/content-folder.ts";

let folders: string[] = [];
afterEach(async () => {
  for (const folder of folders) await removeFolder(folder);
  folders = [];
});

describe("two content:add runs at once", () => {
  it("gives the second document the next free name instead of writing over the first", async () => {
    const inputs = await makeContentFolder({});
    const output = await makeContentFolder({});
    folders.push(inputs, output);
    await writeFile(path.join(inputs, "a.txt"), "The gadget fund opens in May 2017.\n");
    await writeFile(path.join(inputs, "b.txt"), "The sprocket plan covers every area.\n");
    const options = resolveImportOptions({ contentDir: output, title: "Board papers" }, {});
    // Both read the folder first, as two processes started together do.
    const first = await indexContentFolder(output);
    const second = await indexContentFolder(output);
    const a = await importDocument(path.join(inputs, "a.txt"), options, first);
    const b = await importDocument(path.join(inputs, "b.txt"), options, second);
    expect(a).toMatchObject({ status: "written" });
    expect(b).toMatchObject({ status: "written" });
    expect((await readdir(output)).filter((name) => name.endsWith(".md")).sort()).toEqual([
      "board-papers-2.md",
      "board-papers.md",
    ]);
    expect(await readFile(path.join(output, "board-papers.md"), "utf8")).toContain("gadget fund");
    expect(await readFile(path.join(output, "board-papers-2.md"), "utf8")).toContain("sprocket");
  });
});
