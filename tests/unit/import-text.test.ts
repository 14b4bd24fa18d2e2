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
      "Minutes of the Moorland STP board\r\n\r\nThe board met on 3 April 2017.\r\n\r\n                 Page 1 of 2\r\n\fThe next meeting will be held on 8 May 2017.\r\n\r\n- 2 -\r\n\f3\r\nThe plan was agreed.\r\n",
    );
    expect(markdown).toContain("\n\nThe next meeting will be held on 8 May 2017.\n");
    expect(markdown).toContain("\n\nThe plan was agreed.");
    expect(markdown).not.toMatch(/Page 1 of 2|- 2 -|^3$/m);
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

  it("keeps a figure at a page's foot or the text's end that is out of step with the page numbers", async () => {
    // A board paper as pdftotext saves it: a form feed after every page, the number at each
    // page's foot, and the last page, an appendix table one cell a line, unnumbered.
    const markdown = await markdownOf(
      [
        "Moorland STP: community hubs\n\nThe board agreed to open five community hubs.\n\n                                   1\n",
        "Beds to close by 2020/21\n\nNorthgate\n\n40\n\nSouthgate\n\n80\n\n                                   2\n",
        "Appendix: the year each hub opens\n\nWestbury hub\n\n2018\n\nMoorland hub\n\n2017\n",
        "",
      ].join("\f"),
    );
    expect(markdown).not.toMatch(/^\s*[12]\s*$/m);
    expect(markdown).toContain("\n\nMoorland hub\n\n2017\n");
  });
});
