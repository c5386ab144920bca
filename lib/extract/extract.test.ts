import { describe, expect, it } from "vitest";
import { ingest } from "../ingest/index";
import { extract } from "./index";
import type { Claim } from "./types";

const claimsOf = (raw: string, publishedAt?: string) =>
  extract(ingest({ file: "t.txt", raw, ...(publishedAt ? { manifest: { file: "t.txt", publishedAt } } : {}) }, "a1"));
const one = (raw: string, publishedAt?: string): Claim => {
  const c = claimsOf(raw, publishedAt)[0];
  if (!c) throw new Error(`no claim in: ${raw}`);
  return c;
};

describe("quantities", () => {
  it("normalises units and number words to one value", () => {
    const values = [
      "The missile has a range of 500km, officials said.",
      "The missile has a range of 500 km, officials said.",
      "The missile has a range of five hundred kilometres, officials said.",
    ].map((s) => one(s).facets.quantities[0]);
    for (const q of values) expect([q?.value, q?.unit, q?.dimension]).toEqual([500, "km", "length"]);
  });

  it("reads percent either way, counts nouns and keeps bounds as qualifiers", () => {
    expect(one("Japan will spend 2 percent of its income on defence.").facets.quantities[0]).toMatchObject({
      value: 2,
      unit: "%",
    });
    expect(one("Japan will spend 2% of its income on defence.").facets.quantities[0]).toMatchObject({
      value: 2,
      unit: "%",
    });
    expect(one("Russia invaded Ukraine with 10,000 military troops last year.").facets.quantities[0]).toMatchObject({
      value: 10000,
      unit: "troop",
      dimension: "count",
    });
    expect(
      one("The flight range of the missiles is up to 500km, the ministry said.").facets.quantities[0]?.qualifier,
    ).toBe("up-to");
    expect(one("About 300 people attended the rally in Paris.").facets.quantities[0]?.qualifier).toBe("about");
    expect(one("More than 40 people were hurt in Lyon on Monday.").facets.quantities[0]?.qualifier).toBe("more-than");
  });

  it("does not count years as quantities", () => {
    expect(one("The strategy was adopted in 2013 by the cabinet of Japan.").facets.quantities).toHaveLength(0);
  });
});

describe("dates", () => {
  it("resolves relative dates against the publication date, and leaves them unresolved without one", () => {
    const s = "Japan may change its policy, government sources said Wednesday.";
    expect(one(s, "2022-03-12").facets.dates[0]).toMatchObject({ iso: "2022-03-09", relative: true });
    expect(one(s).facets.dates[0]).toMatchObject({ iso: null, relative: true });
    expect(one("The National Security Strategy was completed in December 2013 in Tokyo.").facets.dates[0]?.iso).toBe(
      "2013-12",
    );
  });
});

describe("attribution, modality and labels", () => {
  it("chains who cites whom, outermost first", () => {
    const c = one(
      "The government has revealed a plan to brand Russia a threat, Sputnik reported while citing The Asahi Shimbun newspaper.",
    );
    expect(c.facets.attribution.map((s) => s.canonical)).toEqual(["sputnik", "asahi shimbun", "government"]);
    const d = one("The government plans to act, the Asahi newspaper writes, citing sources in government circles.");
    expect(d.facets.attribution.map((s) => s.text)).toEqual(["the Asahi newspaper", "sources in government circles"]);
  });

  it("tells possible, planned, considered and asserted apart, ignoring hedges inside quotes", () => {
    expect(one("Japan may designate Russia as a security challenge, officials said.").facets.modality.value).toBe(
      "possible",
    );
    expect(one("The Japanese government plans to characterize Russia as a concern.").facets.modality.value).toBe(
      "planned",
    );
    expect(one("Japan is considering changing the status of Russia in its strategy.").facets.modality.value).toBe(
      "considered",
    );
    expect(
      one("In the new strategy adopted by Japan, Russia has been excluded from the list.").facets.modality.value,
    ).toBe("asserted");
    expect(
      one("The strategy of Japan spelled out the need to “expand relations, which will help Japan.”").facets.modality
        .value,
    ).toBe("asserted");
  });

  it("reads what a thing is labelled, and whom", () => {
    const c = one(
      "Japan is considering changing the status of Russia from “partner” to “national security challenge” in its strategy.",
    );
    expect(c.facets.labels.map((l) => [l.text, l.stance, l.target])).toEqual([
      ["partner", "current", "russia"],
      ["national security challenge", "proposed", "russia"],
    ]);
  });
});

describe("claims", () => {
  it("point back to their exact words and carry typed entities", () => {
    const raw = "Prime Minister Fumio Kishida said on Monday that Tokyo would act. Moscow denied it.";
    for (const c of claimsOf(raw)) expect(c.text).toBe(raw.slice(c.start, c.end));
    const e = claimsOf(raw)[0]!.facets.entities;
    expect(e.find((x) => x.text === "Fumio Kishida")?.type).toBe("person");
    expect(e.find((x) => x.text === "Tokyo")?.canonical).toBe("japan");
  });

  it("rank numbers and quotes above plain description, and questions last", () => {
    const [quoted, plain, question] = claimsOf(
      "“We will cut 2,000 jobs by 2025,” the chief executive of Acme said on Tuesday.\nThe company is based in Ohio and has offices in Texas.\nWill Acme really leave Ohio and Texas?",
    );
    expect(quoted!.worthiness).toBeGreaterThan(plain!.worthiness);
    expect(plain!.worthiness).toBeGreaterThan(question!.worthiness);
  });
});

describe("compound sentences", () => {
  it("split at a semicolon into two claims when both halves are clauses", () => {
    const raw = "The council approved 12 new buses on Monday; the mayor said the first will run in March.";
    const claims = claimsOf(raw);
    expect(claims.map((c) => c.text)).toEqual([
      "The council approved 12 new buses on Monday",
      "the mayor said the first will run in March.",
    ]);
  });

  it("stay whole when a half is no clause", () => {
    expect(claimsOf("Officials named three towns in the report: Ashford; Brill; and Crowe, all in Kent.")).toHaveLength(
      1,
    );
  });
});
