// Reads a message in a conversation: what it asks for, and the question it stands for when it leans on earlier turns.

import { type BackReference, backReference } from "../question/back-reference.ts";
import type { Answer } from "../types.ts";
import { cleanQuestion, farewell, months, type QuestionWord, readMessage } from "./reading.ts";
import type { Conversation, MessageKind, Turn } from "./types.ts";

/** Reads a question's words as the engine does; null when it cannot be looked up at all. */
export type ReadWords = (question: string) => QuestionWord[] | null;

/**
 * What a message asks for: a command, "more", the last answer's sources or age, thanks, or a
 * question. Read from its wording alone, so it costs nothing to ask.
 *
 * @example classifyMessage("ok, tell me more pls") // "more"
 * @example classifyMessage("where does the money come from") // "question": it names its own topic
 */
export function classifyMessage(text: string): MessageKind {
  // Commands exactly as the adapters take them: "sources" lists the documents, "sources?" asks
  // where the last answer came from.
  if (/^(help|\?|sources|define(\s.*)?)$/is.test(text.trim())) return "command";
  const plain = plainMessage(text);
  // Nothing but emoji and markup (":+1:", "👍🙏") is a reaction to the answer, as thanks is.
  // Nothing but control and invisible characters is no message at all: answered as a question,
  // it gets the engine's "Please type a question".
  const visible = text.replace(/[\p{Cc}\p{Cf}\s]/gu, "") !== "";
  if (thanksPattern.test(plain) || (!plain && visible)) return "thanks";
  if (farewell.test(text.trim())) return "goodbye";
  if (morePattern.test(plain)) return "more";
  if (agePattern.test(plain)) return "age";
  if (sourcesPattern.test(plain)) return "sources";
  return "question";
}

/**
 * The question an elliptical or pronoun follow-up stands for, or null when it is to be answered
 * exactly as typed.
 *
 * - A question naming a topic of its own, with nothing pointing back, is answered as typed.
 * - One with no topic of its own ("how much?", "when was that?") or a pronoun standing for one
 *   ("who leads them?") carries the topic of the latest earlier turn that had one: in place of
 *   the pronoun, or at the end.
 * - A fragment naming a new topic ("and the government?", "what about social care?") asks the
 *   latest question again about that topic: its question words, with the new topic in place of
 *   the old.
 *
 * Only words the documents know are carried: a word they never use would make every later
 * follow-up look uncovered.
 *
 * @example rewriteFollowUp("who leads them?", [{ understood: "what is an stp", … }], read)
 *   // "who leads stp"
 */
export function rewriteFollowUp(
  question: string,
  conversation: Conversation,
  read: ReadWords,
): string | null {
  const own = read(question);
  if (!own) return null;
  // "hello" or "hope you're well" is manners, not a question leaning on the last one.
  if (readMessage(question).question === "") return null;
  const earlier = latestTopic(conversation, read);
  if (!earlier) return null;
  const hasTopic = own.some((word) => word.topical);
  const fragment = hasTopic ? fragmentTopic(question) : null;
  if (fragment) return askAgainAbout(earlier.understood, earlier.words, fragment);
  const pointer = backReference(question);
  if (hasTopic && !pointer) return null;
  const ownKeys = new Set(own.map((word) => word.key));
  // With no topic of its own ("when?", "how much?", "when was that?") the follow-up asks the
  // earlier question again, so all of its topic carries; beside words of the follow-up's own, the
  // rarest few, which would otherwise outweigh them.
  const carried = hasTopic ? maxCarriedWords : Number.POSITIVE_INFINITY;
  const referent = topicPhrase(
    earlier.words.filter((word) => !ownKeys.has(word.key)),
    carried,
  );
  if (!referent) return null;
  if (!pointer) return `${question.trim().replace(/[\s?!.]+$/, "")} ${referent}`;
  return replacePointer(question, pointer, referent);
}

/**
 * The question a follow-up asks about what the last answer said, or null. After a question whose
 * only topic is a time ("what happens from april 2017"), a "that" in a follow-up with no topic
 * of its own ("whats the point of that") cannot stand for the time: it stands for what the
 * answer said happens then, so the answer's topic words take its place. The caller answers it
 * with a passage the conversation has not shown: the answer cannot be its own point.
 *
 * @param answerOf the answer a turn was given, made again when the caller kept only a summary.
 * @returns the question it stands for, and the last answer it was read from (made at most once).
 * @example askedAboutLastAnswer("whats the point of that", [toTurn("what happens from april 2017", …)], read, …)
 *   // { question: "whats the point of stps single application approval process accessing nhs
 *   //   transformation funding", lastAnswer: … }
 */
export function askedAboutLastAnswer(
  question: string,
  conversation: Conversation,
  read: ReadWords,
  answerOf: (turn: Turn) => Answer,
): { question: string; lastAnswer: Answer } | null {
  const pointer = backReference(question);
  if (!pointer || !/^(that|this)$/i.test(pointer.word)) return null;
  const own = read(question);
  if (!own || own.some((word) => word.topical && word.known)) return null;
  const last = conversation.at(-1);
  const earlier = latestTopic(conversation, read);
  // Only right after the question: an older answer is not what "that" points at.
  if (!last || earlier?.understood !== readMessage(last.understood).question) return null;
  if (!earlier.words.every((word) => timeTopics.has(word.word) || /^\d+$/.test(word.word)))
    return null;
  const lastAnswer = answerOf(last);
  if (!lastAnswer.answered) return null;
  const asked = new Set(earlier.words.map((word) => word.key));
  const said = new Map<string, QuestionWord>();
  for (const word of read(lastAnswer.answer) ?? [])
    if (word.topical && word.known && !asked.has(word.key) && !said.has(word.key))
      said.set(word.key, word);
  const referent = topicPhrase([...said.values()], Number.POSITIVE_INFINITY);
  return referent ? { question: replacePointer(question, pointer, referent), lastAnswer } : null;
}

/**
 * The question asked with the topic of the turn before it, when the reply to that turn told the
 * asker to ask it next: "is the STF ring-fenced? and who decides?" is answered for its first
 * question and says "Ask “who decides?” next"; "who decides?" then means who decides about the
 * STF. Null for any other question. Tried only when the question as typed is declined: the
 * other question may well name its own topic.
 *
 * @example askedNextWithTopic("who decides?", [toTurn("is the STF ring-fenced? and who decides?", …)], read)
 *   // "who decides? stf ring-fenced"
 */
export function askedNextWithTopic(
  question: string,
  conversation: Conversation,
  read: ReadWords,
): string | null {
  const last = conversation.at(-1);
  if (!last) return null;
  const key = plainMessage(question);
  if (!readMessage(last.question).others.some((other) => plainMessage(other) === key)) return null;
  const own = read(question);
  const earlier = latestTopic(conversation, read);
  if (!own || !earlier) return null;
  const ownKeys = new Set(own.map((word) => word.key));
  const referent = topicPhrase(
    earlier.words.filter((word) => !ownKeys.has(word.key)),
    maxCarriedWords,
  );
  return referent ? `${question.trim().replace(/[\s?!.]+$/, "")} ${referent}` : null;
}

/**
 * At most this many words are carried from an earlier turn into a follow-up that has words of its
 * own: the rarest, which say most.
 */
export const maxCarriedWords = 4;

/** The latest earlier turn whose question had a topic the documents know, with its words. */
function latestTopic(
  conversation: Conversation,
  read: ReadWords,
): { understood: string; words: QuestionWord[] } | null {
  for (let i = conversation.length - 1; i >= 0; i--) {
    // Of "is it ring-fenced? and who decides?" only the first question was answered: its topic.
    const understood = readMessage(conversation[i]?.understood ?? "").question;
    const words = (read(understood) ?? []).filter((word) => word.topical && word.known);
    if (words.length > 0) return { understood, words };
  }
  return null;
}

/**
 * The question with the topic where its pointer was, as it would have been typed: "their" gets a
 * possessive, and a particle goes before the topic as English puts it ("sign it off" → "sign off
 * the fund").
 */
function replacePointer(question: string, pointer: BackReference, referent: string): string {
  const before = question.slice(0, pointer.index);
  let after = question.slice(pointer.index + pointer.word.length);
  let phrase = possessives.has(pointer.word.toLowerCase()) ? `${referent}'s` : referent;
  const particle = /^\s+(off|up|out|down|back|away|over|through|around|together)\b/i.exec(after);
  if (particle?.[1]) {
    phrase = `${particle[1]} ${phrase}`;
    after = after.slice(particle[0].length);
  }
  return `${before}${phrase}${after}`;
}

const possessives = new Set(["its", "their", "theirs", "his", "hers"]);

/** The rarest topic words, in the order they were typed, as one phrase. */
function topicPhrase(words: QuestionWord[], most: number): string {
  const kept = new Set([...words].sort((a, b) => b.weight - a.weight).slice(0, most));
  return words
    .filter((word) => kept.has(word))
    .map((word) => word.word)
    .join(" ");
}

/**
 * An earlier question asked again about a new topic, in place of its last topic phrase: the
 * topic words standing together at the end of what it asked about ("what should [nhs england and
 * nhs improvement] do" → "what should the government do", "is there enough money for [social
 * care]" → "is there enough money for public health"). Whoever is asked about keeps their place
 * ("what does the king's fund say about [staffing]" → "…about vanguards"). With no topic words
 * left to stand in for, the new topic goes at the end.
 */
function askAgainAbout(understood: string, topicWords: QuestionWord[], topic: string): string {
  const topical = new Set(topicWords.map((word) => word.word));
  const words = understood.replace(/[?!.]+\s*$/, "").split(/\s+/);
  const isTopic = words.map((word) => topical.has(foldWord(word)));
  const last = isTopic.lastIndexOf(true);
  if (last < 0) return `${words.join(" ")} ${topic}`;
  let first = last;
  // Back over the phrase: topic words and the words joining them ("nhs england *and* nhs…").
  for (let i = last - 1; i >= 0; i--) {
    if (isTopic[i]) first = i;
    else if (!topicJoiners.has(foldWord(words[i] ?? ""))) break;
  }
  // "about [the timeline]" → "about the original deadline", not "about the the original…".
  if (determiners.test(topic) && determiners.test(words[first - 1] ?? "")) first--;
  return [...words.slice(0, first), topic, ...words.slice(last + 1)].join(" ");
}

const determiners = /^(the|a|an|this|that|these|those|its|their)\b/i;

/** Words that join the parts of one topic: "nhs england *and* nhs improvement", "care *of* the elderly". */
const topicJoiners = new Set(["and", "or", "of", "the", "&"]);

/**
 * The new topic of a fragment that asks the last question again about something else: "and the
 * government?" → "the government". Null for anything with a question of its own ("and how big are
 * they?"), which is read as a question.
 */
function fragmentTopic(question: string): string | null {
  const plain = plainMessage(question, false);
  const match =
    /^(?:and|also|plus|same for|what about|how about|what of|and what about|and how about|and for|and in)\s+(.+)$/.exec(
      plain,
    );
  const rest = match?.[1];
  if (!rest) return null;
  if (questionStart.test(rest) || /\b(is|are|was|were|does|do|did|has|have|had)\b/.test(rest))
    return null;
  return rest;
}

/**
 * Lower case, curly quotes straightened, mention markup and the fillers around a message taken
 * off ("ok", "thanks,", "pls", "?"), but never the whole message: "thanks" stays "thanks".
 * `conjunctions` also takes off a leading "and", "but" or "also".
 */
function plainMessage(text: string, conjunctions = true): string {
  // Mentions, links, emoji codes and *bold* out first, as the engine takes them out of a question.
  const cleaned = cleanQuestion(text).toLowerCase().replace(/[’‘]/g, "'");
  // "thanks 🙏" is thanks; "👍" alone is kept, as thanks too.
  const withoutEmoji = cleaned.replace(/\s*\p{Extended_Pictographic}\uFE0F?/gu, "").trim();
  let plain = withoutEmoji || cleaned;
  const leading = conjunctions ? leadingFillers : leadingFillersKeepingConjunctions;
  for (let previous = ""; previous !== plain; ) {
    previous = plain;
    for (const filler of [trailingPunctuation, trailingFillers, leading]) {
      const rest = plain.replace(filler, "").trim();
      if (rest) plain = rest;
    }
  }
  return plain;
}

const leadingFillers =
  /^(ok|okay|right|so|thanks|thank you|cheers|great|cool|hmm+|sorry|erm|um+|hi|hiya|hello|hey|and|but|also)\b[\s,.!:;-]*/;
const leadingFillersKeepingConjunctions =
  /^(ok|okay|right|so|thanks|thank you|cheers|great|cool|hmm+|sorry|erm|um+|hi|hiya|hello|hey)\b[\s,.!:;-]*/;
const trailingPunctuation = /[\s,.!?:;)(-]+$/;
const trailingFillers = /[\s,]+(please|pls|plz|then|thanks|thx|mate)$/;

function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

const questionStart = /^(what|whats|what's|who|whose|whom|when|where|why|how|which|wat|wot)\b/;

/** What a question asks about when it asks only about a time: "what happens from April 2017". */
const timeTopics = new Set([
  ...months,
  ..."spring summer autumn winter year years month months week weeks".split(" "),
]);

// Whole messages, after plainMessage has taken off "ok", "please", "?" and the like.
const thanksPattern =
  /^(thanks|thank you|thank u|ty|cheers|ta|ok|okay|k|great|cool|nice|perfect|brilliant|lovely|excellent|got it|understood|noted|that's (great|helpful|useful|brilliant)|very helpful|helpful|👍|🙏|👌)( (so much|very much|a lot|again))?$/u;

const morePattern =
  /^((can you |could you |please )?(tell|give|show) me )?((some|a bit|a little|any) )?(more|moar|mor)( (info|information|detail|details|please))?( (on|about) (that|this|it|them|those))?$|^(and|go on|keep going|continue|carry on|and then|what else|anything else|any more|anymore|any others|others|next|elaborate|expand on (that|this|it)|say more|more sources|what else do (they|the documents) say)$/;

const sourcesPattern =
  /^((where|what) (does|did|do) (that|this|it) come from|where('s| is| was) (that|this|it) from|where did (you|u) get (that|this|it)( from)?|(what's|what is|whats) (the|your) sources?( for (that|this|it))?|sources?|who (said|says|wrote) (that|this|it|so)|says who|according to (who|whom|what)|which (document|source|report|paper)( (is|was) (that|this|it) from| (said|says) (that|this|it))?|what (document|source|report) (is|was) (that|this|it) from|references?|citations?|can you cite (that|this|it)|link|proof|evidence)$/;

const agePattern =
  /^((is|are) (that|this|it|these|those) (still )?(true|the case|right|correct|valid|accurate|current|up to date|up-to-date|happening)|(is|are) (that|this|it|these|those) (out of date|outdated|old|current)|(still )?(true|valid|current|accurate)|still the case|(is|are) (that|this|it|these|those) still (so|relevant|in place|the plan|the same)|does (that|this|it) still (apply|stand|hold)|how (old|recent|up to date) is (that|this|it)|when was (that|this|it) (written|published|said)|how current is (that|this|it))$/;
