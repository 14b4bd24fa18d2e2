// A pull quote in a PDF: a sentence of the text repeated in large type to catch the eye, which reads as a heading by its size.
import type { Heading, Paragraph, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { ablated } from "../ablation.ts";

/** Opening and closing quotation marks a pull quote is set between. */
const quoteMarks = /^[\s“"‘']+|[\s”"’']+$/g;

/** Ends as a sentence does, with a closing quotation mark or not. */
const sentenceEnd = /[.!?]["”’']?$/;

/**
 * Takes pull quotes out of a PDF's blocks. A magazine's or think tank's report repeats a
 * sentence of its text in large type between its paragraphs; read by its size it became a
 * heading, renaming the section of every paragraph after it, and a quote of it was a second copy
 * of the sentence. A "heading" that is a sentence (it ends as one, or opens with a quotation
 * mark) and is found word for word in the text goes; one that ends as a sentence and runs to
 * more than twelve words, found nowhere else, is read as a paragraph (a standfirst, a quote
 * given once): headings are names, not sentences. A long heading that asks a question is a FAQ's
 * heading, and stays one.
 */
export function withoutPullQuotes(blocks: RootContent[]): RootContent[] {
  if (ablated("pdf-pull-quotes")) return blocks;
  const text = normalised(
    blocks
      .filter((block) => block.type !== "heading")
      .map((block) => mdastToString(block))
      .join(" "),
  );
  return blocks.flatMap((block): RootContent[] => {
    if (block.type !== "heading") return [block];
    const heading = normalised(mdastToString(block));
    const sentence = sentenceEnd.test(heading) || /^[“"‘']/.test(heading);
    if (!sentence) return [block];
    const words = heading.replace(quoteMarks, "");
    if (words.split(" ").length >= 4 && text.includes(words)) return [];
    // "Will I be turned away from A&E if I don't call 111 first?" heads a FAQ's answer: a pull
    // quote or a standfirst says something, it does not ask.
    const asks = !ablated("pdf-question-headings") && /\?["”’']?$/.test(heading);
    if (sentenceEnd.test(heading) && heading.split(" ").length > 12 && !asks)
      return [{ type: "paragraph", children: (block as Heading).children } as Paragraph];
    return [block];
  });
}

function normalised(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
