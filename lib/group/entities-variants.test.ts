import { describe, expect, it } from "vitest";
import { linkEntities } from "./entities";
import { entity, withNames } from "../../tests/helpers/build";

const first = (c: ReturnType<typeof withNames>) => c.facets.entities[0]!;

describe("linkEntities: which names are linked", () => {
  it("does not link a two-word name to a longer one whose surname is the first word", () => {
    const claims = [withNames("c1", "a1", entity("Jordan James")), withNames("c2", "a2", entity("Peter Paul Jordan"))];
    expect(linkEntities(claims)).toEqual([]);
    expect(claims.map((c) => first(c).canonical)).toEqual(["jordan james", "peter paul jordan"]);
  });

  it("does not read a place as a name, even one spelled like a person's surname", () => {
    const claims = [withNames("c1", "a1", entity("Maria Okonjo")), withNames("c2", "a2", entity("Okonja", "place"))];
    expect(linkEntities(claims)).toEqual([]);
    expect(first(claims[1]!)).toMatchObject({ canonical: "okonja", type: "place" });
  });

  it("does not read an 'other' entity starting lower-case as a name, whatever capitals follow", () => {
    const claims = [withNames("c1", "a1", entity("Maria Okonjo")), withNames("c2", "a2", entity("okonJa", "other"))];
    expect(linkEntities(claims)).toEqual([]);
    expect(first(claims[1]!)).toMatchObject({ canonical: "okonja", type: "other" });
  });

  it("links an 'other' name to a person listed after it, but not through another 'other' name", () => {
    // "okonta" is one letter from "okonja" but two from "okonjo": only "okonja" meets the person. The two forms are
    // as frequent and as full, so the first one listed names both.
    const claims = [
      withNames("c1", "a1", entity("Okonta", "other")),
      withNames("c2", "a2", entity("Okonja", "other")),
      withNames("c3", "a3", entity("Okonjo")),
    ];
    expect(linkEntities(claims).map((v) => v.spellings.map((s) => s.text))).toEqual([["okonja", "okonjo"]]);
    expect(claims.map((c) => [first(c).canonical, first(c).type])).toEqual([
      ["okonta", "other"],
      ["okonja", "person"],
      ["okonja", "person"],
    ]);
  });
});

describe("linkEntities: the canonical form of a linked name", () => {
  it("takes the most frequent plausible form, a three-word name included, whatever comes first", () => {
    const claims = [
      withNames("c1", "a1", entity("Okonjo")),
      withNames("c2", "a2", entity("Maria Ada Okonjo")),
      withNames("c3", "a3", entity("Maria Ada Okonjo")),
    ];
    linkEntities(claims);
    expect(claims.map((c) => first(c).canonical)).toEqual(["maria ada okonjo", "maria ada okonjo", "maria ada okonjo"]);
  });

  it("takes the fuller form when two are as frequent, whatever comes first", () => {
    const claims = [withNames("c1", "a1", entity("Okonjo")), withNames("c2", "a2", entity("Maria Okonjo"))];
    linkEntities(claims);
    expect(claims.map((c) => first(c).canonical)).toEqual(["maria okonjo", "maria okonjo"]);
  });

  it("takes the fuller form by words, not letters", () => {
    const claims = [withNames("c1", "a1", entity("Okonjowaldo")), withNames("c2", "a2", entity("Al Okonjowaldo"))];
    linkEntities(claims);
    expect(claims.map((c) => first(c).canonical)).toEqual(["al okonjowaldo", "al okonjowaldo"]);
  });

  it("keeps the first form when every form is a long phrase, and reports no spelling of a phrase", () => {
    const claims = [
      withNames("c1", "a1", entity("Port Director Maria Okonjo")),
      withNames("c2", "a2", entity("Port Director Maria Okonja")),
    ];
    expect(linkEntities(claims)).toEqual([]);
    expect(claims.map((c) => first(c).canonical)).toEqual(["port director maria okonjo", "port director maria okonjo"]);
  });

  it("reports the spellings of a three-word name", () => {
    const claims = [withNames("c1", "a1", entity("Maria Ada Okonjo")), withNames("c2", "a2", entity("Okonja"))];
    expect(linkEntities(claims).map((v) => v.spellings.map((s) => s.text))).toEqual([["okonjo", "okonja"]]);
  });
});

describe("linkEntities: the surname a spelling is reported by", () => {
  const spellings = (...texts: string[]) =>
    linkEntities(texts.map((t, i) => withNames(`c${i + 1}`, `a${i + 1}`, entity(t, "person", "maria okonjo")))).map(
      (v) => v.spellings.map((s) => s.text),
    );

  it("skips a suffix and an initial after the surname", () => {
    expect(spellings("Maria B. Okonjo Jr.", "Maria Okonja")).toEqual([["okonjo", "okonja"]]);
    expect(spellings("Okonjo, M.", "Maria Okonja")).toEqual([["okonjo,", "okonja"]]);
  });

  it("drops a possessive 's only at the end of the word", () => {
    expect(spellings("Maria O'Sullivan's", "Maria O'Sulivan")).toEqual([["o'sullivan", "o'sulivan"]]);
  });

  it("reads words apart however many spaces separate or surround them", () => {
    expect(spellings("Okonjo  Jr.", "Maria Okonja")).toEqual([["okonjo", "okonja"]]);
    expect(spellings("Maria Okonjo ", "Maria Okonja")).toEqual([["okonjo", "okonja"]]);
  });
});
