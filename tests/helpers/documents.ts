// Documents the import tests build themselves (no third-party files in the repo): PDFs, a Word file and a web page about made-up plans.
import { crc32, deflateSync } from "node:zlib";
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import JSZip from "jszip";
import PDFDocument from "pdfkit";

/** Facts each fixture states, and a question each answers: answers can only come from it. */
export const fixtureFacts = {
  pdf: {
    title: "Gadget Care Plan 2017",
    publisher: "Northshire Health Partnership",
    date: "2017-03-31",
    runningHeader: "Northshire Health Partnership · Gadget Care Plan 2017",
    questions: [
      { question: "How much will the gadget care plan invest?", expect: "£42 million" },
      {
        question: "How many gadget therapists will be recruited?",
        expect: "300 specialist gadget therapists",
      },
      { question: "When will the first gadget clinics open?", expect: "September 2017" },
    ],
  },
  docx: {
    title: "Widget repairs board paper",
    publisher: "Eastvale Community Trust",
    date: "2017-05-04",
    questions: [
      {
        question: "How much did the board agree to spend on widget repairs?",
        expect: "£3.5 million",
      },
      { question: "Who will oversee the widget repairs?", expect: "the widget repairs committee" },
    ],
  },
  html: {
    title: "Sprocket volunteers programme launched",
    publisher: "Westmere Health Alliance",
    date: "2018-02-01",
    questions: [
      {
        question: "How many volunteers will the sprocket programme train?",
        expect: "120 volunteers",
      },
      {
        question: "Where will sprocket volunteers be based?",
        expect: "Westmere's five community hubs",
      },
    ],
  },
} as const;

/** Lines of the PDF's body text, page by page; "thera-" / "pists" is hyphenated at a line break. */
const pdfPages: { heading?: string; lines: string[] }[] = [
  {
    heading: "Introduction",
    lines: [
      "The Northshire gadget care plan will invest £42 million in community",
      "gadget clinics over five years, starting in the 2017/18 financial year.",
      "",
      "The partnership will recruit 300 specialist gadget thera-",
      "pists by March 2019 to staff the new clinics across the county.",
    ],
  },
  {
    heading: "Timeline",
    lines: [
      "The first gadget clinics will open in Lowtown in September 2017, with",
      "the rest following in phases over the next two years as buildings",
      "become available.",
      "",
      "• Lowtown clinic opens in September 2017",
      "• Highbury clinic opens in April 2018",
    ],
  },
  {
    heading: "Finance",
    lines: [
      "Each clinic is expected to cost about £6 million to build and equip,",
      "with running costs met from the partnership's shared budget.",
    ],
  },
];

/**
 * A three-page PDF with document information (title, author, creation date), a running
 * header and "Page n of 3" footer on every page, headings in larger type, paragraphs set line
 * by line, a word hyphenated across a line break, and bullet points.
 */
export function gadgetPlanPdf(): Promise<Buffer> {
  const facts = fixtureFacts.pdf;
  return pdfBytes(
    {
      info: {
        Title: facts.title,
        Author: facts.publisher,
        CreationDate: new Date(`${facts.date}T09:00:00Z`),
      },
    },
    (doc) => {
      pdfPages.forEach((page, i) => {
        if (i > 0) doc.addPage();
        doc.fontSize(9).text(facts.runningHeader, 72, 40, { lineBreak: false });
        let y = 90;
        if (page.heading) {
          doc.fontSize(18).text(page.heading, 72, y, { lineBreak: false });
          y += 34;
        }
        for (const line of page.lines) {
          if (line) doc.fontSize(11).text(line, 72, y, { lineBreak: false });
          y += line ? 15 : 12;
        }
        doc.fontSize(9).text(`Page ${i + 1} of ${pdfPages.length}`, 72, 780, { lineBreak: false });
      });
    },
  );
}

/** A PDF whose pages are pictures only, as a scanner makes them: no text layer at all. */
export function scannedPdf(): Promise<Buffer> {
  const image = grayPng(200, 100);
  return pdfBytes({ info: { Title: "Scanned letter" } }, (doc) => {
    doc.image(image, 72, 72, { width: 400 });
    doc.addPage();
    doc.image(image, 72, 72, { width: 400 });
  });
}

/** A PDF that opens only with a password. */
export function encryptedPdf(): Promise<Buffer> {
  return pdfBytes({ userPassword: "secret", ownerPassword: "owner-secret" }, (doc) => {
    doc.fontSize(11).text("Confidential plan text that needs a password to read.", 72, 72);
  });
}

/** A PDF of `pages` pages, each a chapter heading and the body text `words` gives, for the bench. */
export function longPdf(pages: number, words: (page: number) => string): Promise<Buffer> {
  return pdfBytes(
    { info: { Title: `Long plan of ${pages} pages`, Author: "Bench Trust" } },
    (doc) => {
      for (let page = 1; page <= pages; page++) {
        if (page > 1) doc.addPage();
        doc.fontSize(9).text("Bench Trust · Long plan", 72, 40, { lineBreak: false });
        doc.fontSize(16).text(`Chapter ${page}`, 72, 70, { lineBreak: false });
        doc.fontSize(10).text(words(page), 72, 100, { width: 451, height: 660, lineGap: 1 });
        doc.fontSize(9).text(`${page}`, 290, 800, { lineBreak: false });
      }
    },
  );
}

/**
 * A Word file with a Title, headings, bold text, bullet points and a table; its properties
 * name the title, the author and the company, and say when it was last saved.
 */
export async function widgetPaperDocx(): Promise<Buffer> {
  const facts = fixtureFacts.docx;
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    title: facts.title,
    creator: "Jo Bloggs",
    sections: [
      {
        children: [
          new Paragraph({ text: facts.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: "Summary", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun("The board agreed to spend "),
              new TextRun({ text: "£3.5 million", bold: true }),
              new TextRun(" on widget repairs in 2017/18."),
            ],
          }),
          new Paragraph({ text: "Governance", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            text: "The work will be overseen by the widget repairs committee, which reports to the board every quarter.",
            alignment: AlignmentType.LEFT,
          }),
          new Paragraph({ text: "Repairs start in the north wing.", bullet: { level: 0 } }),
          new Paragraph({ text: "The south wing follows in 2018.", bullet: { level: 0 } }),
          new Table({
            rows: [
              new TableRow({ children: [cell("Year"), cell("Spend")] }),
              new TableRow({ children: [cell("2017/18"), cell("£3.5 million")] }),
            ],
          }),
        ],
      },
    ],
  });
  return savedByWord(await Packer.toBuffer(doc), { date: facts.date, company: facts.publisher });
}

/**
 * A .docx with the properties Word writes: when it was last saved (`YYYY-MM-DD`; none for null,
 * and no creation time either) and the Company (none for null). The docx package stamps the time
 * it ran and writes no company.
 */
export async function savedByWord(
  bytes: Buffer,
  { date, company }: { date: string | null; company: string | null },
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
  zip.file(
    "docProps/core.xml",
    date
      ? core.replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${date}T16:20:00Z`)
      : core.replace(/<dcterms:(modified|created)[^>]*>[^<]*<\/dcterms:\1>/g, ""),
  );
  const escaped = company?.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  zip.file(
    "docProps/app.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">${escaped ? `<Company>${escaped}</Company>` : ""}</Properties>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

/** A news page: the article sits among navigation, a cookie banner, share buttons, a comment form and a footer. */
export function sprocketNewsHtml(): string {
  const facts = fixtureFacts.html;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${facts.title} | ${facts.publisher}</title>
  <meta property="og:site_name" content="${facts.publisher}">
  <meta property="article:published_time" content="${facts.date}T08:30:00+00:00">
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About us</a></li></ul></nav></header>
  <div id="cookie-banner" class="cookie-consent"><p>We use cookies to make this site work. Accept all cookies or manage your settings.</p><button>Accept all cookies</button></div>
  <main id="main">
    <article>
      <h1>${facts.title}</h1>
      <p class="meta">Posted on 1 February 2018 by the communications team</p>
      <p>The sprocket programme will train 120 volunteers across Westmere by the end of 2018, to help people leaving hospital settle back at home.</p>
      <h2>Where volunteers will work</h2>
      <p>Volunteers will be based in Westmere's five community hubs and will visit people at home in the first week after they leave hospital.</p>
      <ul><li>Training starts in March 2018.</li><li>Each volunteer gives four hours a week.</li></ul>
      <table><thead><tr><th>Hub</th><th>Volunteers</th></tr></thead><tbody><tr><td>Northgate</td><td>30</td></tr><tr><td>Riverside</td><td>24</td></tr></tbody></table>
      <div class="share-buttons"><p>Share this page</p><a href="https://twitter.com/share">Share on Twitter</a> <a href="https://facebook.com/share">Share on Facebook</a></div>
    </article>
    <section id="comments" class="comments-area">
      <h2>Leave a comment</h2>
      <form><label>Name</label><input name="name"><label>Comment</label><textarea></textarea><button>Post comment</button></form>
    </section>
  </main>
  <aside class="related"><h2>Related news</h2><ul><li><a href="/a">Hospital car parking changes</a></li></ul></aside>
  <footer class="site-footer"><p>© ${facts.publisher} 2018 · Privacy policy · Accessibility</p></footer>
</body>
</html>`;
}

/** Words that must not survive from the web page's furniture. */
export const htmlFurniture = [
  "Skip to main content",
  "About us",
  "cookies",
  "Share on Twitter",
  "Leave a comment",
  "Post comment",
  "Related news",
  "Privacy policy",
];

/** Builds a PDF with pdfkit and collects its bytes. */
export function pdfBytes(
  options: PDFKit.PDFDocumentOptions,
  draw: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 0, ...options });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    draw(doc);
    doc.end();
  });
}

/** A grey noise picture as a PNG, standing in for a scanned page. */
function grayPng(width: number, height: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1);
    for (let x = 0; x < width; x++) row[x + 1] = 180 + ((x * 7 + y * 13) % 60);
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
