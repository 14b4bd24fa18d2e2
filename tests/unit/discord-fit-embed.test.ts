import { describe, expect, it } from "vitest";
import { embedLength, embedLimits, fitEmbed } from "../../adapters/discord/fit-embed.ts";

describe("fitEmbed", () => {
  it("leaves an embed inside the limits unchanged", () => {
    const embed = {
      title: "t",
      description: "d",
      fields: [{ name: "n", value: "v" }],
      footer: { text: "f" },
    };
    expect(fitEmbed(embed)).toEqual(embed);
  });

  it("cuts each piece to its own limit, marking the cut with …", () => {
    const fitted = fitEmbed({
      title: "a ".repeat(200),
      description: "b ".repeat(3000),
      footer: { text: "c".repeat(3000) },
    });
    expect(fitted.title?.length).toBeLessThanOrEqual(embedLimits.title);
    expect(fitted.title?.endsWith("…")).toBe(true);
    expect(fitted.description?.length).toBeLessThanOrEqual(embedLimits.description);
    expect(fitted.footer?.text.length).toBeLessThanOrEqual(embedLimits.footerText);
  });

  it("keeps at most 25 fields of at most 1,024 characters", () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({
      name: `[${i + 1}]`,
      value: "word ".repeat(2000),
    }));
    const fitted = fitEmbed({ fields });
    expect(fitted.fields?.length).toBeLessThanOrEqual(embedLimits.fields);
    for (const field of fitted.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(1024);
    expect(embedLength(fitted)).toBeLessThanOrEqual(embedLimits.total);
  });

  it("shortens field values evenly before touching the description", () => {
    const description = "d".repeat(4000);
    const fields = [1, 2, 3].map((n) => ({ name: `[${n}]`, value: "word ".repeat(200) }));
    const fitted = fitEmbed({ description, fields });
    expect(fitted.description).toBe(description);
    expect(embedLength(fitted)).toBeLessThanOrEqual(embedLimits.total);
    const lengths = fitted.fields?.map((f) => f.value.length) ?? [];
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThan(10);
  });

  it("drops the last fields when even short values do not fit", () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({
      name: "n".repeat(200),
      value: `${i} `.repeat(300),
    }));
    const fitted = fitEmbed({ title: "t".repeat(256), description: "d".repeat(4096), fields });
    expect(embedLength(fitted)).toBeLessThanOrEqual(embedLimits.total);
    expect(fitted.fields?.length).toBeLessThan(25);
    expect(fitted.fields?.length).toBeGreaterThan(0);
    expect(fitted.description).toBe("d".repeat(4096));
  });

  it("shortens the description only when the first field alone does not fit beside it", () => {
    const fields = [{ name: "n".repeat(256), value: "v ".repeat(512) }];
    const fitted = fitEmbed({
      title: "t".repeat(256),
      description: "d ".repeat(2048),
      fields,
      footer: { text: "f".repeat(2048) },
    });
    expect(embedLength(fitted)).toBeLessThanOrEqual(embedLimits.total);
    expect(fitted.fields).toHaveLength(1);
    expect(fitted.description?.endsWith("…")).toBe(true);
  });
});
