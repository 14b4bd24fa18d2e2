// Made by `npm run fit` (tests/eval/fit-models.ts) from 423 questions of the eval's sets
// own, training, dev set, dev training: do not edit by hand. With each document left out, own: answerable declined 2/108, unanswerable declined 23/25; training: answerable declined 8/45, unanswerable declined 25/35; dev set: answerable declined 47/84, unanswerable declined 14/16; dev training: answerable declined 13/70, unanswerable declined 26/40.
import type { DeclineModel } from "./decline.ts";

/** The decline decision (src/model/decline.ts): below `threshold`, the bot declines. */
export const declineModel: DeclineModel = {
  bias: -1.4558,
  weights: [
    0.513, // coverage
    0.374, // sentence
    1.3352, // score
    0.3022, // margin
    -1.5414, // unknown
    -0.4959, // missedRare
    0.0491, // rareShown
    -0.7452, // kindMissing
  ],
  threshold: 0.48,
};
