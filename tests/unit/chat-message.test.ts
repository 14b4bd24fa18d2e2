// chat-message.ts: however a chat message wraps its question (manners, flags, words about asking,
// what the asker says of themselves, a question passed on), the question is what is looked up.
import { describe, expect, it } from "vitest";
import {
  focusQuestion,
  followUpAsAsked,
  readMessage,
  withoutOpeners,
} from "../../src/question/chat-message.ts";

describe("focusQuestion", () => {
  it.each([
    [
      "I'm a practice manager in Kent and keep hearing about STPs – what are they actually for?",
      "what are they actually for? STPs",
    ],
    ["our ward sister asked me - is the money ring fenced", "is the money ring fenced"],
    ["hi, im a gp in leeds. who leads our stp?", "who leads our stp?"],
    ["is it ring-fenced? and who decides?", "is it ring-fenced?"],
    [
      "the King's Fund piece – what did it say about leadership?",
      "what did it say about leadership? the King's Fund piece",
    ],
    ["how many stps are there", "how many stps are there"],
    // A comma after a greeting or the asker's role parts them as a full stop would.
    ["hi im a gp in leeds, whats an stp?", "whats an stp?"],
    ["as a councillor, who signs off our plan?", "who signs off our plan?"],
    // So is who is asking, said as "<role> here".
    ["Trust finance lead here. What is the fund for?", "What is the fund for?"],
    [
      "Retired GP here, keen to help. How can physicians get involved?",
      "How can physicians get involved?",
    ],
    [
      "I'm a practice manager in Kent and keep hearing about STPs, what are they for?",
      "what are they for? STPs",
    ],
    // Manners are not context: a greeting to the room, a wish, a sign-off with a name.
    [
      "Hi all, hope you're well. I've been reading about the plans for our area and I'm confused. What was the deadline? Thanks, Sarah",
      "What was the deadline? plans for our area",
    ],
    ["Morning! Quick one from me - who leads each STP? Cheers, Dave", "who leads each STP?"],
    ["Dear all, who leads each STP? Kind regards, Dr Jones", "who leads each STP?"],
    // Not after anything else: there the words before the comma are part of the question.
    ["In Leeds, who leads the STP?", "In Leeds, who leads the STP?"],
    ["my mum is deaf, how can she call 111?", "my mum is deaf, how can she call 111?"],
    // A later part opens as a message does: "Can you tell me" there is asking to be told too.
    ["I'm new to the area. Can you tell me what the three gaps are", "what are the three gaps"],
    ["Hi all, hope you're well. Does anyone know who leads each STP?", "who leads each STP?"],
    // Asking for help is not what is asked: the question is what follows.
    ["Can anyone help? what is an stp", "what is an stp"],
    ["Hope someone can help - how big is the fund?", "how big is the fund?"],
    ["how big is the fund? help!", "how big is the fund?"],
    ["can you help me with my plan?", "can you help me with my plan?"],
    // What the asker is doing or feeling, its "I'm" left out: not what the documents must cover.
    ["how big is the fund? asking for a colleague", "how big is the fund?"],
    ["who leads each STP? trying to work out who to contact", "who leads each STP?"],
    ["Writing a briefing for our board - how big is the fund", "how big is the fund"],
    ["what is the fund? worried about our deficit tbh", "what is the fund?"],
    // So is what they mean to do with the answer.
    [
      "What rating bands did the dashboard use? wanted to compare with CQC ratings",
      "What rating bands did the dashboard use?",
    ],
    ["who leads each STP? need to send them our plan", "who leads each STP?"],
    // What the worry is about is the topic of a question without one of its own.
    [
      "worried about the transformation fund - is it ring-fenced?",
      "is it ring-fenced? transformation fund",
    ],
    // An aside in brackets at the end is a part of its own.
    ["how big is the fund? (asking for a friend)", "how big is the fund?"],
    ["how big is the fund (the STF)?", "how big is the fund? the STF"],
    // So is what the asker feels or is doing, said before the question and a comma.
    ["Just curious, is Cornwall an STP area?", "is Cornwall an STP area?"],
    ["asking for a colleague, how big is the fund?", "how big is the fund?"],
    // A source named first is no feeling or doing: it stays with the question, as where to look.
    [
      "According to the RCP, who is best placed to scrutinise STPs?",
      "who is best placed to scrutinise STPs? According to the RCP",
    ],
    // An apology ending a part is not one ending the message.
    ["Can anyone help? sorry if this is a silly question but what is an stp", "what is an stp"],
    // Welcoming any answer is manners.
    ["who leads each STP? Any help appreciated", "who leads each STP?"],
    ["how big is the fund? Happy to be pointed elsewhere.", "how big is the fund?"],
    // With no question part, what the asker is doing is still not what is asked.
    ["Writing a briefing for our board - total size of the fund", "total size of the fund"],
    // A question passed on is the question; who passed it on is not asked about.
    ["my manager asked me how big the fund is", "how big is the fund"],
    ["I've been asked when the plans were due", "when the plans were due"],
    ["our chair wants to know - who leads each STP?", "who leads each STP?"],
    ["people keep asking me whether the fund is ring-fenced", "is the fund ring-fenced"],
    ["who asked us to write the plans?", "who asked us to write the plans?"],
    [
      "did people want to know more about the plans?",
      "did people want to know more about the plans?",
    ],
    // A statement about the thing asked stays part of the question.
    [
      "did the STF go on transformation? NAO seems negative",
      "did the STF go on transformation? NAO seems negative",
    ],
  ])("reads %j as the question %j", (message, question) => {
    expect(focusQuestion(message)).toBe(question);
  });
});

describe("withoutOpeners", () => {
  it.each([
    ["ok so what is the point of STPs?", "what is the point of STPs?"],
    // Asked to be told, a question put in a statement's order is read in a question's.
    [
      "Hello! Could you tell me how many STP footprints there are?",
      "how many STP footprints are there?",
    ],
    ["quick one - what is the board asked to endorse?", "what is the board asked to endorse?"],
    ["do you know if the fund is ring-fenced", "is the fund ring-fenced"],
    ["I'd like to know what an STP is", "what is an STP"],
    // Words that only say a question is coming; "can I ask for…" is a question.
    ["dumb question but what is an stp", "what is an stp"],
    ["I have a question: who leads each STP?", "who leads each STP?"],
    ["one more thing - is the fund ring-fenced", "is the fund ring-fenced"],
    ["can I ask how big the fund is", "how big is the fund"],
    ["can I ask for a GP appointment via the STP?", "can I ask for a GP appointment via the STP?"],
    ["is one enough?", "is one enough?"],
    ["anyone know what the three gaps are", "what are the three gaps"],
    // A remark on the question itself; one on the thing asked stays.
    ["I know this is a big topic but what is an stp", "what is an stp"],
    ["this might be a daft one but who leads each STP?", "who leads each STP?"],
    ["it's a lot of money but is it enough?", "it's a lot of money but is it enough?"],
    // Whom it is put to, before or after: the bot by name, anyone who knows.
    ["@stp-bot who leads each STP?", "who leads each STP?"],
    ["What are STPs, anyone?", "What are STPs?"],
    ["has the public been consulted? does anyone know?", "has the public been consulted?"],
    ["how can I contact you?", "how can I contact you?"],
    // An apology or a doubt before the question is the asker's manners.
    ["sorry to bother you, but who leads each STP?", "who leads each STP?"],
    ["excuse me, who leads each stp", "who leads each stp"],
    [
      "is the nhs sorry about the plans but not the cuts?",
      "is the nhs sorry about the plans but not the cuts?",
    ],
    // Words of talk around the question; "wait times" are a topic.
    ["wait, what is an stp", "what is an stp"],
    ["what is an stp tho?", "what is an stp?"],
    ["wait times in A&E?", "wait times in A&E?"],
    ["actually, what is an stp", "what is an stp"],
    ["Out of interest, who leads each STP?", "who leads each STP?"],
    ["actually what is an stp", "actually what is an stp"],
    // Taking in the last answer before asking again.
    ["ok cool, where do they come from?", "where do they come from?"],
    ["Perfect, thank you! Who leads each STP?", "Who leads each STP?"],
    ["makes sense. what is an stp", "what is an stp"],
    [
      "Great Western Hospitals - what is their deficit?",
      "Great Western Hospitals - what is their deficit?",
    ],
    // Asking to be told, politely.
    ["I was hoping you could tell me how big the fund is", "how big is the fund"],
    ["keen to understand what the three gaps are", "what are the three gaps"],
    ["would love to know who leads each STP", "who leads each STP"],
    ["help me understand what an STP is", "what is an STP"],
    // An apology or a condition on the asking after the question.
    ["what is an stp (sorry if obvious)", "what is an stp"],
    ["what is an stp?? lol sorry", "what is an stp?"],
    ["just curious what is an stp", "what is an stp"],
    ["who leads each STP, if you don't mind me asking?", "who leads each STP?"],
    ["Quick check: who leads each STP?", "who leads each STP?"],
    ["tl;dr what is an stp", "what is an stp"],
    // Asking for a short answer after the question: how to answer, not what.
    ["why should I care about STPs? pls keep it short", "why should I care about STPs?"],
    ["what is an ICS in a nutshell", "what is an ICS"],
    ["what's the BCF, in one line please", "what's the BCF"],
    ["did they draw a line under it", "did they draw a line under it"],
    // Who to answer as if for: how to answer, not what.
    [
      "Explain accountable care systems to me like I'm new to the NHS",
      "Explain accountable care systems to me",
    ],
    ["what is an stp, explain like im five", "what is an stp, explain"],
    ["is it like a new trust", "is it like a new trust"],
    // "A vs B, what's the difference?" asks for the difference between them.
    [
      "ICS vs ICB, what's the actual difference??",
      "what's the actual difference between ICS and ICB?",
    ],
    [
      "whats the difference between an ICS vs an ICB",
      "whats the difference between an ICS and an ICB",
    ],
    // Welcoming an answer, or signing off, after the question.
    ["what is an stp pls and thank you", "what is an stp"],
    ["what is an stp — thanks", "what is an stp"],
    // Putting a question right: what was meant is the question.
    ["sorry, I meant who leads each STP", "who leads each STP"],
    // Please after the question, as before it.
    ["What are STPs, please?", "What are STPs?"],
    // Someone else named, or a "cc" whose mention markup was taken out: who should see it.
    ["who leads each STP? cc @sam", "who leads each STP?"],
    ["what is an stp @priya.shah", "what is an stp"],
    ["how big is the fund cc", "how big is the fund"],
    // How a message is flagged is not what it asks; a question about urgency still is.
    ["URGENT: who leads each STP?", "who leads each STP?"],
    ["who leads each STP? urgent", "who leads each STP?"],
    ["how big is the fund asap", "how big is the fund"],
    ["is the need for social care urgent", "is the need for social care urgent"],
    // The bot greeted by name: "bot" is whom the message is to, not what it asks about.
    ["hey bot, what is an stp", "what is an stp"],
    ["Hi stp-bot - who leads each STP?", "who leads each STP?"],
    // "So far", "these days": the latest the documents say, which every question asks for.
    [
      "how many physicians have sent feedback to the RCP so far?",
      "how many physicians have sent feedback to the RCP?",
    ],
    ["who chairs the Devon ICB these days, please", "who chairs the Devon ICB"],
    // How a matter stands is what the documents say of it: the matter alone is asked.
    ["what's new with district nursing?", "district nursing?"],
    ["any update on the Naylor review?", "the Naylor review?"],
    ["where are we with the 111 GP booking", "the 111 GP booking"],
    ["status of the Devon beds", "the Devon beds"],
  ])("reads %j as %j", (message, question) => {
    expect(withoutOpeners(message)).toBe(question);
  });

  it.each([
    "right to appeal?",
    "so-called reforms?",
    "well-being budgets?",
    "tell me",
    "ok",
    "is the plan up to date?",
    "how far have the plans got?",
  ])("leaves %j as it is: the words are the question, or all there is", (message) => {
    expect(withoutOpeners(message)).toBe(message);
  });
});

describe("readMessage", () => {
  it("reads a question running on after a dash, with no question mark of its own, as one question", () => {
    // The second part says again what the first asks: its words say where to look, and the
    // message is read whole.
    expect(
      readMessage("what's the legal vehicle for holding BCF money - which bit of legislation?"),
    ).toEqual({
      question: "what's the legal vehicle for holding BCF money - which bit of legislation?",
      others: [],
      context: [],
    });
    // A first part that asks nothing is still what the question is about.
    expect(readMessage("that trust board paper - which bit of legislation?").context).toEqual([
      "that trust board paper",
    ]);
  });

  it("keeps the questions after the first, which are not answered", () => {
    expect(readMessage("is it ring-fenced? and who decides?")).toEqual({
      question: "is it ring-fenced?",
      others: ["who decides?"],
      context: [],
    });
  });

  it("reads what a message says before a question with a topic of its own as context", () => {
    // Where the asker is coming from: still read, but not what the documents must cover.
    expect(readMessage("that trust board paper - what was the deficit in 2017/18?")).toEqual({
      question: "what was the deficit in 2017/18? that trust board paper",
      others: [],
      context: ["that trust board paper"],
    });
    // A question with no topic of its own is about what was said before it.
    expect(
      readMessage("the three gaps everyone keeps going on about - what are they").context,
    ).toEqual([]);
    // "Ones" stands for what was said, as "they" does.
    expect(readMessage("the appraisal lists areas in the South - which ones?")).toEqual({
      question: "which ones? the appraisal lists areas in the South",
      others: [],
      context: [],
    });
    // After the question, a remark stays part of it.
    expect(readMessage("did the STF go on transformation? NAO seems negative").context).toEqual([]);
  });

  it("reads a source named before the question (“According to the RCP, …”) as context", () => {
    expect(
      readMessage("According to the appraisal synopsis, has the public been involved?"),
    ).toEqual({
      question: "has the public been involved? According to the appraisal synopsis",
      others: [],
      context: ["According to the appraisal synopsis"],
    });
    expect(readMessage("as per the NAO, by when were the plans due?").context).toEqual([
      "as per the NAO",
    ]);
  });

  it("keeps what was said before a question asking its result or difference as the topic", () => {
    // The result is the vote's, the difference the two bodies': no topic of their own.
    expect(readMessage("the scrutiny vote on the closures - what was the result?")).toEqual({
      question: "what was the result? the scrutiny vote on the closures",
      others: [],
      context: [],
    });
    expect(readMessage("ICS vs ICB - what's the difference?").context).toEqual([]);
    // With its "of…", the result has a topic, and what was said before is context.
    expect(
      readMessage("that trust board paper - what was the result of the vote?").context,
    ).toEqual(["that trust board paper"]);
  });

  it("keeps what was said before a question that points back to it as the topic", () => {
    // "They" are the CCGs: the statement names what the question is about, not the asker's setting.
    expect(
      readMessage("i worked for a CCG - what happened to the staff when they closed?").context,
    ).toEqual([]);
    expect(readMessage("smallest footprint by population - which one was it?").context).toEqual([]);
  });

  it("reads what the asker's paper mentions as the topic that “it” points back to", () => {
    expect(
      readMessage("Our board paper mentions Spring Budget STP capital - how much was it?").question,
    ).toBe("how much was it? Spring Budget STP capital");
    expect(
      readMessage("my strategy refers to the estates review - when was it published?").question,
    ).toBe("when was it published? estates review");
  });

  it("reads a source before a question of what “they” hold to be so as context, not the topic", () => {
    // "They" are the King's Fund, whose view is asked: the page named is where to look.
    for (const question of [
      "the King's Fund thing - which vanguards did they reckon were doing best?",
      "the NAO report - what did they find about deficits?",
      "the RCP page - what do they believe about clinical input?",
    ])
      expect(readMessage(question).context).toHaveLength(1);
  });

  it("reads a second question pointing back to the first as more of the first", () => {
    // "They" are the government of the first question: what targets says what it asks.
    expect(
      readMessage("why was the review commissioned? what targets were they trying to hit?"),
    ).toEqual({
      question: "why was the review commissioned? what targets were they trying to hit?",
      others: [],
      context: [],
    });
    // "How big is it?" names nothing of its own: a second question, answered next.
    expect(readMessage("what is the BCF? how big is it?").others).toEqual(["how big is it?"]);
  });

  it("reads “our locality” as the place the asker named", () => {
    expect(
      readMessage("I'm on the PPG in Halton Cross - how many replies came from our locality?")
        .question,
    ).toBe("how many replies came from our locality? Halton Cross");
    // Where the asker works is not asked about unless the question points to it.
    expect(readMessage("I'm a GP in Leeds. How big is the fund?").question).toBe(
      "How big is the fund?",
    );
  });

  it("finds no others in a message with one question, whatever else it says", () => {
    expect(readMessage("hi, im a gp in leeds. who leads our stp?").others).toEqual([]);
  });
});

describe("followUpAsAsked", () => {
  it.each([
    ["do you know who leads them?", "who leads them?"],
    ["ok cool, where do they come from?", "where do they come from?"],
    ["WHERE DID THAT MONEY COME FROM", "where did that money come from"],
    ["hmm and the government?", "and the government?"],
    ["and the original deadline, do you know?", "and the original deadline?"],
    ["thanks", "thanks"],
    // Two questions, or a note of a source, are read whole, so the second is offered.
    ["is it ring-fenced? and who decides?", "is it ring-fenced? and who decides?"],
    [
      "the King's Fund piece – what did it say about leadership?",
      "the King's Fund piece – what did it say about leadership?",
    ],
  ])("reads the follow-up %j as %j", (message, question) => {
    expect(followUpAsAsked(message)).toBe(question);
  });
});
