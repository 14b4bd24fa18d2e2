// Made by `npm run fit` (tests/eval/fit-models.ts) from 393 questions of the eval's sets
// own, training, dev set, dev training: do not edit by hand. With each document left out, own: answerable declined 2/108, unanswerable declined 21/25; training: answerable declined 7/45, unanswerable declined 13/20; dev set: answerable declined 43/84, unanswerable declined 14/16; dev training: answerable declined 12/70, unanswerable declined 15/25.
import type { DeclineModel } from "./decline.ts";

/** The decline decision (src/model/decline.ts): below `threshold`, the bot declines. */
export const declineModel: DeclineModel = {
  bias: -1.371,
  weights: [
    0.4794, // coverage
    0.4844, // sentence
    1.1885, // score
    0.4049, // margin
    -1.3686, // unknown
    -0.5055, // missedRare
    0.0289, // rareShown
    -0.8469, // kindMissing
  ],
  threshold: 0.46,
};
