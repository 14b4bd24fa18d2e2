// How a quoted sentence leans on its neighbours: what makes sense only after the sentence before, and what goes on from it.

/**
 * A sentence that opens by pointing back ("This fund…", "They…", "Both…") makes sense only
 * after the sentence before it.
 */
export function pointsBack(sentence: string): boolean {
  return /^(this|these|that|those|it|they|such|both)\b/i.test(sentence);
}

/**
 * A sentence that goes on from the one before: an example ("For example, …"), the start of a
 * list ("These include…", "First, …"), or one that points back.
 */
export function carriesOn(sentence: string): boolean {
  return (
    pointsBack(sentence) ||
    /^(?:(?:for example|for instance|in particular|firstly|these include)\b|first,)/i.test(sentence)
  );
}
