// How a chat message wraps its question: manners, flags, words about asking, what the asker says
// of themselves, a question passed on, several questions in one. What is left is the question.
import { ablated } from "../ablation.ts";
import { framingWords, toTerms } from "../lexicon/terms.ts";
import { backReference } from "./back-reference.ts";
import { shoutingLowered } from "./question-slips.ts";

/**
 * The question in a chat message, without what it says about the asker: "I'm a practice
 * manager in Kent and keep hearing about STPs – what are they for?" asks what STPs are for;
 * Kent and practice managers are not what the documents must cover. Of several questions in
 * one message ("is it ring-fenced? and who decides?") the first is answered. What the asker
 * says they heard or were asked about stays: it is the topic.
 */
export function focusQuestion(text: string): string {
  return readMessage(withoutOpeners(text)).question;
}

/** A chat message as `readMessage` reads it. */
export interface ReadMessage {
  /** The question to answer, with what the message says around it. */
  question: string;
  /** Questions after the first, not answered. */
  others: string[];
  /**
   * The statements before the question, when the question has a topic of its own: "that trust
   * board paper", "I sit on a CCG board". They say where the asker is coming from; the words in
   * them are not what the documents must cover (a named source may still pick its document).
   */
  context: string[];
}

/**
 * A chat message read as `focusQuestion` reads it: the question to answer, and the questions
 * after it in the same message, which are not answered.
 * @example readMessage("is it ring-fenced? and who decides?")
 *   // { question: "is it ring-fenced?", others: ["who decides?"], context: [] }
 */
export function readMessage(text: string): ReadMessage {
  // "…? (asking for a friend)": a closing aside in brackets is a part of its own.
  const asides = ablated("asides")
    ? text
    : text.replace(closingAside, (_, inner: string, end: string, at: number) => {
        const stopped = /[?!.]$/.test(text.slice(0, at));
        return `${stopped ? "" : end.trim() || "."} ${inner}`;
      });
  // "what's the legal vehicle for holding BCF money - which bit of legislation?": a question
  // that runs on after a dash, with no question mark of its own, says again what it asks.
  const split = (ablated("dash-seconds") ? asides : withDashSeconds(asides))
    .split(/(?<=[?!.;])\s+|\s+[–—-]+\s+|\s*:\s+(?=[a-z])/i)
    .flatMap(askerBeforeComma)
    .filter(Boolean);
  // "Hope you're well." and "Thanks, Sarah" are manners, not context; a message of nothing else
  // is kept whole.
  const parts = ablated("pleasantries")
    ? split
    : split.filter(
        (part) =>
          !(pleasantry.test(part.trim()) && !part.trim().endsWith("?")) &&
          !(!ablated("message-tags") && tagOnly.test(part.trim())) &&
          !(!ablated("help-requests") && helpRequest.test(part.trim())) &&
          !(
            !ablated("acknowledgements") &&
            opensAcknowledging(part) &&
            acknowledgementOnly.test(part)
          ) &&
          !(!ablated("help-welcome") && welcomesHelp(part)),
      );
  // Nothing but manners ("Hi all, hope you're well."): no question to look up.
  if (parts.length === 0) return { question: "", others: [], context: [] };
  const withoutManners = parts.length < split.length ? parts.join(" ") : text;
  if (parts.length < 2) {
    const question =
      withoutManners === text || ablated("openers-in-parts")
        ? withoutManners
        : withoutOpeners(withoutManners);
    return { question, others: [], context: [] };
  }
  const topics: string[] = [];
  const questions: string[] = [];
  const statements: string[] = [];
  const feltAbout: string[] = [];
  const before: string[] = [];
  for (const part of parts) {
    const isQuestion = part.trim().endsWith("?") || questionStart.test(part);
    // "…? asking for a colleague", "worried about build costs tbh –": what the asker is doing or
    // feeling, its "I'm" left out as chat leaves it out.
    const aboutAsker =
      aboutTheAsker.test(part) || (!ablated("roles-here") && roleHere.test(part.trim()));
    const dropped = !ablated("dropped-subjects") && droppedSubject.test(part.trim());
    if (!isQuestion && (dropped || aboutAsker)) {
      // "I'm on the PPG in Halton Cross – how many responses came from our locality?": the place
      // the asker names is the one "our locality" stands for.
      const place = ablated("asker-places") ? undefined : askerPlace.exec(part)?.[1];
      if (place && ourPlace.test(text)) topics.push(place);
      const topic = heardAbout.exec(part)?.[1];
      // What a worry is about is the topic only of a question without one of its own, or one
      // that points back to it ("worried about the fund – is it ring-fenced?").
      if (topic) (aboutAsker ? topics : feltAbout).push(topic);
    } else if (isQuestion) {
      // "I'm new here. Can you tell me what an STP is?": a later part opens as a message does.
      questions.push(ablated("openers-in-parts") ? part : withoutOpeners(part));
    }
    // "the King's Fund piece – what did it say…": a named source or topic is context.
    else {
      statements.push(part);
      if (questions.length === 0) before.push(part);
    }
  }
  // "why did they commission the review - what targets were they trying to hit?": a second
  // question pointing back to the first says more of what the first asks.
  const [first, second] = questions;
  if (
    !ablated("pointing-seconds") &&
    second !== undefined &&
    backReference(second) !== null &&
    hasTopicOfItsOwn(second)
  )
    questions.splice(0, 2, `${first} ${second}`);
  const [question] = questions;
  if (question === undefined) {
    // "average population of an stp footprint (asking for a friend)": no part asks, but the
    // aside is still not what is asked.
    const aside = ablated("asides") ? null : closingAside.exec(text);
    const aboutAsker =
      aside?.[1] !== undefined &&
      (droppedSubject.test(aside[1].trim()) || aboutTheAsker.test(aside[1].trim()));
    const asked = aboutAsker && aside ? text.slice(0, aside.index).trim() : withoutManners;
    // "Writing a briefing for our board - total size of the fund": what the asker is doing is
    // not asked, when something else in the message is. Without another statement, what they
    // say of themselves may be the question ("just curious, my area's plan hasn't been
    // published, what do I do"): only what they are doing or feeling is left out.
    const doing = (part: string) => droppedSubject.test(part.trim());
    const left = statements.length ? [...statements, ...topics] : parts.filter((p) => !doing(p));
    const unsaid = !ablated("statements-asked") && left.length > 0 && left.length < parts.length;
    return { question: unsaid ? left.join(" ").trim() : asked, others: [], context: [] };
  }
  // "The three gaps everyone keeps going on about – what are they?": a question with no topic
  // of its own is about what was said before it. A statement after the question ("…? NAO seems
  // pretty negative") stays part of it: measured, reading it as context answered more wrongly.
  // "i worked for a CCG – what happened to the staff when they closed?": "they" are what was
  // said before, so it is the topic, not context; unless what a source says is asked.
  const ownTopic = hasTopicOfItsOwn(question);
  const pointing = backReference(question) !== null;
  const pointsBack = !ablated("pointed-back") && pointing && !sourceAsked.test(question);
  const context = ablated("context-parts") || !ownTopic || pointsBack ? [] : before;
  if (!ownTopic || pointing) topics.push(...feltAbout);
  return {
    question: [question, ...statements, ...topics].join(" ").trim(),
    others: questions.slice(1),
    context,
  };
}

/**
 * "What did it say…", "what do they recommend…": what a source says is asked, and the source
 * named before the question ("the King's Fund piece –") is where to look, not the topic. So is
 * what it holds to be so: "which vanguards did they reckon were doing best?", "what do they
 * believe…", "what did they find?" (`opinion-verbs`).
 */
export const sourceAsked = new RegExp(
  String.raw`\b(?:say|says|said|saying|argue[sd]?|claim(?:s|ed)?|recommend(?:s|ed)?|suggest(?:s|ed)?|conclude[sd]?|think|thinks|thought|mention(?:s|ed)?|write|writes|wrote|tell|tells|told|report(?:s|ed)?${
    ablated("opinion-verbs")
      ? ""
      : "|reckon(?:s|ed)?|believe[sd]?|feel|feels|felt|find|finds|found|warn(?:s|ed)?|predict(?:s|ed)?|propose[sd]?|expect(?:s|ed)?"
  })\b`,
  "i",
);

/** Words in brackets ending a message, after what it asks. */
const closingAside = /(?<=\S)\s*\(([^()]{2,80})\)([\s.!?]*)$/;

/**
 * True when a question names something beyond question words, pronouns and framing words:
 * "what was the deficit in 2017/18?" does, "what are they?" does not.
 */
function hasTopicOfItsOwn(question: string): boolean {
  const own = ablated("relational-nouns") ? question : question.replace(wantingComplement, " ");
  return toTerms(own).some((term) => !framingWords.has(term));
}

/**
 * A noun that is always of something, said without it: "the closures vote – what was the
 * result?", "ICS vs ICB – what's the difference?". The result is the vote's; what was said
 * before is the topic, not context. With its "of…" ("the result of the vote") it has one.
 */
const wantingComplement =
  /\b(?:result|results|outcome|upshot|verdict|conclusion|response|reaction|difference|consequence|consequences|effect|impact|answer)\b(?!\s+(?:of|for|to|on|from|between|in)\b)/gi;

/**
 * "hi im a gp in leeds, whats an stp?" is two parts, as it would be with a full stop: who is
 * asking, then the question. Only a comma after a greeting or the asker's role parts them: "In
 * Leeds, who leads the STP?" stays one question, and so does "my mum is deaf, how can she…",
 * whose first part is what the question is about.
 */
function askerBeforeComma(part: string): string[] {
  if (ablated("asker-comma")) return [part];
  const comma = /^([^,]+),\s+(?=(?:what|whats|what's|why|how|who|whose|when|where|which)\b)/i.exec(
    part,
  );
  // "Just curious, is Cornwall an STP area?", "asking for a colleague, how many…": how the asker
  // feels or what they are doing, said before the question as it is said after it.
  const feeling = ablated("feelings-first") ? null : /^([^,]+),\s+(?=\S)/.exec(part);
  if (feeling?.[1] && droppedSubject.test(feeling[1].trim()))
    return [feeling[1], part.slice(feeling[0].length)];
  // "According to the appraisal synopsis, has the public been involved?": where to look, said
  // before the question; the question is what follows.
  const source = ablated("source-first") ? null : sourceFirst.exec(part);
  if (source?.[1]) return [source[1], part.slice(source[0].length)];
  if (!comma?.[1] || !askerRole.test(comma[1])) return [part];
  return [comma[1], part.slice(comma[0].length)];
}

// The manners of a chat message, shared by the patterns below: each reads them in its own place.
/** Greetings: "hi", "Dear", "good morning". */
const greetings =
  "hiya|hi|hello|hey|dear|morning|afternoon|evening|good (?:morning|afternoon|evening)";
/** Whom a greeting is to: "Hi *all*", "hello *there*", "hey *bot*" (the bot itself). */
const addressees = `all|everyone|everybody|team|folks|guys|there|colleagues|both${
  ablated("bot-addressed") ? "" : "|(?:the |stp[ -]?|chat)?bot"
}`;
/** Ways of saying thank you, alone or signing off. */
const thanksWords =
  "(?:please|pls|plz) and thank (?:you|u)|thanks(?: (?:a lot|so much|very much|in advance|again))?|thank (?:you|u)(?: (?:so much|very much|in advance))?|many thanks|with thanks|cheers|ta|thx|ty|tia|much appreciated|appreciate it";
/** How a message signs off; not "best" alone, which ends questions too ("which is the best"). */
const signOffWords = `${thanksWords}|kind regards|best regards|warm regards|regards|best wishes|all the best`;
/** The name after a sign-off: "Sarah", "Dr Jones", "Cllr Amy Lee". */
export const signedName = String.raw`(?:(?:dr|mr|mrs|ms|prof|cllr)\.?[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}`;
/** A message that only thanks: "thanks!", "Thank you so much 🙏", "many thanks, Sarah". */
export const thankYou = new RegExp(
  String.raw`^(?:${thanksWords})\b[\s,!.🙏]*(?:${signedName})?[\s!.🙏]*$`,
  "iu",
);

/**
 * A message that only says goodbye, perhaps with thanks or an "ok" first: "bye!", "ok thanks,
 * bye", "that's all for now", "see you". Looked up, "bye" found nothing and was declined with
 * questions to ask instead.
 */
export const farewell = new RegExp(
  String.raw`^(?:(?:ok|okay|right|great|cool|${thanksWords})\b[\s,!.]*)*(?:(?:good)?bye(?:-?bye)?(?: (?:for now|then))?|bye now|see (?:you|ya)(?: (?:later|soon|around))?|cya|ttyl|(?:that['’]?s|that is) (?:all|it)(?: (?:for now|for today|thanks|i needed))?|good ?night|gotta go|i['’]?m off)\b[\s,!.🙏👋]*(?:(?:${thanksWords})\b[\s,!.🙏👋]*)?$`,
  "iu",
);

/** A greeting, or who the asker is: "hi", "I'm a GP in Leeds", "as a councillor". */
const askerRole = new RegExp(
  String.raw`^(?:${greetings})\b[\s!.]*$|^(?:(?:${greetings})[\s!.]+)?(?:i'?m|i am|as|being)\s+(?:an?|the)\s`,
  "iu",
);

/** A part of a message about who is asking: "I'm a GP in Leeds", "our ward sister asked me". */
const aboutTheAsker = new RegExp(
  String.raw`^(?:${greetings}|thanks|thank you|sorry|so|ok|okay)\b[\s,!.]*$|^(?:(?:${greetings})[\s,!.]+)?(?:i'?m|i am|i work|i've|i have|i was|i'?d|i keep|i heard|i read|i saw|i just|im|we'?re|we are|we have|my|our|as an?|as the|being an?|working (?:in|at|for))\b`,
  "iu",
);

/**
 * Who is asking, said as chat says it: "Trust finance lead here.", "Retired GP here, keen to
 * help." A few words, then "here" ending the clause.
 */
const roleHere = /^(?:[\p{L}'’&-]+\s+){1,6}here\b(?=\s*(?:[,.!;:–—-]|$))/iu;

/**
 * What the asker is doing or feeling, said without "I'm": "asking for a friend", "trying to get
 * my head round it", "writing a briefing for our board", "worried about build costs". A word in
 * "-ing" followed by a little word, or a word for a state of mind. (Plain letters, not \p{L}: a
 * pattern of Unicode letters read without case costs a millisecond to compile at start.) Not
 * "according to the RCP", which names a source, not something the asker is doing.
 */
const notSource = ablated("according-to") ? "" : String.raw`(?!according\b)`;
// "…? wanted to compare with CQC ratings": what the asker means to do with the answer.
const wantsTo = ablated("purpose-asides")
  ? ""
  : String.raw`|(?:want|wanted|wanna|need|needed|hope|hoped|mean|meant|would like|'d like) to\b`;
const droppedSubject = new RegExp(
  String.raw`^(?:(?:just|really|a bit|bit|very|quite|so|still|also)\s+)?(?:${notSource}[a-z'’]{2,}ing\s+(?:to|for|about|on|into|up|out|at|through|round|around|over|as|a|an|my|our|some|this|it|if|whether)\b|(?:worried|concerned|curious|confused|keen|interested|unsure|not sure|anxious|nervous|frustrated|puzzled)\b${wantsTo})`,
  "i",
);

/**
 * A part of a message that is only manners: a greeting to the room ("Hi all,"), a wish ("hope
 * you're well"), or a sign-off with a name ("Thanks, Sarah", "Kind regards, Dr Jones").
 */
const pleasantry = new RegExp(
  String.raw`^(?:(?:${greetings})(?:\s+(?:${addressees}))?[\s,!.]*)?(?:(?:i |we )?hope (?:you(?:'re| are)|you all are|all(?:'s| is)|everyone(?:'s| is)) (?:well|ok|okay|good|keeping well)(?: today)?[\s,!.]*)?$|^(?:${signOffWords}|best)[\s,!.]+${signedName}[\s.!]*$`,
  "iu",
);

// "On" after "I'm", "we're", "I sit"… says what the asker belongs to ("I'm on a patient panel in
// Devon"), not what they heard about.
const onAsTopic = ablated("member-of")
  ? "on"
  : String.raw`(?<!\b(?:i'?m|i am|we'?re|we are|i sit|we sit|i serve|i'?ve been|i was)\s+)on`;
/** "…in Halton Cross", "…at Westbury": a place the asker names, in capitals. */
const askerPlace =
  /\b(?:in|at|from|near)\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,3})/u;
/** "Our locality", "my area": a place the question names only by the asker's own. */
const ourPlace =
  /\b(?:our|my)\s+(?:area|locality|town|patch|county|borough|city|region|neighbourhood|village)\b/i;

/**
 * What the asker's source mentions: "our board paper mentions Spring Budget 2017 STP capital –
 * how much was it?" names what "it" stands for, as "I heard about…" does.
 */
const mentionedTopic = ablated("mentioned-topics")
  ? ""
  : String.raw`|mentions?|mentioned|mentioning|refers?\s+to|referred\s+to|cites?|cited`;

/** What the asker heard, read or was asked about: the topic of the question that follows. */
const heardAbout = new RegExp(
  String.raw`\b(?:about|regarding|${onAsTopic}|re:?|concerning${mentionedTopic})\s+(?:the\s+|these\s+|this\s+|all\s+(?:the|these|this)\s+)?(.{2,80}?)(?:,?\s+(?:and|but|so)\s+(?:i|i'm|im|i am|we|we're)\b.*)?[.!]*$`,
  "i",
);

/** Words a question opens with: a question word or an auxiliary. */
const questionWords =
  "what|whats|what's|wat|wot|why|how|who|whose|when|where|which|is|are|does|do|did|can|could|will|would|should|has|have|was|were";
/** A source named before the question: "According to the RCP, who…", "as per the NAO, is…". */
const sourceFirst = new RegExp(
  String.raw`^((?:according to|as per|per)\s+[^,?]{2,60}),\s+(?=(?:(?:by|in|on|at|for|from|to|with|under|of)\s+)?(?:${questionWords})\b)`,
  "i",
);

/** The first question of a message running into a second after a dash, read as one question. */
function withDashSeconds(text: string): string {
  const dash = /\s+[–—-]+\s+/.exec(text);
  if (!dash) return text;
  const first = text.slice(0, dash.index);
  const rest = text.slice(dash.index + dash[0].length);
  if (/[?!.;:]/.test(first) || !questionStart.test(first) || !questionStart.test(rest)) return text;
  return `${first} ${rest}`;
}

const questionStart = new RegExp(
  String.raw`^\s*(and\s+|but\s+|so\s+|also\s+)?(${questionWords})\b`,
  "i",
);

/**
 * The question without the words people open a chat message with ("ok so", "hi,", "basically",
 * "quick question:"), which say nothing about what is asked: "so what is the point of STPs?"
 * gets the answer "what is the point of STPs?" gets. A message that is nothing else is kept.
 */
export function withoutOpeners(text: string): string {
  const typed = withoutAcknowledgement(text.replace(/[’‘]/g, "'"));
  let plain = replaceWhere(typed, ["@", "cc", "fao"], "mentions-anywhere", mentioned, "");
  plain = plain.replace(openers, "").replace(ablated("apologies") ? /(?!)/ : apology, "");
  plain = replaceWhere(plain, [" but"], "question-remarks", questionRemark, "");
  plain = replaceWhere(plain, ["mean"], "corrections", correction, "");
  plain = replaceWhere(plain, ["tl", "eli5"], "plain-terms", plainTermsFirst, "");
  plain = replaceWhere(plain, ["vs", "versus"], "versus", versusFirst, "$3 between $1 and $2$4");
  plain = replaceWhere(plain, ["vs", "versus"], "versus", versusBetween, "$1 and ");
  plain = replaceWhere(plain, statusCues, "status-openers", statusOpener, "");
  const opened = withoutAskingPreamble(plain);
  const told = opened.replace(askingForAnswer, "");
  const polite =
    told === opened && !ablated("polite-requests") && politeFirstWords.has(firstWord(opened));
  const asked = polite ? opened.replace(politeAsking, "") : told;
  let ended = asked
    .replace(ablated("message-tags") ? /(?!)/ : endTag, "")
    .replace(ablated("asking-endings") ? /(?!)/ : askingEnd, "$1");
  ended = replaceWhere(ended, ["sorry", "apolog"], "apologies-after", apologyEnd, "$1");
  ended = replaceWhere(ended, ["if "], "asking-conditions", askingCondition, "$1");
  ended = replaceWhere(ended, plainWords, "plain-terms", plainTermsEnd, "$1");
  ended = replaceWhere(ended, briefWords, "brevity-asked", brevityEnd, "$1");
  ended = replaceWhere(ended, ["like", " as "], "newcomer-asides", newcomerEnd, "$1");
  ended = replaceWhere(ended, ["pl"], "please-last", pleaseEnd, "$1");
  const rest = ended
    .replace(ablated("interjections") ? /(?!)/ : interjectionEnd, "$1")
    .replace(signOff, "")
    .replace(ablated("as-of-now") ? /$^/ : asOfNow, "")
    .replace(/([?!])[?!]+$/, "$1")
    .replace(/(\p{L})\.+$/u, "$1");
  // Asked to be told, the question is in the order of a statement: "what the three gaps are".
  const direct =
    asked !== plain && !ablated("direct-order")
      ? directOrder(
          rest,
          /\b(?:if|whether)\s+$/i.test(opened.slice(0, opened.length - asked.length)),
        )
      : rest;
  return /[\p{L}\p{N}]/u.test(direct) ? direct : text;
}

/**
 * "What's new with district nursing?", "any update on the Naylor review?", "where are we with the
 * GP booking?", "status of the Devon beds": how a matter stands is what the documents say of it,
 * so the matter alone is asked ("new" or "going" is no word the answer needs).
 */
const statusOpener =
  /^(?:so,? )?(?:(?:what'?s|what is|whats) (?:new|happening|going on|the latest|the news|the story|the deal|the status|the situation|up) (?:with|on|about|re|regarding|in|at)|(?:is there |are there |got )?(?:any|an|the latest|latest) (?:update|updates|news|progress) (?:on|about|re|regarding|with)|(?:an? )?updates? (?:on|about|re|regarding)|news (?:on|about)|(?:the )?(?:status|latest) (?:of|on|with)|where (?:are|r) (?:we|things) (?:at )?(?:with|on)|how (?:are|r) things (?:with|going with|at))\s+/i;
const statusCues = [
  "new",
  "happening",
  "going",
  "latest",
  "news",
  "update",
  "status",
  "story",
  "deal",
  "situation",
  "where",
  "things",
  "up ",
];

/**
 * An apology or a doubt before the question, ending in "but" or a stop: "sorry to bother you,
 * but…", "sorry if this is a silly question but…", "not sure this is the right place but…",
 * "excuse me,". The asker's manners, not what they ask.
 */
const apology =
  /^(?:(?:so|ok|hi|hey)[\s,]+)?(?:(?:sorry|apologies|excuse me|forgive me|pardon me|not sure|i'm not sure|im not sure)\b[^?]{0,80}?(?:,\s*|\s+)but\s+|(?:sorry|apologies|excuse me|forgive me|pardon me)\s*[,.!:–—-]+\s*)/i;

/**
 * A follow-up read as its question alone, as a first question is: "do you know who leads them?"
 * as "who leads them?", "WHERE DID THAT COME FROM" as "where did that come from", "just curious,
 * why?" as "why?". A leading "and", "also" or "plus" stays: it marks a new topic for the last
 * question ("and the biggest?").
 */
export function followUpAsAsked(text: string): string {
  const acknowledged = withoutAcknowledgement(text);
  if (ablated("chat-in-follow-ups")) return acknowledged;
  const shouted = shoutingLowered(acknowledged);
  // "hi there" and "hope you're well" are manners, not a question: left to be read as such.
  if (readMessage(shouted).question === "") return acknowledged;
  const { question, others, context } = readMessage(withoutOpeners(shouted));
  // Two questions, or a note of where the asker read about it: the whole message is read as one,
  // so the second is offered and the note picks its source.
  if (others.length > 0 || context.length > 0) return acknowledged;
  if (!/[\p{L}\p{N}]/u.test(question)) return acknowledged;
  // "hmm and the government?": the "and" the openers took off marks a new topic for the last one.
  const at = shouted.indexOf(question.replace(/[\s?!.]+$/, ""));
  const before = shouted.slice(0, Math.max(0, at));
  const conjunction = /\b(?:and|also|plus)\s+$/i.exec(before)?.[0] ?? "";
  return `${conjunction}${question}`;
}

/**
 * The message without an acknowledgement of the last answer before it: "thanks! who leads
 * them?", "ok cool, where do they come from?", "makes sense. tell me more", "Perfect, thank you!
 * and the biggest?". What follows is the next question, read as it would be alone. A message of
 * nothing else is kept.
 * @example withoutAcknowledgement("got it, why?") // "why?"
 */
export function withoutAcknowledgement(text: string): string {
  if (ablated("acknowledgements") || !opensAcknowledging(text)) return text;
  const rest = text.replace(acknowledgement, "");
  return /[\p{L}\p{N}]/u.test(rest) ? rest : text;
}

/**
 * `pattern` replaced in `text` (unless `reading` is switched off), tried only where `text` holds
 * one of `words` in lower case. Most questions hold none, and a pattern never run is never
 * compiled: each would otherwise add to the first answer's time.
 */
function replaceWhere(
  text: string,
  words: readonly string[],
  reading: string,
  pattern: RegExp,
  by: string,
): string {
  if (ablated(reading)) return text;
  const lower = text.toLowerCase();
  return words.some((word) => lower.includes(word)) ? text.replace(pattern, by) : text;
}

/** Whether a message's first word may open an acknowledgement, before its pattern is tried. */
function opensAcknowledging(text: string): boolean {
  return acknowledgingFirstWords.has(firstWord(text));
}

/** A message's first word in lower case ("" for none): what a pattern's first words are checked by. */
function firstWord(text: string): string {
  return /^\s*([a-z']+)/i.exec(text)?.[1]?.toLowerCase() ?? "";
}

const acknowledgingFirstWords = new Set(
  `thanks thank many with cheers ta thx ty tia much appreciate please pls plz ok okay cool great
  perfect brilliant lovely nice right got gotcha i that makes interesting wow ah aah ahh oh fair
  understood noted super excellent amazing awesome good yes yeah yep sure alright all hmm hmmm
  that's thats very really so not`.split(/\s+/),
);

/**
 * Asking for plain words ("in simple terms", "in layman's terms"; "ELI5", "tl;dr"): how to
 * answer, not what. One list, read here at a message's ends and by `withoutIdioms` anywhere.
 */
export const plainTermsPhrase = `in (?:simple|plain|layman'?s|lay|basic|everyday|non-?technical) (?:terms|words|language|english)`;
export const plainTermsTags = `eli5|tl;?dr`;
/** Words that may ask for plain words, before `plainTermsEnd` is tried. */
const plainWords = ["terms", "words", "language", "english"];
/** Asking for plain words before the question: "tl;dr", "ELI5". */
const plainTermsFirst = new RegExp(String.raw`^(?:${plainTermsTags})\b[\s:,–—-]*`, "i");

/** Ways of taking in an answer; not "nice" alone, which may be NICE, the institute. */
const acknowledged = `(?:${thanksWords}|ok|okay|cool|great|perfect|brilliant|lovely|nice one|right|got it|gotcha|i see|(?:that )?makes sense|interesting|wow|ah+|oh|fair enough|understood|noted|super|excellent|amazing|awesome|good to know|that helps|yes|yeah|yep|sure|alright|all right|hmm+|(?:that's|thats|that is|very|really|super|so) (?:helpful|useful|interesting|clear|great|good)|(?:(?:that's|thats|that is) )?not (?:quite )?what i (?:meant|asked|was asking))`;
const acknowledgement = new RegExp(
  String.raw`^\s*${acknowledged}(?:[\s,]+${acknowledged})*\s*(?:[.!,:;]+\s*|\s+[–—-]+\s+)(?=\S)`,
  "i",
);

/**
 * A part of a message that only welcomes an answer: "Any help appreciated", "any pointers
 * welcome", "happy to be pointed elsewhere", "grateful for any advice". Manners, not what is asked.
 */
function welcomesHelp(part: string): boolean {
  return helpWelcomeFirstWords.has(firstWord(part)) && helpWelcome.test(part.trim());
}

const helpWelcomeFirstWords = new Set(
  "any all happy glad i'm im i we're we grateful thankful i'd".split(" "),
);

const helpWelcome =
  /^(?:(?:any|all) (?:help|pointers?|advice|info|information|thoughts|ideas|guidance|suggestions|steer)(?: (?:would be|will be|is|are))?(?: (?:much|greatly|really|very much|hugely|gratefully))? (?:appreciated|welcome|welcomed|received|gratefully received)|(?:i'?m |i am |we'?re |we are )?(?:happy|glad) to be (?:pointed|directed|told|sent|signposted)\b.{0,40}|(?:i'?d be |i would be |i'?m |i am )?(?:grateful|thankful) for (?:any )?(?:help|pointers?|advice|info|information|thoughts|steer|guidance))[\s.!]*$/i;

/** A part of a message that only takes in the last answer: "makes sense.", "ok cool!". */
const acknowledgementOnly = new RegExp(
  String.raw`^\s*${acknowledged}(?:[\s,]+${acknowledged})*[\s.!,:;–—-]*$`,
  "i",
);

/**
 * Putting a question right: "sorry, I meant who leads them", "no, I mean the fund". What was
 * meant is the question.
 */
const correction =
  /^(?:(?:sorry|no|oh|ah|nah|oops)[\s,.!]+)?(?:i meant|i mean|what i meant was|what i mean is)\b[\s,:]*/i;

/**
 * A remark on the question itself before it: "I know this is a big topic but…", "I realise this
 * may have been asked before, but…", "this might be a daft one but…". About the asking ("this",
 * "it") and saying so ("question", "topic", "daft one", "asked before"), not the thing asked:
 * "I know the fund is £1.8bn but is it ring-fenced?" and "it's a lot of money but is it enough?"
 * keep their first part, which says what "it" is.
 */
const questionRemark =
  /^(?:(?:i|we) (?:know|realise|realize|appreciate|understand|guess|suspect|imagine) )?(?:this|it|that)(?:'s| is| was| may| might| could| sounds| will| must)\b[^?]{0,60}?\b(?:question|one|topic|obvious|silly|stupid|daft|dumb|basic|simple|naive|niche|random|odd|weird|asked|covered|answered)\b[^?]{0,40}?(?:,\s*|\s+)but\s+/i;

/**
 * The message without words that only say a question is coming: "just a quick one -", "random
 * question:", "dumb question but", "can I ask", "question for you:", "one more thing -". Every
 * word before the question must be one of `askingWords`, and one of them must name the asking
 * ("question", "q", "one", "thing", "ask"): "can I ask for a GP appointment…?" is a question.
 * Without a stop, a dash or "but" after them, a question word must follow.
 */
function withoutAskingPreamble(text: string): string {
  if (ablated("asking-preambles")) return text;
  for (const separator of text.matchAll(/\s*[:,;.!]\s*|\s+[–—-]+\s+|\s+but\s+|\s+/gi)) {
    const head = text.slice(0, separator.index);
    const words = head
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean);
    if (head.length > 60 || !words.every((word) => askingWords.has(word))) break;
    const rest = text.slice(separator.index + separator[0].length);
    const stopped = /\S/.test(separator[0]);
    if (words.some((word) => namesAsking.has(word)) && (stopped || questionStart.test(rest)))
      return rest;
  }
  return text;
}

/** Words that name the asking itself. */
const namesAsking = new Set([
  "question",
  "questions",
  "q",
  "qn",
  "query",
  "one",
  "thing",
  "ask",
  "check",
]);
/** Words a preamble that only says a question is coming is made of. */
const askingWords = new Set([
  ...namesAsking,
  ...["a", "an", "another", "more", "just", "quick", "quickie", "random", "dumb", "silly"],
  ...["stupid", "simple", "basic", "easy", "small", "little", "general", "follow", "up"],
  ...["i", "have", "got", "can", "could", "may", "might", "for", "you", "u", "all", "here"],
  ...["from", "me", "this", "is", "maybe", "probably", "possibly", "last", "other", "but"],
]);

/**
 * A question word's clause ending in "is", "are", "was" or "were" put as a question puts it:
 * "what the three gaps are" as "what are the three gaps", "who the lead is" as "who is the lead",
 * "how many areas there are" as "how many areas are there"; after "if" or "whether", "the
 * public has been consulted" as "has the public been consulted". Any other order is left as it is.
 */
function directOrder(clause: string, yesOrNo: boolean): string {
  if (yesOrNo) {
    // "(if) the public has been consulted" asks "has the public been consulted".
    const subject =
      /^((?:the |a |an |our |my |their |its |this |these )?[\w'-]+) (is|are|was|were|has|have|had|will|would|can|could|should|must) (.+)$/i.exec(
        clause,
      );
    return subject ? `${subject[2]} ${subject[1]} ${subject[3]}` : clause;
  }
  const there = /^((?:what|who|where|when|why|how)\b.*) there (is|are|was|were)(\s*\?)?$/i.exec(
    clause,
  );
  if (there) return `${there[1]} ${there[2]} there${there[3] ?? ""}`;
  const order =
    /^(what|who|where|when|why|how (?!many\b|much\b)[a-z]+) (?!(?:is|are|was|were)\b)(.+) (is|are|was|were)(\s*\?)?$/i.exec(
      clause,
    );
  return order ? `${order[1]} ${order[3]} ${order[2]}${order[4] ?? ""}` : clause;
}

/**
 * "So far", "right now", "these days": the asker means the latest the documents say, as every
 * question does, and a document need not say "far" or "days" to answer ("how many physicians have
 * sent feedback so far"). Not "up to date", which is a topic.
 */
const asOfNow =
  /,?\s*\b(?:so far|as yet|(?<!\bup )to date|right now|just now|these days|nowadays|at the moment|at present|at this (?:point|stage)(?: in time)?|for now|up to now|as (?:of|things stand) (?:now|today)|as things stand)\b(?=\s*[?!.,]*\s*$|\s*[,?])/gi;

/**
 * How a message is flagged, not what it asks: "URGENT:", "Important -", "fyi", "q:" before the
 * question; "…? urgent", "… asap" after it.
 */
const messageTags = "very urgent|urgent|important|asap|fyi|q|query|reminder|nb";
/**
 * Asking anyone to answer, after the question: "what are STPs, anyone?", "…, do you know?",
 * "… - any ideas?". The question's own mark is kept.
 */
const askingEnd =
  /(?:\s*[,;–—-]\s*|\?\s+)(?:(?:(?:does|do)\s+)?(?:anyone|anybody|you|u)(?:\s+know)?|any\s+ideas?)(?:\s+at all)?(\s*\?)?[\s.!]*$/i;
/**
 * An apology after the question: "…?? lol sorry", "… (sorry if obvious)", "… sorry if this is a
 * silly question". The question's own mark is kept; "sorry if this is silly but <question>" is
 * an apology before one.
 */
const apologyEnd =
  /(\?)?[\s,.!?-]*\(?\s*(?:lol\s+|haha\s+)?(?:sorry|apologies)(?:\s+(?:if|for|in case)\b(?:(?!\bbut\b)[^()?]){0,50})?\s*\)?[\s.!]*$/i;

/**
 * A condition on the asking after the question: ", if you don't mind me asking?", "if that makes
 * sense", "if possible", "if you know". The question's own mark is kept.
 */
const askingCondition =
  /(?:\s*,\s*|\s+)if (?:you (?:don't|dont|do not) mind(?: me asking)?|that makes sense|possible|you know|you can|anyone knows?)(\s*\?)?[\s.!]*$/i;

/** Asking for plain words after the question: "… in simple terms?", "…, in layman's terms". */
const plainTermsEnd = new RegExp(String.raw`\s*,?\s+${plainTermsPhrase}(\s*\?)?[\s.!]*$`, "i");

/** Words that may ask for a short answer, before `brevityEnd` is tried. */
const briefWords = ["short", "brief", "quick", "simple", "nutshell", "line", "sentence", "word"];
/**
 * Asking for a short answer after the question: "…? pls keep it short", "…, in a nutshell",
 * "… (briefly)", "… in one line please". How to answer, not what: the answer is a sentence or two.
 */
const brevityEnd =
  /(\?)?[\s,;:–—-]*\(?\s*(?:(?:please|pls|plz)\s+)?(?:keep it (?:short|brief|simple|quick)(?: and (?:sweet|simple))?|in (?:a|one|two|a few) (?:lines?|sentences?|words?)|one[- ]liner|in a nutshell|in brief|briefly|short (?:answer|version)|quick (?:answer|version|one))(?:\s+(?:please|pls|plz))?\s*\)?[\s.!?]*$/i;

/**
 * Who to answer as if for, after the question: "explain ACSs to me like I'm new to the NHS", "…
 * as if I'm five". How to answer, as "in plain terms" is, not what: "NHS" there is no topic.
 */
const newcomerEnd =
  /\s*,?\s+(?:like|as if|as though) (?:i'?m|i am|i was|i were) (?:five|5|a (?:child|kid|beginner|novice|layman|layperson|lay person|newbie)|(?:completely |totally |brand )?new\b[^?]*|not (?:from|in) (?:the )?(?:nhs|health|healthcare)\b[^?]*)(\s*\?)?[\s.!]*$/i;

/**
 * "ICS vs ICB, what's the actual difference??" asks what "what's the difference between ICS and
 * ICB?" asks; "the difference between an ICS vs an ICB" says "and" as "vs".
 */
const versusFirst =
  /^\s*([^,?:;]{1,40}?)\s+(?:vs\.?|versus)\s+([^,?:;]{1,40}?)\s*[,:;–—-]+\s*((?:what'?s|whats|what is|what are) the (?:actual |real |main |key )?differences?)\s*(\?*)[\s!.]*$/i;
const versusBetween = /\b(differences? between\s+[^,?:;]{1,40}?)\s+(?:vs\.?|versus)\s+/i;

/** "Please" after the question, as before it: "what are STPs, please?", "… pls". */
const pleaseEnd = /(?:\s*,\s*|\s+)(?:please|pls|plz)(\s*\?)?[\s.!]*$/i;

/**
 * A part of a message that only asks for help, not for anything in particular: "Can anyone
 * help?", "hope someone can help -", "help!", "anyone there?". The question is what follows.
 */
const helpRequest =
  /^(?:(?:hi|hello|hey)[\s,!]+)?(?:(?:(?:can|could|would|will) (?:anyone|anybody|someone|somebody|you|u)(?: please| pls)? help(?: me| us)?(?: out)?|(?:please |pls )?help(?: me| us)?(?: out)?|(?:i |we )?(?:hope|hoping) (?:someone|somebody|anyone|anybody|you) can help(?: me| us)?(?: out)?|(?:is )?(?:anyone|anybody|someone|somebody) (?:there|around|about|here)|need (?:some )?help)(?: please| pls| here)?)[\s?!.,:–—-]*$/i;

/**
 * Words of talk that open a message before a stop or a dash ("wait, …", "seriously though, …",
 * "honestly -"): how the asker feels, not what they ask. "Wait times" and "honestly run" keep
 * theirs: these need the stop.
 */
const interjections = `wait|hang on|seriously(?: though| tho)?|honestly|anyway|anyways|oh|ah|aha|lol|haha|hmm+|ugh${
  ablated("talk-openers")
    ? ""
    : "|actually|by the way|incidentally|out of (?:interest|curiosity)|just out of (?:interest|curiosity)|genuinely"
}`;
/** The same words ending a message: "what is an stp tho?", "… lol". The question's mark is kept. */
const interjectionEnd = new RegExp(
  String.raw`\s+(?:tho|though|lol|haha${ablated("talk-openers") ? "" : "|btw|by the way"})(\s*\?)?[\s.!]*$`,
  "i",
);

/**
 * Someone else named in the message, anywhere after its start ("… cc @sam", "… @priya?"), or a
 * "cc" left at its end where the platform's mention markup was taken out: who should see it, not
 * what is asked. (One at the start is an opener: "@stp-bot …".)
 */
const mentioned =
  /(?<=\S)(?:\s*,?\s*\b(?:cc|fao|ping)\b:?)?\s*(?<![\w.@])@[\w.-]*\w|(?<=\S)\s*,?\s*\b(?:cc|fao)\b:?[\s.]*$/gi;

/** A part of a message that is only a flag: "urgent", "URGENT!!". */
const tagOnly = new RegExp(String.raw`^(?:${messageTags})[\s.!:]*$`, "i");
/** A flag ending a message: "asap" anywhere, "urgent" or "important" only after a stop or dash. */
const endTag =
  /(?:[\s,;:–—-]+(?:asap|a\.s\.a\.p\.?)|(?:\s+[–—-]\s*|(?<=[?!,;:.])\s*)(?:very urgent|urgent|important))[\s.!]*$/i;

/**
 * How a chat message may end after its question: "…? thanks!", "…? cheers :)", "… ta 🙏",
 * "… Thanks, Sarah", "… Kind regards, Dr Jones".
 */
const signOff = new RegExp(
  String.raw`(?:[\s,.!–—]+(?:${signOffWords})\b(?:[,.!]?\s*${signedName})?|\s*(?:[:;]-?[)(DPp]|\p{Extended_Pictographic}\uFE0F?)+)+[\s.!]*$`,
  "iu",
);

/**
 * A question passed on: "my manager asked me how big the fund is", "I've been asked when the
 * plans were due", "our chair wants to know what the three gaps are". Whoever asked (up to three
 * words, not a question word: "who asked us to…" is a question) is not what is asked.
 */
const notAQuestionWord = String.raw`(?!(?:${questionWords})\b)`;
const reportedQuestion = String.raw`${notAQuestionWord}(?:[a-z'’]+\s+){1,3}?(?:(?:has|have|had|just|keeps?|kept|was|were)\s+)?(?:asked|asking)\s+(?:me|us)|${notAQuestionWord}(?:[a-z'’]+\s+){1,3}?(?:wants?|wanted|would like|needs?) to know|(?:i|we)(?:'ve|’ve| have| had)?\s+(?:been|was|were|got|get|keep getting)\s+asked`;

/**
 * Asking to be told rather than asking: "can you tell me who leads each STP" asks "who leads
 * each STP", and "does anyone know if the fund is ring-fenced" asks "the fund is ring-fenced?".
 */
/**
 * Asking to be told, politely: "could you possibly tell me", "I was hoping you could tell me",
 * "would love to know", "keen to understand", "I'd be grateful if you could tell me", "help me
 * understand".
 */
const politeRequest = `(?:can|could|would|will) (?:you|u|someone|somebody|anyone|anybody) (?:possibly|kindly|just|perhaps)(?: please)? (?:tell|explain to|remind) (?:me|us)|(?:i|we) (?:was|were|am|are|'m|'re)? ?(?:hoping|wondering if) (?:you|u|someone|somebody|anyone|anybody) (?:could|can|would|might)(?: please)? (?:tell|explain to) (?:me|us)|(?:(?:i|we)(?:'d| would) |would )?love to (?:know|understand|find out)|(?:i'm |i am |we're |we are )?(?:keen|interested|curious) to (?:know|understand|find out|learn)|(?:i|we)(?:'d| would) be (?:grateful|glad|thankful)(?: if (?:you|u|someone|anyone) (?:could|can|would)(?: please)? (?:tell|explain to) (?:me|us)| to (?:know|understand|find out))|(?:please )?help (?:me|us) (?:to )?understand`;

/** What follows a request to be told: "…tell me: ", "…know if ". */
const askedToTell = String.raw`\b[\s,:–—-]*(?:(?:if|whether)\s+)?`;
const askingForAnswer = new RegExp(
  `^(?:(?:can|could|would|will) (?:you|u|someone|somebody|anyone|anybody) (?:please |pls )?(?:tell|explain to|remind) (?:me|us)|(?:can|could|would|will) (?:you|u|someone|somebody|anyone|anybody) (?:please |pls )?explain|(?:please |pls )?(?:tell|explain to|remind) (?:me|us)|(?:do|does) (?:you|u|anyone|anybody|someone|somebody) know|${ablated("anyone-know") ? "" : "(?:anyone|anybody|someone|somebody|u) know|who knows,?"}|(?:i|we)(?: want| wanted| need| needed| would like|['’]d like| d like|d like) to (?:know|understand|find out)|(?:i['’]?m|i am) (?:trying to (?:find out|understand)|not sure)|(?:have you|has anyone|has anybody) (?:got )?any idea|any idea|no idea${
    ablated("reported-questions") ? "" : `|${reportedQuestion}`
  })${askedToTell}`,
  "i",
);

const politeAsking = new RegExp(`^(?:${politeRequest})${askedToTell}`, "i");
/** The first words a polite request opens with, before its pattern is tried. */
const politeFirstWords = new Set(
  "can could would will i we i'm i'd we're keen interested curious love please help".split(" "),
);

const openers = new RegExp(
  String.raw`^(?:(?:(?:${greetings}|ok|okay|so|um+|erm+|hmm+|basically|quick (?:q|question|one)(?: from me| for you(?: all)?)?|just wondering|i was wondering|wondering|${ablated("feelings-first") ? "" : "(?:just )?curious"}|btw|also|and|but${
    ablated("please-first") ? "" : "|please|pls|plz"
  }${ablated("interjections") ? "" : "|yo|heya|oi"}${ablated("message-tags") ? "" : `|${messageTags}`}${ablated("at-names") ? "" : String.raw`|@[\w.-]+`})(?:\s+(?:${addressees}))?(?:\s*[,.:;!?]+\s*|\s+[–—-]+\s+|\s+))|(?:right|well|question${
    ablated("interjections") ? "" : `|${interjections}`
  })(?:\s*[,.:;!?]+\s*|\s+[–—-]+\s+))+`,
  "iu",
);
