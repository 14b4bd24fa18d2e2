import { describe, expect, it } from "vitest";
import { asksAboutADocument, describesItsDocument } from "../../src/ranking/self-description.ts";

describe("a document describing itself", () => {
  it.each([
    "This paper sets out the Trust's financial position, the recovery plan and the winter plan.",
    "This guide explains how local digital roadmaps came about.",
    "This report reminds members how the Better Care Fund works.",
    "This note summarises the National Audit Office's study, published on 19 January 2018.",
  ])("is read in %j", (sentence) => {
    expect(describesItsDocument(sentence)).toBe(true);
  });

  it.each([
    "The paper was approved by the board in March.",
    "This fund will hold £1.8 billion.",
    "In this report the NAO sets out three recommendations.",
  ])("is not read in %j", (sentence) => {
    expect(describesItsDocument(sentence)).toBe(false);
  });

  it("is what a question about the document asks for", () => {
    expect(asksAboutADocument("when was the NAO report published?")).toBe(true);
    expect(asksAboutADocument("what does the paper cover")).toBe(true);
    expect(asksAboutADocument("when did the auditors' study come out")).toBe(true);
    expect(asksAboutADocument("what is the trust's plan for winter beds")).toBe(false);
  });
});
