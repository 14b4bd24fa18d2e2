// Words → index terms, the same way for questions and passages, so people's wording meets the documents'.

import { stemmer } from "stemmer";
import { ablated } from "../ablation.ts";
import { setBounded } from "../bounded-map.ts";
import { americanise } from "./spelling.ts";
import {
  irregularForms,
  numberUnits,
  numberWords,
  ordinalSuffixes,
  particles,
  prefixes,
  shorthand,
  timeUnits,
} from "./word-lists.ts";

/** A word as written (lower-cased, folded) and the term it is indexed under. */
export interface Token {
  /** Lower case, accents folded, thousands separators removed: "300000", "organisation". */
  word: string;
  /** What is indexed and matched: stemmed, American spelling, digits for number words. */
  term: string;
  /** True for digits and number words, which questions of amount and date look for. */
  numeric: boolean;
  /**
   * The token's number among those made on this thread (0, 1, 2…), below `tokenCount()`:
   * counting a corpus's terms finds tokens by it in an array instead of hashing them.
   */
  id: number;
}

/** How many tokens this thread has made. */
export function tokenCount(): number {
  return tokensMade;
}

let tokensMade = 0;

function newToken(word: string, term: string, numeric: boolean): Token {
  return { word, term, numeric, id: tokensMade++ };
}

/**
 * Splits text into tokens, dropping stop words.
 * @example tokenize("How big is the £1.8bn fund?") // terms: big, 1.8, billion, fund
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousNumeric = false;
  const take = (read: ReadWord) => {
    const unit = previousNumeric ? unitTokens.get(read.word) : undefined;
    previousNumeric = read.numeric;
    if (unit) tokens.push(unit);
    else if (read.token) tokens.push(read.token);
  };
  for (const match of wordMatches(text)) {
    const read = readMatch(match);
    if (Array.isArray(read)) for (const each of read) take(each);
    else take(read);
  }
  return tokens;
}

/**
 * What one match of the word pattern reads as, remembered: the same few thousand words recur
 * in every passage, and a large corpus is read millions of words at a time.
 */
function readMatch(match: string): ReadWord | ReadWord[] {
  let read = matchCache.get(match);
  if (read === undefined) {
    const words = splitMatch(match);
    read = typeof words === "string" ? readWord(words) : words.map(readWord);
    setBounded(matchCache, match, read, maxCachedWords, "all");
  }
  return read;
}

const matchCache = new Map<string, ReadWord | ReadWord[]>();

/** A word as read: its token, or null for a stop word. */
interface ReadWord {
  word: string;
  numeric: boolean;
  token: Token | null;
}

/** A word read once and remembered, so each word has one token. Tokens are shared: don't change them. */
function readWord(raw: string): ReadWord {
  let read = wordCache.get(raw);
  if (read === undefined) {
    const word = numberWords.get(raw) ?? shorthand.get(raw) ?? raw;
    const numeric = isDigit(word.charCodeAt(0));
    // An initialism ("a&e") is no English word to stem: "a&e" is not "a&" plus an ending.
    const term = numeric || word.includes("&") ? word : stem(americanise(baseForm(word)));
    read = { word, numeric, token: stopWords.has(word) ? null : newToken(word, term, numeric) };
    setBounded(wordCache, raw, read, maxCachedWords, "all");
  }
  return read;
}

const wordCache = new Map<string, ReadWord>();
const maxCachedWords = 500_000;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The term one lower-case word is indexed under, or null for a stop word or a word that splits
 * (hyphens, digits): the same reading as `tokenize`, without remembering the word, for reading
 * a word list (WordNet's) that questions and passages may never use.
 */
export function wordTerm(word: string): string | null {
  if (!/^\p{L}+$/u.test(word)) return null;
  const split = splitMatch(word);
  if (typeof split !== "string") return null;
  const read = numberWords.get(split) ?? shorthand.get(split) ?? split;
  if (stopWords.has(read)) return null;
  return stem(americanise(baseForm(read)));
}

/** Whether `word` is read as another word's irregular form ("found" as "find"). */
export function isIrregularForm(word: string): boolean {
  return baseForm(word) !== word;
}

/**
 * A word's base where the stemmer cannot find it: "spent" is "spend", and with a prefix the same
 * verb, "underspent" is "underspend", "overpaid" "overpay", "misled" "mislead", "rewritten"
 * "rewrite". Read the same way in questions and documents, a prefixed word that only looks like
 * one ("resent", read as "resend") is still found where it is written.
 */
function baseForm(word: string): string {
  const base = irregularForms.get(word);
  if (base !== undefined || ablated("prefixed-forms")) return base ?? word;
  const prefix = verbPrefix.exec(word)?.[0];
  const rest = prefix ? irregularForms.get(word.slice(prefix.length)) : undefined;
  return prefix && rest ? prefix + rest : word;
}

// Prefixes that make a verb of a verb, with at least three letters of verb after them.
const verbPrefix = /^(?:under|over|out|mis|fore|with|up|re)(?=[a-z]{3})/;

/**
 * The stemmer's term for a word. The Porter stemmer takes the "s" off "focus", "status",
 * "surplus" and "consensus" as if they were plurals ("focu", "surplu"), while "focuses",
 * "focused" and "surpluses" keep it ("focus", "surplus"), so a word and its own forms never met:
 * the editors' synonym "focus" for "achieve" did not find "the guidance focuses on…". A word
 * ending in "-us" (not the adjectives' "-ous", stemmed as before) is its own term.
 */
function stem(word: string): string {
  if (word.length >= 4 && /[^o]us$/.test(word) && !ablated("us-endings")) return word;
  return stemmer(word);
}

/** The terms of a text, in order, stop words dropped. */
export function toTerms(text: string): string[] {
  return tokenize(text).map((token) => token.term);
}

/** Lower-cases, folds accents and splits into words and numbers ("1.8bn" → "1.8", "bn"). */
export function splitWords(text: string): string[] {
  return wordMatches(text).flatMap(splitMatch);
}

/** A text's matches of the word pattern, lower-cased and folded, after any address words. */
function wordMatches(text: string): string[] {
  const { folded: lower, ascii } = fold(text);
  const folded = spellShortYears(squareMetres(lower));
  const matches = folded.match(ascii ? asciiWordPattern : wordPattern) ?? [];
  const addresses = addressWords(folded);
  return addresses.length ? [...addresses, ...matches] : matches;
}

/**
 * "400 m2", "400 m²" and "400 sq m" are square metres, not "400 million" as "m" after a figure
 * reads elsewhere ("£400m"): an estates paper's floor area must not answer "how much money".
 * Read as the words, so "how many square metres" finds them.
 */
function squareMetres(folded: string): string {
  if (ablated("square-metres") || !/m[23]|sq/.test(folded)) return folded;
  return folded
    .replace(/(\d)\s*(?:m2|sq\.?\s?m|sqm)\b/g, "$1 square metres")
    .replace(/(\d)\s*m3\b/g, "$1 cubic metres");
}

/**
 * "16/17" is the financial year 2016/17 as people shorten it: spelt "2016/17", so it meets the
 * documents' "2016-17". Only two-digit years one apart, and only with a slash ("16-17 year olds"
 * are ages) and no month after ("13/14 June" are days).
 */
export function spellShortYears(text: string): string {
  if (ablated("short-years") || !text.includes("/")) return text;
  return text.replace(shortYearSpan, (whole, first: string, next: string) =>
    (Number(first) + 1) % 100 === Number(next)
      ? `${Number(first) < 50 ? "20" : "19"}${first}/${next}`
      : whole,
  );
}

// Not two days of a month ("13/14 June"), a date ("12/05/2017") or a decimal.
const shortYearSpan =
  /(?<![\d.,/£$€])(\d\d)\/(\d\d)(?![\d/]|[.,]\d|\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi;

/** Lower case with accents folded; `ascii` when the text has nothing outside ASCII. */
function fold(text: string): { folded: string; ascii: boolean } {
  const lower = text.toLowerCase();
  // Plain ASCII (most text) has no accents to fold, and folding is the slow part.
  if (isAscii(lower)) return { folded: lower, ascii: true };
  const folded = lower
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’‘`]/g, "'");
  return { folded, ascii: false };
}

/** An address is asked for by what it is ("email address", "website") as well as by its parts. */
function addressWords(folded: string): string[] {
  const words: string[] = [];
  if (/\S@\S+\.\p{L}/u.test(folded)) words.push("email");
  if (/https?:\/\/|www\./.test(folded)) words.push("website");
  return words;
}

/** The words one match of `wordPattern` stands for. */
function splitMatch(match: string): string | string[] {
  let word = match;
  if (isDigit(word.charCodeAt(0))) {
    // "300,000" is one number; "1.8bn" is a number and a unit.
    const number = /^[\d.,]*\d/.exec(word)?.[0] ?? word;
    const rest = word.slice(number.length);
    // "1.8bn" is a number and a unit, "21st" a number; "5yfv" is a word of its own.
    const time = timeUnits.get(rest);
    if (rest && !numberUnits.has(rest) && !ordinalSuffixes.has(rest) && !time) return word;
    const digits = number.replace(/,(?=\d{3}(\D|$))/g, "");
    if (time) return [digits, time];
    return rest && numberUnits.has(rest) ? [digits, rest] : digits;
  }
  if (word.includes("'")) word = word.replace(/'s$/, "").replace(/'/g, "");
  // "partnership" should find "partners", "leadership" "leaders".
  if (word.length > 7 && word.includes("ship"))
    word = word.replace(/^(\p{L}{4,})ship(s?)$/u, "$1$2");
  if (!word.includes("-")) return word;
  // "co-ordinate" and "coordinate" should meet; "five-year" is two words.
  const parts = word.split("-");
  // "sign-off", "join-up" and "set-up" are single words too, and "shake-ups" one word, not
  // "shake" and a word "ups" that no document uses.
  const second = parts[1] ?? "";
  const joined =
    parts.length === 2 &&
    ((parts[0] && parts[0].length <= 3 && prefixes.has(parts[0])) ||
      particles.has(second) ||
      (!ablated("particle-plurals") && second.endsWith("s") && particles.has(second.slice(0, -1))));
  return joined ? parts.join("") : parts.filter((part) => part !== "");
}

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

// An initialism joined by "&" ("A&E", "R&D", "Q&A") is one word, not two letters.
const wordPattern =
  /\d[\d.,]*\d[\p{L}]*|\d[\p{L}]*|(?<![\p{L}&])[\p{L}]{1,3}&[\p{L}]{1,3}(?:'s)?(?![\p{L}&])|[\p{L}][\p{L}'-]*[\p{L}]|[\p{L}]/gu;
const asciiWordPattern =
  /\d[\d.,]*\d[a-z]*|\d[a-z]*|(?<![a-z&])[a-z]{1,3}&[a-z]{1,3}(?:'s)?(?![a-z&])|[a-z][a-z'-]*[a-z]|[a-z]/g;

/** The token of a unit that follows a number ("1.8 bn"); shared like every token. */
const unitTokens = new Map<string, Token>(
  [...numberUnits].map(([word, unit]) => [word, newToken(unit, unit, false)]),
);

// "Might" and "shall" are modal verbs as "could" and "must" are: "what might the vanguards turn
// into" is not about might. ("May" is a month too.)
const modalText = ablated("modals") ? "" : "might shall";

/**
 * Words that carry no meaning for retrieval: English function words, question words and the
 * filler people type ("pls", "wat"). They touch every passage, so dropping them also keeps
 * search fast on a large corpus.
 */
export const stopWords = new Set(
  `a about above actually again against all also am an and any are aren't as at be because
  been being below between both but by can cannot could couldn't did didn't do does doesn't
  doing don't down each either else etc ever few for from further get gets getting give
  go going got had hadn't has hasn't have haven't having he her here hers herself him himself his
  how however i if in into is isn't it it's its itself just know let let's like me mean means more
  most much must my myself no nor not now of off on once or other ought our ours ourselves
  out over own please pls plz same say says she should shouldn't so some such tell than thank thanks
  that that's the their theirs them themselves then there there's these they this those through
  thx to too u under up upon ur us very was wasn't we were weren't what what's whats wat wot
  when where whereas whether which while who whom whose why will with within without won't would
  wouldn't ye yes you your yours yourself yourselves anyone anything someone something many lot lots
  really okay ok hi hello hey dear happen happens happened exactly way ways thing things kind sort
  explain describe i'm i've i'd you're we're they're cos coz cuz abt btw fyi tbh imo yeah ya r according
  can't mustn't needn't shan't mightn't you'll they'll it'll that'll he's she's who's where's
  when's how's why's here's you've we've they've you'd they'd he'd ${modalText}`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => [word, word.replace(/'/g, "")]),
);

/** The framing words as written, read into terms below. */
const framingText = `big bigger biggest large larger small smaller size sized total overall amount number long short
  quick quicker quickly fast faster soon sooner early earlier late later new old good bad best worst better
  worse idea think thought opinion feel want wanted need needed use used using come came get got make made
  done happen mean meant meaning stand stands work works supposed actually basically roughly approximately
  around currently today still yet already simply plain english simple summary summarise overview main key
  important difference different differ compare link linked relation relationship role part point status
  stuff info information detail details example examples list exist exists type types look looking see said
  ask asked answer question questions help guys anybody everyone right wrong true false correct real
  definitely sure able possible gonna wanna lot bit little enough whole entire every per average typical
  typically usually normally generally always never often sometimes even less least first next previous
  final originally initially place places go goes went put set given give gave mention mentioned current
  nowadays anymore involved involve basic general specific particular various certain become became
  topic topics issue issues subject subjects aspect aspects include including included includes whats
  only ones`;

/**
 * Adverbs that say how the asker sees a thing, not what it is: "why did they go for Sidmouth
 * *instead*?", "what could the vanguards *eventually* become?", "where do the leads *mostly* come
 * from?". A document need not repeat them to answer (the second session's try, every word
 * WordNet has only as an adverb, cost the new pages an answer; these are the common ones).
 */
const adverbText = `instead eventually mostly mainly largely finally rather quite nearly almost especially
  particularly recently otherwise anyway meanwhile therefore though ever perhaps maybe probably
  possibly apparently obviously somehow somewhat`;

/**
 * Everyday words people use to frame a question ("how *big*", "*roughly*", "in *plain english*").
 * When the documents lack one, its absence says little about whether they answer the question,
 * unlike a missing topic word ("paracetamol"), so it counts for little in the coverage test.
 */
/**
 * Words asking how a matter stands ("any *update* on the Naylor review?", "the *latest* on Halton
 * Cross"): the answer is what the documents say of it, which need not use them.
 */
const statusText = ablated("status-words") ? "" : "update updates latest news";

/**
 * Words asking for someone's view ("the college's *stance* on…", "…? rcp *version* pls"): the
 * answer gives the view, which need not call itself one, as with "opinion" and "think" above.
 */
const viewText = ablated("view-words")
  ? ""
  : "stance stances verdict perspective viewpoint version";

/**
 * Verbs of holding a view, as "think" and "feel" above: "why does the RCP *reckon* physicians
 * should get involved?" is answered by what the RCP holds ("The RCP believes…"), which need not
 * say so. ("Believe" stays a topic: the documents write it, and ranking finds them by it.)
 */
const holdingText = ablated("holding-verbs") ? "" : "reckon reckons reckoned";

/** "Why should I *bother* getting involved?" asks why to get involved: the answer need not say so. */
const botherText = ablated("bother-framing") ? "" : "bother bothered bothering";

/**
 * "Did STPs become *proper* legal bodies?", "their own *proper* organisation": said as "real" is,
 * of how much the thing is what it is called, not of what it is.
 */
const intensifierText = ablated("proper-framing") ? "" : "proper";

const allFramingText = `${ablated("adverbs") ? framingText : `${framingText} ${adverbText}`} ${statusText} ${viewText} ${holdingText} ${botherText} ${intensifierText}`;
export const framingWords = new Set(toStems(allFramingText));

/**
 * Prepositions the stop words lack ("go *via* their STP", "the agenda *behind* STPs"). WordNet
 * has none, so one the documents never use was read as a topic they lack; the question reads
 * it as framing then. One the documents use is read as before.
 */
export const prepositions = new Set(
  toStems(
    "via behind beyond across along among amongst towards toward onto throughout despite beside besides amid unlike versus vs",
  ),
);

/** The framing words as written, to tell a misspelling of one ("actualy", "eventualy"). */
const framingSpellings = allFramingText.split(/\s+/).filter(Boolean);

/** Each word's term as a question's word is read: "said" is "say", as "said" in a question is. */
function toStems(words: string): string[] {
  return words
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => stem(americanise(baseForm(word))));
}

/**
 * True for a misspelt function word ("meny", "waht", "teh"): one letter changed, added, dropped
 * or two swapped. Such a word says nothing about the topic, so it must not count against it.
 */
export function isNearStopWord(word: string): boolean {
  if (word.length < 3) return false;
  // A longer word one letter away may be another word ("weather", "whether"); two swapped
  // letters are a typo ("bewteen").
  if (word.length > 6) {
    if (ablated("typos")) return false;
    for (const stop of stopWords) if (isTransposition(word, stop)) return true;
    // A key struck twice ("shouuld", "betwween") makes no other word either.
    for (let i = 1; i < word.length; i++)
      if (word[i] === word[i - 1] && stopWords.has(word.slice(0, i) + word.slice(i + 1)))
        return true;
    return false;
  }
  return withinOneEditOfAny(word, stopWords, 3);
}

/**
 * True for a word of seven letters or more one letter from a stop word ("accrding",
 * "withouth"). Such a word may be another word ("weather", "whether"): the caller asks the
 * dictionary first.
 */
export function isLongStopWordSlip(word: string): boolean {
  return word.length > 6 && withinOneEditOfAny(word, stopWords, 6);
}

/**
 * True for a misspelt framing word ("actualy", "basicly"): one letter changed, added, dropped
 * or two swapped in a word of five letters or more. Like a misspelt "what", it frames the
 * question rather than naming what it is about.
 */
export function isNearFramingWord(word: string): boolean {
  if (word.length < 5) return false;
  return withinOneEditOfAny(word, framingSpellings, 5);
}

/** True when `word` is one edit from any of `words` at least `minLength` letters long. */
function withinOneEditOfAny(word: string, words: Iterable<string>, minLength: number): boolean {
  for (const other of words) {
    if (other.length >= minLength && Math.abs(other.length - word.length) <= 1) {
      if (withinOneEdit(word, other)) return true;
    }
  }
  return false;
}

/** True when `b` is `a` with two neighbouring letters swapped ("plnaning" / "planning"). */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  return withinOneEdit(a, b);
}

/** True when `b` is `a` with one letter added, dropped or changed, or two neighbours swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    const [i, j] = diffs;
    return diffs.length === 2 && j === (i ?? 0) + 1 && a[i ?? 0] === b[j] && a[j] === b[i ?? 0];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
