// The bot's Home tab in Slack: how to ask, and the documents it answers from as they are when the tab is opened.
import type { HelpSource } from "../../src/index.ts";
import type { DocumentMeta } from "../../src/types.ts";
import { type Block, helpMessage, sourcesMessage } from "./blocks.ts";

/** A Home tab view, as `views.publish` takes it. */
export interface HomeView {
  type: "home";
  blocks: Block[];
}

/**
 * The Home tab: the help `/stp help` gives, then the documents `/stp sources` lists, so someone
 * who opens the app sees what to ask and where the answers come from without asking first.
 * Made each time the tab is opened, from the documents the bot holds then (a reload may have
 * added some). Within Slack's 100 blocks: the sources list stops at 50.
 *
 * @example await client.views.publish({ user_id, view: homeView(engine) })
 */
export function homeView(engine: HelpSource & { documents: DocumentMeta[] }): HomeView {
  return {
    type: "home",
    blocks: [
      {
        type: "header",
        text: { type: "plain_text", text: "Ask about NHS England's STPs" },
      },
      ...helpMessage(engine).blocks,
      { type: "divider" },
      ...sourcesMessage(engine.documents).blocks,
    ],
  };
}
