// The engine loads remark and yaml only when it builds; tests that parse content directly need them first.
import { loadParsers } from "../src/documents/parsers.ts";

await loadParsers();
