// The html template: every value escaped unless it is markup the program made.
import { describe, expect, it } from "vitest";
import { escapeHtml, html, trusted } from "../../adapters/web/html.ts";

describe("html", () => {
  it("escapes text in elements and attributes, so hostile questions stay text", () => {
    const question = `"><img src=x onerror="alert(1)"><script>alert('x')</script>&`;
    const out = html`<p title="${question}">${question}</p>`.value;
    expect(out).toBe(
      '<p title="&quot;&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>',
    );
    expect(out).not.toContain("<img");
    expect(out).not.toContain("<script");
  });

  it("keeps markup it made, joins lists, and leaves out null, undefined and false", () => {
    const items = ["a<b", "c"].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe(
      "<ul><li>a&lt;b</li><li>c</li></ul>0",
    );
    expect(html`${trusted("<br>")}`.value).toBe("<br>");
  });

  it("escapes the five characters that matter, and nothing else", () => {
    expect(escapeHtml(`<>&"' £1.8bn – “quoted”`)).toBe(
      "&lt;&gt;&amp;&quot;&#39; £1.8bn – “quoted”",
    );
  });
});
