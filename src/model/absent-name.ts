// A question that names a place, a body or a year ("who chairs the Devon ICB?") is not answered from a document that never names it, nor one asking who chairs a named body by a sentence that names nobody.
import { ablated } from "../ablation.ts";
import { matcherForTyped } from "../documents/glossary.ts";
import { passagesWithTerm, termInPassages } from "../indexing/search-index.ts";
import { stopWords, toTerms, wordTerm } from "../lexicon/terms.ts";
import { monthNames } from "../lexicon/word-lists.ts";
import { sourceAsked } from "../question/chat-message.ts";
import { type Concept, saidAtCredit } from "../question/concepts.ts";
import {
  definedName,
  endsInValueWord,
  type QuestionKind,
  withoutSentenceOpeners,
} from "../question/question.ts";
import { dayOfMonth } from "../ranking/evidence.ts";
import { containsClose, containsPhrase } from "../ranking/phrases.ts";
import type { Candidate, ScoringContext } from "../ranking/scoring.ts";
import { quotedNeighbour } from "../ranking/sentence-ties.ts";
import type { DocumentMeta } from "../types.ts";

/**
 * True when a topic word of the question is a name the documents use (Devon, Sussex, NICE: a
 * word they only ever write with a capital inside a sentence) and the best sentence's document
 * names it nowhere, in its title, headings or text. People paraphrase what they ask about, but
 * not where or who: "the board's chair" in a national guide does not answer "who chairs the
 * Devon ICB?". A rarer word that is not a name proved no such guide (docs/answer-quality.md).
 */
export function namesAbsent(
  context: ScoringContext,
  concepts: Concept[],
  best: Candidate,
): boolean {
  if (ablated("absent-names")) return false;
  const range = documentRange(context.passages, best.passage.doc);
  if (!range) return false;
  if (yearAbsent(context, concepts, best.passage.doc, range)) return true;
  return concepts.some((concept) => {
    const term = concept.alternatives[0]?.length === 1 ? concept.alternatives[0][0] : undefined;
    if (concept.framing || !concept.known || !term || !isName(context, term)) return false;
    // The name itself, its expansion or an editors' synonym names it; WordNet's looser words do
    // not ("the Treasury" is not named by a page that says "fund").
    return !saidAtCredit(
      concept,
      (t) => termInPassages(context.index, t, range[0], range[1]),
      sameNameCredit,
    );
  });
}

/** The least credit of a way of writing a name that still names the same place or body. */
const sameNameCredit = 0.75;

/**
 * A year the question names ("what was agreed in 2019?") is, like a name, not put in other
 * words: a document that never mentions it, and is not dated in it, does not answer.
 */
function yearAbsent(
  context: ScoringContext,
  concepts: Concept[],
  doc: DocumentMeta,
  [first, last]: [number, number],
): boolean {
  if (ablated("absent-years")) return false;
  return concepts.some(
    (concept) =>
      /^(19|20)\d\d$/.test(concept.word) &&
      !doc.date?.startsWith(concept.word) &&
      !termInPassages(context.index, concept.word, first, last),
  );
}

/**
 * A day the question names ("what did the board decide on 14 September?") is, like a year, not
 * put in other words: a document that never gives that day of that month does not answer.
 */
export function dayAbsent(context: ScoringContext, question: string, best: Candidate): boolean {
  if (ablated("absent-days")) return false;
  const doc = best.passage.doc;
  const range = documentRange(context.passages, doc);
  if (!range) return false;
  const days = [...question.toLowerCase().matchAll(dayOfMonth)].map((match) =>
    toTerms(`${match[1] ?? match[4]} ${match[2] ?? match[3]}`),
  );
  if (days.length === 0) return false;
  const sequences = documentSequences(context, doc, range);
  return days.some(
    (day) =>
      !sequences.some(
        (sequence) =>
          containsPhrase(sequence, day) || containsPhrase(sequence, [day[1] ?? "", day[0] ?? ""]),
      ),
  );
}

/**
 * Whether the documents write `term` only as a name: capitalised inside a sentence, never in
 * lower case, in (up to) the first 20 passages that use it. Kept per index: a word's passages
 * do not change while it is in use.
 */
function isName(context: ScoringContext, term: string): boolean {
  return nameForm(context, term) !== null;
}

/**
 * How the documents write a name: "title" where it is ever written "Devon", "capitals" where
 * always "STP"; null for a word that is not a name.
 */
function nameForm(context: ScoringContext, term: string): "title" | "capitals" | null {
  return remembered(nameCache, context.index, term, () => readNameForm(context, term));
}

function readNameForm(context: ScoringContext, term: string): "title" | "capitals" | null {
  let capitalised = 0;
  let titled = 0;
  let lower = 0;
  for (const id of passagesWithTerm(context.index, term, 20)) {
    for (const sentence of context.passages[id]?.sentences ?? []) {
      let first = true;
      for (const [word] of sentence.matchAll(/\p{L}+/gu)) {
        // A sentence's first word is capitalised whatever it is.
        if (first) {
          first = false;
          continue;
        }
        if (wordTerm(word.toLowerCase()) !== term) continue;
        if (word[0] === word[0]?.toLowerCase()) lower++;
        else {
          capitalised++;
          // "STPs" is in capitals, a plural's "s" aside.
          const stem = word.replace(/s$/, "").slice(1);
          if (stem !== stem.toUpperCase()) titled++;
        }
      }
    }
  }
  if (capitalised === 0 || lower > 0) return null;
  return titled > 0 ? "title" : "capitals";
}

const nameCache = new WeakMap<object, Map<string, "title" | "capitals" | null>>();

/** A reading kept per index (a word's passages do not change while the index is in use). */
export function remembered<T>(
  caches: WeakMap<object, Map<string, T>>,
  index: object,
  key: string,
  read: () => T,
): T {
  let known = caches.get(index);
  if (!known) {
    known = new Map();
    caches.set(index, known);
  }
  let value = known.get(key);
  if (value === undefined) {
    value = read();
    known.set(key, value);
  }
  return value;
}

/**
 * The first and last passage ids of a document, whose passages are numbered in a row; null when
 * they are not (a corpus put together otherwise), so that no question is declined by mistake.
 */
function documentRange(
  passages: ScoringContext["passages"],
  doc: DocumentMeta,
): [number, number] | null {
  let ranges = rangeCache.get(passages);
  if (!ranges) {
    ranges = new Map();
    for (const passage of passages) {
      const range = ranges.get(passage.doc);
      if (!range) ranges.set(passage.doc, [passage.id, passage.id]);
      else if (range && range[1] === passage.id - 1) range[1] = passage.id;
      else ranges.set(passage.doc, null);
    }
    rangeCache.set(passages, ranges);
  }
  return ranges.get(doc) ?? null;
}

const rangeCache = new WeakMap<object, Map<DocumentMeta, [number, number] | null>>();

/**
 * "Who chairs the NHS Property Board?" asks for a person by name: a best sentence (or the one
 * after) that names nobody ("A new NHS Property Board… would give national leadership") does not
 * answer it. A name is two capitalised words in a row that the documents write only as a name
 * ("Paul Farmer", "Robert Naylor"), not a body's ("Property Board": "board" is written in lower
 * case too). "Who leads an STP?" asks about any one, and is not held to a name.
 */
export function personAbsent(context: ScoringContext, question: string, best: Candidate): boolean {
  if (ablated("person-named")) return false;
  const asked = asksForPerson.exec(question);
  if (!asked) return false;
  // One named thing ("the NHS Property Board", "Frimley ICB", "our board"), not any of many: "who leads them?",
  // "who leads STPs?", "who leads stp" (a follow-up's rewording) ask about every one.
  const object = question
    .slice(asked.index + asked[0].length)
    .replace(/^\s*(?:(?:of|for|at|in)\s+)?|[?!.\s]+$/g, "");
  const words = object.split(/\s+/);
  const last = words[words.length - 1] ?? "";
  // Typed in lower case, a name of two or more words is still one when the documents write its
  // first word only as a name: "who chairs healthwatch central west london" (but a follow-up's
  // "who leads stp" asks about any).
  const first = wordTerm((words[0] ?? "").toLowerCase());
  const named =
    /^(?:the|our|my|your|this|that)\s/i.test(object) ||
    (!shouted(question) && /^[A-Z]/.test(object)) ||
    (!!first &&
      !ablated("lower-case-names") &&
      (words.length >= 2 || !ablated("one-word-names")) &&
      // One word typed in lower case is a name where the documents write it as a place's
      // ("devon" as "Devon"), not as an acronym ("stp", a follow-up's "who leads stp", asks
      // about any).
      (words.length >= 2 ? isName(context, first) : nameForm(context, first) === "title"));
  // "Who leads STPs?" asks about every one; "who heads NHS Property Services?" names one body,
  // whose name ends in a plural.
  // So does "who replaced simon stevens?", typed in lower case, each of whose words the documents
  // write only as a name.
  const oneBody =
    !ablated("plural-names") &&
    words.length >= 2 &&
    (words.every((word) => /^[A-Z]/.test(word)) ||
      (!ablated("lower-case-names-in-s") &&
        words.every((word) => isName(context, wordTerm(word.toLowerCase()) ?? ""))));
  if (!named || (/[^s]s$/i.test(last) && !oneBody)) return false;
  const next = best.passage.sentences[best.sentence + 1] ?? "";
  // "Who chairs Healthwatch Surrey?" is not answered by "Healthwatch Surrey warned…": the name
  // asked about is not the person asked for.
  const objectTerms = ablated("asked-name-not-person")
    ? emptyTerms
    : new Set(words.map((word) => wordTerm(word.toLowerCase())));
  // "…and how many recs did it make?" is answered by "It … made 58 recommendations.", quoted
  // with the sentence it points back to ("The independent Mental Health Taskforce, chaired by
  // Paul Farmer…"): a person named there is in the answer too.
  const before = ablated("person-before") ? "" : quotedBefore(best);
  return ![best.evidence.text, next, before].some(
    (text) => agentNamed.test(text) || namesPerson(context, text, objectTerms),
  );
}

/**
 * The sentence before the best one when the answer quotes it (the best points back to it, "It
 * made 58 recommendations."), else "": who or what it names is in the answer too.
 */
export function quotedBefore(best: Candidate): string {
  const { sentences } = best.passage;
  const neighbour = quotedNeighbour(best.passage, best.sentence, best.evidence.refersBack);
  return neighbour !== null && neighbour < best.sentence ? (sentences[neighbour] ?? "") : "";
}

// "Who was picked to lead…", "who was selected as the STP leader…": chosen for the post.
const chosenFor = ablated("chosen-verbs")
  ? String.raw`(?:appointed|named|chosen|made)(?:\s+as)?`
  : String.raw`(?:appointed|named|chosen|made|picked|selected|nominated|elected)(?:\s+(?:as|to))?`;
// "Who ran the King's Fund…?", "who runs the property board?": in charge of it, as "who leads".
const runVerbs = ablated("run-verbs") ? "" : "|runs?|ran|running";
const asksForPerson = new RegExp(
  String.raw`\bwho(?:['’]s| is| was| will be| has been${ablated("person-auxiliaries") ? "" : "| will| would| should| could| might| may| did| does| do"})?(?:\s+${chosenFor})?\s+(?:the\s+(?:[\w'’-]+\s+){0,2})?(?:chairs?|chaired|chairing|chair(?:man|woman|person)?|leads?|led|leading|leader|heads?|headed|heading|boss|chief executive|chief officer${runVerbs}${ablated("succession") ? "" : "|replaced|replace|replaces|succeeded|succeed|succeeds|took over from|takes over from|take over from"})\b(?!\s+(?:an?|each|every|any)\b)`,
  "i",
);

// "…co-chaired by HEE and a local trust chief executive": whoever it is chaired or led by.
const agentNamed = /\b(?:co-)?(?:chaired|led|headed|run)\s+by\b/i;

const emptyTerms = new Set<string | null>();

const honorifics = "Cllr|Councillor|Dr|Sir|Dame|Lord|Lady|Baroness|Mr|Mrs|Ms|Miss|Prof|Professor";
const honorificName = new RegExp(String.raw`\b(?:${honorifics})\.? [A-Z][\p{Ll}’'-]+`, "u");
/** Two capitalised words in a row, the first no title of address. */
const namePairs = new RegExp(
  String.raw`\b(?!(?:${honorifics})\b)([A-Z][\p{Ll}’'-]+) ([A-Z][\p{Ll}’'-]+)\b`,
  "gu",
);

function namesPerson(
  context: ScoringContext,
  text: string,
  asked: Set<string | null> = emptyTerms,
): boolean {
  // "…vanguards in Northumbria, Salford, Morecambe Bay, Somerset and Farnham" lists places: a
  // list of names split by commas, like one split by semicolons, names nobody.
  const listed = outsideNameLists(text);
  const names = ablated("comma-name-lists") ? listed : listed.replace(nameLists, " ");
  // "Cllr Anne Brierley", "Dr Marsh": a title of address before a capitalised word names a person,
  // and is no part of the name ("Cllr", capitalised only first in its sentence, reads as no name).
  if (!ablated("honorifics") && honorificName.test(names)) return true;
  const pairs = ablated("honorifics") ? /\b([A-Z][\p{Ll}’'-]+) ([A-Z][\p{Ll}’'-]+)\b/gu : namePairs;
  for (const match of names.matchAll(pairs)) {
    const terms = [match[1], match[2]].map((word) => wordTerm((word ?? "").toLowerCase()));
    if (terms.every((term) => asked.has(term))) continue;
    if (terms.every((term) => term && isName(context, term))) return true;
  }
  return false;
}

/**
 * "Why did the Isle of Wight join Hampshire?" is not answered by a list of names ("Kent and
 * Medway; Sussex and East Surrey; …; Hampshire and the Isle of Wight; …"), which says which
 * areas there are and nothing of why, when, how many or who.
 */
export function onlyNamesListed(question: string, best: Candidate): boolean {
  if (ablated("list-answers-which") || !/^\W*(?:why|when|how|who)\b/i.test(question)) return false;
  const text = best.evidence.text;
  // "How did Staffordshire do?" is answered by a clause before a colon that says something of
  // the names ("Five were put in the lowest band: …"), more than an introduction does ("The
  // areas are: …"); it gives no reason, time or person.
  if (!ablated("list-clauses") && /^\W*how\b/i.test(question) && saysOfList(text)) return false;
  // Every item a name (each is taken out), whatever introduces them ("The areas are …").
  return text.split(";").length >= 3 && !outsideNameLists(text).includes(";");
}

/** Whether at least two words before a colon say something of the list after it. */
function saysOfList(text: string): boolean {
  const colon = text.indexOf(":");
  return colon > 0 && toTerms(text.slice(0, colon)).length >= 2;
}

/**
 * "What did NICE say about the milestones?" is not answered by "…a letter… from the bosses of the
 * CQC, Health Education England, NICE, NHS Improvement, Public Health England and NHS England":
 * a body the question names, found only as one of a list of names in the best sentence, is not
 * what that sentence is about. Not for questions asking which or who, whose answer is the list.
 */
export function namedOnlyInList(
  question: string,
  best: Candidate,
  context: ScoringContext,
): boolean {
  if (ablated("named-in-list") || /\b(?:which|who|whose|list)\b/i.test(question)) return false;
  // A question typed all in capitals names nothing by them.
  if (shouted(question)) return false;
  // Only a best sentence with a list of names can name the body only in it: read first, as the
  // question's names in lower case are looked up in the documents.
  const text = best.evidence.text;
  const list = nameList.exec(text)?.[0];
  if (!list) return false;
  const asked = capitalisedPhrases(question);
  for (const word of question.replace(/^\W*\S+/, " ").match(/\b[A-Z]{2,}s?\b/g) ?? [])
    asked.push(toTerms(word));
  // "what did nice say about the milestones?": a body typed in lower case that the documents
  // only ever write as a name ("NICE", "Public Health England") is named as surely, where what
  // it says is asked. "Was nice involved in the letter?" is answered by the list.
  if (!ablated("listed-in-lower-case") && viewAsked(question))
    asked.push(...lowerCaseNames(context, question));
  if (asked.length === 0) return false;
  const inList = toTerms(list);
  const outside = toTerms(text.replace(list, " "));
  // One word ("NICE") or a phrase in a row ("Public Health England").
  const has = (sequence: string[], phrase: string[]) =>
    phrase.length === 1 ? sequence.includes(phrase[0] as string) : containsPhrase(sequence, phrase);
  return asked.some((phrase) => has(inList, phrase) && !has(outside, phrase));
}

/**
 * What a body says or holds is asked: "what did nice say…", "what does the cqc think…", the
 * verbs a named source is asked by (`sourceAsked`), or its view or stance.
 */
function viewAsked(question: string): boolean {
  return sourceAsked.test(question) || /\b(?:views?|stance)\b/i.test(question);
}

/** The question's words in lower case that the documents write only as names, and its pairs written so. */
function lowerCaseNames(context: ScoringContext, question: string): string[][] {
  const words = question.split(/[^\p{L}'’-]+/u).filter((word) => /^\p{Ll}+$/u.test(word));
  const single = words
    .map((word) => wordTerm(word))
    .filter((term): term is string => !!term && isName(context, term));
  return [...single.map((term) => [term]), ...namesInLowerCase(context, question)];
}

// Three or more names in capitals, split by commas, the last after "and": "the CQC, Health
// Education England, NICE, … and NHS England"; or after a comma and "and" ("Frimley Health,
// South Yorkshire and Bassetlaw, and Dorset").
const listedName = String.raw`\b[A-Z][\p{L}’'-]*(?: (?:of |and )?[A-Z][\p{L}’'-]*)*`;
const nameList = new RegExp(
  String.raw`(?:${listedName}, ){2,}(?:${ablated("serial-commas") ? `${listedName},? ` : `(?:${listedName},? )?`}and (?:the )?[A-Z][\p{L}’'-]*(?: [A-Z][\p{L}’'-]*)*)`,
  "u",
);

const nameLists = new RegExp(nameList.source, "gu");

/**
 * The text without the items of a list of names ("Kent and Medway; Sussex and East Surrey;
 * Frimley Health; …"): places and bodies listed, not people.
 */
function outsideNameLists(text: string): string {
  if (ablated("name-lists")) return text;
  const items = text.split(";");
  if (items.length < 3) return text;
  // The first item may follow what introduces the list: "The areas are Northfield Valley; …".
  const [first = "", ...rest] = items;
  const opening = /^(.*\b\p{Ll}[\p{Ll}’'-]*\s+)(\p{Lu}.*)$/u.exec(first);
  const head = opening && isListedName(opening[2] ?? "") ? (opening[1] ?? "") : first;
  return [isListedName(head) ? "" : head, ...rest.filter((item) => !isListedName(item))].join(";");
}

/** An item of names alone: capitalised words, with "and", "of" or "the" between them. */
function isListedName(item: string): boolean {
  const words = item.split(/[\s,.]+/).filter(Boolean);
  return words.every((word) => /^\p{Lu}/u.test(word) || /^(and|of|the|upon|on)$/.test(word));
}

/**
 * "What did the Care Quality Commission say about the dashboard?" names a body by a phrase in
 * capitals: a document that never has those words together (in its title, headings or text)
 * does not answer it, however many of them it uses apart ("care", "quality", "commission").
 */
export function phraseAbsent(context: ScoringContext, question: string, best: Candidate): boolean {
  if (ablated("capital-phrases")) return false;
  const phrases = namedPhrases(context, question);
  if (phrases.length === 0) return false;
  const initialisms = typedInCapitals(question);
  // "The Your Future Care consultation": a name with a small word in capitals is a title, kept
  // word for word; "Future… health and care" apart is not it.
  const titles = ablated("title-runs") ? new Set<string>() : titleRuns(question);
  const isTitle = (phrase: string[]) => titles.has(phrase.join(" "));
  const doc = best.passage.doc;
  return !(
    namesAll(
      context,
      doc,
      phrases.filter((phrase) => !isTitle(phrase)),
      !ablated("names-reordered"),
      initialisms,
    ) && namesAll(context, doc, phrases.filter(isTitle), false, initialisms)
  );
}

/** The terms of each capitalised run with a small word in capitals inside it ("Your Future Care"). */
function titleRuns(question: string): Set<string> {
  const runs = new Set<string>();
  for (const match of withoutSentenceOpeners(question).matchAll(capitalisedRun))
    if (/\b(?:Your|Our|My|Their|The|A|An|Of|And|For|On|In|To)\s+[A-Z]/.test(match[0]))
      runs.add(toTerms(match[0]).join(" "));
  return runs;
}

/** The question's words of two to four capitals ("GP", "NHS"), which may stand for a name's words. */
function typedInCapitals(question: string): ReadonlySet<string> | undefined {
  if (ablated("initials-in-names")) return undefined;
  return new Set([...question.matchAll(/\b[A-Z]{2,4}\b/g)].map((match) => match[0].toLowerCase()));
}

/**
 * "What is the better care fund?" asks what that one thing is: a document that never puts its
 * words together ("…care is delivered in a joined up way… the backdrop of sustained financial
 * pressure…") does not say, however many of them it uses apart. Only for a name of two to four
 * words the documents all use; a word none of them uses is for the decision to weigh.
 */
export function definedPhraseAbsent(
  context: ScoringContext,
  question: string,
  kinds: ReadonlySet<QuestionKind>,
  best: Candidate,
): boolean {
  if (ablated("defined-phrases") || !kinds.has("definition") || endsInValueWord(question))
    return false;
  const named = definedName(question);
  if (!named) return false;
  const terms = toTerms(named);
  if (terms.length < 2 || terms.length > 4) return false;
  if (!terms.every((term) => context.index.documentFrequency.has(term))) return false;
  return !namesAll(context, best.passage.doc, [terms]);
}

/**
 * "How many people answered the Sussex Healthwatch survey?" is not answered by "In a survey… by
 * Healthwatch Central West London…": the best sentence (with the one after) names another body of
 * the same kind, sharing a word of the name asked about but not the rest, and nowhere names the
 * one asked about ("the Autumn Budget" for "the Spring Budget", "NHS Improvement" for "NHS
 * England").
 */
export function otherNameNamed(
  context: ScoringContext,
  question: string,
  best: Candidate,
): boolean {
  // "Which bodies would the Property Board bring together?" is answered by other bodies' names.
  if (ablated("other-name") || /\bwhich\b|\b(?:bodies|organi[sz]ations|names)\b/i.test(question))
    return false;
  // Typed in lower case, "healthwatch surrey" is still the name the documents write in capitals.
  const asked = ablated("other-name-lower-case")
    ? capitalisedPhrases(question).filter((phrase) =>
        phrase.every((term) => context.index.documentFrequency.has(term)),
      )
    : namedPhrases(context, question);
  if (asked.length === 0) return false;
  const next = best.passage.sentences[best.sentence + 1] ?? "";
  // "It would bring together NHS Property Services…" is about the "NHS Property Board" of the
  // sentence it points back to, which the answer quotes.
  const before = ablated("pointed-back-names") ? "" : quotedBefore(best);
  const text = `${before} ${best.evidence.text} ${next}`;
  // Under a title or heading that names it, "At first it was called…" is about the name asked.
  const about = ablated("named-in-title")
    ? ""
    : `${best.passage.doc.title} ${best.passage.section ?? ""}`;
  const sequence = toTerms(`${text} ${about}`);
  const terms = new Set(sequence);
  const initialisms = typedInCapitals(question);
  const named = [...text.matchAll(capitalisedRun)]
    .map((match) => toTerms(match[0]))
    .filter((name) => name.length >= 2);
  return asked.some(
    (phrase) =>
      !phrase.every((term) => terms.has(term)) &&
      !(initialisms && containsByInitials(sequence, phrase, initialisms)) &&
      named.some(
        (name) =>
          name.some((term) => phrase.includes(term)) &&
          name.some((term) => !phrase.includes(term)) &&
          !phrase.every((term) => name.includes(term)),
      ),
  );
}

/**
 * Words in capitals in a row, perhaps with "and", "of", "the"… between: "Care Quality Commission",
 * "Next Steps on the NHS Five Year Forward View". Not "in": "a GP in Ashby Vale", "Healthwatch in
 * Surrey" say where, and name no "GP Ashby Vale" a document must hold.
 */
const capitalisedRun = ablated("in-places")
  ? /\b[A-Z][\p{L}’'-]*(?:\s+(?:(?:and|of|for|the|on|in)\s+)?[A-Z][\p{L}’'-]*)+/gu
  : /\b[A-Z][\p{L}’'-]*(?:\s+(?:(?:and|of|for|the|on)\s+)?[A-Z][\p{L}’'-]*)+/gu;

/** The phrases a question names: in capitals, or in lower case as the documents write a name. */
function namedPhrases(context: ScoringContext, question: string): string[][] {
  // A word no document uses, or a misspelt one, is for the decision to weigh, not a name to find.
  return [...capitalisedPhrases(question), ...namesInLowerCase(context, question)].filter(
    (phrase) => phrase.every((term) => context.index.documentFrequency.has(term)),
  );
}

/** Whether a document has every phrase, in its title, publisher, headings or text. */
function namesAll(
  context: ScoringContext,
  doc: DocumentMeta,
  phrases: string[][],
  reordered = false,
  initialisms?: ReadonlySet<string>,
): boolean {
  const range = documentRange(context.passages, doc);
  // Where passages are not numbered in a row, nothing is declined by mistake.
  if (!range) return true;
  const sequences = documentSequences(context, doc, range);
  return phrases.every(
    (phrase) =>
      spelledOut(context, phrase).some((form) =>
        sequences.some((sequence) =>
          // A long name is remembered in its order; only a short one is turned about.
          reordered && form.length <= 3
            ? containsClose(sequence, form)
            : containsPhrase(sequence, form),
        ),
      ) ||
      (initialisms !== undefined &&
        sequences.some((sequence) => containsByInitials(sequence, phrase, initialisms))),
  );
}

/**
 * "GP Forward View" is the page's "General Practice Forward View": a word typed in capitals
 * (`initialisms`) stands for as many words of the document's name as it has letters, each
 * starting with one, in order; the rest of the phrase as typed.
 */
function containsByInitials(
  sequence: string[],
  phrase: string[],
  initialisms: ReadonlySet<string>,
): boolean {
  const initials = phrase.map((term) => initialisms.has(term));
  if (!initials.some(Boolean) || initials.every(Boolean)) return false;
  const length = phrase.reduce((sum, term, i) => sum + (initials[i] ? term.length : 1), 0);
  for (let start = 0; start + length <= sequence.length; start++) {
    let at = start;
    const found = phrase.every((term, i) => {
      if (!initials[i]) return sequence[at++] === term;
      for (const letter of term) if (!sequence[at++]?.startsWith(letter)) return false;
      return true;
    });
    if (found) return true;
  }
  return false;
}

/**
 * A phrase as typed and with its acronyms written out: "the Northshire and Vale STP" is the
 * page's "Northshire and Vale sustainability and transformation plan".
 */
function spelledOut(context: ScoringContext, phrase: string[]): string[][] {
  if (ablated("phrase-acronyms")) return [phrase];
  const expansions = phrase.map((term) => matcherForTyped(context.matchers, term)?.expansion);
  if (!expansions.some(Boolean)) return [phrase];
  return [phrase, phrase.flatMap((term, i) => expansions[i] ?? [term])];
}

/**
 * A document's words in order: its title, publisher, headings and passages. Kept per document
 * (a reload makes new ones), as questions naming a body by its capitals recur.
 */
function documentSequences(
  context: ScoringContext,
  doc: DocumentMeta,
  [first, last]: [number, number],
): string[][] {
  let sequences = sequenceCache.get(doc);
  if (sequences) return sequences;
  sequences = [toTerms(doc.title), toTerms(doc.publisher ?? "")];
  for (let id = first; id <= last; id++) {
    const passage = context.passages[id];
    if (!passage) continue;
    if (passage.section) sequences.push(toTerms(passage.section));
    sequences.push(toTerms(passage.text));
  }
  sequenceCache.set(doc, sequences);
  return sequences;
}

const sequenceCache = new WeakMap<DocumentMeta, string[][]>();

/** Runs of two or more capitalised words after each sentence's first word, as terms. */
function capitalisedPhrases(question: string): string[][] {
  const phrases: string[][] = [];
  if (shouted(question)) return phrases;
  const rest = withoutSentenceOpeners(question);
  for (const match of rest.matchAll(capitalisedRun)) {
    // "pre-Easter" and "non-NHS" are words in lower case, whatever their second part.
    const inWord = !ablated("hyphen-prefixes") && rest[(match.index ?? 0) - 1] === "-";
    const run = inWord ? match[0].replace(/^\S+/, "") : match[0];
    // "the NAO's February 2017 report": English writes a month or a day with a capital; it is no
    // part of the name beside it. Not "May", which ends names too ("Theresa May").
    const pieces = ablated("month-runs") ? [run] : run.split(monthOrDay);
    for (const piece of pieces) {
      const terms = toTerms(piece);
      if (terms.length >= 2) phrases.push(terms);
    }
  }
  return phrases;
}

const monthOrDay = new RegExp(
  String.raw`\b(?:${monthNames.replace("|may|", "|")}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  "i",
);

/**
 * Two words typed in lower case that the documents write together only as a name: "who paid the
 * transformation fund cash out" names the Sustainability and Transformation Fund, as surely as
 * if typed in capitals.
 */
function namesInLowerCase(context: ScoringContext, question: string): string[][] {
  if (ablated("lower-case-phrases")) return [];
  const words = question.split(/[^\p{L}'’-]+/u).filter(Boolean);
  const phrases: string[][] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i] ?? "", words[i + 1] ?? ""];
    if (/\p{Lu}/u.test(a + b)) continue;
    const pair = [wordTerm(a.toLowerCase()), wordTerm(b.toLowerCase())];
    if (!pair.every((term): term is string => !!term)) continue;
    const asked = [a, b].map((word) => word.toLowerCase().replace(/['’]s$|s$/, ""));
    if (writtenAsName(context, pair as string[], asked)) phrases.push(pair as string[]);
  }
  return phrases;
}

/**
 * Whether the documents write two terms side by side, and every time in capitals ("Spring
 * Budget", "Transformation Fund"), in (up to) the first 20 passages with the rarer one.
 */
function writtenAsName(
  context: ScoringContext,
  terms: string[],
  [a = "", b = ""]: string[],
): boolean {
  return remembered(pairCache, context.index, `${a} ${b}`, () =>
    readAsNamePair(context, terms, [a, b]),
  );
}

function readAsNamePair(
  context: ScoringContext,
  terms: string[],
  [a = "", b = ""]: string[],
): boolean {
  const df = (term: string) => context.index.documentFrequency.get(term) ?? 0;
  const [first = "", second = ""] = terms;
  const rarer = df(first) <= df(second) ? first : second;
  let capitalised = 0;
  let lower = 0;
  for (const id of passagesWithTerm(context.index, rarer, 20)) {
    for (const sentence of context.passages[id]?.sentences ?? []) {
      const words = sentence.split(/[^\p{L}'’-]+/u).filter(Boolean);
      for (let i = 0; i + 1 < words.length; i++) {
        const [x, y] = [words[i] ?? "", words[i + 1] ?? ""];
        if (sameWord(x, a) && sameWord(y, b)) {
          if (/^\p{Lu}/u.test(x) && /^\p{Lu}/u.test(y)) capitalised++;
          else lower++;
        }
      }
    }
  }
  // Mostly: pages are not always consistent ("sustainability and transformation fund" once).
  return capitalised > 0 && lower * 4 <= capitalised;
}

const pairCache = new WeakMap<object, Map<string, boolean>>();

/** The same word, but for case and a plural "s": "Funds" is "fund"; "funding" is not. */
function sameWord(word: string, asked: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, "");
  return lower === asked || lower === `${asked}s`;
}

/** A question typed all in capitals says nothing by them: "WHO CHAIRS THE BOARD?" */
function shouted(question: string): boolean {
  return !/\p{Ll}/u.test(question);
}

/**
 * "How much BCF money did Leeds get?": a name the question gives, typed with a capital inside
 * the sentence, that no document uses in any form. The documents cannot say what they never
 * name, however well the rest of the question is covered; people paraphrase what they ask, but
 * not where or who. Not in a question typed all in capitals, or with most of its words
 * capitalised ("What Is The Budget For Leeds?"), where a capital says nothing.
 */
export function unknownNameAsked(
  context: ScoringContext,
  question: string,
  concepts: Concept[],
): boolean {
  if (ablated("unknown-names")) return false;
  const unknown = new Set(
    concepts
      .filter((concept) => !concept.known && !concept.framing && !concept.fuzzy)
      .flatMap((concept) => concept.alternatives[0] ?? []),
  );
  if (unknown.size === 0 || shouted(question)) return false;
  const rest = withoutSentenceOpeners(question);
  const words = rest.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const titled = words.filter((word) => /^\p{Lu}/u.test(word));
  if (titled.length * 2 > words.length) return false;
  return titled.some((word) => {
    // "Leeds", "Wakefield": a capital then lower case, a name's spelling (an acronym may be
    // typed for words the documents spell out).
    if (!/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(word)) return false;
    const typed = word.replace(/['’]s$/, "").toLowerCase();
    const term = wordTerm(typed);
    return term !== null && unknown.has(term) && !slipOfDocumentWords(context, typed);
  });
}

/**
 * Whether a word the documents never use is one of theirs with a letter dropped ("Heath" for
 * "Health") or two of theirs run together ("Wightwithin"): a slip, not a name they lack.
 */
function slipOfDocumentWords(context: ScoringContext, word: string): boolean {
  const used = (part: string) => {
    const term = wordTerm(part);
    return term !== null && context.index.documentFrequency.has(term);
  };
  for (let at = 0; at <= word.length; at++)
    for (const letter of "abcdefghijklmnopqrstuvwxyz")
      if (used(word.slice(0, at) + letter + word.slice(at))) return true;
  const usedOrSmall = (part: string) => used(part) || stopWords.has(part);
  for (let at = 2; at <= word.length - 2; at++)
    if (usedOrSmall(word.slice(0, at)) && usedOrSmall(word.slice(at))) return true;
  return false;
}
