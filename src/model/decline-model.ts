// Made by `npm run fit` (tests/eval/fit-models.ts) from 233 questions of the eval's own set and
// the development set: do not edit by hand. With each document left out, own: answerable declined 2/108, unanswerable declined 22/25; dev set: answerable declined 41/84, unanswerable declined 13/16.
import type { DeclineModel } from "./decline.ts";

/** The decline decision (src/model/decline.ts): below `threshold`, the bot declines. */
export const declineModel: DeclineModel = {
  bias: -1.1318,
  weights: [
    0.3557, // coverage
    0.3352, // sentence
    1.3476, // score
    0.2129, // margin
    -1.3798, // unknown
    -0.3687, // missedRare
    -0.0582, // rareShown
    -0.4486, // kindMissing
  ],
  threshold: 0.49,
};
