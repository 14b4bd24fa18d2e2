// A document's title, publisher and date: flags first, then its own metadata, then its first heading; dates read, never guessed.
import { describe, expect, it } from "vitest";
import {
  chooseFields,
  isPlaceholderTitle,
  noFields,
  normaliseDate,
} from "../../src/import/metadata.ts";
import { slugify } from "../../src/import/slug.ts";

describe("chooseFields", () => {
  const own = { ...noFields, title: "Own title", publisher: "Own publisher", date: "2017-01-02" };
  const noFlags = { title: null, publisher: null, date: null };

  it("takes what the document says about itself", () => {
    expect(chooseFields(own, noFlags, "A heading")).toEqual(own);
  });

  it("lets each flag given override the document", () => {
    const flags = { title: "Flag title", publisher: null, date: "2019-01-07" };
    expect(chooseFields(own, flags, null)).toMatchObject({
      title: "Flag title",
      publisher: "Own publisher",
      date: "2019-01-07",
    });
  });

  it("names a document without a title by its first heading, and leaves the rest out", () => {
    expect(chooseFields(noFields, noFlags, "  Introduction\n to the plan ")).toEqual({
      ...noFields,
      title: "Introduction to the plan",
    });
  });
});

describe("normaliseDate", () => {
  it.each([
    ["2016-10-06T09:00:00+01:00", "2016-10-06"],
    ["2016-10-06", "2016-10-06"],
    ["D:20161006090000Z", "2016-10-06"],
    ["D:201610", "2016-10"],
    ["20161006", "2016-10-06"],
    ["2016-10", "2016-10"],
    ["2016", "2016"],
  ])("reads %s as %s", (text, date) => {
    expect(normaliseDate(text)).toBe(date);
  });

  it.each([["6 October 2016"], ["2016-02-30"], ["next Tuesday"], [""], [null]])(
    "leaves out %s rather than guess",
    (text) => {
      expect(normaliseDate(text)).toBeNull();
    },
  );
});

describe("isPlaceholderTitle", () => {
  it("knows the titles office tools write instead of a real one", () => {
    for (const title of [
      "Microsoft Word - STP_final_v3.docx",
      "Untitled",
      "PowerPoint Presentation",
      "Document1",
      "board-paper.pdf",
      "Layout 1",
      "STP_Summary_A4_v7_FINAL",
    ])
      expect(isPlaceholderTitle(title), title).toBe(true);
    for (const title of [
      "NHS Long Term Plan",
      "STPs: one year on",
      "A_B test results for the plan",
    ])
      expect(isPlaceholderTitle(title), title).toBe(false);
  });
});

describe("slugify", () => {
  it.each([
    ["NHS Long Term Plan", "nhs-long-term-plan"],
    ["What next for STPs? (2017 update)", "what-next-for-stps-2017-update"],
    ["The King’s Fund & the NHS", "the-kings-fund-and-the-nhs"],
    ["Café été", "cafe-ete"],
    ["§§§", "document"],
  ])("names %j %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("cuts a long title at a word boundary, at most 60 characters", () => {
    const slug = slugify(
      "Sustainability and transformation plans in the NHS: how are they being developed in practice?",
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe("sustainability-and-transformation-plans-in-the-nhs-how-are");
  });
});
