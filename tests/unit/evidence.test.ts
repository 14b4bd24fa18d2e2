import { describe, expect, it } from "vitest";
import { describeSentence, yearsIn } from "../../src/ranking/evidence.ts";

const kindsOf = (sentence: string) => describeSentence(sentence, []).kinds;

describe("a sentence's evidence", () => {
  it("states an amount when it gives a figure or a number word", () => {
    expect(kindsOf("There are 44 footprint areas.").has("amount")).toBe(true);
    expect(kindsOf("Seven areas were told to wait.").has("amount")).toBe(true);
    expect(kindsOf("It will reach one million patients.").has("amount")).toBe(true);
    expect(kindsOf("The fund is worth £1.8bn.").has("amount")).toBe(true);
  });

  it("states no amount for 'one' used as a determiner, a year, or a name", () => {
    expect(kindsOf("One element of the plan is prevention.").has("amount")).toBe(false);
    expect(kindsOf("No one has said how it will be paid for.").has("amount")).toBe(false);
    expect(kindsOf("Plans were published in 2016.").has("amount")).toBe(false);
    expect(kindsOf("It follows the Five Year Forward View.").has("amount")).toBe(false);
  });

  it("gives a reason where it names a cause: “after controversy over…”, “driven by…”", () => {
    expect(kindsOf("The systems were renamed after controversy over the word.").has("reason")).toBe(
      true,
    );
    expect(kindsOf("Waits grew, driven by rising demand.").has("reason")).toBe(true);
    expect(kindsOf("The systems were renamed in February.").has("reason")).toBe(false);
  });

  it("states no amount for a day of the month, which is part of a date", () => {
    expect(kindsOf("From 1 April 2017 a fifth test applied.").has("amount")).toBe(false);
    expect(kindsOf("On April 12 the board met.").has("amount")).toBe(false);
    expect(kindsOf("On 1 April 2017, 72 beds were kept.").has("amount")).toBe(true);
  });

  it("counts nothing by the end of a span of years, which is a year too", () => {
    const counts = (text: string) => describeSentence(text, []).count;
    expect(counts("Planning guidance for 2018/19 renames the systems.")).toBe(false);
    expect(counts("The number rose from 32 to 62 in 2016/17.")).toBe(true);
  });

  it("states a stretch of time in units or between two dates, not in a name", () => {
    expect(kindsOf("The consultation ran for 13 weeks.").has("duration")).toBe(true);
    expect(kindsOf("STPs are five-year plans.").has("duration")).toBe(true);
    expect(kindsOf("It ran from 7 October 2016 to 6 January 2017.").has("duration")).toBe(true);
    expect(kindsOf("It follows the Five Year Forward View.").has("duration")).toBe(false);
    expect(kindsOf("Plans were published in 2016.").has("duration")).toBe(false);
  });

  it("gives no date for a season that begins a name, as in the Autumn Budget", () => {
    expect(
      kindsOf("Funding stream: Autumn Budget STP capital; Amount: £2.6 billion").has("date"),
    ).toBe(false);
    expect(kindsOf("Plans were submitted in autumn 2016.").has("date")).toBe(true);
    expect(kindsOf("The Autumn Budget on 22 November 2017 went further.").has("date")).toBe(true);
  });

  it("names things when it lists two or more names, not for one name or a capital at its start", () => {
    expect(kindsOf("Beds at Seaton, Honiton and Whipton will go.").has("names")).toBe(true);
    expect(kindsOf("The first wave included Frimley Health and Dorset.").has("names")).toBe(true);
    expect(kindsOf("Beds at Seaton will go.").has("names")).toBe(false);
    expect(kindsOf("Councils and trusts agreed the plan.").has("names")).toBe(false);
  });

  it("lists things when it names three or more in a row, not two", () => {
    const gaps =
      "STPs aim to close gaps in health and wellbeing, care and quality, and funding and efficiency.";
    expect(kindsOf(gaps).has("list")).toBe(true);
    expect(kindsOf("Plans cover prevention, primary care or acute services.").has("list")).toBe(
      true,
    );
    expect(kindsOf("Plans must close the three gaps over the next five years.").has("list")).toBe(
      false,
    );
    expect(kindsOf("Councils and trusts agreed the plan.").has("list")).toBe(false);
  });

  it("states a change when a figure rises, falls or goes from one value to another", () => {
    expect(kindsOf("District nurse numbers fell by almost 45%.").has("change")).toBe(true);
    expect(kindsOf("Support rose from £2.4 billion to £3.1 billion.").has("change")).toBe(true);
    expect(kindsOf("The workforce is shrinking by about 1,200.").has("change")).toBe(true);
    expect(kindsOf("There are 44 footprint areas.").has("change")).toBe(false);
  });

  it("measures a change when it says by how much, not only that it happened", () => {
    const measured = (sentence: string) => describeSentence(sentence, []).measuredChange;
    expect(measured("District nurse numbers fell by almost 45%.")).toBe(true);
    expect(measured("The deficit shrank from £2,447 million to £791 million.")).toBe(true);
    expect(
      measured("Accounts swung from a deficit of £1,848 million to a surplus of £111 million."),
    ).toBe(true);
    expect(measured("It promised a 10% fall in waiting times.")).toBe(true);
    expect(measured("Provider deficits fell sharply, yet 62 CCGs were in deficit.")).toBe(false);
    expect(measured("There are 44 footprint areas.")).toBe(false);
  });

  it("reads how often something happens, and not an amount over a year, as a frequency", () => {
    const kinds = (sentence: string) => describeSentence(sentence, []).kinds;
    expect(kinds("The dashboard would be refreshed every year.").has("frequency")).toBe(true);
    expect(kinds("The board meets twice a year.").has("frequency")).toBe(true);
    expect(kinds("It agreed to spend an extra £1 billion a year.").has("frequency")).toBe(false);
  });

  it("counts what a number counts, before it or labelling it as a table row does", () => {
    const counted = (sentence: string) => [...describeSentence(sentence, []).counted];
    expect(counted("There are 44 footprint areas.")).toEqual(["footprint", "area"]);
    expect(
      counted("Site: Ashby Vale Hospital; General and acute beds: 214; Extra winter beds: 12"),
    ).toEqual(expect.arrayContaining(["gener", "acut", "bed", "extra", "winter"]));
    expect(counted("Site: Ashby Vale Hospital")).toEqual([]);
    // Past a multiplier and a word for "more": people and capital are counted, not millions.
    expect(counted("It aims to see one million more people a year.")).toContain("peopl");
    expect(counted("It committed £325 million of capital.")).toContain("capit");
    // And past "of" and a word for "more" after it: "of new capital" counts capital, not "new".
    expect(counted("It set aside £325 million of new capital, over three years.")).toContain(
      "capit",
    );
    // Past an opening quote and "one of": days are counted, not "regional" alone.
    expect(counted("Each attends one of four regional ‘development days’.")).toContain("develop");
    // Any number word opening a sentence counts, not only two to ten.
    expect(counted("Twelve schemes were named for initial funding.")).toContain("scheme");
    // A figure with no noun of its own counts the last plural before it; a sum or year does not.
    expect(counted("It halves the community beds, keeping 72 spread over three sites.")).toContain(
      "bed",
    );
    expect(counted("Four more designations bring the total to 18, covering half.")).toContain(
      "design",
    );
    expect(counted("Its plans cost £2.5 million in 2016.")).not.toContain("plan");
    expect(counted("The trusts ended 2018/19 in deficit.")).not.toContain("trust");
  });
});

describe("the years a question or sentence names", () => {
  it("reads a year, and both years of a financial year however it is written", () => {
    expect([...yearsIn("the deficit in 2017/18 and 2019-20, not 1999")].sort()).toEqual([
      "1999",
      "2017",
      "2018",
      "2019",
      "2020",
    ]);
    expect([...yearsIn("the deficit in 16/17")].sort()).toEqual(["2016", "2017"]);
  });

  it("does not read other numbers as years", () => {
    expect(yearsIn("£2000 million for 44 areas, 3000 staff, a 2000m bill").size).toBe(0);
  });
});
