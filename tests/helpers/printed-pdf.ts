// PDFs as people get them, printed from a web page by Chromium headless (`--print-to-pdf`): running headers, footers, footnotes and letter-spacing drawn as a browser draws them.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { treeToMarkdown } from "../../src/import/markdown-body.ts";
import { convertPdf } from "../../src/import/pdf.ts";
import { chromiumPath } from "../browser/chromium.ts";

/** Why the printed-PDF tests cannot run here, or null when Chromium is there to print them. */
export const noChromium = existsSync(chromiumPath)
  ? null
  : `${chromiumPath} not found; install Debian's chromium or set CHROMIUM_PATH`;

/**
 * Prints `html` to a PDF as a browser's "Save as PDF" does, without the browser's own date and
 * address in the margins (a page's `@page` margin boxes draw its running headers and footers).
 */
export async function printPdf(html: string): Promise<Buffer> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "stp-printed-pdf-"));
  try {
    const page = path.join(folder, "page.html");
    const pdf = path.join(folder, "page.pdf");
    await writeFile(page, html);
    await promisify(execFile)(
      chromiumPath,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-pdf-header-footer",
        `--user-data-dir=${path.join(folder, "profile")}`,
        `--print-to-pdf=${pdf}`,
        pathToFileURL(page).href,
      ],
      { timeout: 60_000 },
    );
    return await readFile(pdf);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The markdown content:add writes for a PDF printed from `html`, after its title line. */
export async function importedPrintedPdf(html: string): Promise<string> {
  const { fields, tree } = await convertPdf(await printPdf(html));
  return treeToMarkdown(tree, fields.title ?? "Untitled");
}

/**
 * A paragraph of a made-up plan, different for each `n`, so no two lines of a printed page
 * repeat as a running header would.
 */
export function planParagraph(n: number): string {
  const who = [
    "The partnership",
    "Lakeside's hospitals",
    "Each primary care network",
    "The county council",
    "Community services",
    "Mental health teams",
    "The ambulance trust",
  ][n % 7];
  const does = ["will invest", "plans to spend", "expects to save", "aims to release"][n % 4];
  const on = ["in prevention", "on urgent care", "on digital records", "on estates", "on staff"][
    n % 5
  ];
  const often = ["month", "quarter", "year"][n % 3];
  const then = [
    `Progress is reported to the board every ${often}`,
    `The board will review it every ${often} from ${2017 + (n % 4)}`,
    `Step ${n + 1} of the plan closes £${350 + n} million of the gap`,
    `Its ${often}ly report goes to all ${n + 3} partner organisations`,
    `Staff and patients were asked about it in ${["spring", "summer", "autumn", "winter"][n % 4]} 2016`,
    `Without it the area would be £${n + 12} million short by ${2019 + (n % 3)}`,
  ][n % 6];
  return `${who} ${does} £${((n * 13) % 97) + 3} million ${on} by ${2017 + (n % 5)}/${18 + (n % 5)}. ${then}.`;
}
