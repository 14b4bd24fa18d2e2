// The live engine: adapters hold one object, and swapping what is inside changes every answer, list and lookup at once.
import { describe, expect, it } from "vitest";
import { replyTo } from "../../adapters/terminal/chat.ts";
import { loadEngine, toTurn } from "../../src/index.ts";
import { createLiveEngine } from "../../src/reload/index.ts";
import { makeContentFolder, removeFolder, widgetDocument } from "../helpers/content-folder.ts";

describe("createLiveEngine", () => {
  it("answers, lists and defines from the engine swapped in last", async () => {
    const bundled = await loadEngine({ cacheDir: null });
    const dir = await makeContentFolder({ "widget.md": widgetDocument });
    try {
      const widget = await loadEngine({ contentDir: dir, cacheDir: null });
      const live = createLiveEngine(bundled);
      expect(live.documents).toBe(bundled.documents);
      expect(live.define("CCG")?.term).toBe("CCG");
      expect(replyTo(live, "sources")).not.toContain("Widget fund briefing");

      live.swap(widget);
      expect(live.current).toBe(widget);
      expect(live.documents).toBe(widget.documents);
      expect(live.passageCount).toBe(widget.passageCount);
      expect(live.options.contentDir).toBe(dir);
      expect(live.define("CCG")).toBeNull();
      expect(live.ask("how big is the widget fund").answer).toContain("£5 billion");
      expect(replyTo(live, "sources")).toContain("Widget fund briefing");
    } finally {
      await removeFolder(dir);
    }
  });

  it("answers a follow-up in the light of the conversation it is given, as the engine inside does", async () => {
    const engine = await loadEngine({ cacheDir: null });
    const live = createLiveEngine(engine);
    const turns = [toTurn("what is an stp", live.ask("what is an stp"))];
    expect(live.ask("who leads them?", turns)).toEqual(engine.ask("who leads them?", turns));
    expect(live.ask("who leads them?", turns).understood).toBeTruthy();
  });
});
