import { describe, expect, it } from "vitest";
import type { Claim, Verb } from "../extract/types";
import { eventsConflict, nearest, sameNoun, sharedVerbs, verbsAround, verbsConflict } from "./verbs";
import { BOUNDARY } from "./window";
import { claim } from "../../tests/helpers/build";

/** A hand-built claim at article offset 50 whose verbs are the listed words (each found in the text). */
function withVerbs(text: string, verbs: string[]): Claim {
  const start = 50;
  const list: Verb[] = verbs.map((w) => {
    const at = text.indexOf(w);
    return { start: start + at, end: start + at + w.length, lemma: w, reporting: false };
  });
  return { ...claim("c1", "a1", {}, text), start, end: start + text.length, verbs: list };
}
const spanOf = (c: Claim, value: string) => {
  const at = c.text.indexOf(value);
  return { start: c.start + at, end: c.start + at + value.length };
};
const lemmas = (around: ReturnType<typeof verbsAround>) => [around.before?.lemma ?? null, around.after?.lemma ?? null];
const verb = (start: number, end: number): Verb => ({ start, end, lemma: `v${start}`, reporting: false });

describe("verbsAround: the verbs nearest a value within its clause", () => {
  it("takes the nearest verb on each side", () => {
    const c = withVerbs("Crews built and opened 40 bridges, then closed and sold them", [
      "built",
      "opened",
      "closed",
      "sold",
    ]);
    expect(lemmas(verbsAround(c, spanOf(c, "40"), BOUNDARY))).toEqual(["opened", "closed"]);
  });

  it("does not cross a clause boundary on either side", () => {
    const c = withVerbs("Crews opened; 40 bridges (closed) later", ["opened", "closed"]);
    expect(lemmas(verbsAround(c, spanOf(c, "40"), BOUNDARY))).toEqual([null, null]);
  });

  it("finds none where the claim has none on a side", () => {
    const c = withVerbs("40 bridges opened", ["opened"]);
    expect(lemmas(verbsAround(c, spanOf(c, "40"), BOUNDARY))).toEqual([null, "opened"]);
  });

  it("takes a verb touching the value on either side", () => {
    const c = withVerbs("opened40closed", ["opened", "closed"]);
    expect(lemmas(verbsAround(c, spanOf(c, "40"), BOUNDARY))).toEqual(["opened", "closed"]);
  });
});

describe("nearest: the nearer verb by characters", () => {
  const span = { start: 20, end: 22 };
  it("prefers the one before when it is nearer or as near", () => {
    expect(nearest(span, { before: verb(10, 17), after: verb(26, 30) })?.lemma).toBe("v10"); // 3 against 4
    expect(nearest(span, { before: verb(10, 17), after: verb(25, 30) })?.lemma).toBe("v10"); // 3 against 3
  });
  it("takes the one after when it is nearer", () => {
    expect(nearest(span, { before: verb(10, 16), after: verb(25, 30) })?.lemma).toBe("v25"); // 4 against 3
  });
  it("takes whichever there is, or none", () => {
    expect(nearest(span, { before: verb(1, 5), after: null })?.lemma).toBe("v1");
    expect(nearest(span, { before: null, after: verb(40, 45) })?.lemma).toBe("v40");
    expect(nearest(span, { before: null, after: null })).toBeNull();
  });
});

describe("verbsConflict: two values of different events", () => {
  it.each([
    [["adopt"], ["approve"], true],
    [["adopt", "sign"], ["approve", "veto"], true],
    [["adopt"], ["approve", "adopt"], false],
    [["approve"], ["approved"], false], // one stem
    [["Adopt"], ["adopt"], false], // case folded
    [[], ["approve"], false], // unknown on one side: no conflict
    [["approve"], [], false],
    [[], [], false],
  ])("%j / %j → %s", (a, b, conflict) => {
    expect(verbsConflict(a, b)).toBe(conflict);
    expect(verbsConflict(b, a)).toBe(conflict);
  });
});

describe("eventsConflict: a date of a noun belongs to the event that noun names", () => {
  const ev = (verbs: string[], noun: string | null = null) => ({ verbs, noun });
  it.each([
    // "lift the 2014 ban" and "end the 2014 ban": one ban, whatever the verbs.
    [ev(["lift"], "ban"), ev(["end"], "ban"), false],
    // "Tuesday's attack" and "attacked on Tuesday": the verb names the noun.
    [ev(["condemn"], "attac"), ev(["attack"]), false],
    // A noun the other side does not name leaves it to the verbs.
    [ev(["point"], "state"), ev(["question"]), true],
    [ev(["hack"], "campa"), ev(["hack"]), false],
    [ev(["adopt"]), ev(["approve"]), true],
  ])("%j / %j → %s", (a, b, conflict) => {
    expect(eventsConflict(a, b)).toBe(conflict);
    expect(eventsConflict(b, a)).toBe(conflict);
  });

  it("names one noun for both only by that noun or a verb of its stem", () => {
    expect(sameNoun(ev([], "ban"), ev([], "ban"))).toBe(true);
    expect(sameNoun(ev([], "ban"), ev(["ban"]))).toBe(true);
    expect(sameNoun(ev([], "ban"), ev(["end"], "order"))).toBe(false);
    expect(sameNoun(ev(["end"]), ev(["end"]))).toBe(false);
  });
});

describe("sharedVerbs: verb stems two facts have in common", () => {
  it("counts each stem once, whatever its form", () => {
    expect(sharedVerbs(["decide", "run"], ["decided", "run", "run"])).toBe(2);
    expect(sharedVerbs(["decide"], ["run"])).toBe(0);
  });
});
