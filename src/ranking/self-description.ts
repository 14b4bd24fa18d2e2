// A document describing itself ("This paper sets out the Trust's financial position…"): its summary, not its facts.

/** Words for a document, as it names itself or as an asker names it. */
const documentNouns =
  "report|guide|paper|briefing|note|document|article|blog|post|section|page|summary|explainer|factsheet|update|piece|submission|response";

/**
 * "This paper sets out…", "This guide explains how…", "This report reminds members…": the
 * document saying what it is about, in the words of everything it goes on to say, so that it
 * matches most questions on it without giving any of the facts asked for.
 */
const describesItself = new RegExp(
  `^(this|the present|our) (${documentNouns})\\b[^.]{0,40}?\\b(explains?|sets? out|describes?|summari[sz]es?|looks? at|examines?|reminds?|covers?|outlines?|considers?|discuss(es)?)\\b`,
  "i",
);

/** True for a sentence in which its document says what it is about. */
export function describesItsDocument(sentence: string): boolean {
  return describesItself.test(sentence);
}

/**
 * A question about a document itself ("when was the NAO report published?", "what does the paper
 * cover?") is answered by just such a sentence ("This note summarises the NAO's study…,
 * published on 19 January 2018").
 */
const asksAboutDocument = new RegExp(
  `\\b(${documentNouns}|study|review|audit|publish\\w*|came out|come out|comes out)\\b`,
  "i",
);

/** True when a question names a document, or its publishing, rather than only what one says. */
export function asksAboutADocument(question: string): boolean {
  return asksAboutDocument.test(question);
}
