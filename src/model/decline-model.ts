// Made by `npm run fit` (tests/eval/fit-models.ts) from 393 questions of the eval's sets
// own, training, dev set, dev training: do not edit by hand. With each document left out, own: answerable declined 2/108, unanswerable declined 21/25; training: answerable declined 7/45, unanswerable declined 13/20; dev set: answerable declined 44/84, unanswerable declined 14/16; dev training: answerable declined 12/70, unanswerable declined 15/25.
import type { DeclineModel } from "./decline.ts";

/** The decline decision (src/model/decline.ts): below `threshold`, the bot declines. */
export const declineModel: DeclineModel = {
  bias: -1.3697,
  weights: [
    0.4812, // coverage
    0.5055, // sentence
    1.1709, // score
    0.4076, // margin
    -1.3879, // unknown
    -0.5011, // missedRare
    0.0272, // rareShown
    -0.8321, // kindMissing
  ],
  threshold: 0.46,
};
