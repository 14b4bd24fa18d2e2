// Checks a question before it is looked up and reads what kind of answer it wants.
import { ablated } from "../ablation.ts";
import type { QuestionProblem } from "../types.ts";
import {
  farewell,
  plainTermsPhrase,
  plainTermsTags,
  readMessage,
  signedName,
  thankYou,
  withoutOpeners,
} from "./chat-message.ts";

/** What kind of fact would answer the question, read from its wording. */
export type QuestionKind =
  | "amount"
  | "date"
  | "duration"
  | "frequency"
  | "person"
  | "place"
  | "names"
  | "list"
  | "change"
  | "reason"
  | "duty"
  | "definition"
  | "yes-no"
  | "other";

/** A question ready to look up, or the reason it cannot be. */
export type CheckedQuestion =
  | {
      ok: true;
      text: string;
      kinds: Set<QuestionKind>;
      /** Questions after the first in the same message ("…? and who decides?"), left unanswered. */
      others: string[];
      /**
       * What the message says before its question, where the question has a topic of its own
       * ("that trust board paper – what was the deficit?"): part of `text`, read as context.
       */
      context: string[];
    }
  | { ok: false; problem: QuestionProblem; message: string };

/**
 * The question as it may be shown back to the asker: control characters (a NUL, a bell) become a
 * space, and the marks that reverse or isolate a run of text are left out, so an echoed question
 * cannot hide or rearrange what is shown around it. Letters, emoji and their joiners stay.
 * @example shownQuestion("what is\u0000 an stp\u202e") // "what is  an stp"
 */
export function shownQuestion(raw: string): string {
  return raw
    .replace(/[\p{Cc}]/gu, (c) => (c === "\n" || c === "\t" ? c : " "))
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, "");
}

/**
 * Cleans a question (control characters, chat mentions) and rejects ones that cannot be looked up.
 * @example checkQuestion("  <!channel> when is the deadline?", 2000) // ok, kinds {date}
 */
export function checkQuestion(raw: string, maxLength: number): CheckedQuestion {
  if (raw.length > maxLength) {
    return {
      ok: false,
      problem: "too-long",
      message: `That question is ${raw.length.toLocaleString("en-GB")} characters long; please ask in under ${maxLength.toLocaleString("en-GB")}.`,
    };
  }
  const text = cleanQuestion(raw);
  if (!text) {
    return {
      ok: false,
      problem: "empty",
      message: "Please type a question, for example: How many STP areas are there?",
    };
  }
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return {
      ok: false,
      problem: "no-words",
      message:
        "I couldn't find any words in that question. Please ask in words, for example: Who leads each STP?",
    };
  }
  // "ok thanks, bye" ends the talk; it is not a thank-you to answer with "you're welcome".
  if (farewell.test(text)) return { ok: false, problem: "small-talk", message: goodbyeMessage };
  // A thank-you may be for an answer no conversation holds (a Slack "/stp" reply, a restart).
  if (thankYou.test(text))
    return {
      ok: false,
      problem: "small-talk",
      message: "You're welcome. Ask me anything else about the STPs.",
    };
  const message = ablated("chat")
    ? { question: text, others: [], context: [] }
    : readMessage(ablated("openers") ? text : withoutOpeners(text));
  // A message of nothing but manners ("Hi all, hope you're well.") asks nothing yet.
  if (message.question === "") return nothingAsked;
  const plain = withoutIdioms(message.question);
  const unasked = (rest: string) => !/[\p{L}\p{N}]/u.test(rest);
  // "in simple terms" alone (or after "hi there") says how to answer, and nothing to answer.
  if (unasked(plain) && !ablated("plain-terms") && unasked(withoutPlainTerms(message.question)))
    return nothingAsked;
  const asked = unasked(plain) ? text : plain;
  return {
    ok: true,
    text: asked,
    kinds: classifyQuestion(asked),
    others: message.others,
    context: message.context,
  };
}

/** The reply to a goodbye, in a conversation or on its own. */
export const goodbyeMessage = "Goodbye. Ask me about the STPs any time.";

/** The reply to a message of nothing but manners: no question to look up yet. */
const nothingAsked: CheckedQuestion = {
  ok: false,
  problem: "small-talk",
  message:
    "Ask me a question about the STP documents, for example: How big is the transformation fund?",
};

/**
 * Drops figures of speech whose words are not what the question is about: "privatisation by
 * the back door" asks about privatisation, not doors, and a word the documents never use
 * would otherwise count as a topic they do not cover. Money's own figures of speech are read
 * as what they mean: "how many CCGs were in the red?" asks which were in deficit.
 */
export function withoutIdioms(text: string): string {
  const plain = plainMeanings.reduce(
    (rest, [mechanism, idiom, meaning]) =>
      ablated(mechanism) ? rest : rest.replace(idiom, meaning),
    idioms.reduce((rest, idiom) => rest.replace(idiom, " "), withoutPlainTerms(text)),
  );
  return (
    plain
      .replace(/\bin the (red|black)\b/gi, (_, colour: string) =>
        ablated("money-idioms") ? _ : colour.toLowerCase() === "red" ? "in deficit" : "in surplus",
      )
      // "When did Next Steps come out?", "when was the guidance put out?": a work coming out is its
      // being published, the word the documents use ("…published Next Steps on 31 March 2017").
      .replace(ablated("publishing-idioms") ? /(?!)/ : publishedIdiom, "published")
      // "What happens once Easter is over?" asks what happens after Easter, as the letter says it.
      .replace(ablated("once-over") ? /(?!)/ : onceOver, "after $1")
      .replace(/\s+/g, " ")
      .replace(ablated("plain-terms") ? /(?!)/ : / ([?!.]+)$/, "$1")
      .trim()
  );
}

/**
 * Asking for plain words ("in simple terms", "in layman's terms", "ELI5", "tl;dr"): how to
 * answer, not what. A message of nothing else asks nothing yet.
 */
const plainTerms = [
  new RegExp(String.raw`\b${plainTermsPhrase}\b`, "gi"),
  new RegExp(String.raw`\b(?:${plainTermsTags})\b:?`, "gi"),
];

/** The text without `plainTerms`, tried only where a word of theirs is (most questions have none). */
function withoutPlainTerms(text: string): string {
  if (ablated("plain-terms") || !/terms|words|language|english|eli5|tl;?dr/i.test(text))
    return text;
  return plainTerms.reduce((rest, words) => rest.replace(words, " "), text);
}

/** "Come out", "put out", "bring out" as a work's publishing: not "came out of the review". */
const publishedIdiom =
  /\b(?:come|comes|came|coming|put|puts|putting|bring|brings|brought|bringing) out\b(?!\s+(?:of|with|against|for|in favour|ahead|on top)\b)/gi;

/**
 * Everyday idioms read as the plain words, which the documents' own words and synonyms meet:
 * "could they get their hands on £450m?" asks what they could get, "who forked out for it?" who
 * paid, "who is in charge of the plan?" who is responsible for it, "what strings are attached to
 * the bailout?" its conditions. Each with the switch that turns it off.
 */
const plainMeanings: [mechanism: string, idiom: RegExp, meaning: string][] = [
  [
    "idiom-meanings",
    /\b(get|gets|got|getting|lay|laid)\s+(?:(?:their|its|his|her|our|your|my)\s+hands\s+on|hold\s+of)\b/gi,
    "$1",
  ],
  [
    "idiom-meanings",
    /\b(?:(?:fork|forks|forked|forking|shell|shells|shelled|shelling)\s+out|(?:cough|coughs|coughed|coughing)\s+up|(?:foot|foots|footed|footing)\s+the\s+bill)\b/gi,
    "pay",
  ],
  ["idiom-meanings", /\b(?:the\s+)?green\s+light\b/gi, "approval"],
  ["in-charge", /\bin\s+charge\s+of\b/gi, "responsible for"],
  ["in-charge", /\bin\s+charge\b/gi, "responsible"],
  [
    "strings-attached",
    /\bstrings\s+(?:(?:are|were|is|was|be|been)\s+)?attached(?:\s+(to|on))?\b/gi,
    "conditions $1",
  ],
];

/** "Once Easter is over", "when the consultation was finished": after it. */
const onceOver =
  /\b(?:once|when) ((?:the |this |that )?[\w'’-]+(?: [\w'’-]+){0,3}?) (?:is|are|was|were|has been|have been|had been) (?:over|finished|done|through)\b/gi;

const idioms = [
  /\b(by|through|via) the back ?door\b/gi,
  /\bin (its|their|his|her|our|your|my) own right\b/gi,
  /\bat the end of the day\b/gi,
  /\bwhen all('s| is) said and done\b/gi,
  /\bin a nutshell\b/gi,
  /\bin (plain|simple) english\b/gi,
  /\bat the (moment|minute)\b/gi,
];

/**
 * Removes what is not part of the question: control characters, Slack/Discord mention markup
 * (`<!channel>`, `<@U123>`, `@everyone`), chat markup (links and web addresses, emoji codes,
 * `*bold*`, `_italics_`, `` `code` ``, a `>` quote) and runs of white space; and gives a question
 * word typed without its apostrophe its apostrophe back ("whos" as "who's"), so that a first
 * question and a follow-up are read alike.
 */
export function cleanQuestion(raw: string): string {
  const plain = withoutMarkup(raw)
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, " ")
    .replace(/\uFFFD/g, " ")
    .replace(/<[@#!][^>\s]*>/g, " ")
    .replace(/@(everyone|here|channel)\b/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
  return withJoinedQuestions(withRunOnQuestions(withChatWords(withApostrophes(plain))));
}

/**
 * "whos the stp leader in somerset" asks who, as "who's" would: a question word run together with
 * "is" gets its apostrophe back, so that every reading of the question word sees it.
 */
function withApostrophes(text: string): string {
  if (ablated("question-contractions")) return text;
  return text.replace(/\b(who|what|how|where|when|why)(s)\b/gi, "$1'$2");
}

/**
 * A question run on from what came before it without a stop, its first word's capital the only
 * mark ("I chair a patient group in Dorset Who leads each STP"): a stop is put before it, so the
 * words about the asker are read as such. Only a question word, after three words or more the
 * last of which ends in lower case or a figure.
 */
function withRunOnQuestions(text: string): string {
  if (ablated("run-on-questions")) return text;
  return text.replace(runOnQuestion, (space, at: number) =>
    // Three words or more before it, since the last stop: "What Are STPs?" is one question.
    sinceLastStop(text, at).split(/\s+/).length >= 3 ? ". " : space,
  );
}

/** What `text` says before `at`, back to its last full stop, question or exclamation mark. */
function sinceLastStop(text: string, at: number): string {
  return (
    text
      .slice(0, at)
      .split(/[.!?]\s/)
      .at(-1) ?? ""
  ).trim();
}

/**
 * Two questions joined by "and" ("which option did the CCG go with and where do the beds stay?")
 * are asked one after the other, as if a question mark stood between them: each is read alone.
 * Only where a question word and its verb open the second, after a first of three words or more.
 */
function withJoinedQuestions(text: string): string {
  if (ablated("joined-questions")) return text;
  return text.replace(joinedQuestion, (join, at: number) => {
    const before = sinceLastStop(text, at);
    return before.split(/\s+/).length >= 3 && opensAsking.test(before) ? "? " : join;
  });
}

const joinedQuestion =
  /,?\s+and\s+(?=(?:where|when|who|why|how|which|what)\s+(?:do|does|did|is|are|was|were|will|would|can|could|should|has|have|had)\b)/gi;
const opensAsking =
  /^(?:who|whose|what|what's|when|where|why|how|which|is|are|can|could|do|does|did|will|would|should|has|have)\b/i;

const runOnQuestion =
  /(?<=[\p{Ll}\p{N}]) (?=(?:Who|Whose|What|What's|Whats|When|Where|Why|How|Which|Is|Are|Can|Could|Do|Does|Did|Will|Would|Should|Has|Have)\b)/gu;

/**
 * Chat spellings of little words read as the words: "what r the three gaps" asks what "what are
 * the three gaps" asks, "b4 Easter" is "before Easter". Only in lower case: "Option R" and
 * "R&D" stay.
 */
function withChatWords(text: string): string {
  if (ablated("chat-words")) return text;
  return (
    text
      .replace(/(?<![\p{L}\p{N}&'’-])r(?![\p{L}\p{N}&'’-])/gu, "are")
      .replace(/(?<![\p{L}\p{N}])b4(?![\p{L}\p{N}])/gu, "before")
      .replace(/(?<![\p{L}\p{N}])abt(?![\p{L}\p{N}])/gu, "about")
      .replace(/(?<![\p{L}\p{N}])w\/o(?![\p{L}\p{N}])/gu, "without")
      .replace(/(?<![\p{L}\p{N}])w\/(?=\s)/gu, "with")
      .replace(ablated("lots-of") ? /(?!)/ : lotsOf, "lots ")
      // "Sent to the health sec": the Secretary of State, as a minister's title is cut short.
      .replace(ablated("secretary-shorthand") ? /(?!)/ : secretaryShort, "$1 secretary")
  );
}

/** "Health sec", "home sec": a secretary of state's title cut short (not "a sec", a second). */
const secretaryShort = /\b(health|home|foreign|culture|education|transport|business)\s+sec\b\.?/gi;

/** "Loads more GPs", "tons of money": chat for "lots", a framing word, not a topic ("load"). */
const lotsOf = /\b(?:loads|heaps|tons|masses|stacks|shedloads)\s+(?=(?:of|more|less|fewer)\b)/gi;

/**
 * Chat markup taken out, keeping the words it marks: a link's address is not what was asked
 * ("what does this mean for us https://…" would otherwise ask about "https", "example" and "org"),
 * nor is ":thinking_face:", and "_what is an STP_" asks what "what is an STP" asks. A link's
 * label stays: Slack writes `<https://…|the King's Fund report>`.
 */
function withoutMarkup(text: string): string {
  if (ablated("markup")) return text;
  return withoutQuotationMarks(withoutPictographs(withoutSignature(text)))
    .replace(/^[ \t]*>+[ \t]?/gm, "")
    .replace(/<(?:https?:\/\/|mailto:)[^|>\s]*\|([^>]*)>/gi, " $1 ")
    .replace(/<(?:https?:\/\/|mailto:)[^>\s]*>/gi, " ")
    .replace(/\b(?:https?:\/\/|www\.)[^\s<>]+/gi, " ")
    .replace(/<a?:\w+:\d+>/g, " ")
    .replace(/(^|\s|\()(:(?:[a-z0-9_+-]*[a-z][a-z0-9_+-]*|[+-]1):)+(?=$|[\s.,!?)])/gim, "$1 ")
    .replace(/(\*\*|__|~~|\*|_|~|`+)(?=\S)([^*_~`\n]*?\S)\1(?![\w*_~`])/g, "$2");
}

/**
 * A name signed on a line of its own at the end, as in an email ("…?\n\nSam (practice manager)",
 * "…\n– Dr Jones", "…\nSam, GP"): who asks, not what. A name alone on the next line ("what is
 * the deficit\nNorth Devon") may be what is asked about, and stays; so does a line that asks.
 */
function withoutSignature(text: string): string {
  // Only a message of more than one line can sign off on a line of its own.
  if (ablated("signatures") || !text.includes("\n")) return text;
  const signed = signature.exec(text);
  return signed && /[\p{L}\p{N}]/u.test(text.slice(0, signed.index))
    ? text.slice(0, signed.index)
    : text;
}

/** What the signer is, after the name: " (practice manager)", ", GP", " - Healthwatch". */
const signedRole = String.raw`[ \t]*(?:,|\(|[-–—][ \t])[^\n?]{1,60}`;

const signature = new RegExp(
  String.raw`(?:\n[ \t]*\n[ \t]*${signedName}(?:${signedRole})?|\n[ \t]*[-–—~][ \t]*${signedName}(?:${signedRole})?|\n[ \t]*${signedName}${signedRole})[ \t]*$`,
  "u",
);

/**
 * Emoji are tone, not words: "🙏 what is an STP" asks what "what is an STP" asks, and a message
 * that opens with one still opens with its question. A message of nothing else is kept, to be
 * told it has no words.
 */
function withoutPictographs(text: string): string {
  // Emoji are beyond ASCII; most questions are not, and never run the pattern.
  if (ablated("emoji") || !/[^\t\n\r -~]/.test(text)) return text;
  const plain = text.replace(pictographs, " ");
  return /[\p{L}\p{N}]/u.test(plain) ? plain : text;
}

/** Emoji, with their skin tones, joiners and flags; "1️⃣" keeps its digit. */
const pictographs =
  /(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}](?:[\uFE0F\u20E3\u200D]|\p{Emoji_Modifier})*)+/gu;

/**
 * A message put wholly in quotation marks ("\"what is an STP?\"", "‘who leads them’") is the
 * question itself, as if pasted in: the marks say nothing about it. Quotes inside a question
 * ("what does “footprint” mean?") stay.
 */
function withoutQuotationMarks(text: string): string {
  if (ablated("quoted-message") || !/^\s*["“'‘]/.test(text)) return text;
  const quoted = /^\s*(?:"([^"]+)"|“([^“”]+)”|'([^']+)'|‘([^‘’]+)’)[\s.!?]*$/u.exec(text);
  const inner = quoted?.slice(1).find((part) => part !== undefined);
  return inner && /[\p{L}\p{N}]/u.test(inner) ? inner : text;
}

/**
 * Words in quotation marks inside a question: the opening mark after a space, the closing one
 * before a space or a stop, so "the King's Fund's view" has none.
 */
const quotedName =
  /(?<=^|[\s(])['‘"“](?=[\p{L}\p{N}])[^'’"”]{1,80}?(?<=[\p{L}\p{N}.])['’"”](?=[\s?.!,;:)]|$)/gu;

/**
 * "The college's stance on how much clinicians should be involved", "what did it say about how
 * much the public had been involved": how far something is so, after "on" or "about", asks for
 * a view or a fact told in words, not an amount. Not where it is money ("about how much the
 * scheme cost").
 */
const muchInvolved =
  /\b(?:on|about|over|regarding)\s+how much\b(?!\s+(?:money|cash|funding|capital|£|had|has|have|was|were|is|are|will|would|should|could|can|did|does|do)\b)(?=(?:\s+[\w'’-]+){1,4}?\s+(?:be|been|being|is|are|was|were|get|got)\s+\w+ed\b)/g;

/**
 * "Did the £1.8bn fund pay for transformation?": asked yes or no, a sum of money before a noun
 * names the thing, as its name would; it does not ask how much. Not before another kind of word:
 * "is the £1.8bn actually for…" asks about the money itself.
 */
const yesNoOpening =
  /^\W*(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should)\b/;
const moneyNamingThing =
  /£\s?\d[\d.,]*\s?(?:bn|billion|m|million|k|thousand)?(?=\s+(?!(?:actually|really|still|just|only|all|also|even|already|ever|now|then|being|been|meant|going|supposed|enough|and|or|but|for|to|of|in|on|at|by|from|with|into|as|over|under|a|an|the|this|that|it|is|was|are|were|be)\b)[a-z])/g;

/** Reads the kinds of answer a question asks for; a question can ask for more than one. */
export function classifyQuestion(text: string): Set<QuestionKind> {
  // "What does 'paper-free at the point of care' actually mean?": words in quotation marks name
  // what is asked about, and ask nothing themselves ("the point of" asks no reason there).
  const q = (ablated("quoted-names") ? text : text.replace(quotedName, " quoted ")).toLowerCase();
  const kinds = new Set<QuestionKind>();
  // "How long did the consultation run?" asks for a stretch of time ("13 weeks"), not any figure.
  const unitsOfTime = /\bhow many (days|weeks|months|years)\b/;
  if (
    unitsOfTime.test(q) ||
    /\b(for )?how long\b(?! ago)|\bhow much time\b|\bover what period\b/.test(q) ||
    (!ablated("length-of") && lengthOf.test(q))
  )
    kinds.add("duration");
  // "How often is the dashboard refreshed?" asks for a frequency ("every year"), not a figure.
  const often = ablated("frequency") ? null : /\bhow (often|frequently|regularly)\b/;
  if (often?.test(q)) kinds.add("frequency");
  if (
    /\bhow (many|much|big|large)\b|\bnumber of\b|\bsize\b|\bamount\b|\btotal\b|\bcost|\bpopulation\b|\bworth\b|£|\bbudget\b|\bshare of\b|\bproportion\b|\bpercentage\b|\bfraction\b|\bper ?cent\b/.test(
      (ablated("how-much-involved") ? q : q.replace(muchInvolved, " "))
        .replace(unitsOfTime, "")
        .replace(ablated("money-named") || !yesNoOpening.test(q) ? /(?!)/ : moneyNamingThing, " "),
    ) ||
    (!often && /\bhow often\b/.test(q)) ||
    (!ablated("how-far") && howFarAway.test(q))
  ) {
    kinds.add("amount");
  }
  // "What's the biggest area?" asks for a size as "how big" does: the one sentence giving it.
  if (!ablated("superlatives") && sizeSuperlative.test(q)) kinds.add("amount");
  if (
    (ablated("when-clause") ? /\bwhen\b/.test(q) : asksWhen(q)) ||
    /\bwhat (date|day|year|month|time)\b|\bwhich (date|year|month)\b|\bby when\b|\bhow soon\b|\bhow long ago\b/.test(
      q,
    )
  ) {
    kinds.add("date");
  }
  if (
    /\bwho\b|\bwhose\b|\bwhich (organi[sz]ations?|bod(y|ies)|people|person|group)\b/.test(
      ablated("relative-who") ? q : q.replace(relativeWho, " "),
    )
  )
    kinds.add("person");
  // "Where are we with the GP booking?" asks how it stands, not for a place.
  const placeAsked = ablated("status-words") ? q : q.replace(whereThingsStand, " ");
  if (/\bwhere\b|\bwhich (areas?|places?|regions?|towns?|cities|counties|parts)\b/.test(placeAsked))
    kinds.add("place");
  // "Has the number gone up or down?" asks how something changed: a rise, a fall, one figure to
  // another.
  if (!ablated("change") && changeAsked.test(q)) kinds.add("change");
  // "How did district nurse numbers change?" asks for the change itself: "…fell by almost 45%".
  if (!ablated("how-changed") && howChanged.test(q)) kinds.add("change");
  // "Which hospitals…?" asks for the hospitals by name.
  if (!ablated("names") && whichPlural.test(q)) kinds.add("names");
  // "What are the three gaps?" asks for the three, as a sentence lists them.
  if (!ablated("list") && listAsked.test(q)) kinds.add("list");
  if (/\bwhy\b|\bwhat for\b/.test(q)) kinds.add("reason");
  // "What's an LWAB for?", "what is the pooled budget for?" ask what it is there to do, as "what
  // for?" does: "Each LWAB brings together… to agree a workforce programme".
  if (!ablated("what-is-it-for") && whatIsItFor.test(q)) kinds.add("reason");
  // A noun that names a date or a reason ("the deadline", "the point of") asks for one only where
  // no question word asks for something else: "who was the letter about the Easter deadline sent
  // to?" asks for people, not a date, where "what is the deadline?" asks for a date. A noun that
  // names a quantity ("the number of", "the budget") still asks for a figure: one is usually there.
  const askedByQuestionWord = [...kinds].some((kind) => questionWordKinds.has(kind));
  if (!askedByQuestionWord || ablated("question-words-first")) {
    if (/\bdeadline|\bdue\b|\btimeline|\btimescale|\buntil\b/.test(q)) kinds.add("date");
    if (/\breason|\bpurpose\b|\baim\b|\bthe point of\b/.test(q)) kinds.add("reason");
  }
  // What someone or something does, must do or is there for: a role, a duty, a responsibility.
  if (
    /\bwhat (do|does|did|will|would|should|must)\b.{0,60}\b(do|doing)\b|\brole\b|\bresponsib|\bjob\b|\bduties\b|\bduty\b|\bin charge\b|\bexpected to\b|\bhave to\b|\bhas to\b/.test(
      q,
    )
  )
    kinds.add("duty");
  // "What does Health Education England do?" asks what it is for, as "what is HEE?" does: a
  // sentence saying what it is ("…is the national body that plans…") answers it better than one
  // that only names it among others.
  if (!ablated("what-it-does") && whatItDoes.test(q)) kinds.add("definition");
  // "Explain the control total" asks what it is, as "what is the control total?" does.
  if (!ablated("explain-asks") && explainAsked.test(q)) kinds.add("definition");
  if (
    /^(what|wat|wot|whats)('?s| is| are| does| do)\b[^,;]{0,40}\b(mean|stand for|stands for)\b|\bmean by\b|\bmeaning of\b|^define\b|^(what|wat|wot)(['’]?s| is| are) (an? |the )?(?!(?:\w+est|most|least|best|worst|next|last|first)\b)[\w'’&-]+( [\w'’&-]+)?\??$|\bwhat\b[^?]{0,60}\b(is|are)\s*\??$/.test(
      q,
    ) ||
    (!ablated("long-names-defined") && longNameAsked.test(q) && !endsInValueWord(q))
  ) {
    kinds.add("definition");
  }
  // "stroke consultation closing date", "STP footprints number": typed as a search, its last word
  // names what is wanted.
  const wanted = keywordValueWord(q);
  if (wanted) kinds.add(dateWords.has(wanted) ? "date" : "amount");
  if (yesNoStart.test(q)) kinds.add("yes-no");
  if (kinds.size === 0) kinds.add("other");
  return kinds;
}

/**
 * "How far do people have to travel?" asks for a distance, a figure ("14 miles"); not "how far
 * ahead" (a time), nor "how far have the plans got?" (how they are getting on).
 */
const howFarAway =
  /\bhow far\b(?! ahead\b| back\b| along\b)(?![^?]*\b(?:got|gotten|come|gone|progressed|advanced|along)\b)/;

/** "How far…", whatever it asks: "far" is no topic the answer must repeat. */
export const howFar = /\bhow far\b/;

/**
 * "What happens to areas whose plans lack ambition?", "how many people who call 111 are sent to
 * A&E?": after another question word, "who" or "whose" right after a noun says which ones, and
 * asks for nobody.
 */
const relativeWho =
  /^(?=\W*(?:what|whats|how|when|where|why|which|is|are|was|were|do|does|did|can|could|will|would|should|has|have)\b)([^?]*?\b(?!(?:and|or|but|so|to|from|by|with|for|of|is|are|was|were|about|know|tell|ask|say|said|see|find|check|wonder|show|explain|decide|decides|decided|me|us|them|out|on|person|people|one|individual)\b)[a-z]+\s+)(?:who|whose)\b/;

/** "Explain the control total", "pls explain what a PSF is": a name of up to four words, alone. */
const explainAsked =
  /^(?:please |pls |plz )?explain (?:to me )?(?:what )?(?:an? |the )?[\p{L}\p{N}'’&-]+(?: [\p{L}\p{N}'’&-]+){0,3}?(?: is| are| means?)?(?: please| pls| plz)?\s*\??$/u;

/** "What's an LWAB for?", "what is the pooled budget for?": the whole question, "for" last. */
const whatIsItFor =
  /^(?:what|wat|wot)(?:['’]?s|\s+is|\s+are|\s+was|\s+were)\s+(?:an?\s+|the\s+)?[^?,;]{1,50}?\s+for\s*\??$/;

/** "What does HEE (actually) do?", "what do health scrutiny committees do": the whole question, its subject and "do". */
const whatItDoes =
  /^(?:what|wat|wot) (?:does|do) (?!(?:i|you|we|they|it|he|she|that|this|these|those)\b)[\p{L}\p{N}'’&\s-]{1,60}? (?:actually |really |exactly )?(?<!\bto )do\s*\??$/u;

/**
 * "What is an integrated care partnership?", "what's the mental health investment standard?": a
 * name of three or four words asked about, none of them a word that goes on to ask something
 * else ("what is the plan for Devon?", "what is the deficit this year?"), nor ending in a word for
 * a value, which asks for that value ("what's the report's reference number?").
 */
const longNameAsked =
  /^(?:what|wat|wot)(?:['’]?s| is| are) (?:an? |the )?(?!(?:\w+est|most|least|best|worst|next|last|first|an?|the)\b)[\w'’&-]+(?: (?!(?:of|for|in|on|to|at|by|with|from|into|inside|within|under|over|between|across|around|behind|through|against|among|per|near|and|or|about|after|before|this|that|these|those|now|then|there|here|so|far|like|doing|going|called|meant|supposed|happening)\b)[\w'’&-]+){2,3}\??$/;

/** What a question asks to be told what it is: "what's an integrated care partnership" → "integrated care partnership". */
export function definedName(question: string): string | undefined {
  return definitionAsked.exec(question)?.[1];
}

const definitionAsked =
  /^(?:what|wat|wot)(?:['’]?s| is| are| was| were) (?:an? |the )?([\p{L}\p{N}'’&\s-]+?)\s*\??$/iu;

/**
 * Whether a question ends in a word for a value of something, which asks for that value: "what's
 * the report's reference number?", "what's the talking therapies goal?".
 */
export function endsInValueWord(question: string): boolean {
  return /\b(?:numbers?|figures?|totals?|dates?|costs?|amounts?|sizes?|rates?|names?|deadlines?|budgets?|deficits?|targets?|goals?|aims?|ambitions?|shares?|percentages?|prices?|salary|salaries|address|scores?|levels?|lengths?|values?)\W*$/i.test(
    question,
  );
}

/**
 * Whether "when" asks when: "when was it published?", "do you know when it closes?", but not a
 * clause after another question word, "how were finances looking when the plans were drawn up?"
 * or "what happens when a trust misses its target?", which ask how and what.
 */
function asksWhen(q: string): boolean {
  for (const match of q.matchAll(/\bwhen\b/g)) {
    // "First job for local areas when setting up an STP?": "when" before a verb's "-ing" opens
    // a clause of the time something is done in, never a question of its date.
    const after = q.slice((match.index ?? 0) + 4);
    if (!ablated("when-doing") && whenDoing.test(after)) continue;
    // "When local areas need money, who do they go to?": a clause of when, said first, before
    // the question it sets; "when did…", "when was…" ask it.
    if (!ablated("time-clauses") && timeClauseFirst.test(after)) continue;
    // "First job for local areas when it comes to STPs?": "when it comes to" is "as for".
    if (!ablated("when-it-comes") && /^\s+it\s+comes?\s+(?:down\s+)?to\b/.test(after)) continue;
    const before = q.slice(0, match.index);
    if (!/\b(what|what's|whats|how|why|who|whom|whose|which|where)\b/.test(before)) return true;
    if (
      /(\b(know|tell (me|us)|idea|say|says|said|sure|wondering|ask|asking|find out|check|and|or)|[,;:?–—-])\s*$/.test(
        before,
      )
    )
      return true;
  }
  return false;
}

/**
 * What follows a "when" that opens a clause, not a question: no verb of asking straight after it,
 * then a comma and a question ("…, who is the centre now?", "…, what happened to the staff?").
 */
const timeClauseFirst =
  /^\s+(?!(?:is|are|was|were|do|does|did|will|would|should|can|could|has|have|had|must|might|may|shall|exactly|roughly|abouts)\b)[^,;?]{3,120},\s*(?:(?:and|so|then)\s+)?(?:who|whom|whose|what|what's|whats|which|how|where|why|is|are|was|were|do|does|did|can|could|should|will|would|has|have)\b/;

/** A verb's "-ing" straight after "when"; not a noun ending so ("spring", "morning", "something"). */
const whenDoing =
  /^\s+(?!(?:spring|morning|evening|nothing|something|anything|everything|during|building|funding|meeting|housing|training|hearing|ceiling)\b)[a-z]{3,}ing\b/;

/** The kinds a question word asks for ("who", "when", "how many", "why"…). */
const questionWordKinds = new Set<QuestionKind>([
  "amount",
  "date",
  "duration",
  "frequency",
  "person",
  "place",
  "reason",
]);

const changeAsked =
  /\b(gone|go|going|went) (up|down)\b|\bup or down\b|\b(rise|risen|rising|rose|fall|fallen|falling|fell|drop|dropped|dropping|increase[ds]?|increasing|decrease[ds]?|decreasing|grow|grown|grew|growing|shrink|shrunk|shrank|shrinking)\b|\bbetter or worse\b|\bcompared (to|with)\b|\bby how much\b|\b(slow|slowed|speed|sped) (down|up)\b/;

/** "Where are we (at) with…", "where do things stand on…": how a matter stands, not a place. */
const whereThingsStand =
  /\bwhere (?:are|r|is|do) (?:we|things|you|it|they)\b(?: at)?(?: (?:with|on)\b| stand\b)/;

/** "How did X change?", "how has X changed since 2015?": the question asks how, of a change. */
const howChanged = /\bhow (?:did|has|have|had|does|do) [^?]{1,60}? chang(?:e|ed)\b/;

/** "The length of stay", "the duration of the contract": a stretch of time, as "how long" asks. */
export const lengthOf = /\b(length|duration)s? of\b/;

/**
 * "How long did the consultation last?", "how long was it open?", "how long did Naylor take to
 * write it?": after "how long" the verb says only that something went on, and the answer gives
 * the stretch of time ("ran for 13 weeks") without repeating it.
 */
export const durationVerb = new RegExp(
  String.raw`\bhow long\b[^?]*?\b(last(?:s|ed)?|r[au]n(?:s)?|t(?:ake|akes|ook)|go(?:es)?\s+on|went\s+on|continu(?:e|es|ed)|stay(?:s|ed)?(?:\s+open)?|remain(?:s|ed)?(?:\s+open)?|open)(?=\s*(?:for\b|to\b|[?.!${
    // "How long did it last, dates pls": the verb still ends the clause before the comma.
    ablated("duration-commas") ? "" : ",;:–—"
  }]|$))`,
);

const sizeSuperlative = /\b(biggest|largest|smallest|highest|lowest)\b/;

/** Three to ten, as a list is counted: two things are too often named to tell a list. */
const countWord = String.raw`(?:three|four|five|six|seven|eight|nine|ten|[3-9]|10)`;
/** What "the three gaps" are, or a list or the names of them: "the 3 headings – what are they". */
const listAsked = new RegExp(
  String.raw`\b(?:what|which) (?:are|were)\b.{0,40}\bthe ${countWord} [a-z]|\b(?:list|name)\b.{0,20}\bthe ${countWord} [a-z]|\bthe ${countWord} [a-z][^?]{0,60}\bwhat (?:are|were) (?:they|those|these)\b|\b(?:are|were) the ${countWord} [a-z]`,
);

/** "which" before a plural noun, perhaps after one word more ("which pacs vanguards"). */
const whichPlural =
  /\bwhich (?:[a-z]+ )?(?!(?:is|was|has|does|this|thus|its)\b)[a-z]{2,}s(?<!ss)\b/;

/**
 * True when a question says something is not so, or falls short: "what happens if partnerships
 * can't find the staff?", "what happens to areas whose plans lack ambition?".
 */
export function saysItIsNot(text: string): boolean {
  return negatedQuestion.test(text);
}

const negatedQuestion =
  /\b(?:no|not|never|none|neither|nor|nothing|without|cannot|lack(?:s|ing)?|fail(?:s|ed)?|miss(?:es|ed|ing)?)\b|n't\b/i;

/**
 * True when a question speaks of the asker ("how do I…", "our STP", "can you…") or asks what
 * can or should be done ("how can physicians get involved?", "who should we contact?"): advice
 * to the reader answers it. "Has the public been consulted?" asks for a fact.
 */
export function asksForAdvice(text: string): boolean {
  return adviceAsked.test(text);
}

const adviceAsked =
  /\b(?:i|i'm|i've|i'd|im|ive|me|my|mine|we|we're|we've|our|ours|us|you|your|yours|u|ur)\b|\b(?:how|what|where|who|whom|when)\s+(?:can|could|should|might|do|does|would)\b/i;

/** How a yes-or-no question opens: "Is…", "Does…", "Should…". */
const yesNoStart = /^(is|are|does|do|did|can|could|will|would|should|has|have|was|were)\b/i;

/**
 * The last word of a question typed as a search ("stroke consultation closing date", "HASU
 * cost", "STP footprints number"), where it names the kind of answer wanted: no question word,
 * no opening verb, and a word for a date or a figure at the end. Undefined otherwise.
 */
export function keywordValueWord(text: string): string | undefined {
  if (ablated("search-values")) return undefined;
  const q = text.toLowerCase().trim();
  if (/\b(?:who|whom|whose|what|whats|when|whens|where|why|how|which)\b/.test(q)) return undefined;
  if (yesNoStart.test(q) || /^(?:tell|explain|define|describe|list|show|give)\b/.test(q))
    return undefined;
  const last =
    /\s(dates?|deadlines?|numbers?|totals?|figures?|amounts?|count|costs?|size)\W*$/.exec(q)?.[1];
  if (last || ablated("leading-dates")) return last;
  // "date the NHS Long Term Plan came out", "deadline for STP submissions": the first word, as
  // the last word of "…closing date", names what is wanted.
  return /^(dates?|deadlines?)\s+\S/.exec(q)?.[1];
}

const dateWords = new Set(["date", "dates", "deadline", "deadlines"]);

/**
 * True when a text opens as a question does ("Who sits on a board", "Is it ring-fenced"), with
 * or without its question mark.
 */
export function opensAsQuestion(text: string): boolean {
  const start = text.trim();
  return /^(who|whom|whose|what|when|where|why|how|which)\b/i.test(start) || yesNoStart.test(start);
}

/**
 * The text with each sentence's first word left out: a capital there is the sentence's, not a
 * name's. "Reading the King's Fund thing on STPs", put after the question it came before, names
 * "the King's Fund", not "Reading the King's Fund". A sentence here is what follows ".", "?" or
 * "!" and a space, as well as the text's start.
 */
export function withoutSentenceOpeners(text: string): string {
  if (ablated("sentence-openers")) return text.replace(/^\W*\S+/, " ");
  return text.replace(/(^|[.?!]\s+)[^\p{L}\p{N}\s]*\S+/gu, "$1 ");
}
