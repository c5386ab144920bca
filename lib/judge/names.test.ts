import { describe, expect, it } from "vitest";
import type { EntityVariant } from "../group/entities";
import { entityClashes } from "./names";
import { claim } from "../../tests/helpers/build";

const spelling = (text: string, articleIds: string[], claimIds: string[]) => ({ text, articleIds, claimIds });
const variant = (...spellings: EntityVariant["spellings"]): EntityVariant => ({
  canonical: "john smith",
  spellings,
  reason: "one letter apart",
});
/** Articles a1..a5 in story s1, a9 in story s2. */
const storyOf = (articleId: string) => (articleId === "a9" ? "s2" : "s1");
const group = (...ids: [string, string][]) => ids.map(([id, articleId]) => claim(id, articleId));
/** Claim c9 sits in article a9 (story s2); every other claim in story s1. */
const articleOf = (claimId: string) => (claimId === "c9" ? "a9" : "a1");
const found = (claims: ReturnType<typeof group>, v: EntityVariant) =>
  entityClashes(claims, [v], storyOf, articleOf).map((d) => [d.severity, d.claimIds, d.evidence.minority]);

describe("entityClashes: a name spelled two ways in one story", () => {
  it("reports two spellings within the group", () => {
    const v = variant(spelling("Smith", ["a1"], ["c1"]), spelling("Smyth", ["a2"], ["c2"]));
    const [d, ...rest] = entityClashes(group(["c1", "a1"], ["c2", "a2"]), [v], storyOf);
    expect(rest).toEqual([]);
    expect(d).toEqual({
      kind: "entity",
      claimIds: ["c1", "c2"],
      severity: 2,
      summary: 'john smith is spelled "Smith" (1 article) and "Smyth" (1 article)',
      evidence: { canonical: "john smith", spellings: v.spellings, reason: "one letter apart", minority: false },
    });
  });

  it("counts the spelling fewer articles use elsewhere in the story, and notes the common one", () => {
    const v = variant(spelling("Smith", ["a1", "a3"], ["c1", "c3"]), spelling("Smyth", ["a2"], ["c2"]));
    expect(found(group(["c2", "a2"]), v)).toEqual([[2, ["c2"], true]]);
    expect(found(group(["c1", "a1"]), v)).toEqual([[0, ["c1"], false]]);
    expect(entityClashes(group(["c1", "a1"]), [v], storyOf)[0]?.summary).toBe(
      'john smith is spelled "Smith" (2 articles) here and "Smyth" (1 article) elsewhere in the story',
    );
  });

  it("counts both on a tie of articles and mentions, and the one mentioned less on a tie of articles", () => {
    const tie = variant(spelling("Smith", ["a1"], ["c1"]), spelling("Smyth", ["a2"], ["c2"]));
    expect(found(group(["c1", "a1"]), tie)).toEqual([[2, ["c1"], true]]);
    expect(found(group(["c2", "a2"]), tie)).toEqual([[2, ["c2"], true]]);
    const more = variant(spelling("Smith", ["a1"], ["c1", "c3"]), spelling("Smyth", ["a2"], ["c2"]));
    expect(found(group(["c1", "a1"]), more)).toEqual([[0, ["c1"], false]]);
    expect(found(group(["c2", "a2"]), more)).toEqual([[2, ["c2"], true]]);
  });

  it("is rarer only than every other spelling", () => {
    const three = variant(
      spelling("Smith", ["a1", "a3"], ["c1", "c3"]),
      spelling("Smyth", ["a2", "a4"], ["c2", "c4"]),
      spelling("Smiht", ["a5"], ["c5"]),
    );
    expect(found(group(["c2", "a2"]), three)).toEqual([[0, ["c2"], false]]);
    expect(found(group(["c5", "a5"]), three)).toEqual([[2, ["c5"], true]]);
  });

  it("ignores spellings in other stories", () => {
    const v = variant(spelling("Smith", ["a1"], ["c1"]), spelling("Smyth", ["a9"], ["c9"]));
    expect(found(group(["c1", "a1"]), v)).toEqual([]);
    // Articles of another story do not make a spelling common either: in the story Smith has 1 article, Smyth 2.
    const w = variant(
      spelling("Smith", ["a1", "a9"], ["c1", "c7", "c8", "c9"]),
      spelling("Smyth", ["a2", "a3"], ["c2", "c3"]),
    );
    expect(found(group(["c1", "a1"]), w)).toEqual([[2, ["c1"], true]]);
  });

  // Mentions count only within the story: Smith's mention in story s2 must not make it the common spelling here.
  it("breaks a tie of articles on the story's own mentions only", () => {
    const v = variant(spelling("Smith", ["a1", "a9"], ["c1", "c9"]), spelling("Smyth", ["a2"], ["c2"]));
    expect(found(group(["c1", "a1"]), v)).toEqual([[2, ["c1"], true]]);
  });

  it("finds nothing for a name the group does not carry", () => {
    const v = variant(spelling("Smith", ["a1"], ["c1"]), spelling("Smyth", ["a2"], ["c2"]));
    expect(found(group(["c3", "a3"]), v)).toEqual([]);
  });
});
