// redact.ts and nhs-number.ts: nothing that identifies a person is stored, and nothing ordinary is taken out of a question.
import { describe, expect, it } from "vitest";
import { isValidNhsNumber } from "../../src/question-log/nhs-number.ts";
import { redact } from "../../src/question-log/redact.ts";

/** [what is typed, what is stored, why] */
const cases: [string, string, string][] = [
  // NHS numbers: ten digits whose last is the modulus 11 check digit.
  [
    "my NHS number is 943 476 5919",
    "my NHS number is [nhs-number]",
    "spaced 3-3-4, valid check digit",
  ],
  [
    "NHS no. 9434765919 - can I see my record?",
    "NHS no. [nhs-number] - can I see my record?",
    "run together",
  ],
  ["ref 943-476-5919 please", "ref [nhs-number] please", "hyphenated"],
  ["is 401 023 2137 right?", "is [nhs-number] right?", "another valid number"],
  ["(4010232137)", "([nhs-number])", "in brackets"],
  [
    "order 9434765918 arrived",
    "order 9434765918 arrived",
    "wrong check digit: an ordinary ten-digit number stays",
  ],
  [
    "case 1234567890 closed",
    "case 1234567890 closed",
    "check digit would be 10: never an NHS number",
  ],
  ["94347659190 is too long", "94347659190 is too long", "eleven digits are not an NHS number"],
  // UK phone numbers.
  ["call 020 7946 0958 today", "call [phone] today", "London landline"],
  ["ring me on 07700 900123", "ring me on [phone]", "mobile, spaced"],
  ["text 07700900123", "text [phone]", "mobile, run together"],
  ["+44 7700 900123 is mine", "[phone] is mine", "international mobile"],
  ["+44 (0)20 7946 0958", "[phone]", "international with (0)"],
  ["0044 161 496 0000 works", "[phone] works", "international with 00"],
  ["(01632) 960123 evenings", "[phone] evenings", "area code in brackets"],
  ["0161-496-0000 anytime", "[phone] anytime", "hyphenated"],
  ["free on 0800 123 4567.", "free on [phone].", "freephone, at a sentence's end"],
  ["call 020 7946 0958 2016 list", "call [phone] 2016 list", "a year after the number stays"],
  ["call 111 or 999", "call 111 or 999", "NHS 111 and 999 are not personal"],
  // Postcodes.
  ["I live at SW1A 1AA", "I live at [postcode]", "central London"],
  ["near M1 1AE?", "near [postcode]?", "short outward code"],
  ["ls1 4ap is my area", "[postcode] is my area", "lower case"],
  ["postcode:B338TH", "postcode:[postcode]", "no space"],
  ["what about CR2 6XH and DN55 1PT", "what about [postcode] and [postcode]", "two at once"],
  ["ward b1 4th floor", "ward b1 4th floor", "a ward and a floor, not a postcode"],
  ["the M62 and the A1", "the M62 and the A1", "roads stay"],
  // E-mail addresses.
  ["email jo.bloggs@nhs.net thanks", "email [email] thanks", "plain address"],
  ["contact:jo+stp@example.org.", "contact:[email].", "run into the words around it"],
  ["mailto jo_bloggs99@trust.nhs.uk?", "mailto [email]?", "sub-domains"],
  // Dates of birth, after a cue; other dates stay.
  ["my DOB is 01/02/1980", "my DOB is [date-of-birth]", "DOB, slashes"],
  ["d.o.b. 12-05-1960 needed?", "d.o.b. [date-of-birth] needed?", "d.o.b., hyphens"],
  ["date of birth: 1 February 1980", "date of birth: [date-of-birth]", "written out"],
  ["she was born on 3rd March 1975", "she was born on [date-of-birth]", "born on"],
  ["born March 1975, am I eligible?", "born [date-of-birth], am I eligible?", "month and year"],
  ["plans due by 21/10/2016", "plans due by 21/10/2016", "an ordinary date stays"],
  [
    "what happened on 1 April 2017?",
    "what happened on 1 April 2017?",
    "an ordinary written date stays",
  ],
  // Mentions.
  [
    "@U0COLLEAGUE does that match?",
    "[mention] does that match?",
    "a Slack user as the adapter passes it",
  ],
  ["ask @alice.smith.", "ask [mention].", "a named mention, full stop kept"],
  [
    "<@U123ABC|bob> and <#C0GENERAL|general> <!here>",
    "[mention] and [mention] [mention]",
    "raw Slack syntax",
  ],
  ["<@!110000000000000001> <@&140000000000000001>", "[mention] [mention]", "raw Discord syntax"],
  // Nothing ordinary removed.
  [
    "How big is the £1.8bn fund in 2016/17?",
    "How big is the £1.8bn fund in 2016/17?",
    "amounts and years",
  ],
  ["How many STP areas are there? 44?", "How many STP areas are there? 44?", "small numbers"],
  ["meet @ 5pm or @10am", "meet @ 5pm or @10am", "an @ that mentions no one"],
  [
    "what is the 5YFV and the 2020-21 plan",
    "what is the 5YFV and the 2020-21 plan",
    "acronyms and year ranges",
  ],
];

describe("redact", () => {
  it("has a case for every kind, more than thirty in all", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)("%j is stored as %j (%s)", (typed, stored) => {
    expect(redact(typed)).toBe(stored);
  });

  it("leaves no digit run of an NHS number, phone number or date of birth in any case", () => {
    for (const [typed] of cases) {
      const stored = redact(typed);
      for (const identifying of [
        "9434765919",
        "4010232137",
        "7946",
        "900123",
        "4960000",
        "1980",
        "1975",
      ])
        if (typed.replace(/\D/g, "").includes(identifying) && stored !== typed)
          expect(stored.replace(/\D/g, "")).not.toContain(identifying);
    }
  });
});

describe("isValidNhsNumber", () => {
  it("accepts ten digits with the right modulus 11 check digit", () => {
    expect(isValidNhsNumber("9434765919")).toBe(true);
    expect(isValidNhsNumber("4010232137")).toBe(true);
  });

  it("refuses a wrong check digit, a check digit of 10, and anything not ten digits", () => {
    expect(isValidNhsNumber("9434765918")).toBe(false);
    expect(isValidNhsNumber("1234567890")).toBe(false);
    expect(isValidNhsNumber("943476591")).toBe(false);
    expect(isValidNhsNumber("943 476 5919")).toBe(false);
  });
});
