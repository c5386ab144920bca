import { describe, expect, it } from "vitest";
import { linkEntities, sameName } from "./entities";
import { entity, withNames } from "../../tests/helpers/build";

describe("sameName: one edit in five letters, two in eight, first letter kept", () => {
  it.each([
    ["okonjo", "okonjo", true],
    ["okonjo", "okonja", true],
    ["okonjo", "ukonjo", false],
    ["okonjo", "okonjos", false],
    ["okonjos", "okonjo", false],
    ["okon", "okan", false],
    ["okonj", "okanj", true],
    ["okonj", "okanu", false],
    ["abernathy", "abernethi", true],
    ["abernath", "abernethi", true],
    ["abernat", "abxrnxt", false],
    ["abernathy", "abernxtxi", false],
    // A short name is only ever itself; the shorter name sets how many edits are allowed.
    ["li", "li", true],
    ["okon", "okonj", false],
  ])("%s / %s → %s", (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });
});

describe("linkEntities", () => {
  it("links a surname to the full name and a near spelling to both, reporting the spellings by article", () => {
    const c1 = withNames("c1", "a1", entity("Maria Okonjo"));
    const c2 = withNames("c2", "a2", entity("Okonjo"));
    const c3 = withNames("c3", "a3", entity("Okonja"));
    const variants = linkEntities([c1, c2, c3]);
    for (const c of [c1, c2, c3]) expect(c.facets.entities[0]!.canonical).toBe("maria okonjo");
    expect(variants).toEqual([
      {
        canonical: "maria okonjo",
        spellings: [
          { text: "okonjo", articleIds: ["a1", "a2"], claimIds: ["c1", "c2"] },
          { text: "okonja", articleIds: ["a3"], claimIds: ["c3"] },
        ],
        reason:
          'one person spelled "okonjo" and "okonja": names differ by at most two letters and share the first ' +
          "letter and the rest of the name",
      },
    ]);
  });

  it("reports no variant when every article spells the name alike", () => {
    const claims = [
      withNames("c1", "a1", entity("Maria Okonjo")),
      withNames("c2", "a2", entity("Okonjo's", "person", "okonjo")),
    ];
    expect(linkEntities(claims)).toEqual([]);
    expect(claims[1]!.facets.entities[0]!.canonical).toBe("maria okonjo");
  });

  it("prefers the most frequent form, then the fuller one, as the canonical name", () => {
    const claims = [
      withNames("c1", "a1", entity("Okonjo")),
      withNames("c2", "a2", entity("Okonjo")),
      withNames("c3", "a3", entity("Maria Okonjo")),
    ];
    linkEntities(claims);
    expect(claims.map((c) => c.facets.entities[0]!.canonical)).toEqual(["okonjo", "okonjo", "okonjo"]);
  });

  it("leaves apart two names whose first names differ, and names that are not people", () => {
    const claims = [
      withNames("c1", "a1", entity("Maria Okonjo")),
      withNames("c2", "a2", entity("Peter Okonjo")),
      withNames("c3", "a3", entity("Calder", "place")),
      withNames("c4", "a4", entity("Caldor", "place")),
    ];
    expect(linkEntities(claims)).toEqual([]);
    expect(claims.map((c) => c.facets.entities[0]!.canonical)).toEqual([
      "maria okonjo",
      "peter okonjo",
      "calder",
      "caldor",
    ]);
  });

  it("links a capitalised single-word 'other' entity to a person, and makes it a person", () => {
    const claims = [withNames("c1", "a1", entity("Maria Okonjo")), withNames("c2", "a2", entity("Okonja", "other"))];
    const variants = linkEntities(claims);
    expect(variants.map((v) => v.spellings.map((s) => s.text))).toEqual([["okonjo", "okonja"]]);
    expect(claims[1]!.facets.entities[0]).toMatchObject({ canonical: "maria okonjo", type: "person" });
  });

  it("does not link two 'other' entities with no person among them", () => {
    const claims = [withNames("c1", "a1", entity("Okonjo", "other")), withNames("c2", "a2", entity("Okonja", "other"))];
    expect(linkEntities(claims)).toEqual([]);
    expect(claims.map((c) => c.facets.entities[0]!.type)).toEqual(["other", "other"]);
  });

  it("links two full names one letter apart, but not names of different lengths beyond a lone surname", () => {
    const near = [withNames("c1", "a1", entity("Maria Okonjo")), withNames("c2", "a2", entity("Maria Okonja"))];
    expect(linkEntities(near).map((v) => v.canonical)).toEqual(["maria okonjo"]);
    const apart = [withNames("c1", "a1", entity("Maria Okonjo")), withNames("c2", "a2", entity("Peter Paul Okonjo"))];
    expect(linkEntities(apart)).toEqual([]);
    expect(apart[1]!.facets.entities[0]!.canonical).toBe("peter paul okonjo");
  });

  it("does not read a lower-case or several-word 'other' entity as a name", () => {
    const claims = [
      withNames("c1", "a1", entity("Maria Okonjo")),
      withNames("c2", "a2", entity("okonja", "other")),
      withNames("c3", "a3", entity("Okonja Bay", "other")),
    ];
    expect(linkEntities(claims)).toEqual([]);
    expect(claims.map((c) => c.facets.entities[0]!.type)).toEqual(["person", "other", "other"]);
  });

  it("does not count a long phrase as a plausible name form", () => {
    const claims = [
      withNames("c1", "a1", entity("Okonjo")),
      withNames("c2", "a2", entity("Port Director Maria Okonjo")),
      withNames("c3", "a3", entity("Port Director Maria Okonjo")),
    ];
    linkEntities(claims);
    expect(claims[1]!.facets.entities[0]!.canonical).toBe("okonjo");
  });
});
