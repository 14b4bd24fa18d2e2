// A news or GOV.UK page's byline, dateline, photo credit, links to other stories and attachment details stay out of the imported text; the article's own sentences stay in.
import { describe, expect, it } from "vitest";
import { convertHtml } from "../../src/import/html.ts";
import { treeToMarkdown } from "../../src/import/markdown-body.ts";

const story =
  "<p>The board approved the plan for a new health hub on Tuesday, after a consultation that drew 210 responses from residents across the borough.</p><p>The hub will bring GP services, physiotherapy and a pharmacy under one roof. It will cost £12 million and open in 2018, the group said in a statement.</p>";

async function imported(body: string): Promise<string> {
  const html = `<html><head><title>Hub plan approved</title></head><body><main><article><h1>Hub plan approved</h1>${body}</article></main></body></html>`;
  const { tree } = await convertHtml(Buffer.from(html), { charset: null });
  return treeToMarkdown(tree, "Hub plan approved");
}

describe("a news page's furniture inside its article", () => {
  it("leaves out the byline, the dateline and a notice of the story's age", async () => {
    const markdown = await imported(
      `<p>By Sam Patel, Health Correspondent</p><p><time>Published 3 March 2017</time> · Last updated 4 March 2017</p><div><p>This article is more than 9 years old</p></div>${story}`,
    );
    expect(markdown).not.toMatch(/Sam Patel|Published|Last updated|years old/);
    expect(markdown).toContain("The board approved the plan");
  });

  it("leaves out a photo with its caption and credit, and a credit on its own", async () => {
    const markdown = await imported(
      `<figure><img src="/hub.jpg" alt="The hub"><figcaption>The hub will open next year. Photograph: Alex Green/PA Images</figcaption></figure>${story}<p>Image source, Getty Images</p>`,
    );
    expect(markdown).not.toMatch(/open next year|Photograph|Getty/);
  });

  it("leaves out links to other stories and the topics a story is filed under", async () => {
    const markdown = await imported(
      `${story}<p><strong>Read more:</strong> <a href="/news/gp">GP surgeries to open longer hours</a></p><p><a href="/news/ae">A&amp;E waits rise again</a></p><p>Topics: <a href="/t/nhs">NHS</a>, <a href="/t/gp">GPs</a></p>`,
    );
    expect(markdown).not.toMatch(/Read more|GP surgeries|A&E waits|Topics/);
  });

  it("leaves out an attachment's file details and the accessible-format request", async () => {
    const markdown = await imported(
      `${story}<h3><a href="/plan.pdf">Hub business case</a></h3><p>PDF, 1.2 MB, 44 pages</p><p>This file may not be suitable for users of assistive technology.</p><details><summary>Request an accessible format.</summary><p>If you use assistive technology (such as a screen reader) and need a version of this document in a more accessible format, please email us.</p></details>`,
    );
    expect(markdown).not.toMatch(/1\.2 MB|assistive technology|accessible format/);
  });

  it("leaves out review dates, a page's history, a kind-date-author line and a newsletter box", async () => {
    const markdown = await imported(
      `<div><span>Report</span> · <time datetime="2017-10-12">12 October 2017</time> · Hannah Lee</div>${story}<div class="cta-box"><p>Sign up to our weekly newsletter to get our latest analysis straight to your inbox.</p><a href="/newsletter">Sign up</a></div><div class="nhsuk-review-date"><p>Page last reviewed: 24 November 2016<br>Next review due: 24 November 2017</p></div><p>Page last reviewed: 19 May 2017. Next review due: 19 May 2018.</p><div id="full-history"><h3>Updates to this page</h3><p>Published 15 September 2016</p><p>Last updated 2 March 2017 + show all updates</p></div>`,
    );
    expect(markdown).not.toMatch(
      /Hannah Lee|Sign up|newsletter|reviewed|review due|Updates to|show all/,
    );
    expect(markdown).toContain("It will cost £12 million and open in 2018");
  });

  it("keeps a line of parts that are not a date, and a sentence about signing up", async () => {
    const kept = [
      "Monday · Wednesday · Friday",
      "People can sign up for the walking groups at any GP surgery in the borough.",
      "Next review due in 2019, the plan will then be updated.",
    ];
    const markdown = await imported(
      `${story}<h2>Walks</h2><p>${kept[0]}</p><p>${kept[1]}</p><p>${kept[2]}</p>`,
    );
    for (const line of kept) expect(markdown).toContain(line);
    expect(markdown).toContain("## Walks");
  });

  it("keeps sentences that begin the same way, and a sentence with a link in it", async () => {
    const kept = [
      "By March 2017 every area had published its plan.",
      "Published in March 2017, the plan set out five priorities for the borough.",
      "See the full business case for the costs.",
      "The full business case sets out the costs.",
    ];
    const markdown = await imported(
      `${story}<p>${kept[0]}</p><p>${kept[1]}</p><p>See <a href="/plan.pdf">the full business case</a> for the costs.</p><p><a href="/plan.pdf">The full business case sets out the costs.</a></p><figure><table><tr><th>Site</th><th>Beds</th></tr><tr><td>Northgate</td><td>40</td></tr></table><figcaption>Beds by site</figcaption></figure>`,
    );
    for (const sentence of kept) expect(markdown).toContain(sentence);
    expect(markdown).toContain("Northgate");
  });
});
