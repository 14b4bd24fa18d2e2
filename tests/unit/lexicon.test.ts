// lexicon/: WordNet (and the thesaurus's close pairs) read into relations between index terms, kept only where they reach the documents' words.
import { beforeAll, describe, expect, it } from "vitest";
import {
  decodeLexicon,
  encodeLexicon,
  lexiconFor,
  loadDictionary,
  loadWordGraph,
} from "../../src/lexicon/lexicon.ts";
import { phrasalTerms } from "../../src/lexicon/phrasal-verbs.ts";
import { wordTerm } from "../../src/lexicon/terms.ts";
import {
  defaultWordGraphOptions,
  readWordGraph,
  type WordGraph,
} from "../../src/lexicon/wordnet.ts";

let graph: WordGraph;
const term = (word: string) => wordTerm(word) as string;
/** How the graph relates two words, as written. */
const relation = (a: string, b: string) => graph.related.get(term(a))?.get(term(b));

beforeAll(() => {
  graph = loadWordGraph(null);
}, 60_000);

describe("the WordNet graph", () => {
  it.each([
    ["decide", "decision", "derivation"],
    ["purpose", "aim", "synonym"],
    ["mum", "mother", "kind"],
    ["respond", "answer", "synonym"],
    // WordNet lists no "-er" or "-est" forms: the common adjectives' are made and linked.
    ["biggest", "big", "derivation"],
    ["lowest", "low", "derivation"],
    ["happier", "happy", "derivation"],
    ["biggest", "largest", "synonym"],
    // The stemmer makes "closely" "close" but leaves "poorly" and "strongly" as they are: an
    // adverb finds the adjective WordNet says it comes from.
    ["poorly", "poor", "derivation"],
    ["strongly", "strong", "derivation"],
    ["jointly", "joint", "derivation"],
  ])("relates %j to %j (%s)", (a, b, expected) => {
    expect(relation(a, b)).toBe(expected);
  });

  // Adjectives and adverbs share a first letter but not WordNet's files: a word that is both
  // ("fast", "early") keeps its senses as an adjective.
  it.each([
    ["fast", "quick", "similar"],
    ["early", "advanced", "similar"],
    ["hard", "difficult", "synonym"],
  ])("relates the adjective %j to %j (%s), though it is an adverb too", (a, b, expected) => {
    expect(relation(a, b)).toBe(expected);
  });

  it("links a word with one sense to the words that share it, if among their first three", () => {
    // "Additional" means only "further or added", the third sense of "extra".
    expect(relation("additional", "extra")).toBe("single-sense");
    expect(relation("mainly", "primarily")).toBe("synonym");
    const without = readWordGraph({ ...defaultWordGraphOptions, singleSense: false });
    expect(without.related.get(term("additional"))?.has(term("extra"))).toBe(false);
  }, 60_000);

  it("keeps a verb of two words as a term of its own, but not a verb and a preposition", () => {
    expect(graph.related.get("set_up")?.get(term("establish"))).toBe("synonym");
    expect(graph.related.get("turn_down")?.get(term("reject"))).toBe("synonym");
    expect(graph.related.get(`${term("carry")}_out`)?.get(term("accomplish"))).toBe("synonym");
    // WordNet's "pay for" is "invite": "who pays for the scheme?" invites nobody.
    expect(graph.related.has("pay_for")).toBe(false);
    // A phrase is no English word a typed acronym could be mistaken for.
    expect(graph.english.has("set_up")).toBe(false);
  });

  it('does not make a figure a kind of digit, which would show every question\'s "digital"', () => {
    // "digital" is indexed as "digit"; WordNet's "three, 3" is a kind of digit.
    expect(relation("3", "digital")).toBeUndefined();
    expect(relation("three", "digital")).toBeUndefined();
    expect(relation("mums", "mother")).toBe("kind");
  });

  it("leaves alone a word that only looks like a comparative", () => {
    expect(graph.related.get(term("number"))?.has(term("numb"))).not.toBe(true);
    expect(graph.related.has(term("biggerest"))).toBe(false);
  });

  it("does not read an adjective's own pertainym as its base: dental teeth are not dentals", () => {
    expect(relation("dental", "tooth")).toBeUndefined();
  });

  it("keeps an irregular form's own senses apart from its verb's", () => {
    // "found" is read as "find" in a text, but WordNet's "found" (to establish) is another word.
    expect(relation("find", "establish")).toBeUndefined();
    expect(relation("find", "foundation")).toBeUndefined();
    expect(relation("find", "discover")).toBe("synonym");
  });

  it("knows ordinary English words, and not an abbreviation or an acronym", () => {
    expect(graph.english.has(term("approve"))).toBe(true);
    expect(graph.english.has("icb")).toBe(false);
  });
});

describe("the thesaurus's pairs in the graph", () => {
  it.each([
    ["capitalization", "financing"],
    ["discuss", "consult"],
    ["arrears", "shortfall"],
  ])("links %j and %j, which WordNet keeps apart", (a, b) => {
    expect(relation(a, b)).toBe("thesaurus");
    expect(relation(b, a)).toBe("thesaurus");
  });

  it("keeps WordNet's own relation where it has one", () => {
    // Both are in the thesaurus's short entries, and WordNet's synonyms.
    expect(relation("supervise", "oversee")).toBe("synonym");
  });

  it("leaves out words whose thesaurus entries are long, and so loose", () => {
    // "cut" lists 1,447 words, "closure" among them only as something near.
    expect(relation("cut", "closure")).toBeUndefined();
  });
});

describe("lexiconFor", () => {
  it("keeps a relation only where it leads to a word the documents use", () => {
    const lexicon = lexiconFor([term("decision"), term("fund")], graph);
    expect(lexicon.related.get(term("decide"))).toContainEqual([term("decision"), "derivation"]);
    expect(
      [...lexicon.related.values()]
        .flat()
        .every(([t]) => t === term("decision") || t === term("fund")),
    ).toBe(true);
  });
});

describe("a document's verbs of two words", () => {
  it("are terms of its text, which WordNet links to what they mean", () => {
    const terms = phrasalTerms("The plan was drawn up, and requests were turned down.");
    expect(terms).toEqual([`${term("draw")}_up`, `${term("turn")}_down`]);
    const lexicon = lexiconFor([...terms, term("plan")], graph);
    expect(lexicon.related.get(term("refuse"))).toContainEqual([`${term("turn")}_down`, "synonym"]);
  });

  it("are none where no particle follows a word", () => {
    expect(phrasalTerms("The panel refused the request.")).toEqual([]);
  });
});

describe("lexiconFor's prefixed words", () => {
  it("finds a document's “co-chaired” or “re-commissioned” from the word after the prefix", () => {
    const lexicon = lexiconFor([term("cochaired"), term("recommissioned"), term("record")], graph);
    expect(lexicon.related.get(term("chair"))).toContainEqual([term("cochaired"), "derivation"]);
    expect(lexicon.related.get(term("commission"))).toContainEqual([
      term("recommissioned"),
      "derivation",
    ]);
    // "record" is an English word of its own, not "re-" and "cord".
    expect(lexicon.related.get(term("cord")) ?? []).not.toContainEqual([
      term("record"),
      "derivation",
    ]);
  });
});

describe("lexiconFor's derived synonyms", () => {
  it("finds a document's noun from a synonym of the verb it derives from", () => {
    // "response" derives from "respond", a synonym of "reply": "how many replies…" finds "Responses".
    const lexicon = lexiconFor([term("response")], graph);
    expect(lexicon.related.get(term("replies"))).toContainEqual([
      term("response"),
      "derived-synonym",
    ]);
  });

  it("keeps the closer relation where WordNet has one", () => {
    const lexicon = lexiconFor([term("decision")], graph);
    const links = lexicon.related.get(term("decide")) ?? [];
    expect(links.filter(([t]) => t === term("decision"))).toEqual([
      [term("decision"), "derivation"],
    ]);
  });
});

describe("lexiconFor's loose synonyms", () => {
  it("links a word the documents never use to their synonym of it in a later sense (“heart” → “core”)", () => {
    const lexicon = lexiconFor([term("core"), term("fund")], graph);
    // Not a relation to find passages by: "heart" is first the organ, and "core" is not it.
    expect(lexicon.related.get(term("heart")) ?? []).not.toContainEqual([term("core"), "synonym"]);
    expect(lexicon.loose?.get(term("heart"))).toContain(term("core"));
    // Only words the documents never use: they have their own.
    expect(lexicon.loose?.has(term("core"))).toBe(false);
  });
});

describe("the lexicon in a snapshot", () => {
  it("comes back from its strings as it went in", () => {
    const lexicon = lexiconFor(
      ["survey", "decision", "approve"].map(term),
      graph,
      loadDictionary(),
    );
    const back = decodeLexicon(encodeLexicon(lexicon));
    expect([...back.related]).toEqual([...lexicon.related]);
    expect(back.english.size).toBe(lexicon.english.size);
    expect(back.english.has(term("poll"))).toBe(true);
    expect(back.english.has("icb")).toBe(false);
    expect(back.dictionary?.size).toBe(lexicon.dictionary?.size);
    expect(back.dictionary?.has("carers")).toBe(true);
    expect([...(back.loose ?? [])]).toEqual([...(lexicon.loose ?? [])]);
    expect(back.loose?.size).toBeGreaterThan(0);
  });

  it("comes back empty from an empty lexicon", () => {
    const back = decodeLexicon(encodeLexicon({ related: new Map(), english: new Set() }));
    expect(back.related.size).toBe(0);
    expect(back.english.size).toBe(0);
    expect(back.dictionary).toBeUndefined();
  });
});

describe("the dictionary", () => {
  it("has words as people write them, British ones too, and not their slips", () => {
    const dictionary = loadDictionary();
    for (const word of ["carers", "dentist", "organisation", "programme", "consulted"])
      expect(dictionary.has(word)).toBe(true);
    for (const word of ["conulted", "strcture", "dentit"]) expect(dictionary.has(word)).toBe(false);
  });
});
