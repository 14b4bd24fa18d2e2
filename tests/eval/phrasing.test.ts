// However a chat message opens ("ok so", "hi,", "can you tell me") or ends ("thanks!", "cheers :)"), the question gets the answer it gets on its own; with a typo, nearly as good a one.
import { beforeAll, describe, expect, it } from "vitest";
import type { Answer, Engine } from "../../src/index.ts";
import { loadEvalConversations, runConversations } from "./conversation-metrics.ts";
import { loadEvalSets, loadSetEngine } from "./sets.ts";
import { runTypos } from "./typo-metrics.ts";

const { sets } = loadEvalSets();
const asked = sets.filter((set) => set.name === "own" || set.name === "held-out");
let engine: Engine;
/** Each question's answer as asked on its own. */
const plainAnswers = new Map<string, Answer>();

beforeAll(async () => {
  // Both sets ask about the bundled content: one engine answers them.
  const [first] = asked;
  if (!first) throw new Error("the own and held-out question sets are missing from tests/eval/");
  engine = (await loadSetEngine(first)).engine;
  for (const set of asked)
    for (const { question } of set.questions) plainAnswers.set(question, engine.ask(question));
}, 60_000);

/** What people put before a question in chat, none of which says what they ask. */
const openers = [
  "so ",
  "ok so ",
  "hi, ",
  "Hello! ",
  "hey bot, ",
  "basically ",
  "quick question: ",
  "can you tell me ",
  "do you know ",
  "I'd like to know ",
  "please ",
  "pls ",
  "URGENT: ",
  "fyi ",
  "random question: ",
  "dumb question but ",
  "just a quick one - ",
  "@stp-bot ",
  "Can anyone help? ",
  "Hope someone can help - ",
  "wait, ",
  "seriously though, ",
  "yo ",
  "sorry to bother you, but ",
  "sorry if this is a silly question but ",
  "not sure this is the right place but ",
  "Just curious, ",
  "asking for a colleague, ",
  "actually, ",
  "Out of interest, ",
  "could you possibly tell me ",
  "keen to understand ",
  "Quick check: ",
  "tl;dr ",
];

/** How Slack, Discord and people who use them mark a message up. */
const markup: [string, (question: string) => string][] = [
  ["an emoji code before it", (question) => `:thinking_face: ${question}`],
  ["an emoji code after it", (question) => `${question} :pray:`],
  ["a Discord emoji after it", (question) => `${question} <:thonk:112233445566778899>`],
  ["a pasted link after it", (question) => `${question} https://example.org/news/stp-plans`],
  ["a Slack link after it", (question) => `${question} <https://example.org/news/stp-plans>`],
  ["bold", (question) => `*${question}*`],
  ["double-star bold", (question) => `**${question}**`],
  ["italics", (question) => `_${question}_`],
  ["a quote mark", (question) => `> ${question}`],
  ["an emoji before it", (question) => `🙏 ${question}`],
  ["an emoji inside it", (question) => question.replace(" ", " 🤔 ")],
  ["quotation marks around it", (question) => `"${question}"`],
];

/** What people put after it. */
const endings = [
  ...[" thanks", " thanks!", " cheers :)", " ta", " 🙏", " asap", " - urgent", " lol"],
  ...[", please", " cc @sam", " cc"],
  ...[" (sorry if obvious)", " lol sorry", ", if you don't mind me asking", " in simple terms"],
  ...[" pls and thank you", " — thanks"],
];

/** The questions of both sets whose answer changes when each is put as `put` puts it. */
function changedWhenPut(put: (question: string) => string): string[] {
  const changed: string[] = [];
  for (const [question, plain] of plainAnswers) {
    const other = engine.ask(put(question));
    if (other.answer !== plain.answer || other.answered !== plain.answered) changed.push(question);
  }
  return changed;
}

describe("a question put the way people put chat messages", () => {
  it.each(openers)("is answered after %j exactly as on its own", (opener) => {
    expect(changedWhenPut((question) => `${opener}${question}`)).toEqual([]);
  });

  it.each(markup)("is answered with %s exactly as on its own", (_, put) => {
    expect(changedWhenPut(put)).toEqual([]);
  });

  it.each([
    ["Hi all, hope you're well. ", " Thanks, Sarah"],
    ["Dear all, ", " Kind regards, Dr Jones"],
    ["Morning! Quick one from me - ", " Cheers, Dave"],
  ])("is answered between %j and %j, as in an email, exactly as on its own", (before, after) => {
    expect(changedWhenPut((question) => `${before}${question}${after}`)).toEqual([]);
  });

  // What the asker is doing, its "I'm" left out as chat leaves it out; before it, the question
  // ended in "?" (a message already in two parts, "…? the kings fund report mentions it", is
  // left as it is).
  it.each([
    "asking for a colleague",
    "trying to get my head round it",
    "writing a briefing for our board",
    "just wondering if it affects us",
    "Any help appreciated",
    "Any pointers welcome",
  ])("is answered before %j exactly as on its own", (remark) => {
    const put = (question: string) =>
      /[?!.]\s/.test(question) ? question : `${question.replace(/[?!.\s]*$/, "")}? ${remark}`;
    expect(changedWhenPut(put)).toEqual([]);
  });

  // Put to anyone who knows, or with an aside (a message already in two parts is left as it is).
  it.each([", anyone?", " - any ideas?", ", does anyone know?", " (asking for a friend)"])(
    "is answered before %j exactly as on its own",
    (ending) => {
      const put = (question: string) =>
        /[?!.]\s/.test(question) ? question : `${question}${ending}`;
      expect(changedWhenPut(put)).toEqual([]);
    },
  );

  it.each(endings)("is answered before %j exactly as on its own", (ending) => {
    expect(changedWhenPut((question) => `${question}${ending}`)).toEqual([]);
  });

  it("is answered typed all in capitals exactly as typed in lower case, answerable or not", () => {
    const questions = sets
      .filter((set) => ["own", "training", "held-out"].includes(set.name))
      .flatMap((set) => set.questions.map(({ question }) => question));
    const changed = questions.filter((question) => {
      const lower = engine.ask(question.toLowerCase());
      const shouted = engine.ask(question.toUpperCase());
      return lower.answered !== shouted.answered || lower.answer !== shouted.answer;
    });
    expect(changed).toEqual([]);
  });

  it("is answered in capitals, with curly apostrophes, a full stop or a doubled question mark, exactly as on its own", () => {
    expect(changedWhenPut((question) => question.toUpperCase())).toEqual([]);
    expect(changedWhenPut((question) => question.replace(/'/g, "’"))).toEqual([]);
    expect(changedWhenPut((question) => question.replace(/[?!.\s]*$/, "."))).toEqual([]);
    const doubled = (question: string) => (question.endsWith("?") ? `${question}?` : question);
    expect(changedWhenPut(doubled)).toEqual([]);
  });
});

describe("a question with a typo", () => {
  const onBundledContent = sets.filter((set) => ["own", "training", "held-out"].includes(set.name));
  const questions = onBundledContent.flatMap((set) => set.questions);

  // The seventeenth to twenty-fifth sessions' training questions (avoiding the answering
  // sentence's words, or in everyday ones) moved these: fewer are answered, typo or not (73.8% as
  // typed), and more of the unanswerable ones are nearby (79.0% declined as typed).
  it("is answered nearly as well with two letters swapped (hit@1 72.4% against 73.8% as typed)", () => {
    const typos = runTypos(engine, questions, "two letters swapped");
    expect(typos.hitAt1WithTypo).toBeGreaterThanOrEqual(0.71);
    expect(typos.correctDeclineRateWithTypo).toBeGreaterThanOrEqual(0.8);
  });

  it("is answered nearly as well with two letters of a short word swapped, 'fnud' for 'fund' (70.8% against 72.6%)", () => {
    const typos = runTypos(engine, questions, "two letters swapped, short word");
    expect(typos.hitAt1WithTypo).toBeGreaterThanOrEqual(0.7);
    expect(typos.correctDeclineRateWithTypo).toBeGreaterThanOrEqual(0.78);
  });

  // Without the question word put right, 69.7% and 52.6%: "wehn" no longer asks for a date, so
  // nothing declines an answer without one.
  it("is answered as well with two letters of the question word swapped, 'hwo many' (76.0% against 76.3%)", () => {
    const typos = runTypos(engine, questions, "two letters swapped, question word");
    expect(typos.hitAt1WithTypo).toBeGreaterThanOrEqual(0.75);
    expect(typos.correctDeclineRateWithTypo).toBeGreaterThanOrEqual(0.78);
  });

  // Without the space put back, 21.3%: "thetransformation" is no word the documents use.
  it("is answered with a space left out, 'thetransformation fund' (71.2% against 73.7%)", () => {
    const typos = runTypos(engine, questions, "a space dropped");
    expect(typos.hitAt1WithTypo).toBeGreaterThanOrEqual(0.7);
    expect(typos.correctDeclineRateWithTypo).toBeGreaterThanOrEqual(0.79);
  });

  // Without the space taken out, 24.5%: "transfo" and "rmation" are no words.
  it("is answered with a space put in, 'transfo rmation fund' (73.0% against 73.8%)", () => {
    const typos = runTypos(engine, questions, "a space added");
    expect(typos.hitAt1WithTypo).toBeGreaterThanOrEqual(0.72);
    expect(typos.correctDeclineRateWithTypo).toBeGreaterThanOrEqual(0.79);
  });

  // Without the capitals read as a headline's, 29.1%: every word was a name the answer must hold.
  it("is answered as well with a capital on every word, 'How Many Stp Areas Are There' (74.7% against 74.7%)", () => {
    const typos = runTypos(engine, questions, "every word capitalised");
    expect(typos.hitAt1WithTypo).toBeGreaterThanOrEqual(0.74);
    expect(typos.correctDeclineRateWithTypo).toBeGreaterThanOrEqual(0.79);
  });
});

describe("a follow-up put the way people put chat messages", () => {
  const conversations = loadEvalConversations();
  const asTyped = () => runConversations(engine, conversations);

  // An acknowledgement of the last answer comes before many a follow-up; chat wraps the rest as
  // it wraps a first question.
  const acknowledgements = ["ok cool, ", "thanks! ", "makes sense. ", "Perfect, thank you! "];
  const wrapped = ["do you know ", "just curious, ", "sorry, I meant ", "hmm "];
  const put: [string, (say: string) => string][] = [
    ...["ok ", "so ", "hi, ", "Hey! ", "👍 ", ...acknowledgements, ...wrapped].map(
      (opener): [string, (say: string) => string] => [
        `after ${JSON.stringify(opener)}`,
        (say) => `${opener}${say}`,
      ],
    ),
    ['before " btw"', (say) => `${say.replace(/[?!.\s]*$/, "")} btw`],
    ['before ", do you know?"', (say) => `${say.replace(/[?!.\s]*$/, "")}, do you know?`],
    ["typed all in capitals", (say) => say.toUpperCase()],
    [
      "with two letters of the word pointing back swapped ('tehm')",
      (say) =>
        say.replace(/\b(them|they|that|their)\b/i, (w) => `${w[0]}${w[2]}${w[1]}${w.slice(3)}`),
    ],
  ];
  it.each(put)(
    "%s, every follow-up of the eval's conversations is answered as typed",
    (_, wrap) => {
      const framed = conversations.map((conversation) => ({
        ...conversation,
        turns: conversation.turns.map((turn, i) =>
          i === 0 ? turn : { ...turn, say: wrap(turn.say) },
        ),
      }));
      expect(scores(runConversations(engine, framed))).toEqual(scores(asTyped()));
    },
  );
});

/** Each kind of turn's hits, for comparing two runs of the same conversations. */
function scores(report: ReturnType<typeof runConversations>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(report.byKind).map(([kind, score]) => [kind, score.hitAt1]),
  );
}
