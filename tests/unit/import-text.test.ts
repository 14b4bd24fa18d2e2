// Plain text as `content:add` reads it: paragraphs, bullet points, a title line, and no page numbers.
import { describe, expect, it } from "vitest";
import { treeToMarkdown } from "../../src/import/markdown-body.ts";
import { convertText } from "../../src/import/text.ts";

async function markdownOf(text: string): Promise<string> {
  return treeToMarkdown(convertText(Buffer.from(text)).tree, "Minutes");
}

describe("convertText", () => {
  it("leaves out a printed page's numbers and parts paragraphs at its page breaks", async () => {
    const markdown = await markdownOf(
      "Minutes of the Moorland STP board\r\n\r\nThe board met on 3 April 2017.\r\n\r\n                 Page 1 of 2\r\n\fThe next meeting will be held on 8 May 2017.\r\n\r\n- 2 -\r\n\f12\r\nThe plan was agreed.\r\n",
    );
    expect(markdown).toContain("\n\nThe next meeting will be held on 8 May 2017.\n");
    expect(markdown).toContain("\n\nThe plan was agreed.");
    expect(markdown).not.toMatch(/Page 1 of 2|- 2 -|\b12\b/);
  });

  it("keeps a number that is the document's own, away from a page break", async () => {
    const markdown = await markdownOf(
      "Beds to close\n\nHow many beds will close?\n\n40\n\nThat is a fifth of them.\n",
    );
    expect(markdown).toContain("\n\n40\n\n");
  });

  it("keeps a number that ends a text with no page breaks: there are no pages to number", async () => {
    const markdown = await markdownOf("Year the plans were first published\n\n2016\n");
    expect(markdown).toMatch(/\n\n2016\n?$/);
  });
});
