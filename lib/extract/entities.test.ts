import { describe, expect, it } from "vitest";
import { claimsOf, oneClaim } from "../facts/test-claims";
import { canonicalPerson } from "./entities";
import { linkEntities } from "../group/index";

const people = (text: string) =>
  oneClaim(text)
    .facets.entities.filter((e) => e.type === "person")
    .map((e) => e.text);

describe("entities: where a name ends", () => {
  it("stops a name before a day or month joined by a connector", () => {
    expect(people("Rick Santorum on Sunday tried to clarify his comment about the budget.")).toEqual(["Rick Santorum"]);
    expect(people("Jane Okafor of March Street said the budget was late.")).not.toContain("Jane Okafor of March");
  });

  it("still joins names through a connector: 'Council on Foreign Relations'", () => {
    const claim = oneClaim("A fellow at the Council on Foreign Relations said the budget was late.");
    expect(claim.facets.entities.map((e) => e.text)).toContain("Council on Foreign Relations");
  });
});

describe("entities: one person, however initials and suffixes are written", () => {
  it("drops middle initials and generational suffixes from a person's canonical form", () => {
    expect(canonicalPerson("Susan E. Rice")).toBe("susan rice");
    expect(canonicalPerson("Jesse L. Jackson Jr.")).toBe("jesse jackson");
    expect(canonicalPerson("Robert S. Mueller III")).toBe("robert mueller");
    expect(canonicalPerson("J. Smith")).toBe("j smith");
  });

  it("links 'Jesse L. Jackson Jr.' and 'Jesse Jackson' as one person, with no spelling variant", () => {
    const a = claimsOf("Jesse L. Jackson Jr. pleaded guilty in Chicago on Friday.", "a1");
    const b = claimsOf("Jesse Jackson pleaded guilty to fraud in Chicago, prosecutors said.", "a2");
    expect(linkEntities([...a, ...b])).toEqual([]);
    const people = [...a, ...b].flatMap((c) => c.facets.entities.filter((e) => e.type === "person"));
    expect(new Set(people.map((e) => e.canonical))).toEqual(new Set(["jesse jackson"]));
  });

  it("still reports a surname spelt two ways", () => {
    const a = claimsOf("Jesse L. Jackson Jr. pleaded guilty in Chicago on Friday.", "a1");
    const b = claimsOf("Jesse Jacksen pleaded guilty to fraud in Chicago, prosecutors said.", "a2");
    expect(linkEntities([...a, ...b]).map((v) => v.spellings.map((s) => s.text).sort())).toEqual([
      ["jacksen", "jackson"],
    ]);
  });
});
