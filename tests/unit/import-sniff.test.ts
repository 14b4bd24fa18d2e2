// A file's content checked against its extension: a PDF saved as .txt, or a web page saved as .pdf, is refused with what it really is.
import { describe, expect, it } from "vitest";
import { confirmKind, kindOfName, sniffKind } from "../../src/import/sniff.ts";

const bytes = (text: string) => Buffer.from(text, "latin1");

describe("sniffKind", () => {
  it.each([
    ["%PDF-1.7\n...", "pdf"],
    ["PK\u0003\u0004....word/document.xml....", "docx"],
    ["PK\u0003\u0004....xl/workbook.xml....", "xlsx"],
    ["\u00d0\u00cf\u0011\u00e0 old office", "ole"],
    ["\u0089PNG\r\n", "image"],
    ["<!DOCTYPE html><html><body>x</body></html>", "html"],
    ["  <!-- saved --> <html lang=en>", "html"],
    ["# A heading\n\nSome text.", "text"],
    [" \n\t ", "empty"],
    ["abc\u0000def", "binary"],
    ["\u00f1\u0093\u00c7\u0002\u00e8\u00ff\u0081\u0017\u009f\u00b3 random bytes, no NUL", "binary"],
    ["Caf\u00c3\u00a9 na\u00c3\u00afve r\u00c3\u00a9sum\u00c3\u00a9: UTF-8 accents", "text"],
  ])("sees %j as %s", (content, kind) => {
    expect(sniffKind(bytes(content))).toBe(kind);
  });

  it("sees a page saved as UTF-16 with a byte-order mark as a web page, not binary data", () => {
    const page = Buffer.from("<!DOCTYPE html><html><body>x</body></html>", "utf16le");
    expect(sniffKind(Buffer.concat([Buffer.from([0xff, 0xfe]), page]))).toBe("html");
    expect(
      sniffKind(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("plain words", "utf16le")])),
    ).toBe("text");
  });
});

describe("confirmKind", () => {
  it("accepts content that matches its extension", () => {
    expect(confirmKind("pdf", bytes("%PDF-1.4"))).toBe("pdf");
    expect(confirmKind("markdown", bytes("# Title\n<br>"))).toBe("markdown");
    expect(confirmKind("html", bytes("<p>A fragment saved as a page</p>"))).toBe("html");
  });

  it("says what a mislabelled file really is and how to name it", () => {
    expect(() => confirmKind("pdf", bytes("<!doctype html><html></html>"))).toThrow(
      "the name says a PDF but the content is a web page (HTML); rename it to .html",
    );
    expect(() => confirmKind("text", bytes("%PDF-1.4 ..."))).toThrow(
      "the name says plain text but the content is a PDF; rename it to .pdf",
    );
    expect(() => confirmKind("docx", bytes("\u00d0\u00cf\u0011\u00e0"))).toThrow(
      /old-style Office file .*; open it in Word and save it as \.docx/,
    );
  });

  it("says a blank file is empty", () => {
    expect(() => confirmKind("txt" as never, bytes("\n\n"))).toThrow(
      "the file is empty: nothing to import",
    );
  });
});

describe("kindOfName", () => {
  it("knows the extensions content:add reads, in any case", () => {
    expect(kindOfName("Plan.PDF")).toBe("pdf");
    expect(kindOfName("page.htm")).toBe("html");
    expect(kindOfName("notes.md")).toBe("markdown");
    expect(kindOfName("budget.xlsx")).toBeNull();
  });
});
