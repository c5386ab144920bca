import { describe, expect, it } from "vitest";
import { factsOf } from "./facts-of";
import { oneClaim } from "./test-claims";

/** The noun the claim's one date modifies, as the fact extractor finds it, and the date's verbs. */
const dated = (text: string) => {
  const facts = factsOf(oneClaim(text)).filter((f) => f.kind === "date");
  expect(facts).toHaveLength(1);
  return { noun: facts[0]!.noun, verbs: facts[0]!.verbs };
};

describe("nounOfDate: a date that modifies a noun dates the noun's event", () => {
  it("takes the noun after a possessive date, the last of a run of nouns", () => {
    expect(dated("In Tuesday's arguments, several justices suggested they were troubled.").noun).toBe("argum");
    expect(dated("Reporters at Wednesday’s press conference described the scene.").noun).toBe("confe");
  });

  it("takes the noun a date stands before, after a determiner", () => {
    expect(dated("The service had signaled its intention to end the 2014 ban, citing conservation.").noun).toBe("ban");
    expect(dated("In a Friday statement, Royce pointed to the unrest in the region.").noun).toBe("state");
  });

  it("takes the first noun of an opening phrase the date closes", () => {
    expect(dated("At the practice on Wednesday, Mr. Flake had raced to help the wounded.").noun).toBe("pract");
    expect(dated("In a statement Saturday afternoon, the spokesman doubled down on the story.").noun).toBe("state");
  });

  it("takes the noun of an event the date is placed at, right after it", () => {
    expect(dated("The court appeared divided on Tuesday during arguments over the theory.").noun).toBe("argum");
    expect(dated("Later on Sunday, at a house party in Burlington, she was more direct.").noun).toBeNull();
  });

  it("keeps the verbs too: they still tell events apart where the noun does not", () => {
    expect(dated("The service had signaled its intention to end the 2014 ban, citing conservation.").verbs).toEqual([
      "end",
    ]);
  });

  it("finds none for a date of the verb", () => {
    expect(dated("On Friday, the Senate passed the bill.").noun).toBeNull();
    expect(dated("The Senate passed the bill on Friday after a long debate.").noun).toBeNull();
  });

  it("finds none for a date that names no day: 'a weekend tweet'", () => {
    expect(dated("The comments came after a weekend tweet landed him in trouble.").noun).toBeNull();
  });

  it("finds none for a recurring event, whose date says which one it is", () => {
    expect(dated("He pointed to the 2020 presidential election as the way to win.").noun).toBeNull();
  });
});
