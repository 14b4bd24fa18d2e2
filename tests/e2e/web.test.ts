// The web page over HTTP as browsers and scripts reach it: pages, headers, escaping, /api/ask, /embed, the rate limit and /admin/report.
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toAnswerJson } from "../../adapters/shared/answer-json.ts";
import { defaultWebConfig } from "../../adapters/web/config.ts";
import { createWebApp, loadAssets } from "../../adapters/web/index.ts";
import { disabledQuestionLog } from "../../src/question-log/index.ts";
import { startBotProcess } from "../helpers/bot-process.ts";
import { startTestWebServer, type TestWebServer } from "../helpers/web-server.ts";

const hostile = [
  "<script>window.pwned=1</script>",
  '"><img src=x onerror="window.pwned=1">',
  "javascript:window.pwned=1",
];
const adminToken = "test-admin-token-0123456789abcdef";

let web: TestWebServer;
beforeAll(async () => {
  web = await startTestWebServer({ operator: "Healthwatch Anytown", questionsPerMinute: 0 });
});
afterAll(() => web?.stop());

const get = (pathAndQuery: string, init?: RequestInit) =>
  fetch(`${web.origin}${pathAndQuery}`, init);
const ask = (question: string, state = "") =>
  get(`/?${new URLSearchParams(state ? { q: question, c: state } : { q: question })}`);
/** The conversation a page carries on with, from its hidden field. */
const stateOf = (page: string) => /name="c" value="([^"]*)"/.exec(page)?.[1] ?? "";

describe("the question page", () => {
  it("serves the question box with the security headers and no cookie", async () => {
    const response = await get("/");
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<label class="nhsuk-label nhsuk-label--s" for="question"');
    expect(page).toContain('<form class="stp-ask" method="get" action="/"');
    expect(page).toContain('class="nhsuk-skip-link" href="#maincontent"');
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(page).not.toMatch(/<script(?![^>]*\bsrc="\/static\/app\.[0-9a-f]{10}\.js")/);
    expect(page).not.toMatch(/\sstyle=|\son\w+=/);
  });

  it("says who runs it, that it is not an NHS service, and how old the documents are", async () => {
    const page = await (await get("/")).text();
    expect(page).toContain("Run by Healthwatch Anytown.");
    expect(page).toContain("This is not an NHS service");
    expect(page).toMatch(
      /The 5 documents date from 17 February 2016 to 31 March 2017 \(2 are undated\); the newest is \d+ years old\./,
    );
    expect(page).not.toMatch(/nhsuk-header__logo|aria-label="NHS"/);
  });

  it("answers GET /?q= with the quoted answer and numbered citations", async () => {
    const page = await (await ask("How many STP areas are there?")).text();
    const answer = web.engine.ask("How many STP areas are there?");
    expect(page).toContain('<h2 class="nhsuk-heading-m" id="reply-heading">Answer</h2>');
    expect(page).toContain(escapeText(answer.answer));
    answer.citations.forEach((citation, i) => {
      expect(page).toContain(
        `<span class="stp-citation__number">[${i + 1}]</span> ${escapeText(citation.title)}`,
      );
      expect(page).toContain(escapeText(`“${citation.quote}”`));
    });
    expect(page).toContain("Royal College of Physicians, 31 March 2017");
    expect(page).toContain(
      '6 October 2016 · <span class="stp-citation__section">Section: What are Sustainability and Transformation Plans?',
    );
    expect(page).toContain("<title>How many STP areas are there? – Ask the STP documents</title>");
  });

  it("marks a passage offered to see also as not the answer's source, to readers and screen readers", async () => {
    const question = "who has to agree how the fund is spent";
    const answer = web.engine.ask(question);
    const related = answer.citations.filter((citation) => citation.related);
    expect(related.length).toBeGreaterThan(0);
    const page = await (await ask(question)).text();
    related.forEach((citation) => {
      const n = answer.citations.indexOf(citation) + 1;
      expect(page).toContain(
        `<span class="stp-citation__number">[${n}]</span> <span class="stp-citation__related">See also:</span> ${escapeText(citation.title)}`,
      );
    });
    const sources = answer.citations.length - related.length;
    expect(page).toContain(
      `${sources} source${sources === 1 ? "" : "s"} and ${related.length} passage${related.length === 1 ? "" : "s"} to see also below.`,
    );
  });

  it("declines with the suggested questions as links that ask them", async () => {
    const page = await (await ask("what is the weather on mars")).text();
    const answer = web.engine.ask("what is the weather on mars");
    expect(answer.answered).toBe(false);
    expect(page).toContain("No answer in the documents");
    for (const suggestion of answer.suggestions) {
      // The link's query as a form writes it ("+" for a space, "%28" for "("), matched literally.
      const query = new URLSearchParams({ q: suggestion })
        .toString()
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const link = new RegExp(`<a href="/\\?${query}[^"]*" data-ask-link>`);
      expect(page).toMatch(link);
    }
  });

  it("keeps the conversation in the page: a follow-up is answered as one, New question starts over", async () => {
    const first = await (await ask("what is an stp")).text();
    expect(first).toContain("Ask a follow-up question");
    const follow = await (await ask("who leads them?", stateOf(first))).text();
    expect(follow).toMatch(/Answered as: <q>who leads .*stp.*<\/q>/i);
    expect(follow).toContain("Earlier in this conversation (1)");
    expect(follow).toContain('<a class="stp-new" href="/" data-new-question>New question</a>');
    const fresh = await (await ask("who leads them?")).text();
    expect(fresh).not.toContain("Answered as");
  });

  it("sends new, typed after questions, to an address without them, since it says they are forgotten", async () => {
    const state = stateOf(await (await ask("what is an stp")).text());
    for (const base of ["/", "/embed"]) {
      const typed = await get(`${base}?${new URLSearchParams({ q: "new", c: state })}`, {
        redirect: "manual",
      });
      expect(typed.status).toBe(303);
      expect(typed.headers.get("location")).toBe(`${base}?q=new`);
    }
    const page = await (await get("/?q=new")).text();
    expect(page).toContain("New conversation: the earlier questions are forgotten.");
    expect(stateOf(page)).toBe("");
  });

  it("answers define, sources and help as the chat does", async () => {
    expect(await (await ask("define CCG")).text()).toContain("CCG: clinical commissioning group");
    // A term not in the glossary is asked of the documents, as "what is footprint?".
    const footprint = await (await ask("define footprint")).text();
    expect(footprint).toContain("geographical ‘footprints’");
    expect(footprint).not.toContain("not in the glossary");
    const which = await (await ask("define")).text();
    expect(which).toContain("Which term? For example: define CCG");
    expect(which).toContain("<title>Which term? – ");
    const sources = await (await ask("sources")).text();
    for (const doc of web.engine.documents) expect(sources).toContain(escapeText(doc.title));
    const help = await (await ask("help")).text();
    expect(help).toContain("What you can ask");
    expect(help).toMatch(/<a href="\/\?q=[^"]+" data-ask-link>How many STP areas are there\?<\/a>/);
  });

  it("refuses a question over the length limit with the usual message, linking to the box, and keeps it there to shorten", async () => {
    const page = await (await ask("x".repeat(2001))).text();
    expect(page).toContain("There is a problem");
    expect(page).toContain(
      '<a href="#question">That question is 2,001 characters long; please ask in under 2,000.</a>',
    );
    expect(page).toMatch(new RegExp(`<input [^>]*id="question"[^>]* value="${"x".repeat(2001)}">`));
  });

  it("marks the question box itself when the question cannot be used, as the NHS.UK error pattern does", async () => {
    const refused = await ask("");
    // The asker's to change, as the API's 400 says; the page still shows it all.
    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain('<a href="#question">Please type a question');
    expect(page).toContain(
      '<div class="nhsuk-form-group nhsuk-form-group--error" data-question-group>',
    );
    expect(page).toContain(
      '<span class="nhsuk-error-message" id="question-error"><span class="nhsuk-u-visually-hidden">Error:</span> Please type a question',
    );
    expect(page).toMatch(
      /<input class="nhsuk-input nhsuk-input--error" id="question"[^>]* aria-describedby="question-hint question-error" aria-invalid="true">/,
    );
    // The error summary at the top of the main content, before the h1, and only there.
    expect(page.match(/class="nhsuk-error-summary"/g)).toHaveLength(1);
    expect(page.indexOf('class="nhsuk-error-summary"')).toBeLessThan(page.indexOf("<h1"));
    const part = await (await get("/part?q=")).text();
    expect(part).toContain('data-field-error="Please type a question');
    // The script's part carries it in the region, to be moved above the h1.
    expect(part).toMatch(/^<div id="result"[^>]*><div class="nhsuk-error-summary">/);
    const answered = await (await ask("how big is the fund")).text();
    expect(answered).not.toContain("aria-invalid");
    expect(answered).not.toContain("nhsuk-form-group--error");
  });

  it("sends an address written with a trailing slash (/sources/, /embed/?q=…) on to the page, keeping the question", async () => {
    const moved = async (address: string) => {
      const response = await get(address, { redirect: "manual" });
      return { status: response.status, location: response.headers.get("location") };
    };
    expect(await moved("/sources/")).toEqual({ status: 301, location: "/sources" });
    expect(await moved("/embed/?q=what+is+an+stp")).toEqual({
      status: 301,
      location: "/embed?q=what+is+an+stp",
    });
    expect(await moved("/api/ask/?q=help")).toEqual({ status: 301, location: "/api/ask?q=help" });
    // Only the site's own pages: never a redirect to another site, nor a guess at a page.
    for (const address of ["//example.org/", "/nothing-here/", "/embed/part/"])
      expect((await moved(address)).status).toBe(404);
    expect((await get("/sources/", { method: "POST", redirect: "manual" })).status).toBe(404);
  });

  it("gives every reply a heading with id reply-heading, which the script focuses after a suggestion", async () => {
    const replies = ["what is an stp", "what is the weather on mars", "", "help", "sources"];
    for (const question of [...replies, "define CCG", "define", "thanks", "new"]) {
      const part = await (await get(`/part?${new URLSearchParams({ q: question })}`)).text();
      expect(part.match(/ id="reply-heading"/g), question).toHaveLength(1);
    }
  });

  it.each(["thanks", "hello"])(
    "answers %j in kind, as the chat does, not as a problem with the question",
    async (message) => {
      const page = await (await ask(message)).text();
      expect(page).not.toContain("There is a problem");
      expect(page).not.toContain("aria-invalid");
      expect(page).not.toContain("<title>Error");
      expect(page).toContain(
        `<p class="stp-notice" id="reply-heading">${escapeText(web.engine.ask(message).message)}</p>`,
      );
    },
  );

  it.each(hostile)("shows the hostile question %s as text, never as markup", async (question) => {
    const page = await (await ask(question)).text();
    expect(page).toContain(`<q>${escapeText(question)}</q>`);
    expect(page).not.toContain("<script>window");
    expect(page).not.toContain("<img src=x");
    expect(page).not.toMatch(/href="\s*javascript:/i);
  });

  it("shows a question back without control characters or marks that reverse the text around it", async () => {
    // A NUL and a bell would show as boxes; U+202E turns what follows it back to front.
    const page = await (await ask("what is\u0000 an \u0007stp\u202e")).text();
    expect(page).toContain("<q>what is  an  stp</q>");
    expect(page).toContain("<title>what is an stp – ");
    for (const mark of ["\u0000", "\u0007", "\u202e"]) expect(page).not.toContain(mark);
    const api = (await (await get("/api/ask?q=what%20is%00%20an%20stp")).json()) as {
      question: string;
    };
    expect(api.question).toBe("what is  an stp");
  });

  it("asks crawlers to index the box and the sources but never to ask (robots.txt, noindex on answers)", async () => {
    const robots = await get("/robots.txt");
    expect(robots.status).toBe(200);
    const rules = await robots.text();
    // Prefix rules: "/?q=…" starts with "/?"; the box itself ("/") and /sources stay allowed.
    for (const rule of ["Disallow: /?", "Disallow: /part", "Disallow: /embed", "Disallow: /api/"])
      expect(rules).toContain(`${rule}\n`);
    expect(rules).not.toMatch(/^Disallow: \/$/m);
    expect((await ask("what is an stp")).headers.get("x-robots-tag")).toBe("noindex");
    expect((await get("/part?q=what+is+an+stp")).headers.get("x-robots-tag")).toBe("noindex");
    expect((await get("/")).headers.get("x-robots-tag")).toBeNull();
    expect((await get("/sources")).headers.get("x-robots-tag")).toBeNull();
  });

  it("answers HEAD with an answer's headers without asking: nothing recorded, nothing counted", async () => {
    const recorded: unknown[] = [];
    const questionLog = {
      ...disabledQuestionLog,
      enabled: true,
      recordAnswer: (answer: unknown) => void recorded.push(answer),
    };
    const config = { ...defaultWebConfig, questionsPerMinute: 1 };
    const app = createWebApp(web.engine, config, { assets: await loadAssets(), questionLog });
    for (const path of ["/?q=what+is+an+stp", "/part?q=what+is+an+stp", "/api/ask?q=who"]) {
      const head = await app.request(path, { method: "HEAD" });
      expect(head.status, path).toBe(200);
      expect(await head.text()).toBe("");
    }
    // A conversation GET would refuse (400) is refused to HEAD as well.
    expect((await app.request("/api/ask?q=more&c=forged", { method: "HEAD" })).status).toBe(400);
    expect(recorded).toEqual([]);
    // The one question a minute is still there to ask.
    expect((await app.request("/?q=what+is+an+stp")).status).toBe(200);
    expect(recorded).toHaveLength(1);
  });

  it("says in the footer whether the questions asked are recorded, as the question log is on or off", async () => {
    const footerOf = async (enabled: boolean) => {
      const questionLog = { ...disabledQuestionLog, enabled };
      const app = createWebApp(web.engine, defaultWebConfig, {
        assets: await loadAssets(),
        questionLog,
      });
      return await (await app.request("/")).text();
    };
    expect(await footerOf(true)).toContain("The questions asked are recorded");
    expect(await footerOf(true)).not.toContain("keeps no record of the questions asked");
    expect(await footerOf(false)).toContain("keeps no record of the questions asked");
  });

  it("lists the documents at /sources with publishers and dates", async () => {
    const page = await (await get("/sources")).text();
    expect(page).toContain('<h1 class="nhsuk-heading-l">The documents</h1>');
    expect(page).toContain("Royal College of Physicians, 31 March 2017");
    expect(page).toContain("6 October 2016");
  });

  it("serves only the result region at /part, for the page's script", async () => {
    const part = await (await get("/part?q=how+many+stp+areas+are+there")).text();
    expect(part).toMatch(
      /^<div id="result" class="stp-result" data-conversation="2\.[\w-]+\.[\w-]+" data-announce="Answer: [^"]+" data-title="how many stp areas are there">/,
    );
    expect(part).not.toContain("<html");
  });

  it("says a page is not found in the site's own words", async () => {
    const response = await get("/nope");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Page not found");
  });

  it("keeps a wrong address under /embed in the frame's plain layout, linking back to /embed", async () => {
    const response = await get("/embed/nope");
    expect(response.status).toBe(404);
    const page = await response.text();
    expect(page).toContain("Page not found");
    expect(page).toContain('<a href="/embed">ask a question</a>');
    expect(page).toContain('<body class="stp-embed">');
    expect(page).not.toContain("nhsuk-header");
  });

  it("says a failure in the site's own words, logged, and in the frame's plain layout under /embed", async () => {
    const failing = new Proxy(web.engine, {
      get: (target, property, receiver) =>
        property === "ask"
          ? () => {
              throw new Error("the index is unreadable");
            }
          : Reflect.get(target, property, receiver),
    });
    const logged: string[] = [];
    const log = (m: string) => logged.push(m);
    const app = createWebApp(failing, defaultWebConfig, {
      assets: await loadAssets(),
      logger: { info: log, warn: log, error: log },
    });
    const page = await app.request("/?q=what+is+an+stp");
    expect(page.status).toBe(500);
    const full = await page.text();
    expect(full).toContain("Sorry, there is a problem with the site");
    expect(full).toContain("nhsuk-header");
    const framed = await app.request("/embed?q=what+is+an+stp");
    expect(framed.status).toBe(500);
    const plain = await framed.text();
    expect(plain).toContain("Sorry, there is a problem with the site");
    expect(plain).toContain('<body class="stp-embed">');
    expect(plain).not.toContain("nhsuk-header");
    expect(plain).toContain('<a href="/embed">ask another question</a>');
    expect(logged.join("\n")).toContain("the index is unreadable");
  });

  it("serves /favicon.ico as the page's icon, for browsers that ask for it anyway", async () => {
    const response = await get("/favicon.ico");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=86400");
  });

  it("titles a decline by its question cut at a word, however long the question", async () => {
    const question = `what is the ${"very ".repeat(300)}long plan for mars`;
    const page = await (await ask(question)).text();
    const title = /<title>([^<]*)<\/title>/.exec(page)?.[1] ?? "";
    expect(title).toMatch(/^No answer: what is the very very .*very… – /);
    expect(title.length).toBeLessThan(140);
  });

  it("answers a question near the length limit in a script outside ASCII, not 431", async () => {
    // 1,900 characters of 9 bytes each in the address: past Node's default 16 KB of headers.
    const response = await get(`/?q=${encodeURIComponent("医".repeat(1900))}`);
    // Read, and told it reads English only (400, the question kept in its box), not refused unread.
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain("医医医");
    expect(page).toContain("I can only read questions in English.");
  });

  it("says which methods an address takes when asked with another (405 and Allow)", async () => {
    const put = await get("/api/ask", { method: "PUT", body: "{}" });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, HEAD, POST");
    expect(await put.json()).toEqual({
      error: "PUT is not used at /api/ask: it takes GET, HEAD, POST.",
    });
    const post = await get("/sources", { method: "POST", body: "q=x" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    expect(await post.text()).toBe("POST is not used at /sources: it takes GET, HEAD.");
    expect((await get("/static/app.0000000000.js", { method: "DELETE" })).status).toBe(405);
    const missing = await get("/api/nope", { method: "PUT" });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "No such address: /api/nope. Ask at /api/ask." });
  });
});

describe("static files", () => {
  it("serves the styles and script under hashed names, cached for a year, fonts left out", async () => {
    const page = await (await get("/")).text();
    const links = [...page.matchAll(/(?:href|src)="(\/static\/[^"]+)"/g)].map((m) => m[1] ?? "");
    expect(links.length).toBe(4);
    for (const link of links) {
      expect(link).toMatch(/\.[0-9a-f]{10}\.(css|js|svg)$/);
      const response = await get(link);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("content-type")).toMatch(
        /^(text\/css|text\/javascript|image\/svg\+xml)/,
      );
    }
    const css = await (await get(links.find((l) => l.includes("nhsuk-frontend")) ?? "")).text();
    expect(css).not.toContain("@font-face");
    expect(css).not.toContain("assets.nhs.uk");
    expect(css).toMatch(/url\(\/static\/nhsuk-icon-[\w-]+\.[0-9a-f]{10}\.svg\)/);
    expect((await get("/static/app.0000000000.js")).status).toBe(404);
  });

  it("sends the styles and script compressed to a browser that takes brotli or gzip, and as written to one that takes neither", async () => {
    const assets = await loadAssets();
    const app = createWebApp(web.engine, defaultWebConfig, { assets });
    const css = assets.url("nhsuk.css");
    const plain = Buffer.from(assets.get(css)?.body ?? []);
    const fetched = async (acceptEncoding: string) => {
      const response = await app.request(css, { headers: { "accept-encoding": acceptEncoding } });
      expect(response.headers.get("vary")).toBe("Accept-Encoding");
      return {
        coding: response.headers.get("content-encoding"),
        body: Buffer.from(await response.arrayBuffer()),
      };
    };
    const br = await fetched("gzip, deflate, br");
    expect(br.coding).toBe("br");
    expect(brotliDecompressSync(br.body)).toEqual(plain);
    expect(br.body.length).toBeLessThan(plain.length / 4);
    const gzip = await fetched("gzip, br;q=0");
    expect(gzip.coding).toBe("gzip");
    expect(gunzipSync(gzip.body)).toEqual(plain);
    const identity = await fetched("identity");
    expect(identity.coding).toBeNull();
    expect(identity.body).toEqual(plain);
  });
});

describe("compression", () => {
  /** `body` decompressed as `coding` says. */
  const unpacked = (body: Buffer, coding: string | null) =>
    (coding === "br"
      ? brotliDecompressSync(body)
      : coding === "gzip"
        ? gunzipSync(body)
        : body
    ).toString();

  it("sends pages and answers compressed to a browser that takes brotli or gzip, the same words as written", async () => {
    const app = createWebApp(web.engine, defaultWebConfig, { assets: await loadAssets() });
    const first = await app.request("/api/ask?q=what+is+an+stp");
    const state = first.headers.get("stp-conversation") ?? "";
    const addresses = [
      "/",
      "/sources",
      "/?q=how+many+stp+areas+are+there",
      "/part?q=how+many+stp+areas+are+there",
      "/embed?q=how+many+stp+areas+are+there",
      `/?${new URLSearchParams({ q: "who leads them?", c: state })}`,
      "/api/ask?q=how+many+stp+areas+are+there",
    ];
    for (const address of addresses) {
      const plain = await app.request(address);
      expect(plain.headers.get("content-encoding"), address).toBeNull();
      const written = await plain.text();
      for (const [acceptEncoding, coding] of [
        ["gzip, deflate, br", "br"],
        ["gzip, deflate", "gzip"],
      ] as const) {
        const packed = await app.request(address, {
          headers: { "accept-encoding": acceptEncoding },
        });
        expect(packed.headers.get("content-encoding"), address).toBe(coding);
        expect(packed.headers.get("vary"), address).toMatch(/Accept-Encoding/);
        const body = Buffer.from(await packed.arrayBuffer());
        expect(body.length, address).toBeLessThan(written.length / 2);
        expect(unpacked(body, coding), address).toBe(written);
      }
    }
  });

  it("sends a short answer as written: compressing it would save almost nothing", async () => {
    const response = await get("/api/ask?q=define+CCG", {
      headers: { "accept-encoding": "gzip, br" },
    });
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(await response.json()).toMatchObject({ command: "define" });
  });
});

describe("/api/ask", () => {
  it("answers GET ?q= with exactly ask --json's object", async () => {
    const response = await get("/api/ask?q=who+leads+each+stp");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text).toBe(JSON.stringify(toAnswerJson(web.engine.ask("who leads each stp"))));
  });

  it("gives a question asked again the same reply, from memory, on the page and the API", async () => {
    const twice = async (path: string): Promise<[Response, Response]> => [
      await get(path),
      await get(path),
    ];
    const [first, again] = await twice("/api/ask?q=how+many+stp+areas+are+there");
    expect(await again.text()).toBe(await first.text());
    expect(again.headers.get("content-type")).toBe(first.headers.get("content-type"));
    expect(again.headers.get("stp-conversation")).toBe(first.headers.get("stp-conversation"));
    const [page, pageAgain] = await twice("/?q=how+many+stp+areas+are+there");
    expect(await pageAgain.text()).toBe(await page.text());
  });

  it("answers POST {question, conversation} and carries the conversation in a header", async () => {
    const post = (body: unknown) =>
      get("/api/ask", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const first = await post({ question: "what is an stp" });
    const state = first.headers.get("stp-conversation") ?? "";
    expect(state).toMatch(/^2\./);
    const follow = await post({ question: "who leads them?", conversation: state });
    const json = (await follow.json()) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      "question",
      "answered",
      "answer",
      "citations",
      "suggestions",
      "message",
    ]);
    expect(json.question).toBe("who leads them?");
    expect(json.answered).toBe(true);
  });

  it("refuses an empty or too-long question with 400, saying what to change", async () => {
    for (const question of ["", "   ", `how big is the fund ${"and what else ".repeat(200)}?`]) {
      const response = await get("/api/ask", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ question }),
      });
      expect(response.status, JSON.stringify(question.slice(0, 20))).toBe(400);
      const json = (await response.json()) as Record<string, unknown>;
      expect(json.answered).toBe(false);
      expect(json.error).toBe(json.message);
      expect(String(json.error)).toMatch(/type a question|characters long/i);
    }
    expect((await get("/api/ask?q=")).status).toBe(400);
    expect((await get("/api/ask?q=thanks")).status).toBe(200);
  });

  it("answers /api and any address under it that is not /api/ask in JSON, naming /api/ask", async () => {
    for (const address of ["/api", "/api/", "/api/answer"]) {
      const response = await get(address);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({
        error: `No such address: ${address}. Ask at /api/ask.`,
      });
    }
  });

  it("takes a null conversation as none, as a script sends back a missing Stp-Conversation header", async () => {
    // headers.get() gives null where the header is missing (after a 400).
    const response = await get("/api/ask", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: "what is an stp", conversation: null }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ question: "what is an stp", answered: true });
    expect(response.headers.get("stp-conversation")).toMatch(/^2\./);
  });

  it("answers define, sources and new as commands, naming them, as the page does", async () => {
    const define = (await (await get("/api/ask?q=define+CCG")).json()) as Record<string, unknown>;
    expect(define).toMatchObject({ answered: false, answer: "", citations: [], command: "define" });
    expect(define.message).toMatch(/^CCG: clinical commissioning group/);
    // A term not in the glossary is no command: the documents are asked "what is footprint?".
    const asked = (await (await get("/api/ask?q=define+footprint")).json()) as Record<
      string,
      unknown
    >;
    expect(asked).toMatchObject({ question: "what is footprint?", answered: true });
    expect(asked).not.toHaveProperty("command");
    const sources = (await (await get("/api/ask?q=sources")).json()) as Record<string, unknown>;
    expect(sources).toMatchObject({ command: "sources" });
    const first = await get("/api/ask?q=what+is+an+stp");
    const state = first.headers.get("stp-conversation") ?? "";
    // A command leaves the conversation as it was; "new" ends it.
    const kept = await get(`/api/ask?${new URLSearchParams({ q: "define CCG", c: state })}`);
    expect(kept.headers.get("stp-conversation")).toBe(state);
    const fresh = await get(`/api/ask?${new URLSearchParams({ q: "new", c: state })}`);
    expect(await fresh.json()).toMatchObject({ command: "new", answered: false });
    expect(fresh.headers.get("stp-conversation")).toBe(
      (await get("/api/ask?q=")).headers.get("stp-conversation"),
    );
    // "new" forgets the conversation, so one that no longer reads (a restart's new key) is no
    // reason to refuse it: that is how a script starts afresh. GET and HEAD agree.
    const unreadable = `/api/ask?${new URLSearchParams({ q: "new", c: "1.forged" })}`;
    const restarted = await get(unreadable);
    expect(restarted.status).toBe(200);
    expect(await restarted.json()).toMatchObject({ command: "new" });
    expect(restarted.headers.get("stp-conversation")).toBe(fresh.headers.get("stp-conversation"));
    expect((await get(unreadable, { method: "HEAD" })).status).toBe(200);
  });

  it.each([
    ["GET without q", () => get("/api/ask"), 400, /Give the question as/],
    [
      "a body that is not JSON",
      () => get("/api/ask", { method: "POST", body: "question=hi" }),
      400,
      /Send JSON/,
    ],
    [
      "a question that is not a string",
      () => get("/api/ask", { method: "POST", body: '{"question": 1}' }),
      400,
      /"question" must be a string/,
    ],
    [
      "a conversation it did not write",
      () => get("/api/ask?q=more&c=forged"),
      400,
      /The conversation could not be read/,
    ],
    [
      "a body over 32 KB",
      () =>
        get("/api/ask", { method: "POST", body: JSON.stringify({ question: "x".repeat(40_000) }) }),
      413,
      /over 32 KB/,
    ],
  ])(
    "refuses %s with a JSON error saying what to send",
    async (_case, request, status, message) => {
      const response = await request();
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    },
  );
});

describe("/embed", () => {
  it("is the question page without header or footer bar, framed nowhere by default", async () => {
    const response = await get("/embed?q=how+many+stp+areas+are+there");
    const page = await response.text();
    expect(page).not.toContain("nhsuk-header");
    expect(page).not.toContain("nhsuk-footer");
    expect(page).toContain('action="/embed"');
    expect(page).toContain("Run by Healthwatch Anytown.");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("may be framed by the sites in WEB_EMBED_ORIGINS, and only /embed", async () => {
    const framed = await startTestWebServer({
      embedOrigins: ["https://healthwatch.example", "https://www.anytown.gov.uk"],
    });
    try {
      const embed = await fetch(`${framed.origin}/embed`);
      expect(embed.headers.get("content-security-policy")).toContain(
        "frame-ancestors https://healthwatch.example https://www.anytown.gov.uk",
      );
      expect(embed.headers.get("x-frame-options")).toBeNull();
      const home = await fetch(`${framed.origin}/`);
      expect(home.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(home.headers.get("x-frame-options")).toBe("DENY");
    } finally {
      await framed.stop();
    }
  });

  it("lets only the sites in WEB_EMBED_ORIGINS call /api/ask from their scripts (CORS)", async () => {
    const framed = await startTestWebServer({ embedOrigins: ["https://healthwatch.example"] });
    try {
      const preflight = await fetch(`${framed.origin}/api/ask`, {
        method: "OPTIONS",
        headers: {
          origin: "https://healthwatch.example",
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type",
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe(
        "https://healthwatch.example",
      );
      expect(preflight.headers.get("access-control-allow-methods")).toBe("GET,POST");
      const asked = (origin: string) =>
        fetch(`${framed.origin}/api/ask?q=how+many+stp+areas+are+there`, { headers: { origin } });
      const allowed = await asked("https://healthwatch.example");
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get("access-control-allow-origin")).toBe(
        "https://healthwatch.example",
      );
      expect(allowed.headers.get("access-control-expose-headers")).toBe(
        "Stp-Conversation,Retry-After",
      );
      const other = await asked("https://elsewhere.example");
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await framed.stop();
    }
    // Without WEB_EMBED_ORIGINS no other site's script may read an answer.
    const alone = await get("/api/ask?q=what+is+an+stp", {
      headers: { origin: "https://healthwatch.example" },
    });
    expect(alone.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("the security headers", () => {
  it("are the same over HTTP as from the app itself, on every kind of page", async () => {
    // Over HTTP they are set on Node's response before the route runs; the app alone sets them
    // with Hono's middleware. Each path is asked twice, as the first may take the app's way.
    const config = {
      ...defaultWebConfig,
      embedOrigins: ["https://healthwatch.example"],
      adminToken,
      questionsPerMinute: 0,
    };
    const report = () => "<!doctype html><title>report</title>";
    const served = await startTestWebServer(config, { engine: web.engine, report });
    const app = createWebApp(web.engine, config, { assets: await loadAssets(), report });
    const headersOf = (response: Response) =>
      [...response.headers]
        .filter(([name]) => !["date", "connection", "keep-alive", "content-length"].includes(name))
        .sort();
    const stylesheet = /href="(\/static\/[^"]+\.css)"/.exec(await (await get("/")).text())?.[1];
    const auth = { headers: { authorization: `Bearer ${adminToken}` } };
    try {
      for (const [path, init] of [
        ["/", {}],
        ["/?q=what+is+an+stp", {}],
        ["/embed", {}],
        ["/sources", {}],
        [stylesheet ?? "/static/missing.css", {}],
        ["/api/ask?q=what+is+an+stp", {}],
        ["/no/such/page", {}],
        ["/admin/report", auth],
      ] as [string, { headers?: Record<string, string> }][]) {
        // Both ways asked for the same coding: fetch asks for gzip and brotli of its own accord.
        const asked = { headers: { "accept-encoding": "gzip", ...init.headers } };
        const fromApp = headersOf(await app.request(path, asked));
        for (const _ of [1, 2]) {
          const overHttp = await fetch(`${served.origin}${path}`, asked);
          expect(headersOf(overHttp), path).toEqual(fromApp);
        }
      }
    } finally {
      await served.stop();
    }
  });
});

describe("the rate limit", () => {
  it("answers a client's questions over WEB_RATE_LIMIT with a friendly 429 and Retry-After", async () => {
    const limited = await startTestWebServer({ questionsPerMinute: 2 });
    try {
      const page = (q: string) => fetch(`${limited.origin}/?q=${q}`);
      expect((await page("one")).status).toBe(200);
      expect((await fetch(`${limited.origin}/api/ask?q=two`)).status).toBe(200);
      const refused = await page("three");
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(50);
      const text = await refused.text();
      expect(text).toContain("Please wait a moment");
      expect(text).toMatch(/You have asked 2 questions in the last minute/);
      // Each refusal gives its own wait, and the embedded page stays embedded.
      const again = await page("three again");
      const wait = again.headers.get("retry-after");
      expect(await again.text()).toContain(`Please try again in ${wait} seconds.`);
      const embedded = await (await fetch(`${limited.origin}/embed?q=three`)).text();
      expect(embedded).toContain("Please wait a moment");
      expect(embedded).not.toContain('class="nhsuk-header');
      const api = await fetch(`${limited.origin}/api/ask?q=four`);
      expect(api.status).toBe(429);
      expect(api.headers.get("stp-conversation")).toBe("");
      expect(((await api.json()) as { error: string }).error).toMatch(/at most 2 a minute/);
      const part = await fetch(`${limited.origin}/part?q=five`);
      expect(part.status).toBe(429);
      expect(await part.text()).toMatch(/^<div id="result"/);
      // Reading pages without asking is never limited.
      expect((await fetch(`${limited.origin}/`)).status).toBe(200);
      expect((await fetch(`${limited.origin}/sources`)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });

  it("keeps the question and the conversation in the form of a 429 page, to ask again after the wait", async () => {
    const limited = await startTestWebServer({ questionsPerMinute: 1 });
    try {
      const first = await fetch(`${limited.origin}/?q=what+is+an+stp`);
      const state = /name="c" value="([^"]+)"/.exec(await first.text())?.[1] ?? "";
      expect(state).toMatch(/^2\./);
      const refused = await fetch(
        `${limited.origin}/?${new URLSearchParams({ q: "who leads them?", c: state })}`,
      );
      expect(refused.status).toBe(429);
      const page = await refused.text();
      expect(page).toContain("Please wait a moment");
      expect(page).toContain('value="who leads them?"');
      expect(page).toContain(`<input type="hidden" name="c" value="${state}" data-conversation>`);
    } finally {
      await limited.stop();
    }
  });

  it("sends /api/ask's conversation back with a 429, so a script that keeps the last header keeps its place", async () => {
    const limited = await startTestWebServer({ questionsPerMinute: 1 });
    try {
      const first = await fetch(`${limited.origin}/api/ask?q=what+is+an+stp`);
      const state = first.headers.get("stp-conversation") ?? "";
      expect(state).toMatch(/^2\./);
      const refused = await fetch(
        `${limited.origin}/api/ask?${new URLSearchParams({ q: "who leads them?", c: state })}`,
      );
      expect(refused.status).toBe(429);
      expect(refused.headers.get("stp-conversation")).toBe(state);
    } finally {
      await limited.stop();
    }
  });

  it("counts help, sources, define and new as questions, but never the box, /sources or New question", async () => {
    const limited = await startTestWebServer({ questionsPerMinute: 4 });
    try {
      for (const command of ["help", "sources", "define CCG"])
        expect(
          (await fetch(`${limited.origin}/?${new URLSearchParams({ q: command })}`)).status,
        ).toBe(200);
      expect((await fetch(`${limited.origin}/api/ask?q=new`)).status).toBe(200);
      expect((await fetch(`${limited.origin}/part?q=help`)).status).toBe(429);
      expect((await fetch(`${limited.origin}/api/ask?q=sources`)).status).toBe(429);
      // The New question link is the box's own address: starting again is never refused.
      for (const address of ["/", "/sources", "/embed"])
        expect((await fetch(`${limited.origin}${address}`)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});

describe("/admin/report", () => {
  it("does not exist without ADMIN_TOKEN", async () => {
    expect((await get("/admin/report")).status).toBe(404);
    expect(
      (await get("/admin/report", { headers: { authorization: `Bearer ${adminToken}` } })).status,
    ).toBe(404);
    expect((await get("/admin/report", { method: "POST" })).status).toBe(404);
  });

  it("asks for the token, refuses a wrong one, and shows the report for the right one", async () => {
    const admin = await startTestWebServer(
      { adminToken },
      { report: () => "<!DOCTYPE html><title>Report</title><style>p{}</style><p>42 questions</p>" },
    );
    try {
      const at = (authorization?: string) =>
        fetch(`${admin.origin}/admin/report`, authorization ? { headers: { authorization } } : {});
      const none = await at();
      expect(none.status).toBe(401);
      expect(none.headers.get("www-authenticate")).toMatch(/^Basic realm=/);
      expect((await at("Bearer wrong-token")).status).toBe(401);
      const right = await at(`Bearer ${adminToken}`);
      expect(right.status).toBe(200);
      expect(await right.text()).toContain("42 questions");
      expect(right.headers.get("content-security-policy")).toContain("style-src 'unsafe-inline'");
      expect(right.headers.get("content-security-policy")).not.toContain("script-src");
      const basic = `Basic ${Buffer.from(`admin:${adminToken}`).toString("base64")}`;
      expect((await at(basic)).status).toBe(200);
    } finally {
      await admin.stop();
    }
  });

  it("says no questions are recorded when there is no report (QUESTION_LOG=off)", async () => {
    const admin = await startTestWebServer({ adminToken });
    try {
      const response = await fetch(`${admin.origin}/admin/report`, {
        headers: { authorization: `Bearer ${adminToken}` },
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(
        "does not record questions: its question log is turned off (<code>QUESTION_LOG=off</code>)",
      );
    } finally {
      await admin.stop();
    }
  });
});

describe("npm run web and npm start", () => {
  /** Starts a script and resolves with the address it prints, or rejects with what it said. */
  function startScript(script: string, env: Record<string, string>) {
    const bot = startBotProcess(script, env);
    const url = bot
      .waitForLog(/serving the question page at (http:\/\/[^\s"]+)/, "the page's address")
      .then(
        (found) => found[1] as string,
        async () => {
          throw new Error(`exited ${await bot.exit}: ${bot.output()}`);
        },
      );
    return { child: bot.child, url, exit: bot.exit, output: bot.output };
  }

  it.concurrent("npm run web prints its address and serves the page there", async ({ expect }) => {
    const run = startScript("adapters/web/main.ts", { WEB_PORT: "0", WEB_HOST: "127.0.0.1" });
    try {
      const url = await run.url;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(await (await fetch(`${url}?q=how+many+stp+areas`)).text()).toContain("44");
      expect(run.output()).toContain("WEB_OPERATOR is not set");
    } finally {
      run.child.kill("SIGTERM");
      expect(await run.exit).toBe(0);
    }
  });

  it.concurrent("npm start serves the page when WEB_PORT is set, instead of opening the chat", async ({
    expect,
  }) => {
    const run = startScript("adapters/start.ts", {
      WEB_PORT: "0",
      WEB_HOST: "127.0.0.1",
      WEB_OPERATOR: "Test",
    });
    try {
      const url = await run.url;
      expect((await fetch(url)).status).toBe(200);
      expect(run.output()).not.toContain("stp>");
    } finally {
      run.child.kill("SIGTERM");
      await run.exit;
    }
  });

  it.concurrent("stops with exit code 2 and the variable's name for a bad setting", async ({
    expect,
  }) => {
    const run = startScript("adapters/web/main.ts", { WEB_PORT: "eighty" });
    await expect(run.url).rejects.toThrow(/exited 2: .*WEB_PORT should be a whole number/s);
  });

  it.concurrent("stops with exit code 2 naming WEB_HOST when it is no address of this machine", async ({
    expect,
  }) => {
    // 192.0.2.1 is TEST-NET-1: documentation only, never a local address.
    const run = startScript("adapters/web/main.ts", { WEB_PORT: "0", WEB_HOST: "192.0.2.1" });
    await expect(run.url).rejects.toThrow(
      /exited 2: .*WEB_HOST "192\.0\.2\.1" is not an address of this machine \(EADDRNOTAVAIL\)/s,
    );
  });
});

function escapeText(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[c]};`,
  );
}
