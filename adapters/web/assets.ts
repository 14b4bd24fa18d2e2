// The page's static files (NHS.UK frontend's styles, ours, the script), read once and served under names carrying their hash, so browsers may cache them for a year.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bundledContentDir } from "../../src/index.ts";
import { acceptedCoding, type Coding, compressOnce } from "./compression.ts";

/** One file ready to send. */
export interface StaticFile {
  body: Uint8Array;
  contentType: string;
}

/**
 * `file`'s body in the best coding `acceptEncoding` allows (brotli, then gzip), made on first
 * use and kept: the NHS.UK stylesheet is 278 KB as written and a tenth of that compressed, sent
 * once a year to each browser. Null when the browser takes neither or the file is an image
 * that does not shrink.
 * @example compressedBody(file, "gzip, deflate, br") // { coding: "br", body: … }
 */
export function compressedBody(
  file: StaticFile,
  acceptEncoding: string | undefined,
): { coding: Coding; body: Uint8Array } | null {
  if (!/^text\/|svg/.test(file.contentType)) return null;
  const coding = acceptedCoding(acceptEncoding);
  if (!coding) return null;
  let bytes = compressed.get(file);
  if (!bytes) {
    bytes = compressOnce(file.body, { brotliQuality: 9, gzipLevel: 9 });
    compressed.set(file, bytes);
  }
  return { coding, body: bytes(coding) };
}

const compressed = new WeakMap<StaticFile, (coding: Coding) => Uint8Array>();

/** The static files by the address they are served at. */
export interface Assets {
  /** The address of a named file: `url("app.js")` → "/static/app.3f2a9c0b1d.js". */
  url(name: AssetName): string;
  /** The file served at `pathname`, or undefined. */
  get(pathname: string): StaticFile | undefined;
}

/** The files a page links to by name. */
export type AssetName = "nhsuk.css" | "web.css" | "app.js" | "favicon.svg";

/** Where the hashed names are served; pages link here. */
export const staticPrefix = "/static/";

/**
 * Reads every static file once. NHS.UK frontend's stylesheet is changed on the way: its
 * `@font-face` rules are dropped (the Frutiger font is licensed for NHS services and would be
 * fetched from the NHS's own server, which the page's CSP does not allow; Arial, next in its
 * font stack, is used), and its icon addresses point at the icons served here.
 *
 * @throws Error naming the file that could not be read and what to do (run `npm ci`).
 */
export async function loadAssets(): Promise<Assets> {
  const files = new Map<string, StaticFile>();
  const urls = new Map<AssetName, string>();
  const add = (name: string, body: Uint8Array) => {
    const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
    const dot = name.lastIndexOf(".");
    const url = `${staticPrefix}${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
    files.set(url, {
      body,
      contentType: contentTypes[name.slice(dot)] ?? "application/octet-stream",
    });
    return url;
  };

  const nhsuk = nhsukDir();
  let css = await readAsset(path.join(nhsuk, "nhsuk-frontend.min.css"), "run npm ci");
  css = css.replace(/@font-face\{[^}]*\}/g, "");
  const icons = new Set(css.match(/\/assets\/images\/[\w-]+\.svg/g) ?? []);
  for (const icon of icons) {
    const svg = await readAsset(path.join(nhsuk, icon), "run npm ci");
    css = css.replaceAll(`url(${icon})`, `url(${add(path.basename(icon), Buffer.from(svg))})`);
  }
  urls.set("nhsuk.css", add("nhsuk-frontend.css", Buffer.from(css)));

  const own = ownStaticDir();
  for (const name of ["web.css", "app.js", "favicon.svg"] as const) {
    const text = await readAsset(path.join(own, name), "check that the repository is complete");
    urls.set(name, add(name, Buffer.from(text)));
  }

  return {
    url: (name) => urls.get(name) ?? staticPrefix,
    get: (pathname) => files.get(pathname),
  };
}

const contentTypes: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** The folder holding NHS.UK frontend's built styles and icons. */
function nhsukDir(): string {
  const packageJson = createRequire(import.meta.url).resolve("nhsuk-frontend/package.json");
  return path.join(path.dirname(packageJson), "dist", "nhsuk");
}

/**
 * `adapters/web/static/`: beside this file when run from the sources; from a `npm run build`
 * (which copies no static files) the one in the project, found beside the bundled content.
 */
function ownStaticDir(): string {
  const beside = fileURLToPath(new URL("./static/", import.meta.url));
  if (existsSync(beside)) return beside;
  return path.join(path.dirname(bundledContentDir), "adapters", "web", "static");
}

async function readAsset(file: string, fix: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new Error(
      `Web: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? error}); ${fix}.`,
    );
  }
}
