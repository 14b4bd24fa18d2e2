// The content:add progress bar: drawn in place on a terminal, lines printed above it, nothing extra when it is off.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgress } from "../../adapters/terminal/progress.ts";

function capture(columns = 60) {
  const stream = Object.assign(new PassThrough(), { columns });
  let text = "";
  stream.on("data", (chunk) => {
    text += String(chunk);
  });
  return { stream, text: () => text };
}

describe("createProgress", () => {
  it("draws the bar, prints lines above it and clears it at the end", () => {
    const { stream, text } = capture();
    const progress = createProgress(stream, 4, true);
    progress.update(1, "plan.pdf");
    progress.print("added content/plan.md", stream);
    progress.finish();
    expect(text()).toBe(
      "[######------------------] 1/4 plan.pdf\r\x1b[Kadded content/plan.md\n[######------------------] 1/4 plan.pdf\r\x1b[K",
    );
  });

  it("only passes lines through when it is off (not a terminal, or few documents)", () => {
    const { stream, text } = capture();
    const progress = createProgress(stream, 4, false);
    progress.update(1, "plan.pdf");
    progress.print("added content/plan.md", stream);
    progress.finish();
    expect(text()).toBe("added content/plan.md\n");
  });

  it("shortens a long name to fit the terminal's width", () => {
    const { stream, text } = capture(50);
    createProgress(stream, 10, true).update(0, `${"very-long-name-".repeat(5)}.pdf`);
    expect(text().length).toBeLessThanOrEqual(50);
    expect(text()).toMatch(/ 0\/10 …\S+\.pdf$/);
  });
});
