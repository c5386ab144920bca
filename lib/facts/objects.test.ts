import { describe, expect, it } from "vitest";
import { alignFacts } from "./align";
import { factsOf } from "./facts-of";
import { fact, oneClaim } from "./test-claims";

/** The object and noun of the claim's one date fact. */
const dated = (text: string) => {
  const facts = factsOf(oneClaim(text)).filter((f) => f.kind === "date");
  expect(facts).toHaveLength(1);
  return { object: facts[0]!.object ?? null, noun: facts[0]!.noun };
};

describe("objectOfDate: the object of the verb a date follows", () => {
  it("takes the object right before the date, with or without 'on', and keeps the date the verb's", () => {
    expect(dated("The civil rights group passed a resolution Tuesday calling for change.")).toEqual({
      object: "resol",
      noun: null,
    });
    expect(dated("The NAACP adopted a resolution on Tuesday condemning racist elements.").object).toBe("resol");
    expect(dated("The governor signed the spending bill Friday after a long fight.").object).toBe("bill");
  });

  it("takes none without a determiner right after a verb, or with a word between the object and the date", () => {
    expect(dated("The group passed resolutions Tuesday calling for change.").object).toBeNull();
    expect(dated("He spoke with the president Tuesday about the plan.").object).toBeNull();
    expect(dated("The group passed a resolution at its convention Tuesday in the city.").object).toBeNull();
  });
});

const oneStory = () => "s1";

/** Two dates of different verbs, each article giving a rival date too, with `shared` anchors in common. */
const link = (objects: [string | null, string | null], shared: number) => {
  const anchors = Array.from({ length: shared }, (_, i) => `w:shared${i}`);
  const date = (articleId: string, start: number, value: string, verbs: string[], object: string | null) =>
    fact({
      claimId: `${articleId}-c${start}`,
      articleId,
      kind: "date",
      slot: "date",
      what: "date",
      start,
      value,
      verbs,
      object,
      anchors: start === 1 ? [...anchors, `w:${articleId}own`] : [`w:${articleId}rival`],
    });
  const facts = [
    date("a1", 1, "2010-07-16", ["pass"], objects[0]),
    date("a1", 2, "2010-01-01", ["other"], null),
    date("a2", 1, "2010-07-13", ["adopt"], objects[1]),
    date("a2", 2, "2011-01-01", ["else"], null),
  ];
  return alignFacts(facts, oneStory).map((l) => [l.a, l.b, l.sameValue]);
};

describe("sameObject: dates of other verbs with one object are one act when the claims share enough", () => {
  it("links them on four distinct shared anchors", () => {
    expect(link(["resol", "resol"], 4)).toEqual([["a1-c1", "a2-c1", false]]);
  });

  it("does not link them on three, with other objects, or with one side's object unknown", () => {
    expect(link(["resol", "resol"], 3)).toEqual([]);
    expect(link(["resol", "bill"], 4)).toEqual([]);
    expect(link(["resol", null], 4)).toEqual([]);
  });
});
