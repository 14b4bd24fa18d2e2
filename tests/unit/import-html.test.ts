// Web pages → the article only, with the title, publisher and date the page gives about itself.
import { describe, expect, it } from "vitest";
import { convertHtml } from "../../src/import/html.ts";
import { treeToMarkdown } from "../../src/import/markdown-body.ts";
import { fixtureFacts, htmlFurniture, sprocketNewsHtml } from "../helpers/documents.ts";

async function convert(html: string | Uint8Array, charset: string | null = null) {
  const bytes = typeof html === "string" ? Buffer.from(html) : html;
  const { fields, tree } = await convertHtml(bytes, { charset });
  return { fields, markdown: await treeToMarkdown(tree, fields.title ?? "Untitled") };
}

describe("convertHtml", () => {
  it("keeps the article and drops navigation, cookie banner, share buttons, comments and footer", async () => {
    const { markdown } = await convert(sprocketNewsHtml());
    expect(markdown).toContain("The sprocket programme will train 120 volunteers across Westmere");
    expect(markdown).toContain("## Where volunteers will work");
    expect(markdown).toContain("- Training starts in March 2018.");
    expect(markdown).toContain("| Hub | Volunteers |\n| - | - |\n| Northgate | 30 |");
    for (const furniture of htmlFurniture) expect(markdown).not.toContain(furniture);
  });

  it("reads the title, site name and publication date from the page's tags", async () => {
    const { fields } = await convert(sprocketNewsHtml());
    expect(fields).toEqual({
      title: fixtureFacts.html.title,
      publisher: fixtureFacts.html.publisher,
      date: fixtureFacts.html.date,
      url: null,
    });
  });

  it("reads JSON-LD when the page has no og: tags, preferring the article to the page", async () => {
    const ld = JSON.stringify({
      "@graph": [
        { "@type": "WebPage", name: "Home | Trust" },
        {
          "@type": "NewsArticle",
          headline: "Clinic opens",
          datePublished: "2019-03-04T10:00:00Z",
          publisher: { "@type": "Organization", name: "Eastvale Trust" },
        },
      ],
    });
    const { fields } = await convert(
      `<html><head><title>Ignored</title><script type="application/ld+json">${ld}</script></head><body><p>The clinic opens today.</p></body></html>`,
    );
    expect(fields).toMatchObject({
      title: "Clinic opens",
      publisher: "Eastvale Trust",
      date: "2019-03-04",
    });
  });

  it("takes the site's name off a <title> that only the page's heading comes before, publisher or not", async () => {
    const { fields } = await convert(
      "<html><head><title>Clinic sites to close | Eastvale CCG</title></head><body><main><h1>Clinic sites to close</h1><p>Three clinic sites will close by 2021.</p></main></body></html>",
    );
    // The site's name is left for --publisher: a title's ending is not always who published it.
    expect(fields).toMatchObject({ title: "Clinic sites to close", publisher: null });
    const { fields: unlike } = await convert(
      "<html><head><title>News | Eastvale CCG</title></head><body><main><h1>Clinic sites to close</h1><p>Three clinic sites will close by 2021.</p></main></body></html>",
    );
    expect(unlike.title).toBe("News | Eastvale CCG");
  });

  it("takes the site's name off og:title too, and off a title that puts the site first", async () => {
    const { fields } = await convert(
      '<html><head><meta property="og:site_name" content="The Health Policy Institute"><meta property="og:title" content="STPs: one year on | The Health Policy Institute"></head><body><main><h1>STPs: one year on</h1><p>A year on, most plans are still drafts.</p></main></body></html>',
    );
    expect(fields).toMatchObject({
      title: "STPs: one year on",
      publisher: "The Health Policy Institute",
    });
    const { fields: first } = await convert(
      "<html><head><title>Oldtown CCG - STP update</title></head><body><main><h1>STP update</h1><p>The plan was published in November 2016.</p></main></body></html>",
    );
    expect(first).toMatchObject({ title: "STP update", publisher: null });
  });

  it("cites a GOV.UK page to the department that published it, not to GOV.UK", async () => {
    const { fields } = await convert(
      '<html><head><title>STP funding guidance - GOV.UK</title><meta property="og:site_name" content="GOV.UK"><meta name="govuk:primary-publishing-organisation" content="Department of Health and Social Care"></head><body><main><h1>STP funding guidance</h1><p>Each plan sets out how its area will close the funding gap.</p></main></body></html>',
    );
    expect(fields).toMatchObject({
      title: "STP funding guidance",
      publisher: "Department of Health and Social Care",
    });
  });

  it("cites a GOV.UK page saved without its <meta> tags to the department its From: line names first", async () => {
    // GOV.UK's publication page as it is laid out, its govuk: <meta> tags gone (a saved copy).
    const page = `<!DOCTYPE html><html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>Sustainability and transformation plans: funding guidance - GOV.UK</title>
<meta property="og:site_name" content="GOV.UK">
<meta property="og:title" content="Sustainability and transformation plans: funding guidance">
</head>
<body class="gem-c-layout-for-public govuk-template__body">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="gem-c-layout-super-navigation-header"><a href="/">GOV.UK</a><nav><a href="/browse">Menu</a></nav></header>
<div class="govuk-width-container">
<div class="gem-c-breadcrumbs govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list"><li><a href="/">Home</a></li><li><a href="/health-and-social-care">Health and social care</a></li></ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en">
<div class="govuk-grid-row gem-print-columns-none">
<div class="govuk-grid-column-two-thirds">
<span class="govuk-caption-xl gem-c-title__context">Guidance</span>
<h1 class="gem-c-title__text govuk-heading-l">Sustainability and transformation plans: funding guidance</h1>
<p class="gem-c-lead-paragraph">How the sustainability and transformation fund will be shared between areas in 2017 to 2018.</p>
</div>
<div class="govuk-grid-column-two-thirds">
<div class="gem-c-metadata gem-c-metadata--inverse-padded" data-module="gem-toggle">
<dl class="gem-c-metadata__list">
<dt class="gem-c-metadata__term">From:</dt>
<dd class="gem-c-metadata__definition"><a href="/government/organisations/department-of-health-and-social-care" class="govuk-link">Department of Health and Social Care</a> and <a href="/government/organisations/nhs-england" class="govuk-link">NHS England</a></dd>
<dt class="gem-c-metadata__term">Published</dt>
<dd class="gem-c-metadata__definition">14 March 2017</dd>
</dl>
</div>
</div>
</div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">
<h2 id="summary">Summary</h2>
<p>Each of the 44 areas will receive a share of the £1.8 billion sustainability and transformation fund in 2017 to 2018, weighted by population.</p>
<p>Areas must submit their plans by 31 March 2017 to receive their first payment.</p>
</div>
</div></div>
</main>
</div>
<footer class="gem-c-layout-footer govuk-footer"><p>All content is available under the Open Government Licence v3.0</p></footer>
</body>
</html>`;
    const { fields } = await convert(page);
    expect(fields).toMatchObject({
      title: "Sustainability and transformation plans: funding guidance",
      publisher: "Department of Health and Social Care",
    });
  });

  it("reads a JSON-LD date given on the web page around the report that has the headline", async () => {
    const ld = JSON.stringify({
      "@graph": [
        { "@type": "WebPage", datePublished: "2017-10-12" },
        { "@type": "Report", headline: "STPs: one year on" },
      ],
    });
    const { fields } = await convert(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><main><p>A year on, most plans are still drafts.</p></main></body></html>`,
    );
    expect(fields).toMatchObject({ title: "STPs: one year on", date: "2017-10-12" });
  });

  it("dates a page with no other date by NHS.UK's review date, and leaves the line out", async () => {
    const body = `<body><main><h1>Our plan</h1><p>The plan keeps all four community hospitals open, but moves 40 of their beds into care at home by 2019.</p>
      <div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 24 November 2016<br>Next review due: 24 November 2017</p></div></main></body>`;
    const { fields, markdown } = await convert(
      `<html><head><title>Our plan</title></head>${body}</html>`,
    );
    expect(fields.date).toBe("2016-11-24");
    expect(markdown).not.toMatch(/reviewed|review due/);
    const { fields: dated } = await convert(
      `<html><head><title>Our plan</title><meta property="article:published_time" content="2016-10-01"></head>${body}</html>`,
    );
    expect(dated.date).toBe("2016-10-01");
  });

  it("falls back to the page's <main> when the article is too short for Readability", async () => {
    const { markdown } = await convert(
      "<html><head><title>Short</title></head><body><nav><a href='/'>Home</a></nav><main><p>Only one short sentence here.</p></main><footer>Footer text</footer></body></html>",
    );
    expect(markdown).toContain("Only one short sentence here.");
    expect(markdown).not.toContain("Home");
    expect(markdown).not.toContain("Footer text");
  });

  it("decodes the charset the page declares", async () => {
    const latin1 = Buffer.from(
      "<html><head><meta charset='windows-1252'><title>Caf\xe9</title></head><body><main><p>Costs \xa35m.</p></main></body></html>",
      "latin1",
    );
    const { fields, markdown } = await convert(latin1);
    expect(fields.title).toBe("Café");
    expect(markdown).toContain("Costs £5m.");
  });

  it("reads Windows-1252's quotes and dashes, and a page not in the UTF-8 it declares, as Windows-1252", async () => {
    const page = (charset: string) =>
      Buffer.from(
        `<html><head>${charset}<title>Caf\xe9 hubs</title></head><body><main><p>The council\x92s plan runs 2017\x9618 and costs \x80 nothing: \x93free\x94.</p></main></body></html>`,
        "latin1",
      );
    for (const declared of ["<meta charset='windows-1252'>", "<meta charset='utf-8'>", ""]) {
      const { fields, markdown } = await convert(page(declared));
      expect(fields.title, declared).toBe("Café hubs");
      expect(markdown, declared).toContain(
        "The council’s plan runs 2017–18 and costs € nothing: “free”.",
      );
    }
  });

  it("reads a page saved as UTF-16 with a byte-order mark", async () => {
    const text =
      "<html><head><title>Wide page</title></head><body><main><h1>Wide page</h1><p>The STP will open 3 hubs in 2018.</p></main></body></html>";
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const { fields, markdown } = await convert(bytes);
    expect(fields.title).toBe("Wide page");
    expect(markdown).toContain("The STP will open 3 hubs in 2018.");
  });

  it("reads a saved fragment with no <html> or <body>", async () => {
    const { markdown } = await convert(
      '<div class="content"><h1>Fragment note</h1><p>The Fenland STP will close two minor injury units in 2018 and open one urgent treatment centre.</p></div>',
    );
    expect(markdown).toContain("The Fenland STP will close two minor injury units in 2018");
  });

  it("keeps an FAQ page's questions and answers that open and close, but not hidden furniture", async () => {
    const { markdown } = await convert(
      `<html><head><title>STP questions</title></head><body><main><h1>STP questions</h1>
      <h2><button aria-expanded="false" aria-controls="a1">Will the community hospital close?</button></h2>
      <div id="a1" hidden><p>No. The plan keeps all four community hospitals open, but moves 40 of their beds into care at home.</p></div>
      <h2>How much money is involved?</h2>
      <div class="govuk-accordion__section-content" hidden="until-found"><p>The partnership expects £32 million from the transformation fund between 2017 and 2021.</p></div>
      <div role="tabpanel" id="t2" hidden><p>The first public consultation on the plan runs from January to March 2017.</p></div>
      <div class="overlay" hidden><p>Sign up for updates by email.</p></div>
      <p><button>Print this page</button></p></main></body></html>`,
    );
    expect(markdown).toContain("## Will the community hospital close?\n\nNo. The plan keeps");
    expect(markdown).toContain("£32 million from the transformation fund");
    expect(markdown).toContain("The first public consultation on the plan");
    expect(markdown).not.toMatch(/Sign up|Print this page/);
  });

  it("makes a <details>' summary the heading of what it holds, one level under the heading before", async () => {
    const { markdown } = await convert(
      `<html><head><title>Help</title></head><body><main><h1>Help</h1><h2>More help</h2>
      <p>These are the questions people ask us most often about the plan and how to take part.</p>
      <details><summary><span>Who can I complain to?</span></summary><div><p>Write to the patient advice and liaison service, which answers within ten working days.</p></div></details>
      <details><summary>Where is the plan?</summary><p>On the partnership's website.</p></details>
      <h2>Updates</h2><details><summary>How often?</summary><p>Every six months.</p></details>
      <p>We also write to every household once a year.</p></main></body></html>`,
    );
    expect(markdown).toContain(
      "## More help\n\nThese are the questions people ask us most often about the plan and how to take part.\n\n### Who can I complain to?\n\nWrite to the patient advice",
    );
    expect(markdown).toContain("### Where is the plan?\n\nOn the partnership's website.");
    // Text after it would read as the summary's section: the summary stays a paragraph.
    expect(markdown).toContain("## Updates\n\nHow often?\n\nEvery six months.");
  });

  it("reads a bold line over the text it introduces as a heading, but not a bold sentence or label", async () => {
    const { markdown } = await convert(
      `<html><head><title>Plans</title></head><body><main><h1>Plans</h1>
      <p><strong>What are STPs?</strong></p><p>STPs are five-year plans covering all NHS spending in an area of England.</p>
      <p><b>Who leads them?</b></p><ul><li>A named leader in each of the 44 areas.</li></ul>
      <p><strong>The board is asked to approve the plan.</strong></p><p>It was drafted in June.</p>
      <p><strong>Recommendation:</strong></p><p>Approve the plan.</p>
      <ul><li><p><strong>Funding</strong></p><p>£2.1 billion in all.</p></li></ul></main></body></html>`,
    );
    expect(markdown).toContain("## What are STPs?\n\nSTPs are five-year plans");
    expect(markdown).toContain("## Who leads them?\n\n- A named leader");
    expect(markdown).toContain("**The board is asked to approve the plan.**");
    expect(markdown).toContain("**Recommendation:**");
    expect(markdown).toContain("**Funding**");
  });

  it("sets each value of a table with merged cells and a two-row heading under its own column heading", async () => {
    const { markdown } = await convert(
      `<html><head><title>Beds</title></head><body><main><h1>Beds</h1>
      <p>The table sets out community beds at each site, before and after the changes agreed by the board in March 2017.</p>
      <table><thead><tr><th rowspan="2">Site</th><th colspan="2">Community beds</th></tr><tr><th>2017</th><th>2019</th></tr></thead>
      <tbody><tr><td rowspan="2">Northgate</td><td>40</td><td>24</td></tr><tr><td colspan="2">Ward 7 closes in 2018</td></tr>
      <tr><td>Southgate</td><td>32</td><td>30</td></tr></tbody></table></main></body></html>`,
    );
    expect(markdown).toContain(
      [
        "| Site | Community beds 2017 | Community beds 2019 |",
        "| - | - | - |",
        "| Northgate | 40 | 24 |",
        "| Northgate | Ward 7 closes in 2018 | |",
        "| Southgate | 32 | 30 |",
      ].join("\n"),
    );
  });

  it("keeps sections and headings whose ids, made from their words, hold a furniture word", async () => {
    const { markdown } = await convert(
      `<html><head><title>STP guidance</title></head><body><main><h1>STP guidance</h1>
      <p>Every area of England is covered by one of 44 sustainability and transformation plan footprints, each with a plan.</p>
      <section id="social-care"><h2>Social care</h2><p>Councils can raise an adult social care precept of up to 3% a year in 2017/18 and 2018/19.</p></section>
      <h2 id="sharing-patient-records">Sharing patient records</h2><p>By 2018 clinicians should be able to see a patient's GP record.</p>
      <div id="public-feedback"><h2>Public feedback</h2><p>NHS England received 1,400 letters about STPs between September and December 2016.</p></div>
      <h2 id="popup-clinics">Pop-up clinics</h2><p>Areas should consider running pop-up clinics in libraries for at least 12 months.</p>
      <div class="social-links"><p>Follow us</p><ul><li><a href="https://twitter.com/x">Twitter</a></li><li><a href="https://facebook.com/x">Facebook</a></li></ul></div>
      <div class="share-tools"><p>Share this page</p></div>
      <div class="related-content"><h2>Related content</h2><p>Our earlier guidance on the plans, published in 2015, explained how local areas should form their footprints and leaders.</p></div>
      <div id="comments"><h2>Comments</h2><p>I think this plan is a terrible idea and nobody asked us about it at any stage of the process, not once.</p></div>
      </main></body></html>`,
    );
    expect(markdown).toContain("## Social care\n\nCouncils can raise an adult social care precept");
    expect(markdown).toContain("## Sharing patient records\n\nBy 2018 clinicians");
    expect(markdown).toContain("## Public feedback\n\nNHS England received 1,400 letters");
    expect(markdown).toContain("## Pop-up clinics\n\nAreas should consider");
    expect(markdown).not.toMatch(
      /Follow us|Twitter|Share this page|Related content|earlier guidance|terrible idea/,
    );
  });

  it("keeps an article's own box of prose and a table's caption, but not a sidebar", async () => {
    const { markdown } = await convert(
      `<html><head><title>STPs: one year on</title></head><body><main><article><h1>STPs: one year on</h1>
      <aside class="key-points"><h2>Key points</h2><ul><li>Only 5 of the 44 STPs had a fully costed capital plan a year after submission.</li><li>Local authorities in 27 footprints said they had not been involved.</li></ul></aside>
      <p>One year after the plans were submitted, our survey of STP leaders found that progress has been uneven across England, with many leaders short of staff.</p>
      <aside class="box"><p>One year after the plans were submitted, our survey of STP leaders found that progress has been uneven across England, with many leaders short of staff</p></aside>
      <aside class="more"><h2>More from us</h2><ul><li><a href="/a">Winter pressures in the NHS and what they mean for the plans</a></li><li><a href="/b">Our analysis of the NHS budget</a></li></ul></aside>
      <figure><table><thead><tr><th>Region</th><th>Footprints</th></tr></thead><tbody><tr><td>North</td><td>13</td></tr></tbody></table><figcaption>Table 1: Footprints by region, July 2017</figcaption></figure>
      <table><caption>Table 2: Leaders by role</caption><thead><tr><th>Role</th><th>Leaders</th></tr></thead><tbody><tr><td>Chief executive</td><td>30</td></tr></tbody></table>
      <figure><img src="/a.jpg" alt=""><figcaption>A meeting of leaders. Photograph: PA</figcaption></figure>
      </article><aside><h2>Contact</h2><p>Write to us at the institute's office in London, or email us, and we will answer within ten working days of hearing from you.</p></aside></main></body></html>`,
    );
    expect(markdown).toContain(
      "## Key points\n\n- Only 5 of the 44 STPs had a fully costed capital plan",
    );
    expect(markdown).toContain(
      "Table 1: Footprints by region, July 2017\n\n| Region | Footprints |",
    );
    expect(markdown).toContain("Table 2: Leaders by role\n\n| Role | Leaders |");
    expect(markdown.match(/One year after/g)).toHaveLength(1);
    expect(markdown).not.toMatch(/More from us|Winter pressures|Photograph|Write to us/);
  });

  it("keeps a figure shown to the eye and drops its screen-reader twin, but not decorative hidden text", async () => {
    const { markdown } = await convert(
      `<html><head><title>Our STP in numbers</title></head><body><main><article><h1>Our STP in numbers</h1>
      <p>By 2020/21 we expect to save <span aria-hidden="true">£180m</span><span class="sr-only">180 million pounds</span> a year, and to employ <span aria-hidden="true">1,200</span> <span class="govuk-visually-hidden">one thousand two hundred</span> more staff.</p>
      <p>Read <a href="/plan">the full plan<span aria-hidden="true">›</span></a> or <a href="/summary">the summary<span class="visually-hidden"> (opens in a new tab)</span></a> for the detail of every one of the changes.</p>
      <div aria-hidden="true"><p>Slide 2 of 3: our partners</p></div></article></main></body></html>`,
    );
    expect(markdown).toContain(
      "By 2020/21 we expect to save £180m a year, and to employ 1,200 more staff.",
    );
    expect(markdown).toContain("Read the full plan or the summary for the detail");
    expect(markdown).not.toMatch(/million pounds|one thousand|›|opens in|Slide 2/);
  });

  it("says so when a page has no article text", async () => {
    await expect(
      convert("<html><body><div id='app'></div><script>render()</script></body></html>"),
    ).rejects.toThrow(/^no article text in this web page/);
  });
});

describe("treeToMarkdown", () => {
  const markdown = async (html: string, title: string) =>
    treeToMarkdown((await convertHtml(Buffer.from(html), { charset: null })).tree, title);

  it("keeps a document's own title line where its information names it otherwise", async () => {
    const body = await markdown(
      "<main><h1>Summary: NAO report on transformation in the NHS</h1><h2>Key findings</h2><p>Savings were one-off.</p></main>",
      "Summary: National Audit Office report on transformation in the NHS",
    );
    expect(body).toBe(
      "# Summary: NAO report on transformation in the NHS\n\n## Key findings\n\nSavings were one-off.\n",
    );
  });

  it("adds the title on top of a document with no title line, a first section, or several level-1 headings", async () => {
    expect(await markdown("<main><h1>Summary</h1><p>One.</p></main>", "Widget plan")).toMatch(
      /^# Widget plan\n\n## Summary/,
    );
    expect(await markdown("<main><h2>Key findings</h2><p>One.</p></main>", "Summary")).toMatch(
      /^# Summary\n\n## Key findings/,
    );
    expect(
      await markdown(
        "<main><h1>Part one</h1><p>One.</p><h1>Part two</h1><p>Two.</p></main>",
        "Summary",
      ),
    ).toMatch(/^# Summary\n\n## Part one\n\nOne.\n\n## Part two/);
  });
});
