// Whether a question is written in English's alphabet at all: one that is not is told so, not told the documents lack the answer.

/**
 * True when a question is written mostly in another script: "STP是什么", "ما هو STP", "Что
 * такое STP?". The documents' own words ("STP") are left out of the count, so a name written
 * in another script inside an English question ("what did 王 say?") is still read. Another
 * language in the Latin alphabet is not told apart: its short words are English ones too often
 * ("es", "un", "was"), and a statistical guess at so few words mistook English questions
 * ("who leads each stp") for Czech.
 */
export function writtenInOtherScript(
  text: string,
  documentsUse: (word: string) => boolean,
): boolean {
  // Most questions have no letter outside the Latin alphabet: nothing to look up.
  if (!otherScriptLetter.test(text)) return false;
  let latin = 0;
  let other = 0;
  // A script's change ends a word: Chinese has no spaces ("STP是什么" is "STP" and "是什么").
  for (const [word] of text.matchAll(/\p{Script=Latin}+|(?:(?!\p{Script=Latin})\p{L})+/gu)) {
    if (documentsUse(word.toLowerCase())) continue;
    for (const letter of word) {
      if (/\p{Script=Latin}/u.test(letter)) latin++;
      else other++;
    }
  }
  return other >= 2 && other > latin;
}

const otherScriptLetter = /(?!\p{Script=Latin})\p{L}/u;

export const otherScriptMessage =
  "I can only read questions in English. Please ask in English, for example: How big is the transformation fund?";
