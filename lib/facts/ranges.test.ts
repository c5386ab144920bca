import { describe, expect, it } from "vitest";
import { alignFacts } from "./align";
import { factsOf } from "./facts-of";
import { fact, oneClaim } from "./test-claims";
import type { Fact } from "./types";

/** The value and range of each date fact of a one-sentence claim. */
const bounds = (text: string) =>
  factsOf(oneClaim(text))
    .filter((f) => f.kind === "date")
    .map((f) => [f.value, f.range ?? null]);

describe("rangesOf: the dates that bound a span", () => {
  it("finds a span opened by between, from or beginning and closed by and, to or through", () => {
    expect(
      bounds("The indictment listed instances between 2009 and 2016 when the couple used campaign funds."),
    ).toEqual([
      ["2009", { role: "start", other: "2016" }],
      ["2016", { role: "end", other: "2009" }],
    ]);
    expect(bounds("He served on the council from 2001 to 2009 before the party chose him.")).toEqual([
      ["2001", { role: "start", other: "2009" }],
      ["2009", { role: "end", other: "2001" }],
    ]);
    expect(
      bounds("The spending went on for years, beginning in 2009 and continuing through 2016, the filing says."),
    ).toEqual([
      ["2009", { role: "start", other: "2016" }],
      ["2016", { role: "end", other: "2009" }],
    ]);
  });

  it("finds no span without an opener, or with more than a closer between the dates", () => {
    expect(bounds("The council met in 2009 and 2016 to review the budget.")).toEqual([
      ["2009", null],
      ["2016", null],
    ]);
    expect(bounds("The mill ran from 2009, when the owners bought it, to 2016 under their control.")).toEqual([
      ["2009", null],
      ["2016", null],
    ]);
  });
});

const oneStory = () => "s1";

/**
 * Two articles each giving a span, dated by verbs that share nothing ("included", "began"): each article has a rival
 * date in the slot, so without the span rule two anchors in common would not pick the bounds out.
 */
const spans = (
  a: [string, string],
  b: [string, string],
  anchors = ["w:indic", "w:insta"],
  roles = ["start", "end"],
) => {
  const side = (articleId: string, values: [string, string], verbs: string[], order = ["start", "end"]): Fact[] =>
    values.map((value, i) =>
      fact({
        claimId: `${articleId}-c1`,
        articleId,
        kind: "date",
        slot: "date",
        what: "date",
        start: i * 10,
        end: i * 10 + 4,
        value,
        verbs,
        anchors: [...anchors, `w:${articleId}own${i}`, `w:${articleId}more${i}`],
        range: { role: order[i] as "start" | "end", other: values[1 - i]! },
      }),
    );
  return alignFacts([...side("a1", a, ["include"]), ...side("a2", b, ["begin"], roles)], oneStory).map((l) => [
    l.sameValue,
    l.at.a.start,
    l.at.b.start,
  ]);
};

describe("sameSpan: the bounds of one span, however the verbs word it", () => {
  it("links start with start and end with end when one bound agrees", () => {
    expect(spans(["2005", "2016"], ["2009", "2016"])).toEqual([
      [true, 10, 10],
      [false, 0, 0],
    ]);
    expect(spans(["2009", "2012"], ["2009", "2016"])).toEqual([
      [true, 0, 0],
      [false, 10, 10],
    ]);
  });

  it("does not link spans with no bound in common, bounds of other roles, or spans sharing one anchor", () => {
    expect(spans(["2005", "2012"], ["2009", "2016"])).toEqual([]);
    expect(spans(["2005", "2016"], ["2009", "2016"], ["w:indic", "w:insta"], ["end", "start"])).toEqual([]);
    expect(spans(["2005", "2016"], ["2009", "2016"], ["w:indic"])).toEqual([]);
  });
});
