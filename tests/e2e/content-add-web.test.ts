// `content:add` with web addresses, against a server on 127.0.0.1: a page and a PDF imported, and every way a download can fail refused in one line.

import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ImportOptions,
  type ImportResult,
  importDocument,
  indexContentFolder,
  resolveImportOptions,
} from "../../src/import/index.ts";
import { loadEngine } from "../../src/index.ts";
import { makeContentFolder, removeFolder } from "../helpers/content-folder.ts";
import { fixtureFacts, gadgetPlanPdf, sprocketNewsHtml } from "../helpers/documents.ts";
import { runScript } from "../helpers/run-script.ts";

let server: Server;
let base: string;
let output: string;
const sockets = new Set<Socket>();

beforeAll(async () => {
  const pdf = await gadgetPlanPdf();
  const page = sprocketNewsHtml();
  server = createServer((request, response) => {
    const send = (status: number, type: string, body: string | Buffer, headers = {}) => {
      response.writeHead(status, { "content-type": type, ...headers });
      response.end(body);
    };
    switch (request.url) {
      case "/news/sprocket":
      case "/news/sprocket?access_token=s3cr3t-t0ken&page=1":
        return send(200, "text/html; charset=utf-8", page);
      case "/moved":
        return send(301, "text/plain", "", { location: "/news/sprocket" });
      case "/docs/gadget-plan.pdf":
        return send(200, "application/pdf", pdf);
      case "/download?id=7":
        return send(200, "application/octet-stream", pdf);
      case "/missing":
        return send(404, "text/html", "<title>Not found</title>");
      case "/broken":
        return send(500, "text/html", "<title>Oops</title>");
      case "/soft-404":
        return send(
          200,
          "text/html",
          "<html><head><title>Page not found | Acme</title></head><body><p>Sorry.</p></body></html>",
        );
      case "/loop-a":
        return send(302, "text/plain", "", { location: "/loop-b" });
      case "/loop-b":
        return send(302, "text/plain", "", { location: "/loop-a" });
      case "/spreadsheet":
        return send(
          200,
          "application/vnd.ms-excel",
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]),
        );
      case "/old-address":
        return send(
          200,
          "text/html",
          '<html><head><meta http-equiv="refresh" content="0; url=/news/sprocket"><title>Redirecting…</title></head><body><p>This page has moved. If you are not taken there, follow the link.</p></body></html>',
        );
      case "/moved-by-script":
        return send(
          200,
          "text/html",
          '<html><head><title>Redirecting…</title><script>window.location.replace("/news/sprocket");</script></head><body><p>Redirecting to our new website. If nothing happens, <a href="/news/sprocket">follow this link</a>.</p><noscript>Turn on JavaScript.</noscript></body></html>',
        );
      case "/moved-by-script-file":
        // The notice a site leaves at an old address: its script a file of its own, the way on
        // for readers without JavaScript a <noscript> link.
        return send(
          200,
          "text/html; charset=utf-8",
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Westmere Health Alliance</title><script src="/assets/redirect.js" defer></script><link rel="stylesheet" href="/assets/site.css"></head><body><main><h1>We have moved</h1><p>Redirecting to the new website&hellip;</p><noscript><p>JavaScript is turned off in your browser. <a href="/news/sprocket">Continue to the new website</a>.</p></noscript></main></body></html>',
        );
      case "/moved-by-built-address":
        return send(
          200,
          "text/html; charset=utf-8",
          '<html><head><title>Redirecting</title><script>var site = "https://" + location.host.replace("old.", "new."); window.location.href = site + location.pathname;</script></head><body><p>Redirecting to the new website&hellip;</p></body></html>',
        );
      case "/clinic-moved":
        return send(
          200,
          "text/html; charset=utf-8",
          '<html><head><title>Westbury clinic has moved</title><script src="/assets/analytics.js"></script></head><body><h1>Westbury clinic has moved</h1><p>From 3 April 2017 the Westbury clinic has moved to the Westbury community hub, next to the library. <a href="/hubs/westbury">See its opening times</a>.</p></body></html>',
        );
      case "/moved-to-two-places":
        return send(
          200,
          "text/html; charset=utf-8",
          '<html><head><title>Redirecting</title><script src="/assets/redirect.js"></script></head><body><p>This page has moved. Redirecting to the new website&hellip;</p><noscript><p>Go to <a href="https://new.example.org/plans">our plans</a> or <a href="https://new.example.org/news">our news</a>.</p></noscript></body></html>',
        );
      case "/page-with-script":
        return send(
          200,
          "text/html; charset=utf-8",
          page.replace(
            "<head>",
            '<head><script>if (innerWidth < 300) location.href = "/mobile";</script>',
          ),
        );
      case "/reloads-itself":
        return send(
          200,
          "text/html; charset=utf-8",
          page.replace("<head>", '<head><meta http-equiv="refresh" content="300">'),
        );
      case "/refresh-loop":
        return send(
          200,
          "text/html",
          '<html><head><meta http-equiv="refresh" content="0;URL=\'/refresh-loop-b\'"></head><body>…</body></html>',
        );
      case "/refresh-loop-b":
        return send(302, "text/plain", "", { location: "/refresh-loop" });
      case "/gone":
        return send(
          200,
          "text/html",
          "<html><head><title>Sorry, we can’t find that page</title></head><body><p>It may have moved.</p></body></html>",
        );
      case "/private/plan.pdf":
        return send(
          200,
          "text/html; charset=utf-8",
          "<html><head><title>Welcome to the intranet</title></head><body><form><p>Please enter your user name.</p></form></body></html>",
        );
      case "/login?next=plan":
        return send(
          200,
          "text/html",
          "<html><head><title>Sign in to your account</title></head><body><p>Enter your details.</p></body></html>",
        );
      case "/pdf-sent-as-html":
        return send(200, "text/html", pdf);
      case "/empty":
        return send(200, "text/html", "");
      case "/not-utf-8":
        return send(
          200,
          "text/html; charset=utf-8",
          Buffer.from(
            "<html><head><title>Westshire caf\xe9 hubs</title></head><body><h1>Westshire caf\xe9 hubs</h1><p>The Westshire plan will save \xa33 million in 2017\x9618 through caf\xe9-style hubs run by the council\x92s public health team, agreed by the board in January 2017.</p></body></html>",
            "latin1",
          ),
        );
      case "/notes.md":
        return send(
          200,
          "text/markdown",
          '---\ntitle: "Remote notes"\nsource: "somewhere-else.txt"\n---\n\nThe Remote STP will open two hubs in 2018, each with a pharmacist.\n',
        );
      case "/never":
        return; // Holds the connection open and never answers.
      default:
        return send(404, "text/plain", "no such fixture");
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  output = await makeContentFolder({});
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server?.close(resolve));
  await removeFolder(output);
});

/** Imports one address in this process, with a short timeout so "never answers" is quick. */
async function importUrl(
  address: string,
  overrides: Partial<ImportOptions> = {},
  folder = output,
): Promise<ImportResult> {
  const options = resolveImportOptions(
    { contentDir: folder, fetchTimeoutMs: 1500, ...overrides },
    {},
  );
  return importDocument(address, options, await indexContentFolder(folder));
}

/** Imports into a new folder of its own, for a document the shared folder already holds. */
async function importAlone(address: string, overrides: Partial<ImportOptions> = {}) {
  const folder = await makeContentFolder({});
  const result = await importUrl(address, overrides, folder);
  const text =
    result.status === "written" ? await readFile(result.file, "utf8") : `(${result.status})`;
  await removeFolder(folder);
  return { result, text };
}

function failure(result: ImportResult): string {
  return result.status === "failed" ? result.error.message : `not a failure: ${result.status}`;
}

describe("content:add with web addresses", () => {
  it("imports a web page by its address, with the address as source and url", async () => {
    const result = await importUrl(`${base}/news/sprocket`);
    expect(result).toMatchObject({ status: "written", title: fixtureFacts.html.title });
    const text = await readFile(
      path.join(output, "sprocket-volunteers-programme-launched.md"),
      "utf8",
    );
    expect(text).toContain(`source: "${base}/news/sprocket"\nurl: "${base}/news/sprocket"\n`);
    expect(text).not.toContain("Leave a comment");
  });

  it("imports a PDF by its content type, and one sent as a plain download by its bytes", async () => {
    const pdf = await importUrl(`${base}/docs/gadget-plan.pdf`);
    expect(pdf).toMatchObject({ status: "written", title: fixtureFacts.pdf.title });
    const download = await importUrl(`${base}/download?id=7`, { title: "Gadget plan (download)" });
    expect(download).toMatchObject({ status: "written", title: "Gadget plan (download)" });
  });

  it("follows a redirect and records where the document was in the end", async () => {
    const { result, text } = await importAlone(`${base}/moved`, { title: "Moved page" });
    expect(result.status).toBe("written");
    expect(text).toContain(`source: "${base}/moved"\nurl: "${base}/news/sprocket"`);
  });

  it("skips an address that ends where a document added before came from, naming it", async () => {
    await importUrl(`${base}/news/sprocket`);
    expect(await importUrl(`${base}/moved`)).toMatchObject({
      status: "exists",
      file: path.join(output, "sprocket-volunteers-programme-launched.md"),
    });
  });

  it("keeps no token from the address: source and url leave out ?access_token=…", async () => {
    const result = await importUrl(`${base}/news/sprocket?access_token=s3cr3t-t0ken&page=1`, {
      title: "Sprocket page with a token",
    });
    expect(result).toMatchObject({ status: "written", input: `${base}/news/sprocket?page=1` });
    const text = await readFile(path.join(output, "sprocket-page-with-a-token.md"), "utf8");
    expect(text).toContain(
      `source: "${base}/news/sprocket?page=1"\nurl: "${base}/news/sprocket?page=1"`,
    );
    expect(text).not.toContain("s3cr3t");
  });

  it("refuses an address with a user name and password, and shows neither", async () => {
    const address = base.replace("http://", "http://editor:Sup3rSecretPw@");
    const result = await importUrl(`${address}/news/sprocket`);
    expect(failure(result)).toBe(
      "has a user name or password in it, which content:add neither sends nor keeps: download the document in a browser and add the file",
    );
    expect(JSON.stringify(result)).not.toContain("Sup3rSecretPw");
    expect(result.input).toBe(`${base}/news/sprocket`);
  });

  it("answers questions from the imported page and PDF", async () => {
    const engine = await loadEngine({ contentDir: output, cacheDir: null });
    const answer = engine.ask(fixtureFacts.html.questions[0].question);
    expect(answer.answer).toContain(fixtureFacts.html.questions[0].expect);
    expect(answer.citations[0]?.url).toBe(`${base}/news/sprocket`);
    expect(engine.ask(fixtureFacts.pdf.questions[0].question).answer).toContain("£42 million");
  });

  it.each([
    ["/missing", "answered 404 Not Found: check the address: the document may have moved"],
    ["/broken", "answered 500 Internal Server Error: the site has a problem: try again later"],
    [
      "/soft-404",
      "answered with an error page (“Page not found | Acme”), not a document: check the address in a browser",
    ],
    [
      "/spreadsheet",
      "is application/vnd.ms-excel, not a PDF, Word file or web page: content:add cannot read it",
    ],
  ])("refuses %s: %s", async (route, message) => {
    expect(failure(await importUrl(`${base}${route}`))).toBe(message);
  });

  it("follows a page that only sends the browser on (<meta http-equiv=refresh>), but not one that reloads itself", async () => {
    const moved = await importAlone(`${base}/old-address`, { title: "Refreshed page" });
    expect(moved.result.status).toBe("written");
    expect(moved.text).toContain(`url: "${base}/news/sprocket"`);
    expect(moved.text).not.toContain("This page has moved");
    const reloading = await importAlone(`${base}/reloads-itself`, { title: "Reloading page" });
    expect(reloading.result.status).toBe("written");
    expect(failure(await importUrl(`${base}/refresh-loop`))).toMatch(/^redirects in a loop/);
  });

  it("follows a page that only redirects by script, as a browser would, but not a page with a script in it", async () => {
    const moved = await importAlone(`${base}/moved-by-script`, { title: "Moved by script" });
    expect(moved.result.status).toBe("written");
    expect(moved.text).toContain(`url: "${base}/news/sprocket"`);
    expect(moved.text).not.toContain("Redirecting");
    const real = await importAlone(`${base}/page-with-script`, { title: "Page with a script" });
    expect(real.result.status).toBe("written");
    expect(real.text).toContain(`url: "${base}/page-with-script"`);
  });

  it("follows a redirect notice whose script is out of reach to the one address its links name, and refuses one naming none or two, but not a short page", async () => {
    const moved = await importAlone(`${base}/moved-by-script-file`, { title: "Moved notice" });
    expect(moved.result.status).toBe("written");
    expect(moved.text).toContain(`url: "${base}/news/sprocket"`);
    expect(moved.text).not.toContain("Redirecting");
    // A short page saying something else has moved is a page.
    const clinic = await importAlone(`${base}/clinic-moved`);
    expect(clinic.result.status).toBe("written");
    expect(clinic.text).toContain(`url: "${base}/clinic-moved"`);
    expect(failure(await importUrl(`${base}/moved-by-built-address`))).toBe(
      "is only a notice that the page has moved (“Redirecting to the new website…”), sent on by a script content:add does not run, and it names no address: open it in a browser and add the address it ends at",
    );
    expect(failure(await importUrl(`${base}/moved-to-two-places`))).toBe(
      "is only a notice that the page has moved (“This page has moved. Redirecting to the new website…”), sent on by a script content:add does not run; it points to https://new.example.org/plans, https://new.example.org/news: add the one that is the document",
    );
  });

  it.each([
    [
      "/gone",
      "answered with an error page (“Sorry, we can’t find that page”), not a document: check the address in a browser",
    ],
    [
      "/private/plan.pdf",
      "should be a PDF but the site sent a web page (“Welcome to the intranet”), perhaps a sign-in or error page: open the address in a browser, download the document and add the file",
    ],
    [
      "/login?next=plan",
      "answered with a sign-in page (“Sign in to your account”), not a document: sign in with a browser, download the document and add the file",
    ],
    ["/empty", "answered with nothing: check the address"],
  ])("refuses %s, which is no document: %s", async (route, message) => {
    expect(failure(await importUrl(`${base}${route}`))).toBe(message);
  });

  it("reads a PDF sent as a web page by its bytes", async () => {
    const result = await importUrl(`${base}/pdf-sent-as-html`, {
      title: "Gadget plan (mislabelled)",
    });
    expect(result).toMatchObject({ status: "written", title: "Gadget plan (mislabelled)" });
  });

  it("reads a page that is not UTF-8, though it says so, as Windows-1252: no “�” in the document", async () => {
    const result = await importUrl(`${base}/not-utf-8`);
    expect(result).toMatchObject({ status: "written", title: "Westshire café hubs" });
    const text = await readFile(path.join(output, "westshire-cafe-hubs.md"), "utf8");
    expect(text).toContain(
      "save £3 million in 2017–18 through café-style hubs run by the council’s",
    );
    expect(text).not.toContain("\uFFFD");
  });

  it("keeps the address as the source of a markdown file downloaded, not the source its front matter names", async () => {
    expect((await importUrl(`${base}/notes.md`)).status).toBe("written");
    const text = await readFile(path.join(output, "remote-notes.md"), "utf8");
    expect(text).toContain(`source: "${base}/notes.md"\nurl: "${base}/notes.md"`);
  });

  it("refuses a redirect loop, showing the loop", async () => {
    expect(failure(await importUrl(`${base}/loop-a`))).toBe(
      `redirects in a loop (${base}/loop-a → ${base}/loop-b → ${base}/loop-a): the site is misconfigured; open the address in a browser and use the address it ends at`,
    );
  });

  it("gives up on an address that does not answer within the time limit", async () => {
    expect(failure(await importUrl(`${base}/never`, { fetchTimeoutMs: 300 }))).toBe(
      "no answer within 0.3 s: the site may be down or slow; try again later (CONTENT_FETCH_TIMEOUT sets the limit)",
    );
  });

  it("refuses a download over the size limit", async () => {
    expect(
      failure(await importUrl(`${base}/docs/gadget-plan.pdf`, { maxBytes: 1024, force: true })),
    ).toMatch(/^is (over )?\d+ KB, more than the 1 KB limit: split it, or raise CONTENT_MAX_MB$/);
  });

  it("prints one line per address from the command line and exits 1 when one failed", async () => {
    const folder = await makeContentFolder({});
    try {
      const run = await runScript(
        path.join("adapters", "terminal", "content-add.ts"),
        ["--content", folder, `${base}/news/sprocket`, `${base}/missing`, `${base}/never`],
        { env: { CONTENT_FETCH_TIMEOUT: "0.5" } },
      );
      expect(run.stdout).toMatch(
        /^added .*sprocket-volunteers-programme-launched\.md: “Sprocket volunteers programme launched”, \d+ passages$/m,
      );
      expect(run.stderr.trim().split("\n")).toEqual([
        `error: ${base}/missing: answered 404 Not Found: check the address: the document may have moved`,
        `error: ${base}/never: no answer within 0.5 s: the site may be down or slow; try again later (CONTENT_FETCH_TIMEOUT sets the limit)`,
      ]);
      expect(run.code).toBe(1);
    } finally {
      await removeFolder(folder);
    }
  });
});
