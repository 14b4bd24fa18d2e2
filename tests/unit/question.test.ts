// question.ts: a question is cleaned and checked before lookup, and its wording says what answer it wants.
import { describe, expect, it } from "vitest";
import {
  checkQuestion,
  classifyQuestion,
  cleanQuestion,
  keywordValueWord,
  shownQuestion,
  withoutIdioms,
} from "../../src/question/question.ts";

describe("shownQuestion", () => {
  it("drops control characters and text-reversing marks, keeping letters, emoji and line breaks", () => {
    expect(shownQuestion("what is\u0000 an stp\u202e?")).toBe("what is  an stp?");
    expect(shownQuestion("who leads it? 👩‍⚕️\nما هي الخطة")).toBe("who leads it? 👩‍⚕️\nما هي الخطة");
  });
});

describe("checkQuestion", () => {
  it("accepts a question and returns it cleaned, with the kinds of answer it wants", () => {
    expect(checkQuestion("  <!channel> when is the deadline?", 2000)).toEqual({
      ok: true,
      text: "when is the deadline?",
      kinds: new Set(["date"]),
      others: [],
      context: [],
    });
  });

  it("reads what the asker is on as who is asking, not as what they ask about", () => {
    const checked = checkQuestion("I'm on a patient panel. How big is the fund?", 2000);
    expect(checked.ok && checked.text).toBe("How big is the fund?");
  });

  it("reads a question word typed without its apostrophe as the question word", () => {
    const checked = checkQuestion("whos the stp leader in somerset", 2000);
    expect(checked.ok && checked.text).toBe("who's the stp leader in somerset");
    expect(checked.ok && checked.kinds.has("person")).toBe(true);
  });

  it("rejects an empty or blank question, with an example of a good one", () => {
    const expected = {
      ok: false,
      problem: "empty",
      message: "Please type a question, for example: How many STP areas are there?",
    };
    expect(checkQuestion("", 2000)).toEqual(expected);
    expect(checkQuestion("   \n\t ", 2000)).toEqual(expected);
  });

  it("treats a question that is only a chat mention as empty", () => {
    expect(checkQuestion("<!channel>", 2000)).toMatchObject({ ok: false, problem: "empty" });
    expect(checkQuestion("@everyone", 2000)).toMatchObject({ ok: false, problem: "empty" });
    expect(checkQuestion("<@U123ABC> <!here>", 2000)).toMatchObject({
      ok: false,
      problem: "empty",
    });
  });

  it("rejects a question over the limit, saying how long it is and what the limit is", () => {
    expect(checkQuestion("x".repeat(2001), 2000)).toEqual({
      ok: false,
      problem: "too-long",
      message: "That question is 2,001 characters long; please ask in under 2,000.",
    });
  });

  it("accepts a question exactly at the limit", () => {
    expect(checkQuestion(`${"a ".repeat(999)}ok`, 2000).ok).toBe(true);
  });

  it("counts the raw length, before cleaning, against the limit", () => {
    expect(checkQuestion(`fund${" ".repeat(2000)}`, 2000)).toMatchObject({
      ok: false,
      problem: "too-long",
    });
  });

  it("rejects a question with no letters or digits, such as only emoji or punctuation", () => {
    const expected = {
      ok: false,
      problem: "no-words",
      message:
        "I couldn't find any words in that question. Please ask in words, for example: Who leads each STP?",
    };
    expect(checkQuestion("😀😀🎉", 2000)).toEqual(expected);
    expect(checkQuestion("?!?!", 2000)).toEqual(expected);
    expect(checkQuestion("(.*)+[", 2000)).toEqual(expected);
  });
});

describe("cleanQuestion", () => {
  it("turns control characters, NUL and invisible format characters into spaces", () => {
    expect(cleanQuestion("what\u0000is\u0007an\u001b[31m stp\u200b?")).toBe(
      "what is an [31m stp ?",
    );
  });

  it("reads chat spellings of little words as the words, in lower case only", () => {
    expect(cleanQuestion("what r the three gaps")).toBe("what are the three gaps");
    expect(cleanQuestion("what must trusts do b4 Easter, abt the plan")).toBe(
      "what must trusts do before Easter, about the plan",
    );
    expect(cleanQuestion("can areas apply w/o a plan or w/ one")).toBe(
      "can areas apply without a plan or with one",
    );
    expect(cleanQuestion("is Option R chosen for R&D")).toBe("is Option R chosen for R&D");
    // "Loads more", "tons of": lots, not a load.
    expect(cleanQuestion("they promised loads more GPs")).toBe("they promised lots more GPs");
    expect(cleanQuestion("what loads do the trucks carry")).toBe("what loads do the trucks carry");
    // A secretary of state's title cut short; "a sec" is a second.
    expect(cleanQuestion("did they send it to the health sec?")).toBe(
      "did they send it to the health secretary?",
    );
    expect(cleanQuestion("give me a sec")).toBe("give me a sec");
  });

  it("puts a stop before a question run on from words about the asker", () => {
    expect(cleanQuestion("I chair a patient group in Dorset Who leads each STP")).toBe(
      "I chair a patient group in Dorset. Who leads each STP",
    );
    // A question of its own, and a name that is no question word, stay as typed.
    expect(cleanQuestion("What Are STPs?")).toBe("What Are STPs?");
    expect(cleanQuestion("who leads the plan for Frimley Health")).toBe(
      "who leads the plan for Frimley Health",
    );
  });

  it("removes Slack and Discord mention markup", () => {
    expect(cleanQuestion("<@U123ABC> how many areas <#C999|general>")).toBe("how many areas");
    expect(cleanQuestion("<!channel> @everyone @here how many areas")).toBe("how many areas");
  });

  it.each([
    [":thinking_face: what is an stp :pray:", "what is an stp"],
    ["what is an stp <:thonk:112233445566778899>", "what is an stp"],
    ["what does this mean https://example.org/news?id=1", "what does this mean"],
    [
      "what does <https://example.org/report|the King's Fund report> say",
      "what does the King's Fund report say",
    ],
    ["*what* is an _STP_? `now`", "what is an STP? now"],
    ["> who leads each stp\nthat's my question", "who leads each stp that's my question"],
    // Emoji are tone, not words, wherever they stand.
    ["🙏 what is an stp", "what is an stp"],
    ["what 🤔 is an stp 🤷‍♀️", "what is an stp"],
    ["👋🏽 who leads each STP?", "who leads each STP?"],
    // A message wholly in quotation marks is the question; quotes inside it stay.
    ['"what is an stp?"', "what is an stp?"],
    ["‘who leads each STP’", "who leads each STP"],
    ["what does “footprint” mean?", "what does “footprint” mean?"],
    // A name signed on a line of its own at the end; a name on the next line may be the topic.
    ["how many stp areas are there?\n\nSam (practice manager)", "how many stp areas are there?"],
    ["who leads each STP\n- Dr Jones", "who leads each STP"],
    ["what is the deficit\nNorth Devon", "what is the deficit North Devon"],
  ])("takes the chat markup out of %j, keeping its words", (message, question) => {
    expect(cleanQuestion(message)).toBe(question);
  });

  it.each(["meet at 10:30: who leads", "a*b*c", "what is snake_case_name", "is it 5*3*2"])(
    "leaves %j alone: none of it is markup",
    (message) => {
      expect(cleanQuestion(message)).toBe(message);
    },
  );

  it("keeps an email address", () => {
    expect(cleanQuestion("is STP@rcplondon.ac.uk right")).toBe("is STP@rcplondon.ac.uk right");
  });

  it("removes replacement characters and lone surrogates left by bad encodings", () => {
    expect(cleanQuestion("\uFFFDfund\uD800")).toBe("fund");
  });

  it("gives a question word typed without its apostrophe its apostrophe back, keeping its case", () => {
    expect(cleanQuestion("whos in charge of it")).toBe("who's in charge of it");
    expect(cleanQuestion("WHATS AN STP")).toBe("WHAT'S AN STP");
  });

  it("collapses white space and trims", () => {
    expect(cleanQuestion("  how \n\n many\t areas  ")).toBe("how many areas");
  });
});

describe("withoutIdioms", () => {
  it.each([
    ["are stps just privatisation by the back door", "are stps just privatisation"],
    ["are stps a legal body in their own right?", "are stps a legal body?"],
    // Asking for plain words is how to answer, not what.
    ["what is an ICS in plain terms?", "what is an ICS?"],
    ["what is an stp in layman's terms", "what is an stp"],
    ["what is an stp? ELI5", "what is an stp?"],
    ["at the end of the day who pays", "who pays"],
    ["how many CCGs were in the red", "how many CCGs were in deficit"],
    ["is the trust back in the black?", "is the trust back in surplus?"],
    // A work coming out is its being published; what came out of a review is its result.
    ["when did Next Steps come out?", "when did Next Steps published?"],
    ["when was the planning guidance put out", "when was the planning guidance published"],
    ["what came out of the review", "what came out of the review"],
    // "Once Easter is over" is after Easter; "at once" is not.
    ["what happens once easter is over", "what happens after easter"],
    ["will all plans be approved at once", "will all plans be approved at once"],
    // Everyday English for getting and paying is read as the plain word.
    ["how much could they get their hands on", "how much could they get"],
    ["who forked out for the new hospital", "who pay for the new hospital"],
    ["did the scheme get the green light", "did the scheme get approval"],
    // Who is in charge is who is responsible.
    ["who was in charge of digital technology", "who was responsible for digital technology"],
    ["what will the leader be in charge of", "what will the leader be responsible for"],
    // Strings attached are conditions.
    ["what strings are attached to the bailout", "what conditions to the bailout"],
    [
      "is the money free or are there strings attached?",
      "is the money free or are there conditions?",
    ],
  ])("reads %j as %j", (question, plain) => {
    expect(withoutIdioms(question)).toBe(plain);
  });

  it("asks for a question when a message only asks for plain words", () => {
    for (const message of ["in simple terms", "hi there in simple terms", "ELI5"])
      expect(checkQuestion(message, 2000)).toMatchObject({ ok: false, problem: "small-talk" });
  });

  it("keeps a question that is nothing but an idiom, so it is still looked up as asked", () => {
    const checked = checkQuestion("by the back door", 2000);
    expect(checked.ok && checked.text).toBe("by the back door");
  });
});

describe("classifyQuestion", () => {
  it.each([
    ["how many stp areas are there", "amount"],
    ["how much is the fund", "amount"],
    ["what is the budget", "amount"],
    ["what proportion of respondents were happy", "amount"],
    ["what share of people had heard of it", "amount"],
    ["when were plans resubmitted", "date"],
    ["whats the deadline for plans", "date"],
    ["how long ago was the fund announced", "date"],
    ["how long did the consultation run", "duration"],
    ["how many weeks was it open for comments", "duration"],
    ["how often will the dashboard be updated", "frequency"],
    ["who leads each stp", "person"],
    ["which organisations are involved", "person"],
    ["where are the vanguards", "place"],
    ["which areas have vanguards", "place"],
    ["which vanguards are doing well", "names"],
    ["which pacs vanguards are most advanced", "names"],
    ["what are the three gaps", "list"],
    ["can you list the nine must-dos", "list"],
    ["the 3 big headings the plans cover - what are they", "list"],
    ["what did the report say were the five biggest risks", "list"],
    ["whats the biggest stp area", "amount"],
    ["which trust has the lowest deficit", "amount"],
    ["has the number of nurses gone up or down", "change"],
    ["by how much did the deficit fall", "change"],
    ["did admissions slow down compared to the rest of the county", "change"],
    ["why should physicians get involved", "reason"],
    ["what is the purpose of the fund", "reason"],
    ["whats the point of a single application process", "reason"],
    ["what's an LWAB for?", "reason"],
    ["what does the stp leader have to do", "duty"],
    ["what is the role of hm treasury", "duty"],
    ["who is responsible for the plans", "duty"],
    ["what does stp stand for", "definition"],
    ["wat does 5yfv mean", "definition"],
    ["define ccg", "definition"],
    ["what is an stp", "definition"],
    ["what does health education england do?", "definition"],
    ["how did district nurse numbers change?", "change"],
    ["explain the control total", "definition"],
    ["pls explain what a PSF is", "definition"],
    ["stroke consultation closing date", "date"],
    ["did it change the length of stay in ashby vale", "duration"],
    ["how far do people have to travel at night", "amount"],
    ["date the NHS Long Term Plan came out", "date"],
    ["deadline for STP submissions", "date"],
    ["STP footprints number", "amount"],
    ["HASU cost?", "amount"],
    ["how has the deficit changed since 2015", "change"],
    ["what do health scrutiny committees actually do", "definition"],
    ["is the iow one of the 44 areas", "yes-no"],
    ["does the plan cover social care", "yes-no"],
  ])("reads %j as asking for %s", (question, kind) => {
    expect(classifyQuestion(question)).toContain(kind);
  });

  it("reads words in quotation marks as a name, asking nothing themselves", () => {
    // "the point of" inside the quotes asks no reason; the question asks what the phrase means.
    const kinds = classifyQuestion("what does 'paper-free at the point of care' actually mean?");
    expect([...kinds]).toEqual(["definition"]);
    // An apostrophe is no quotation mark: "the King's Fund's" quotes nothing.
    expect(
      classifyQuestion("what is the King's Fund's view on the point of STPs?").has("reason"),
    ).toBe(true);
  });

  it("reads “how far” as asking a distance, not how far along something has got", () => {
    expect(classifyQuestion("how far have the plans got").has("amount")).toBe(false);
    expect(classifyQuestion("how far ahead did next steps look").has("amount")).toBe(false);
  });

  it("reads “who” or “whose” after a noun as saying which ones, asking for nobody", () => {
    expect(classifyQuestion("what happens to areas whose plans lack ambition").has("person")).toBe(
      false,
    );
    expect(
      classifyQuestion("what happens to patients who cannot get an appointment").has("person"),
    ).toBe(false);
    expect(classifyQuestion("who leads the plan").has("person")).toBe(true);
    expect(classifyQuestion("do you know who runs it").has("person")).toBe(true);
    expect(classifyQuestion("what is the name of the person who leads it").has("person")).toBe(
      true,
    );
  });

  it("reads “what does X do?” as asking what X is only when X is all it asks about", () => {
    expect(classifyQuestion("what does the stp leader have to do").has("definition")).toBe(false);
    expect(classifyQuestion("what do I do if my plan is late").has("definition")).toBe(false);
    expect(classifyQuestion("what did hee do in 2016").has("definition")).toBe(false);
    expect(classifyQuestion("explain why the stroke unit is moving").has("definition")).toBe(false);
  });

  it("reads the last word of a question typed as a search as what it asks for, and only there", () => {
    expect(keywordValueWord("stroke consultation closing date")).toBe("date");
  });

  it("reads “where are we with…?” as asking how a matter stands, not for a place", () => {
    expect(classifyQuestion("where are we with the GP booking?").has("place")).toBe(false);
    expect(classifyQuestion("where are the winter beds?").has("place")).toBe(true);
    expect(keywordValueWord("what is the report's reference number")).toBeUndefined();
    expect(keywordValueWord("is there a phone number")).toBeUndefined();
    expect(keywordValueWord("explain the control total")).toBeUndefined();
  });

  it("reads a question as asking for more than one kind when it does", () => {
    expect([...classifyQuestion("when and how much")].sort()).toEqual(["amount", "date"]);
  });

  it("reads how often as a frequency, not a figure", () => {
    expect(classifyQuestion("how often does the board meet").has("amount")).toBe(false);
  });

  it("reads how long as a stretch of time, not any figure", () => {
    expect(classifyQuestion("how long did the consultation run").has("amount")).toBe(false);
    expect(classifyQuestion("how many weeks was it open").has("amount")).toBe(false);
  });

  it("reads 'the three …' as asking for a list only where the question asks what they are", () => {
    expect(classifyQuestion("how do stps relate to the five year forward view").has("list")).toBe(
      false,
    );
    expect(classifyQuestion("what are the two big challenges").has("list")).toBe(false);
    expect(classifyQuestion("is the fund one of the three sources").has("list")).toBe(false);
  });

  it("reads a sum of money naming a thing in a yes-or-no question as no amount asked", () => {
    expect(classifyQuestion("did the £1.8bn fund pay for transformation").has("amount")).toBe(
      false,
    );
    expect(classifyQuestion("what is the £1.8bn fund for").has("amount")).toBe(true);
    expect(classifyQuestion("is the fund worth £2bn").has("amount")).toBe(true);
    // Not before another kind of word: the money itself is asked about.
    expect(classifyQuestion("is the £1.8bn actually for deficits").has("amount")).toBe(true);
  });

  it("reads 'which' before a plural noun as asking for names, and not otherwise", () => {
    expect(classifyQuestion("which is the biggest area").has("names")).toBe(false);
    expect(classifyQuestion("the fund, which was announced in march").has("names")).toBe(false);
    expect(classifyQuestion("which business plan was chosen").has("names")).toBe(false);
  });

  it("reads a noun naming a date or a reason as asking for one only where no question word asks for something else", () => {
    expect(classifyQuestion("what is the deadline").has("date")).toBe(true);
    expect(classifyQuestion("whats the point of stps").has("reason")).toBe(true);
    const who = classifyQuestion("who was the letter about the easter deadline sent to");
    expect([...who]).toEqual(["person"]);
    expect(classifyQuestion("how much is due from april").has("date")).toBe(false);
    // A quantity is still asked for by its noun: a figure is usually there.
    expect(classifyQuestion("why did the number of areas shrink").has("amount")).toBe(true);
  });

  it("reads 'when' after another question word as a clause, not a question about a date", () => {
    const clause = [
      "how were nhs finances looking when the stps were drawn up",
      "what happens when a trust misses its target",
      "what does the rcp want members to think about when looking at their local plan",
    ];
    for (const question of clause) expect(classifyQuestion(question).has("date")).toBe(false);
    const asked = [
      "when was it published",
      "do you know when the plans are due",
      "what's the fund for, and when does it start",
      "the consultation - when does it close",
      "can you tell me when it closes",
    ];
    for (const question of asked) expect(classifyQuestion(question).has("date")).toBe(true);
  });

  it("reads 'when' before a verb's -ing as a clause of when something is done, not a date asked", () => {
    expect(classifyQuestion("first job for local areas when setting up an STP?").has("date")).toBe(
      false,
    );
    expect(classifyQuestion("what should we check when reviewing the plan").has("date")).toBe(
      false,
    );
    // A noun ending so is no such verb: "when spring comes" may still ask a date.
    expect(classifyQuestion("the funding – when spring comes, is it due?").has("date")).toBe(true);
  });

  it("reads a clause of when said before the question as setting it, not asking a date", () => {
    const asked = classifyQuestion(
      "when local areas need money from the centre, who do they have to go to?",
    );
    expect(asked.has("date")).toBe(false);
    expect(asked.has("person")).toBe(true);
    // "When did…", "when was…" ask it, whatever follows.
    expect(classifyQuestion("when was the plan published, and who wrote it?").has("date")).toBe(
      true,
    );
  });

  it("reads “when it comes to” as “as for”, not a date asked", () => {
    expect(classifyQuestion("first job for local areas when it comes to STPs?").has("date")).toBe(
      false,
    );
  });

  it("reads how far something is so, after “on” or “about”, as no amount asked", () => {
    for (const question of [
      "What's the college's stance on how much clinicians should be involved in STPs?",
      "what did it say about how much the public had been involved in the plans?",
    ])
      expect(classifyQuestion(question).has("amount")).toBe(false);
    // Money, or a figure spent, is still an amount.
    for (const question of [
      "what did they say about how much the scheme cost",
      "what did the NAO say about how much had been allocated",
      "how much has the public been involved",
    ])
      expect(classifyQuestion(question).has("amount")).toBe(true);
  });

  it("reads a question with no clue as other", () => {
    expect(classifyQuestion("transformation fund")).toEqual(new Set(["other"]));
  });

  it("ignores case", () => {
    expect(classifyQuestion("HOW MANY AREAS")).toEqual(classifyQuestion("how many areas"));
  });
});
