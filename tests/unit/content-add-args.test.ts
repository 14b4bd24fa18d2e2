// `npm run content:add` arguments: files and addresses, the four value flags and --force, or a usage error naming the problem.
import { describe, expect, it } from "vitest";
import { parseContentAddArgs } from "../../adapters/terminal/content-add-args.ts";

describe("parseContentAddArgs", () => {
  it("reads files, folders and addresses in order, with every flag", () => {
    expect(
      parseContentAddArgs([
        "plan.pdf",
        "--content",
        "docs",
        "--title=NHS Long Term Plan",
        "--publisher",
        "NHS England",
        "--date",
        "2019-01-07",
        "--force",
        "https://example.org/page",
      ]),
    ).toEqual({
      inputs: ["plan.pdf", "https://example.org/page"],
      contentDir: "docs",
      title: "NHS Long Term Plan",
      publisher: "NHS England",
      date: "2019-01-07",
      force: true,
      help: false,
      version: false,
    });
  });

  it("reads everything after -- as a file name", () => {
    expect(parseContentAddArgs(["--", "--odd-name.pdf"])).toMatchObject({
      inputs: ["--odd-name.pdf"],
    });
  });

  it.each([
    [[], "No file or address given. Example: npm run content:add -- ~/Downloads/plan.pdf"],
    [["a.pdf", "--title"], '--title needs a value, e.g. --title "NHS Long Term Plan"'],
    [["a.pdf", "--content", "--force"], "--content needs a value, e.g. --content ./my-documents"],
    [
      ["a.pdf", "--date", "7/1/2019"],
      '--date "7/1/2019" is not a date: write it as YYYY-MM-DD, e.g. --date 2019-01-07',
    ],
    [
      ["a.pdf", "--date=2019-02-30"],
      '--date "2019-02-30" is not a date: write it as YYYY-MM-DD, e.g. --date 2019-01-07',
    ],
    [
      ["a.pdf", "--frobnicate"],
      "Unknown option --frobnicate. Run npm run content:add -- --help for the options.",
    ],
  ])("rejects %j: %s", (argv, error) => {
    expect(parseContentAddArgs(argv)).toEqual({ error });
  });

  it("reads --version without any file", () => {
    expect(parseContentAddArgs(["--version"])).toMatchObject({ version: true });
  });

  it("reads --help without any file", () => {
    expect(parseContentAddArgs(["--help"])).toMatchObject({ help: true });
  });
});
