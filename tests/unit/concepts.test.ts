// concepts.ts: what a question is about — acronyms with their expansions, synonyms, near spellings, framing words.
// Weights are still being tuned, so these tests compare them rather than pin their values.
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildMatchers,
  type GlossaryMatcher,
  parseGlossary,
} from "../../src/documents/glossary.ts";
import { splitSentences } from "../../src/documents/sentences.ts";
import { parseSynonyms, type Synonyms } from "../../src/documents/synonyms.ts";
import { buildSearchIndex, type SearchIndex } from "../../src/indexing/search-index.ts";
import { emptyLexicon, type Lexicon } from "../../src/lexicon/lexicon.ts";
import { toTerms } from "../../src/lexicon/terms.ts";
import {
  type Concept,
  conceptMatch,
  readConcepts,
  respelled,
  searchTerms,
} from "../../src/question/concepts.ts";
import type { DocumentMeta, Passage } from "../../src/types.ts";

const doc: DocumentMeta = {
  id: "test",
  title: "Test page",
  publisher: null,
  date: null,
  source: "009_0123456789abcdef.txt",
  url: null,
  file: "/docs/test.md",
};

const texts = [
  "A new Sustainability and Transformation Fund will hold £1.8 billion for providers in deficit.",
  "Most leaders come from clinical commissioning groups and NHS trusts.",
  "Physicians should get involved in their local plans.",
  "The plans cover 44 footprint areas across England.",
  "The plans were submitted in June and the plans were approved later.",
  "Local plans must show better integration with social care.",
  "Each doctor can give feedback to the local lead.",
  "So far no bus runs at night, and the hospital is 14 miles away.",
];

let index: SearchIndex;
let matchers: GlossaryMatcher[];
let synonyms: Synonyms;

beforeAll(() => {
  const passages: Passage[] = texts.map((text, id) => ({
    id,
    doc,
    section: null,
    line: id + 1,
    text,
    sentences: splitSentences(text),
    list: false,
    table: false,
    itemStarts: [0],
  }));
  matchers = buildMatchers(
    parseGlossary(
      "glossary.yml",
      "- term: CCG\n  expansion: clinical commissioning group\n  aliases: [CCGs]\n- term: XYZ\n  expansion: unheard of thing\n  aliases: []\n",
    ).entries,
  );
  synonyms = parseSynonyms(
    "synonyms.yml",
    "- [doctor, doctors, physician, physicians, clinician, clinicians]\n",
  ).synonyms;
  index = buildSearchIndex(passages, matchers);
});

const read = (question: string, lexicon: Lexicon = emptyLexicon, context: string[] = []) =>
  readConcepts(
    question,
    { index, matchers, synonyms, lexicon, expandInitials: () => null },
    context,
  );
const byWord = (concepts: Concept[], word: string) => concepts.find((c) => c.word === word);

describe("readConcepts", () => {
  it("reads an unknown short word as the initials of a phrase the documents use, but never an English one", () => {
    const lexicon: Lexicon = { related: new Map(), english: new Set(["fund", "year"]) };
    const guessing = (question: string) =>
      readConcepts(question, {
        index,
        matchers,
        synonyms,
        lexicon,
        expandInitials: (acronym) => ({ phrase: acronym, terms: ["guessed"], passages: 1 }),
      });
    expect(byWord(guessing("how big is the stf"), "stf")?.expansion).toEqual(["guessed"]);
    // WordNet has no prepositions: "per" is still no acronym.
    expect(byWord(guessing("how much per year"), "per")?.expansion ?? null).toBeNull();
  });

  it("reads one concept per distinct term, leaving out stop words", () => {
    expect(read("what is the fund and the fund").map((c) => c.word)).toEqual(["fund"]);
    expect(read("what is the")).toEqual([]);
  });

  it("reads an acronym with its expansion as a second way of saying it", () => {
    const ccg = byWord(read("what do ccgs do"), "ccgs");
    expect(ccg?.expansion).toEqual(toTerms("clinical commissioning group"));
    expect(ccg?.alternatives).toContainEqual(toTerms("clinical commissioning group"));
    expect(ccg?.known).toBe(true);
  });

  it("marks an acronym no document uses, in either form, as unknown", () => {
    expect(byWord(read("xyz"), "xyz")?.known).toBe(false);
  });

  it("adds a synonym as a way of saying the asker's word", () => {
    const doctors = byWord(read("how can doctors get involved"), "doctors");
    expect(doctors?.known).toBe(true);
    expect(doctors?.alternatives.flat()).toContain(toTerms("physicians")[0]);
  });

  it("finds the documents' spelling of a long misspelt word, and marks it fuzzy", () => {
    const typo = byWord(read("transfomation fund"), "transfomation");
    expect(typo).toMatchObject({ known: true, fuzzy: true });
    expect(typo?.alternatives[0]).toEqual(toTerms("transformation"));
  });

  it("reads a corrected spelling as the word itself, synonyms and all", () => {
    const doctors = byWord(read("how can doctors get involved"), "doctors");
    const typo = byWord(read("how can doctros get involved"), "doctros");
    expect(typo?.alternatives).toEqual(doctors?.alternatives);
    expect(typo?.alternatives.flat()).toContain(toTerms("physicians")[0]);
  });

  it("counts two swapped letters as one slip, and reads a plural's typo as its singular's", () => {
    expect(byWord(read("transfromation fund"), "transfromation")?.alternatives[0]).toEqual(
      toTerms("transformation"),
    );
    expect(byWord(read("footpirnts"), "footpirnts")?.alternatives[0]).toEqual(toTerms("footprint"));
    expect(byWord(read("how many leadres"), "leadres")).toMatchObject({ known: true, fuzzy: true });
    // A different word one letter away is not a slip for a stop word: "weather" is not "whether".
    expect(byWord(read("what is the weather"), "weather")).toBeDefined();
    expect(read("the link bewteen stps").map((c) => c.word)).toEqual(["link", "stps"]);
    // Without its "s" a word may be a shorter word's slip: "carers" is not a typo of "care".
    expect(byWord(read("parking for carers"), "carers")).toMatchObject({ known: false });
  });

  it("reads a misspelt framing word the documents use as framing, as spelt right", () => {
    const typo = byWord(read("is integration any bettter"), "bettter");
    expect(typo).toMatchObject({ known: true, fuzzy: true, framing: true });
    expect(typo?.weight).toBe(byWord(read("is integration any better"), "better")?.weight);
  });

  it("puts each misspelt word of a question right, as it was read", () => {
    const question = "Who leads the Transfomation Fund? transfomation";
    expect(respelled(question, read(question))).toBe(
      "Who leads the transformation Fund? transformation",
    );
    expect(respelled("zorb plans", read("zorb plans"))).toBe("zorb plans");
  });

  it("reads a short word with two letters swapped as the documents' word, unless it is English", () => {
    const english: Lexicon = { related: new Map(), english: new Set(["fund", "plan"]) };
    expect(byWord(read("how big is the fnud", english), "fnud")).toMatchObject({
      known: true,
      fuzzy: true,
      spelled: "fund",
      alternatives: [toTerms("fund")],
    });
    expect(byWord(read("who leads the palns", english), "palns")?.spelled).toBe("plans");
    // A long word's swap is put back when the documents use the word in any form.
    expect(byWord(read("who is apporving plans", english), "apporving")?.spelled).toBe("approving");
    // A word the dictionary knows, though no document uses it.
    const clear: Lexicon = { related: new Map(), english: new Set(["clear"]) };
    expect(byWord(read("is it celar", clear), "celar")?.spelled).toBe("clear");
    // A word the dictionary knows is meant as typed ("trail" is no slip for "trial").
    const knowsIt: Lexicon = { related: new Map(), english: new Set(["fnud"]) };
    expect(byWord(read("how big is the fnud", knowsIt), "fnud")?.spelled).toBeUndefined();
  });

  it("puts a letter back for the documents' word before swapping two for a word they never use", () => {
    // As "shaed" is the documents' "shared", not English's "shade": here "scoal" stands for the
    // English word a swap would make of "socal", and the documents say "social".
    const english: Lexicon = {
      related: new Map(),
      english: new Set(["scoal", "plan"]),
      dictionary: new Set(["social"]),
    };
    expect(byWord(read("integration with socal care", english), "socal")?.spelled).toBe("social");
  });

  it("reads a verb of two words by the phrase's synonyms, where the two words stand together", () => {
    // WordNet's "put forward" is "submit"; "put" alone is not.
    const lexicon: Lexicon = {
      related: new Map([["put_forward", [["submit", "synonym"]]]]),
      english: new Set(),
    };
    const put = (question: string) => byWord(read(question, lexicon), "put");
    expect(put("when were the plans put forward")?.alternatives).toContainEqual(["submit"]);
    expect(put("where were the plans put")?.alternatives ?? []).not.toContainEqual(["submit"]);
    expect(put("was it put to the board forward")?.alternatives ?? []).not.toContainEqual([
      "submit",
    ]);
  });

  it("puts a slip right to a word the documents use in another form", () => {
    // The documents say "integration"; "intgrated" is one letter from "integrated", which they
    // never write. (Only with a dictionary: without one, "carers" could be a slip for "cares".)
    const dictionary: Lexicon = {
      related: new Map(),
      english: new Set(["plan"]),
      dictionary: new Set(["integrated", "carers"]),
    };
    expect(byWord(read("is there more intgrated care", dictionary), "intgrated")).toMatchObject({
      known: true,
      fuzzy: true,
      spelled: "integrated",
    });
    // A form of a word the documents use is no slip ("integrating" is "integrate").
    expect(
      byWord(read("are they integrating care", dictionary), "integrating")?.spelled,
    ).toBeUndefined();
    // Nor is a word one slip from none of theirs.
    expect(byWord(read("is there more paracetamol", dictionary), "paracetamol")?.known).toBe(false);
    expect(byWord(read("is there more intgrated care"), "intgrated")?.known).toBe(false);
    // A word the dictionary has is meant as typed, though it is one slip from "cares" (the
    // documents say "care"); one it lacks is read as that slip.
    expect(byWord(read("is there parking for carers", dictionary), "carers")?.spelled).toBe(
      undefined,
    );
    const noCarers: Lexicon = { ...dictionary, dictionary: new Set(["integrated"]) };
    expect(byWord(read("is there parking for carers", noCarers), "carers")?.spelled).toBe("cares");
  });

  it("reads a long slip of one English word the documents never use as that word", () => {
    const english: Lexicon = {
      related: new Map(),
      english: new Set(["plan"]),
      dictionary: new Set(["timetable", "integrated"]),
    };
    expect(byWord(read("is the timtable tight", english), "timtable")?.spelled).toBe("timetable");
    // Of two English words it could be, neither.
    const two: Lexicon = { ...english, dictionary: new Set(["planning", "planting"]) };
    expect(byWord(read("is the planing done", two), "planing")?.spelled).toBeUndefined();
  });

  it("keeps a word the dictionary has as typed, though it is a slip away from the documents' word", () => {
    // The documents say "plans"; "plasn" is no word, but a dictionary word two letters from
    // theirs is meant as typed ("pays" is not a document's "PYAs").
    const plain: Lexicon = { related: new Map(), english: new Set(["plan"]) };
    expect(byWord(read("who leads the plasn", plain), "plasn")?.spelled).toBe("plans");
    const dictionary: Lexicon = { ...plain, dictionary: new Set(["plasn"]) };
    expect(byWord(read("who leads the plasn", dictionary), "plasn")?.spelled).toBeUndefined();
  });

  it("reads a short slip as a slip though the stemmer cuts it to a word", () => {
    // "laeds" is cut to "la", which a dictionary knows; "la" + "eds" is no form of it.
    const la: Lexicon = { related: new Map(), english: new Set(["la"]) };
    expect(byWord(read("who laeds the plans", la), "laeds")?.spelled).toBe("leads");
    // "plans" is "plan" + "s", a word as typed.
    const plan: Lexicon = { related: new Map(), english: new Set(["plan"]) };
    expect(byWord(read("who leads the plans", plan), "plans")?.spelled).toBeUndefined();
  });

  it("does not guess a spelling for a short unknown word", () => {
    expect(byWord(read("zorb plans"), "zorb")).toMatchObject({ known: false, fuzzy: false });
  });

  it("ignores a misspelt function word, which says nothing about the topic", () => {
    expect(read("how meny plans").map((c) => c.word)).toEqual(["plans"]);
  });

  it("reads a misspelt framing word as framing, not as a topic no document covers", () => {
    const actualy = byWord(read("did the plans actualy get approved"), "actualy");
    expect(actualy?.known).toBe(false);
    expect(actualy?.framing).toBe(true);
    expect(actualy?.weight).toBeLessThan(byWord(read("paracetamol"), "paracetamol")?.weight ?? 0);
    // Too short to tell from another word: "bog" is not "big".
    expect(byWord(read("the bog plans"), "bog")?.framing).toBe(false);
  });

  it("reads a word typed with a capital as a name, not through WordNet", () => {
    // WordNet's "wales" are planks, a kind of board; the asker's "Wales" is the country.
    const lexicon: Lexicon = {
      related: new Map([["wale", [["lead", "kind"]]]]),
      english: new Set(),
    };
    expect(byWord(read("how many plans are in Wales?", lexicon), "wales")?.known).toBe(false);
    expect(byWord(read("how many plans are in wales?", lexicon), "wales")?.known).toBe(true);
    // Typed all in capitals, a question says nothing by them.
    expect(byWord(read("HOW MANY PLANS ARE IN WALES?", lexicon), "wales")?.known).toBe(true);
  });

  it("reads the words either side of 'or' as one concept, shown by either", () => {
    const concepts = read("were the plans submitted or approved");
    const either = byWord(concepts, "submitted");
    expect(byWord(concepts, "approved")).toBeUndefined();
    expect(conceptMatch(either as Concept, new Set(toTerms("the plans were approved")))).toBe(1);
    expect(conceptMatch(either as Concept, new Set(toTerms("the plans were submitted")))).toBe(1);
  });

  it("keeps a short English word as typed, not as the documents' word a letter away", () => {
    // "in charge of", where the documents only say "change": no slip, a word of its own.
    const lexicon: Lexicon = { related: new Map(), english: new Set(toTerms("plants")) };
    expect(byWord(read("where are the plants", lexicon), "plants")?.spelled).toBeUndefined();
    expect(byWord(read("where are the plants"), "plants")?.spelled).toBe("plans");
  });

  it("reads an adverb of how the asker sees a thing as framing", () => {
    // "Why did they go for the other plan instead?": the answer need not say "instead".
    expect(byWord(read("which plans were approved instead"), "instead")?.framing).toBe(true);
    expect(byWord(read("which plans were mostly approved"), "mostly")?.framing).toBe(true);
  });

  it("reads a preposition the documents never use as framing, and one they use as before", () => {
    // "Do plans go via the leads?": WordNet has no prepositions, so "via" was a topic nobody covers.
    const via = byWord(read("do plans go via the local lead"), "via");
    expect(via).toMatchObject({ known: false, framing: true });
    // "…44 footprint areas across England": a preposition the documents use is read as before.
    expect(byWord(read("which areas across england"), "across")?.framing).toBe(false);
  });

  it("reads “call” giving a name as framing, and asking for one or counting calls as a topic", () => {
    // "Why weren't the bands called inadequate?": the answer uses the name, not "called".
    expect(byWord(read("why weren't the plans called inadequate"), "called")?.framing).toBe(true);
    expect(byWord(read("what the appraisal calls the carrot"), "calls")?.framing).toBe(true);
    // "…was called…" is the answer to "what was it called?"; "111 calls" are calls.
    expect(byWord(read("what was the fund called"), "called")?.framing).toBe(false);
    expect(byWord(read("how many 111 calls are answered"), "calls")?.framing).toBe(false);
  });

  it("reads a verb that only hedges the next (“tend to”, “seem to”) as framing", () => {
    expect(byWord(read("do the plans tend to save money"), "tend")?.framing).toBe(true);
    expect(byWord(read("did the plans seem to work"), "seem")?.framing).toBe(true);
  });

  it("reads “before” opening a clause as framing, and “before” a time as a topic", () => {
    // "…added before hospitals can shut beds?" says when, as "when" would.
    expect(byWord(read("what was added before the plans can be approved"), "before")?.framing).toBe(
      true,
    );
    expect(byWord(read("what was added before the june plans"), "before")?.framing).toBe(false);
  });

  it("reads a word asking how a matter stands as framing", () => {
    // "Any update on the plans?": the answer is what the documents say of them, not an "update".
    expect(byWord(read("any update on the plans"), "update")?.framing).toBe(true);
    expect(byWord(read("the latest on the plans"), "latest")?.framing).toBe(true);
  });

  it("reads “length of” as asking how long, not as a topic", () => {
    expect(byWord(read("what is the length of stay"), "length")?.framing).toBe(true);
  });

  it("reads the verb after “how long” (last, run, stay open) as framing; “run” elsewhere stays a topic", () => {
    expect(byWord(read("how long did the consultation last?"), "last")?.framing).toBe(true);
    expect(byWord(read("how long was the consultation open"), "open")?.framing).toBe(true);
    expect(byWord(read("how long do the plans run for"), "run")?.framing).toBe(true);
    expect(byWord(read("who will run the plans"), "run")?.framing).toBe(false);
  });

  it("reads how someone felt as framing when the question asks why: the reason is asked", () => {
    expect(byWord(read("why were Seaton people so angry?"), "angry")?.framing).toBe(true);
    expect(byWord(read("why are councillors upset about the plans"), "upset")?.framing).toBe(true);
    // Not asked why, the feeling is what is asked about.
    expect(byWord(read("were Seaton people angry?"), "angry")?.framing).toBe(false);
  });

  it("reads “end up” as framing: the answer says where things came out, not that they ended", () => {
    expect(byWord(read("which areas ended up in the bottom band?"), "ended")?.framing).toBe(true);
    expect(byWord(read("where is the money ending up"), "ending")?.framing).toBe(true);
    // Without "up", ending is what is asked about.
    expect(byWord(read("which areas ended in the bottom band?"), "ended")?.framing).toBe(false);
  });

  it("reads “landed in” as “ended up in”; landing a contract is what is asked about", () => {
    expect(byWord(read("which areas landed in the bottom band?"), "landed")?.framing).toBe(true);
    expect(byWord(read("which areas landed the contract?"), "landed")?.framing).toBe(false);
  });

  it("reads a word asking for someone's view (“stance”, “version”) as framing, as “opinion” is", () => {
    expect(byWord(read("what is the physicians' stance on local plans"), "stance")?.framing).toBe(
      true,
    );
  });

  it("reads “the title of” as the kind of answer asked, as “what was it called?” asks a name", () => {
    expect(byWord(read("what was the title of naylor's report"), "title")?.framing).toBe(true);
    // A title asked about, not for, stays a topic.
    expect(byWord(read("why was the title baffling"), "title")?.framing).toBe(false);
  });

  it("reads “reckon” as holding a view, framing as “think” is", () => {
    expect(
      byWord(read("why does the RCP reckon physicians should get involved"), "reckon")?.framing,
    ).toBe(true);
  });

  it("reads “proper” as “real” is read: how much a thing is what it is called, not what it is", () => {
    expect(byWord(read("did STPs become proper legal bodies"), "proper")?.framing).toBe(true);
  });

  it("reads “how far” as asking a distance, not “far” as a topic; “so far” stays a word", () => {
    expect(byWord(read("how far do people travel to the hospital"), "far")?.framing).toBe(true);
    expect(byWord(read("has the public been involved so far"), "far")?.framing).toBe(false);
  });

  it("reads 'before' or 'after' ending a question as an adverb (framing), not a topic", () => {
    expect(byWord(read("was the fund called something else before"), "before")?.framing).toBe(true);
    expect(byWord(read("what did trusts do before easter"), "before")?.framing).toBe(false);
  });

  it("marks a word no document uses as unknown", () => {
    expect(byWord(read("paracetamol dose"), "paracetamol")?.known).toBe(false);
  });

  it("marks an everyday framing word as framing and a topic word not", () => {
    const concepts = read("how big is the fund");
    expect(byWord(concepts, "big")?.framing).toBe(true);
    expect(byWord(concepts, "fund")?.framing).toBe(false);
    // An irregular form is read as its word is: "said" and "saying" are "say".
    expect(byWord(read("what are they saying about the fund"), "saying")?.framing).toBe(true);
  });

  it("reads the noun after 'what' or 'which' that names the kind of answer as framing", () => {
    // "On what date…" asks for a date: the answer says "in June", not "date".
    expect(byWord(read("on what date were the plans submitted"), "date")?.framing).toBe(true);
    expect(byWord(read("which doctor gives feedback"), "doctor")?.framing).toBe(false);
    // Anywhere else the same word is part of the topic.
    expect(byWord(read("was the submission date for the plans in june"), "date")?.framing).toBe(
      false,
    );
  });

  it("reads 'what is the target / reason…' as naming the kind of answer, as 'what date' does", () => {
    // "What's the target for suicides?" is answered by "a national fall of 10%…".
    expect(byWord(read("what's the target for the plans"), "target")?.framing).toBe(true);
    expect(byWord(read("what was the reason for the plans"), "reason")?.framing).toBe(true);
    expect(byWord(read("which aims do the plans share"), "aims")?.framing).toBe(true);
    expect(byWord(read("did the plans meet the target"), "target")?.framing).toBe(false);
  });

  it("reads a verb and its particle written as one word by the verb the documents use", () => {
    // "Was the fund held-up?", where they only say "hold": "heldup" is no word.
    const lexicon: Lexicon = {
      related: new Map(),
      english: new Set(),
      dictionary: new Set(["held", "bailout"]),
    };
    const held = byWord(read("was the fund held-up", lexicon), "heldup");
    expect(held?.known).toBe(true);
    expect(held?.alternatives).toContainEqual(["hold"]);
    // A slip ("baiout") is not a verb "bai" and "out".
    expect(byWord(read("was the fund baiout", lexicon), "baiout")?.known).toBe(false);
  });

  it("reads 'by the end of 2020' as saying when, not as a topic", () => {
    // "How many systems were there by the end of 2020?" is answered by "December 2020: …".
    expect(byWord(read("how many plans by the start of 2020"), "start")?.framing).toBe(true);
    // "The decade" names no particular time; a year does, and stays a topic.
    const decade = read("what was promised by the start of the next decade");
    expect(byWord(decade, "start")?.framing).toBe(true);
    expect(byWord(decade, "decade")?.framing).toBe(true);
    expect(byWord(read("the start of the plans"), "start")?.framing).toBe(false);
  });

  it("reads words only in the context before a question as framing, keeping their weight", () => {
    // "that CCG paper – how big is the fund?": the CCG paper is where the asker read it, not what
    // the answer must show; its words still help find the right document.
    const context = ["that ccg paper"];
    const question = "how big is the fund? that ccg paper";
    const withContext = read(question, emptyLexicon, context);
    const asked = read(question);
    expect(byWord(withContext, "ccg")?.framing).toBe(true);
    expect(byWord(withContext, "ccg")?.weight).toBe(byWord(asked, "ccg")?.weight);
    expect(byWord(withContext, "paper")?.framing).toBe(true);
    expect(byWord(withContext, "fund")?.framing).toBe(false);
    // A word the question itself uses is a topic, wherever else it appears.
    const both = read("how big is the fund? the fund paper", emptyLexicon, ["the fund paper"]);
    expect(byWord(both, "fund")?.framing).toBe(false);
  });

  it("weighs a rare word above a common one", () => {
    const concepts = read("plans deficit");
    const plans = byWord(concepts, "plans");
    const deficit = byWord(concepts, "deficit");
    expect(deficit?.weight).toBeGreaterThan(plans?.weight ?? Number.POSITIVE_INFINITY);
  });

  it("weighs every concept above zero", () => {
    for (const concept of read("how big is the transfomation fund for paracetamol doctors ccg")) {
      expect(concept.weight, concept.word).toBeGreaterThan(0);
    }
  });
});

describe("searchTerms", () => {
  it("searches for the asker's own words at full weight", () => {
    const terms = searchTerms(read("fund deficit"));
    expect(terms).toContainEqual({ term: toTerms("fund")[0], weight: 1 });
    expect(terms).toContainEqual({ term: toTerms("deficit")[0], weight: 1 });
  });

  it("searches for an acronym's expansion, and synonyms of a word the documents use, at less than full weight", () => {
    for (const [question, term] of [
      ["ccg", toTerms("commissioning")[0]],
      ["doctors", toTerms("physicians")[0]],
    ] as const) {
      const weight = searchTerms(read(question)).find((t) => t.term === term)?.weight;
      expect(weight, question).toBeGreaterThan(0);
      expect(weight, question).toBeLessThan(1);
    }
  });

  it("leaves out words no document uses", () => {
    expect(searchTerms(read("paracetamol"))).toEqual([]);
  });

  it("searches for the documents' synonyms when they never use the asker's word", () => {
    const terms = searchTerms(read("clinicians")).map((t) => t.term);
    expect(terms).not.toContain(toTerms("clinicians")[0]);
    expect(terms).toContain(toTerms("physicians")[0]);
  });
});

describe("conceptMatch", () => {
  it("is 1 where a text holds the asker's word and 0 where it holds nothing of it", () => {
    const [fund] = read("fund");
    if (!fund) throw new Error("no concept");
    expect(conceptMatch(fund, new Set(toTerms("the fund")))).toBe(1);
    expect(conceptMatch(fund, new Set(toTerms("the weather")))).toBe(0);
  });

  it("credits a spelled-out expansion in full for an acronym", () => {
    const [ccg] = read("ccg");
    if (!ccg) throw new Error("no concept");
    expect(conceptMatch(ccg, new Set(toTerms("clinical commissioning groups")))).toBe(1);
    expect(conceptMatch(ccg, new Set(toTerms("CCG")))).toBe(1);
  });

  it("credits a synonym less than the asker's own word", () => {
    const [doctors] = read("doctors");
    if (!doctors) throw new Error("no concept");
    const viaSynonym = conceptMatch(doctors, new Set(toTerms("physicians")));
    expect(viaSynonym).toBeGreaterThan(0);
    expect(viaSynonym).toBeLessThan(1);
  });

  it("credits a corrected spelling as fully as the word spelt right", () => {
    // A slip of the keyboard is no doubt about the topic: "transfomation" asks about transformation.
    const [typo] = read("transfomation");
    if (!typo) throw new Error("no concept");
    expect(conceptMatch(typo, new Set(toTerms("transformation")))).toBe(1);
  });
});
