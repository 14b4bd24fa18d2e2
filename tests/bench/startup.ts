// `npm run bench:startup`: process start → first answer on the bundled content, built (node) and from sources (tsx).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { percentiles } from "./run.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const runs = 15;

/** A child that imports the engine, answers once from the snapshot, and prints when it finished. */
function firstAnswerMs(entry: string, nodeArgs: string[]): number {
  const script = `const { loadEngine } = await import(${JSON.stringify(pathToFileURL(entry).href)});
const engine = await loadEngine();
engine.ask("How big is the transformation fund?");
console.log(performance.now());`;
  const out = execFileSync(process.execPath, [...nodeArgs, "--input-type=module", "-e", script], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: "" },
  });
  return Number(out.toString().trim().split("\n").at(-1));
}

process.stderr.write("startup: building dist/ with npm run build…\n");
// The build is more than tsc (it copies the thesaurus's pairs beside the code): run it as users do.
execFileSync("npm", ["run", "--silent", "build"], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
});
const cases = [
  { name: "node dist/ (npm run build)", entry: path.join(root, "dist/src/index.js"), args: [] },
  { name: "tsx from sources", entry: path.join(root, "src/index.ts"), args: ["--import", "tsx"] },
];
console.log("| how | start → first answer p50 / p95 (ms) |");
console.log("|---|---:|");
for (const { name, entry, args } of cases) {
  firstAnswerMs(entry, args); // writes the snapshot if the content changed
  const times = Array.from({ length: runs }, () => firstAnswerMs(entry, args));
  const { p50, p95 } = percentiles(times);
  console.log(`| ${name} | ${p50.toFixed(0)} / ${p95.toFixed(0)} |`);
}
