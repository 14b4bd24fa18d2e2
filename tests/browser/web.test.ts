// The web page in a real browser (Debian's Chromium through playwright-core): typing and Enter, the keyboard alone, no JavaScript, hostile questions, axe-core, narrow screens and screenshots.
import { mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/content-folder.ts";
import { startTestWebServer, type TestWebServer } from "../helpers/web-server.ts";
import { axeViolations, launchChromium } from "./chromium.ts";

const launched = await launchChromium();
const skip = "skip" in launched ? launched.skip : null;
// Never skipped silently: the reason is in the test output, and in the skipped suite's name.
if (skip) console.warn(`browser tests skipped: ${skip}`);
const browser = "browser" in launched ? launched.browser : (null as unknown as Browser);

/** Screenshots and timings go here (ignored by git); the README shows copies from docs/screenshots/. */
const results = path.join(repoRoot, "test-results");

const hostile = [
  "<script>window.pwned=1</script>",
  '"><img src=x onerror="window.pwned=1">',
  "javascript:window.pwned=1",
];

/**
 * Waits until `expression` is true in the page. Polled through the DevTools protocol: the
 * page's Content-Security-Policy rightly stops Playwright's own waiting, which evaluates strings.
 */
async function waitUntil(page: Page, expression: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(`Boolean(${expression})`))) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Types `question` into the box and presses Enter; resolves with the milliseconds, timed in the
 * page, from the Enter key to the frame after the new reply region is in place.
 */
async function timeAnswer(page: Page, question: string): Promise<number> {
  await page.evaluate(`(() => {
    if (!window.timingInstalled) {
      window.timingInstalled = true;
      document.addEventListener("keydown", (e) => { if (e.key === "Enter") window.timing.enter = performance.now(); }, true);
      new MutationObserver(() => {
        if (!window.timing.shown && document.getElementById("result") !== window.timing.region)
          requestAnimationFrame(() => { window.timing.shown = window.timing.shown ?? performance.now(); });
      }).observe(document.body, { childList: true, subtree: true });
    }
    window.timing = { region: document.getElementById("result") };
  })()`);
  await page.locator("#question").fill(question);
  await page.locator("#question").press("Enter");
  await waitUntil(page, "window.timing.shown !== undefined");
  return page.evaluate<number>("window.timing.shown - window.timing.enter");
}

/** How long the first-answer test waits between the page loading and Enter: a person typing. */
const typingMs = 1000;

let web: TestWebServer;
let context: BrowserContext;

describe.skipIf(skip !== null)(
  `the web page in Chromium${skip ? ` (skipped: ${skip})` : ""}`,
  () => {
    beforeAll(async () => {
      web = await startTestWebServer({
        operator: "Healthwatch Anytown (example)",
        questionsPerMinute: 0,
      });
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await mkdir(results, { recursive: true });
    });
    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await web?.stop();
    });

    const open = async (address = "/", into: BrowserContext = context) => {
      const page = await into.newPage();
      await page.goto(`${web.origin}${address}`);
      return page;
    };

    it("shows the answer and its citations when a question is typed and Enter pressed, without a reload", async () => {
      // A person reads the page and types first: Enter comes a second or more after it loads.
      const page = await open();
      await page.evaluate("window.notReloaded = true");
      await new Promise((resolve) => setTimeout(resolve, typingMs));
      const ms = await timeAnswer(page, "How big is the transformation fund?");
      // Pressed the moment a page has loaded, the browser is still finishing the page itself.
      const hurried = await open();
      const atLoad = await timeAnswer(hurried, "How big is the transformation fund?");
      await hurried.close();
      // Figures for the README, not assertions: this machine is shared and its timings vary.
      console.log(
        `web: first answer on the page ${ms.toFixed(1)} ms from Enter to shown (${atLoad.toFixed(1)} ms with Enter pressed as the page loaded)`,
      );
      await writeFile(
        path.join(results, "web-first-answer.json"),
        JSON.stringify({ ms, atLoadMs: atLoad }),
      );
      expect(await page.evaluate("window.notReloaded")).toBe(true);
      expect(await page.locator("#reply-heading").textContent()).toBe("Answer");
      expect(await page.locator(".stp-quote").textContent()).toContain("£1.8");
      expect(await page.locator(".stp-citation").count()).toBeGreaterThan(0);
      expect(await page.locator(".stp-citation__number").first().textContent()).toBe("[1]");
      expect(new URL(page.url()).searchParams.get("q")).toBe("How big is the transformation fund?");
      expect(await page.title()).toBe(
        "How big is the transformation fund? – Ask the STP documents",
      );
      await waitUntil(
        page,
        `document.getElementById("announcer").textContent.startsWith("Answer: ")`,
      );
      await page.close();
    });

    it("times ten more questions typed on the same page", async () => {
      const page = await open();
      const questions = [
        "How many STP areas are there?",
        "Who leads each STP?",
        "What was the original deadline for submitting plans?",
        "what is a ccg",
        "what did the kings fund say about stps",
        "how are stps funded",
        "what is the weather on mars",
        "why should physicians get involved",
        "who approves the plans",
        "what happens to the plans next",
      ];
      const times: number[] = [];
      for (const question of questions) times.push(await timeAnswer(page, question));
      const sorted = [...times].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
      const max = sorted.at(-1) ?? 0;
      console.log(
        `web: later answers on the page: median ${median.toFixed(1)} ms, slowest ${max.toFixed(1)} ms from Enter to shown`,
      );
      await writeFile(path.join(results, "web-later-answers.json"), JSON.stringify({ times }));
      expect(times).toHaveLength(10);
      await page.close();
    });

    it("goes back to the earlier answer with the back button, and forward again", async () => {
      const page = await open();
      for (const question of ["How many STP areas are there?", "Who leads each STP?"]) {
        await page.locator("#question").fill(question);
        await page.locator("#question").press("Enter");
        await waitUntil(page, `document.title.startsWith(${JSON.stringify(question)})`);
      }
      await page.goBack();
      await waitUntil(
        page,
        `document.querySelector(".stp-asked q")?.textContent === "How many STP areas are there?"`,
      );
      expect(new URL(page.url()).searchParams.get("q")).toBe("How many STP areas are there?");
      await page.goForward();
      await waitUntil(
        page,
        `document.querySelector(".stp-asked q")?.textContent === "Who leads each STP?"`,
      );
      await page.goBack();
      await page.goBack();
      await waitUntil(page, `document.getElementById("reply-heading") === null`);
      await page.close();
    });

    it("keeps the conversation for a follow-up until New question is pressed", async () => {
      const page = await open();
      await askWithFollowUp(page);
      expect(await page.locator(".stp-understood").textContent()).toMatch(
        /Answered as: who leads .*stp/i,
      );
      await page.getByRole("link", { name: "New question" }).click();
      await page.locator("#question-label", { hasText: "Your question" }).waitFor();
      await page.locator("#question").fill("who leads them?");
      await page.locator("#question").press("Enter");
      await page.locator("#reply-heading").waitFor();
      expect(await page.locator(".stp-understood").count()).toBe(0);
      await page.close();
    });

    it("leaves the earlier questions out of the address once new is typed", async () => {
      const page = await open();
      await askWithFollowUp(page);
      // A follow-up's address carries the conversation it follows.
      expect(new URL(page.url()).searchParams.get("c")).toBeTruthy();
      await page.locator("#question").fill("new");
      await page.locator("#question").press("Enter");
      await page.locator("#question-label", { hasText: "Your question" }).waitFor();
      expect(new URL(page.url()).search).toBe("?q=new");
      await page.close();
    });

    it("marks the question box when Enter is pressed with nothing typed, and clears it on the next answer", async () => {
      const page = await open();
      await page.locator("#question").press("Enter");
      await page.locator(".nhsuk-error-summary").waitFor();
      expect(await page.locator("#question").getAttribute("aria-invalid")).toBe("true");
      expect(await page.locator("#question").getAttribute("aria-describedby")).toBe(
        "question-hint question-error",
      );
      expect(await page.locator("#question-error").textContent()).toBe(
        "Error: Please type a question, for example: How many STP areas are there?",
      );
      await timeAnswer(page, "How big is the transformation fund?");
      expect(await page.locator("#question").getAttribute("aria-invalid")).toBeNull();
      expect(await page.locator("#question-error").count()).toBe(0);
      expect(await page.locator(".nhsuk-form-group--error").count()).toBe(0);
      await page.close();
    });

    it("shows the error summary at the top of the main content, above the h1, as NHS.UK's error pattern does", async () => {
      // Before the h1 and the only one: DOCUMENT_POSITION_FOLLOWING is 4.
      const summaryFirst = `document.querySelectorAll(".nhsuk-error-summary").length === 1 && (document.querySelector(".nhsuk-error-summary").compareDocumentPosition(document.querySelector("h1")) & 4) !== 0`;
      const noSummary = `document.querySelector(".nhsuk-error-summary") === null`;
      const page = await open();
      await page.locator("#question").press("Enter");
      await page.locator(".nhsuk-error-summary").waitFor();
      await waitUntil(page, summaryFirst);
      await timeAnswer(page, "How big is the transformation fund?");
      await waitUntil(page, noSummary);
      await page.goBack();
      await waitUntil(page, summaryFirst);
      // A page that came with its summary (no script, or a reload) gets it back after an answer too.
      const loaded = await open("/?q=");
      await waitUntil(loaded, summaryFirst);
      await timeAnswer(loaded, "How big is the transformation fund?");
      await waitUntil(loaded, noSummary);
      await loaded.goBack();
      await waitUntil(loaded, summaryFirst);
      await page.close();
      await loaded.close();
    });

    it("keeps a question refused as too long in the box, to be shortened rather than typed again", async () => {
      const page = await open();
      const long = `what is an stp ${"and ".repeat(500)}`.trim();
      await page.locator("#question").fill(long);
      await page.locator("#question").press("Enter");
      await page.locator(".nhsuk-error-summary").waitFor();
      expect(await page.locator("#question").inputValue()).toBe(long);
      await timeAnswer(page, "How big is the transformation fund?");
      expect(await page.locator("#question").inputValue()).toBe("");
      await page.close();
    });

    it("can be used with the keyboard alone: skip link, question box, Enter, suggestions", async () => {
      const page = await open();
      const focused = () =>
        page.evaluate<{ text: string; id: string; visible: boolean }>(`(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        return {
          text: (el.textContent || el.value || "").trim(),
          id: el.id,
          // NHS.UK frontend shows focus as a yellow fill and a thick underline or outline.
          visible: style.outlineStyle !== "none" || style.boxShadow !== "none" || style.backgroundColor === "rgb(255, 235, 59)",
        };
      })()`);
      await page.keyboard.press("Tab");
      expect(await focused()).toMatchObject({ text: "Skip to main content", visible: true });
      await page.keyboard.press("Enter");
      await waitUntil(page, `document.activeElement.id === "maincontent"`);
      await page.keyboard.press("Tab");
      expect(await focused()).toMatchObject({ id: "question", visible: true });
      await page.keyboard.type("what is the weather on mars");
      await page.keyboard.press("Enter");
      await page.locator(".stp-suggestions a").first().waitFor();
      // Ask, then New question, then the first suggested question.
      await page.keyboard.press("Tab");
      expect(await focused()).toMatchObject({ text: "Ask", visible: true });
      await page.keyboard.press("Tab");
      expect(await focused()).toMatchObject({ text: "New question", visible: true });
      const suggestion = (await page.locator(".stp-suggestions a").first().textContent()) ?? "";
      let tabs = 0;
      while ((await focused()).text !== suggestion && tabs++ < 10) await page.keyboard.press("Tab");
      expect(await focused()).toMatchObject({ text: suggestion, visible: true });
      await page.keyboard.press("Enter");
      await waitUntil(
        page,
        `document.querySelector(".stp-asked q")?.textContent === ${JSON.stringify(suggestion)}`,
      );
      expect((await focused()).id).toBe("reply-heading");
      await page.close();
    });

    it("tells the site that frames /embed its height, so the frame can grow with each answer", async () => {
      // The embedding site, as README's "Embed it" shows it, on another port (another origin).
      let embedOrigin = "";
      const site = createServer((_request, response) => {
        response.setHeader("content-type", "text/html");
        response.end(`<!DOCTYPE html><iframe id="stp" src="${embedOrigin}/embed" title="Ask" style="width: 100%; border: 0"></iframe>
<script>window.heights = []; addEventListener("message", (event) => {
  if (event.origin === ${JSON.stringify(embedOrigin)} && event.data && event.data.stpBotHeight) {
    window.heights.push(event.data.stpBotHeight);
    document.getElementById("stp").style.height = event.data.stpBotHeight + "px";
  }
});</script>`);
      });
      await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
      const siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
      const embedded = await startTestWebServer({
        embedOrigins: [siteOrigin],
        questionsPerMinute: 0,
      });
      embedOrigin = embedded.origin;
      const page = await context.newPage();
      try {
        await page.goto(`${siteOrigin}/`);
        await waitUntil(page, "window.heights.length > 0");
        const box = await page.evaluate<number>("window.heights.at(-1)");
        const frame = page.frameLocator("#stp");
        await frame.locator("#question").fill("what is an stp");
        await frame.locator("#question").press("Enter");
        await frame.locator(".stp-citation").first().waitFor();
        await waitUntil(page, `window.heights.at(-1) > ${box + 200}`);
        // The frame now shows the whole answer: nothing left to scroll inside it.
        const inner = await frame
          .locator("html")
          .evaluate((html) => html.scrollHeight - html.clientHeight);
        expect(inner).toBeLessThanOrEqual(1);
        // And it settles: growing the frame does not make the page say it is taller again.
        const told = await page.evaluate<number>("window.heights.length");
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await page.evaluate<number>("window.heights.length")).toBe(told);
      } finally {
        await page.close();
        await embedded.stop();
        site.close();
      }
    });

    it("answers with JavaScript turned off: the form submits GET /?q= and the conversation rides along", async () => {
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await open("/", noScript);
        await page.locator("#question").fill("what is an stp");
        await page.locator("#question").press("Enter");
        await page.waitForURL(/\?q=what\+is\+an\+stp/);
        // A first question's address, the one shared, has no empty conversation on it.
        expect(new URL(page.url()).search).toBe("?q=what+is+an+stp");
        expect(await page.locator(".stp-citation").count()).toBeGreaterThan(0);
        await page.locator("#question").fill("who leads them?");
        await page.locator("#question").press("Enter");
        await page.waitForURL(/\?q=who\+leads\+them/);
        expect(await page.locator(".stp-understood").textContent()).toMatch(/Answered as/);
        expect(await page.locator(".stp-citation").count()).toBeGreaterThan(0);
      } finally {
        await noScript.close();
      }
    });

    for (const javaScriptEnabled of [true, false]) {
      it.each(hostile)(
        `shows ${javaScriptEnabled ? "" : "(no JavaScript) "}the hostile question %s as text and runs nothing`,
        async (question) => {
          const scoped = await browser.newContext({ javaScriptEnabled });
          try {
            const page = await open("/", scoped);
            const dialogs: string[] = [];
            page.on("dialog", (dialog) => {
              dialogs.push(dialog.message());
              void dialog.dismiss();
            });
            await page.locator("#question").fill(question);
            await page.locator("#question").press("Enter");
            await page.locator(".stp-asked q").waitFor();
            expect(await page.locator(".stp-asked q").textContent()).toBe(question);
            expect(await page.locator("#result img, #result script").count()).toBe(0);
            expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
            if (javaScriptEnabled) expect(await page.evaluate("window.pwned")).toBeUndefined();
            expect(dialogs).toEqual([]);
          } finally {
            await scoped.close();
          }
        },
      );
    }

    it.each([
      ["the question page", "/"],
      ["an answer", "/?q=How+many+STP+areas+are+there%3F"],
      ["a decline", "/?q=what+is+the+weather+on+mars"],
      ["a problem with the question", "/?q="],
      ["the documents", "/sources"],
      ["the embedded page", "/embed"],
      ["an answer in the embedded page", "/embed?q=who+leads+each+stp"],
    ])("has no axe-core violations on %s", async (_name, address) => {
      const page = await open(address);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it("has no axe-core violations on an answer that arrived without a reload", async () => {
      const page = await open();
      await page.locator("#question").fill("Who leads each STP?");
      await page.locator("#question").press("Enter");
      await page.locator("#result .stp-citation").first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it.each([
      ["320 px wide", { width: 320, height: 640 }],
      ["400% zoom (1280 px at 400% is 320 CSS px)", { width: 320, height: 225 }],
    ])(
      "fits %s without scrolling sideways, even for a long unbroken question",
      async (_name, viewport) => {
        const narrow = await browser.newContext({ viewport });
        try {
          const page = await open(`/?q=${"Sustainability".repeat(20)}`, narrow);
          await page.locator("#reply-heading").waitFor();
          expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
            viewport.width,
          );
          const answered = await open("/?q=How+many+STP+areas+are+there%3F", narrow);
          expect(
            await answered.evaluate("document.documentElement.scrollWidth"),
          ).toBeLessThanOrEqual(viewport.width);
          const box = await answered.locator("#question").boundingBox();
          expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width);
        } finally {
          await narrow.close();
        }
      },
    );

    it("saves screenshots at 1280 px and 360 px", async () => {
      const shots: [string, string][] = [
        ["home", "/"],
        ["answer", "/?q=How+big+is+the+transformation+fund%3F"],
        ["decline", "/?q=what+is+the+weather+on+mars"],
      ];
      for (const width of [1280, 360]) {
        const sized = await browser.newContext({ viewport: { width, height: 900 } });
        try {
          for (const [name, address] of shots) {
            const page = await open(address, sized);
            const file = path.join(results, `web-${name}-${width}.png`);
            await page.screenshot({ path: file, fullPage: true });
            expect((await page.screenshot()).length).toBeGreaterThan(1000);
          }
        } finally {
          await sized.close();
        }
      }
    });

    it("hides /admin/report (404) without ADMIN_TOKEN, and refuses a wrong token (401)", async () => {
      const page = await context.newPage();
      expect((await page.goto(`${web.origin}/admin/report`))?.status()).toBe(404);
      const admin = await startTestWebServer({ adminToken: "the-right-admin-token-0123" });
      const wrong = await browser.newContext({
        httpCredentials: { username: "admin", password: "a-wrong-token-0123456789" },
      });
      try {
        const refused = await wrong.newPage();
        expect((await refused.goto(`${admin.origin}/admin/report`))?.status()).toBe(401);
      } finally {
        await wrong.close();
        await admin.stop();
        await page.close();
      }
    });
  },
);

/** Asks "what is an stp", then the follow-up "who leads them?", and waits for its answer. */
async function askWithFollowUp(page: Page): Promise<void> {
  await page.locator("#question").fill("what is an stp");
  await page.locator("#question").press("Enter");
  await page.locator("#question-label", { hasText: "Ask a follow-up question" }).waitFor();
  await page.locator("#question").fill("who leads them?");
  await page.locator("#question").press("Enter");
  await page.locator(".stp-understood").waitFor();
}
