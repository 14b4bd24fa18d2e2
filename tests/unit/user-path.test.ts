// fromWhereTyped: a path typed on the command line is read from the folder it was typed in, though npm run starts scripts in the project's.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fromWhereTyped } from "../../adapters/terminal/user-path.ts";

describe("fromWhereTyped", () => {
  it("reads a relative path from INIT_CWD, the folder npm run was typed in", () => {
    expect(fromWhereTyped("plan.pdf", { INIT_CWD: "/home/ann/stp-bot/docs" })).toBe(
      path.resolve("/home/ann/stp-bot/docs/plan.pdf"),
    );
    expect(fromWhereTyped("../gaps.html", { INIT_CWD: "/home/ann/stp-bot/docs" })).toBe(
      path.resolve("/home/ann/stp-bot/gaps.html"),
    );
  });

  it("reads it from the working folder when not run by npm, and leaves absolute paths and addresses", () => {
    expect(fromWhereTyped("plan.pdf", {})).toBe(path.resolve(process.cwd(), "plan.pdf"));
    expect(fromWhereTyped("/srv/plan.pdf", { INIT_CWD: "/home/ann" })).toBe("/srv/plan.pdf");
    expect(fromWhereTyped("https://example.org/plan.pdf", { INIT_CWD: "/home/ann" })).toBe(
      "https://example.org/plan.pdf",
    );
  });
});
