import { describe, expect, it } from "vitest";
import { alignFacts } from "./align";
import { fact } from "./test-claims";
import type { Fact, FactLink } from "./types";

// Anchor weights: ln(1 + n/df) / ln(1 + n) for n facts in the story, df of them carrying the anchor. The cases
// below pick n and df so each rule's threshold sits between two cases.
const oneStory = () => "s1";
/** The claims each link joins, for the cases that only ask what was linked. */
const pairs = (links: FactLink[]) => links.map((l) => [l.a, l.b]);
/** Distinct anchors no other fact has (weight 1 each), to dilute a fact's share. */
const own = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `w:${prefix}${i}`);
/** A hand-built date fact. */
const dated = (fields: Partial<Fact> & Pick<Fact, "claimId" | "articleId">) =>
  fact({ kind: "date", slot: "date", what: "date", value: "2024-06-04", ...fields });

describe("alignFacts: which facts are one", () => {
  it("links two facts of one slot in two articles that share an anchor, and says why", () => {
    const a = fact({
      claimId: "c1",
      articleId: "a1",
      start: 10,
      end: 19,
      anchors: ["w:hire", "w:clini"],
      words: { "w:hire": "hired", "w:clini": "clinic" },
      verbs: ["hire"],
    });
    const b = fact({
      claimId: "c2",
      articleId: "a2",
      start: 30,
      end: 39,
      anchors: ["w:clini", "w:dover"],
      words: { "w:clini": "clinics", "w:dover": "Dover" },
      verbs: ["hire"],
      value: "exact 45 nurse",
    });
    // n = 2: "clinic" weighs ln 2 / ln 3 = 0.631, "hired" 1; score 0.631 / 1.631.
    expect(alignFacts([a, b], oneStory)).toEqual([
      {
        a: "c1",
        b: "c2",
        kind: "quantity",
        slot: "count:nurse",
        what: "nurse",
        shared: ["clinic"],
        score: 0.387,
        sameValue: false,
        sameVerb: true,
        at: { a: { start: 10, end: 19 }, b: { start: 30, end: 39 } },
      },
    ]);
  });

  it("links nothing across stories, across slots, or within one article", () => {
    const a = fact({ claimId: "c1", articleId: "a1", anchors: ["w:clini"] });
    const b = fact({ claimId: "c2", articleId: "a2", anchors: ["w:clini"] });
    expect(pairs(alignFacts([a, b], oneStory))).toEqual([["c1", "c2"]]);
    expect(alignFacts([a, b], (id) => (id === "a1" ? "s1" : "s2"))).toEqual([]);
    expect(alignFacts([a, { ...b, slot: "count:docto" }], oneStory)).toEqual([]);
    expect(alignFacts([a, { ...b, articleId: "a1" }], oneStory)).toEqual([]);
  });

  it("needs one anchor of weight 0.5 or more when each article gives one value in the slot", () => {
    const fill = (n: number) => [
      fact({ claimId: "c1", articleId: "a1", anchors: ["w:clini"] }),
      fact({ claimId: "c2", articleId: "a2", anchors: ["w:clini"] }),
      ...Array.from({ length: n }, (_, i) =>
        fact({ claimId: `x${i}`, articleId: "a3", slot: `count:other${i}`, anchors: ["w:clini"] }),
      ),
    ];
    // n = 3, df = 3: ln 2 / ln 4 = 0.5 exactly; n = 4, df = 4: ln 2 / ln 5 = 0.43.
    expect(pairs(alignFacts(fill(1), oneStory))).toEqual([["c1", "c2"]]);
    expect(alignFacts(fill(2), oneStory)).toEqual([]);
  });

  it("needs two anchors, one of them a word, once an article gives a rival value in the slot", () => {
    const rival = fact({ claimId: "c9", articleId: "a1", start: 50, end: 52, anchors: ["w:unrel"] });
    const a = fact({ claimId: "c1", articleId: "a1", anchors: ["w:clini"] });
    const b = fact({ claimId: "c2", articleId: "a2", anchors: ["w:clini"] });
    expect(pairs(alignFacts([a, b], oneStory))).toEqual([["c1", "c2"]]);
    expect(alignFacts([a, rival, b], oneStory)).toEqual([]);
    const two = (anchors: string[]) =>
      alignFacts([{ ...a, anchors }, rival, { ...b, anchors }], oneStory).map((l) => l.shared);
    expect(two(["w:clini", "w:dover"])).toEqual([["clini", "dover"]]);
    expect(two(["e:smith", "e:dover"])).toEqual([]);
    expect(two(["w:clini", "e:dover"])).toEqual([["clini", "dover"]]);
  });

  it("links on a third of the smaller fact's weight, whatever the weight", () => {
    // n = 5; the two shared anchors are on 4 facts each: 2 × ln 2.25 / ln 6 = 0.905, under the weight bar of 1.
    const story = (extra: number) => [
      fact({ claimId: "c1", articleId: "a1", anchors: ["w:clini", "w:dover", ...own("p", extra)] }),
      fact({ claimId: "c9", articleId: "a1", start: 50, anchors: ["w:unrel"] }),
      fact({ claimId: "c2", articleId: "a2", anchors: ["w:clini", "w:dover", ...own("q", extra)] }),
      fact({ claimId: "x1", articleId: "a3", slot: "count:x", anchors: ["w:clini", "w:dover"] }),
      fact({ claimId: "x2", articleId: "a3", slot: "count:x", anchors: ["w:clini", "w:dover"] }),
    ];
    const linked = alignFacts(story(1), oneStory);
    expect(linked.map((l) => [l.a, l.b, l.score])).toEqual([["c1", "c2", 0.475]]); // 0.905 / 1.905
    expect(alignFacts(story(2), oneStory)).toEqual([]); // 0.905 / 2.905 = 0.31
  });

  it("links on a weight of 1 whatever the share, and asks more of each further rival", () => {
    // n = 4; two anchors on 2 facts each: 2 × ln 3 / ln 5 = 1.365, share 1.365 / 5.365 = 0.25.
    const story = (rivals: number) => [
      fact({ claimId: "c1", articleId: "a1", anchors: ["w:clini", "w:dover", ...own("p", 4)] }),
      ...Array.from({ length: rivals }, (_, i) =>
        fact({ claimId: `r${i}`, articleId: "a1", start: 50 + i * 10, anchors: [`w:rival${i}`] }),
      ),
      fact({ claimId: "c2", articleId: "a2", anchors: ["w:clini", "w:dover", ...own("q", 4)] }),
      ...Array.from({ length: 2 - rivals }, (_, i) =>
        fact({ claimId: `x${i}`, articleId: "a3", slot: "count:x", anchors: [`w:x${i}`] }),
      ),
    ];
    expect(alignFacts(story(1), oneStory).map((l) => [l.a, l.b, l.score])).toEqual([["c1", "c2", 0.254]]);
    expect(alignFacts(story(2), oneStory)).toEqual([]); // two rivals: 1.5 needed
  });

  it("asks three anchors in a generic slot, whatever their weight", () => {
    const linkIn = (anchors: string[], slot = "percent:%") => [
      fact({ claimId: "c1", articleId: "a1", slot, anchors }),
      fact({ claimId: "c9", articleId: "a1", slot, start: 50, anchors: ["w:unrel"] }),
      fact({ claimId: "c2", articleId: "a2", slot, anchors }),
      // Nine facts elsewhere in the story: n = 12, so an anchor on 2 facts weighs ln 7 / ln 13 = 0.759.
      ...Array.from({ length: 9 }, (_, i) => fact({ claimId: `x${i}`, articleId: "a3", slot: "z", start: i })),
    ];
    // Two anchors: 1.52, over the generic weight bar of 1.5, share 1 — yet only two anchors.
    expect(pairs(alignFacts(linkIn(["w:rent", "w:rise"], "count:nurse"), oneStory))).toEqual([["c1", "c2"]]);
    expect(alignFacts(linkIn(["w:rent", "w:rise"]), oneStory)).toEqual([]);
    expect(pairs(alignFacts(linkIn(["w:rent", "w:rise", "w:flat"]), oneStory))).toEqual([["c1", "c2"]]);
  });

  it("asks a weight of 1.5 in a generic slot even when all anchors are shared", () => {
    const anchors = ["w:rent", "w:rise", "w:flat"];
    const story = (slot: string) => [
      fact({ claimId: "c1", articleId: "a1", slot, anchors }),
      fact({ claimId: "c9", articleId: "a1", slot, start: 50, anchors: ["w:unrel"] }),
      fact({ claimId: "c2", articleId: "a2", slot, anchors }),
      fact({ claimId: "x1", articleId: "a3", slot: "z", anchors }),
      fact({ claimId: "x2", articleId: "a3", slot: "z", anchors }),
    ];
    // n = 5, anchors on 4 facts: 3 × 0.453 = 1.36, share 1.
    expect(pairs(alignFacts(story("count:nurse"), oneStory))).toEqual([["c1", "c2"]]);
    expect(alignFacts(story("currency:USD"), oneStory)).toEqual([]);
  });

  it("does not link the ages of two different people", () => {
    const age = (claimId: string, articleId: string, local: string[]) =>
      fact({ claimId, articleId, slot: "count:years", anchors: ["w:harbo", "e:smith", "e:jones"], local });
    expect(alignFacts([age("c1", "a1", ["e:smith"]), age("c2", "a2", ["e:jones"])], oneStory)).toEqual([]);
    expect(pairs(alignFacts([age("c1", "a1", ["e:smith"]), age("c2", "a2", ["e:smith"])], oneStory))).toEqual([
      ["c1", "c2"],
    ]);
    expect(pairs(alignFacts([age("c1", "a1", ["e:smith"]), age("c2", "a2", [])], oneStory))).toEqual([["c1", "c2"]]);
  });

  it("does not link two dates of different events, and says when both sit by the same verb", () => {
    const date = (claimId: string, articleId: string, verbs: string[]) =>
      dated({ claimId, articleId, anchors: ["w:bill"], verbs });
    const link = (va: string[], vb: string[]) =>
      alignFacts([date("c1", "a1", va), date("c2", "a2", vb)], oneStory).map((l) => [l.sameVerb, l.sameValue]);
    expect(link(["adopt"], ["approve"])).toEqual([]);
    expect(link(["adopt"], ["adopted", "sign"])).toEqual([[true, true]]);
    expect(link(["adopt"], [])).toEqual([[false, true]]);
    // Different verbs do not keep two quantities apart that share two anchors...
    const q = (claimId: string, articleId: string, verbs: string[], anchors = ["w:bill", "w:clini"]) =>
      fact({ claimId, articleId, anchors, verbs });
    expect(alignFacts([q("c1", "a1", ["adopt"]), q("c2", "a2", ["approve"])], oneStory).map((l) => l.sameVerb)).toEqual(
      [false],
    );
    // ...but one anchor in common is not enough against them: "hold 240 seats in the House" and "lost 60 seats".
    const one = (verbs: string[]) =>
      alignFacts([q("c1", "a1", ["hold"], ["w:house"]), q("c2", "a2", verbs, ["w:house"])], oneStory);
    expect(one(["lose"])).toEqual([]);
    expect(one(["hold"])).toHaveLength(1);
    expect(one([])).toHaveLength(1);
  });

  it("does not link a day against a year: no one fact is dated both ways", () => {
    const date = (claimId: string, articleId: string, value: string) =>
      dated({ claimId, articleId, value, anchors: ["w:bill", "w:vote"] });
    const link = (va: string, vb: string) => alignFacts([date("c1", "a1", va), date("c2", "a2", vb)], oneStory);
    expect(link("2024-06-04", "1909")).toEqual([]);
    expect(link("2024-06-04", "2024-06")).toHaveLength(1);
    expect(link("2024-06", "2024")).toHaveLength(1);
  });

  /**
   * Two dates in each article, so a link needs a weight of 1 or a third of the weight; "ban" and "fish" are shared
   * by all four facts (weight ln 2 / ln 5 = 0.43 each), so only what c1 and c2 also share can pick them out.
   */
  const rivals = (shared: Partial<Fact>) => {
    const date = (claimId: string, articleId: string, start: number, own4: string, also: Partial<Fact>) =>
      dated({
        claimId,
        articleId,
        start,
        value: `${2010 + start}`,
        anchors: ["w:ban", "w:fish", ...own(own4, 4)],
        ...also,
      });
    return [
      date("c1", "a1", 1, "x", shared),
      date("c3", "a1", 2, "y", { verbs: ["other"] }),
      date("c2", "a2", 3, "z", shared),
      date("c4", "a2", 4, "v", { verbs: ["else"] }),
    ];
  };

  it("picks a date out among an article's rival dates by the noun both dates modify", () => {
    expect(pairs(alignFacts(rivals({ noun: "ban" }), oneStory))).toEqual([["c1", "c2"]]);
    expect(alignFacts(rivals({}), oneStory)).toEqual([]);
  });

  it("picks a sum out among an article's rival sums by what both say it is in, from or for", () => {
    const sums = (source: Partial<Fact>) =>
      rivals(source).map((f) => ({ ...f, kind: "quantity" as const, slot: "currency:USD", what: "USD" }));
    // c1 says $300 million, c2 $600 million: both from the Treasury, against the articles' other sums.
    expect(pairs(alignFacts(sums({ source: "treas" }), oneStory))).toEqual([["c1", "c2"]]);
    expect(alignFacts(sums({}), oneStory)).toEqual([]);
  });

  it("picks a date out among rival dates by two verbs both sides share, not by one", () => {
    expect(pairs(alignFacts(rivals({ verbs: ["decide", "run"] }), oneStory))).toEqual([["c1", "c2"]]);
    expect(alignFacts(rivals({ verbs: ["decide"] }), oneStory)).toEqual([]);
  });

  it("links a noun's date to a date of other verbs only when both name the same two participants", () => {
    // "In a Friday statement, Royce pointed to..." against "Royce on Friday questioned...".
    const date = (claimId: string, articleId: string, verbs: string[], noun: string | null, names: string[]) =>
      dated({ claimId, articleId, verbs, noun, anchors: ["w:royce", ...names] });
    const link = (names: string[], noun: string | null = "state") =>
      alignFacts([date("c1", "a1", ["point"], noun, names), date("c2", "a2", ["question"], null, names)], oneStory);
    expect(link(["e:ed royce", "e:zimbabwe"])).toHaveLength(1);
    expect(link(["e:ed royce"])).toEqual([]);
    expect(link(["e:ed royce", "e:zimbabwe"], null)).toEqual([]);
  });

  it("counts a name once though it is both a word and a participant", () => {
    const q = (claimId: string, articleId: string, verbs: string[]) =>
      fact({ claimId, articleId, anchors: ["w:trump", "e:donald trump", `w:${claimId}`], verbs });
    // "Trump reopened the government for three weeks" against "Mr. Trump had two weeks to win over Republicans".
    expect(alignFacts([q("c1", "a1", ["reopen"]), q("c2", "a2", ["win"])], oneStory)).toEqual([]);
    expect(alignFacts([q("c1", "a1", ["reopen"]), q("c2", "a2", ["reopen"])], oneStory)).toHaveLength(1);
  });

  it("links claims that read alike overall on any anchor in the slot", () => {
    const story = [
      fact({ claimId: "c1", articleId: "a1", anchors: ["w:clini"] }),
      fact({ claimId: "c9", articleId: "a1", start: 50, anchors: ["w:unrel"] }),
      fact({ claimId: "c2", articleId: "a2", anchors: ["w:clini"] }),
    ];
    const asked: string[] = [];
    const similarity = (score: number) => (a: string, b: string) => {
      asked.push(`${a} ${b}`);
      return score;
    };
    expect(pairs(alignFacts(story, oneStory, similarity(0.2)))).toEqual([["c1", "c2"]]);
    expect(alignFacts(story, oneStory, similarity(0.19))).toEqual([]);
    expect(new Set(asked)).toEqual(new Set(["c1 c2"]));
  });

  it("does not link claims that read alike when the verbs by the values tell two events apart", () => {
    const story = [
      fact({ claimId: "c1", articleId: "a1", anchors: ["w:clini", "w:x1"], verbs: ["hire"] }),
      fact({ claimId: "c9", articleId: "a1", start: 50, anchors: ["w:unrel"] }),
      fact({ claimId: "c2", articleId: "a2", anchors: ["w:clini", "w:x2"], verbs: ["dismiss"] }),
    ];
    expect(alignFacts(story, oneStory, () => 0.9)).toEqual([]);
  });

  it("ignores an anchor more than 80 facts share", () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => fact({ claimId: `c${i}`, articleId: `a${i}`, anchors: ["w:clini"] }));
    expect(alignFacts(many(80), oneStory, () => 1)).toHaveLength((80 * 79) / 2);
    expect(alignFacts(many(81), oneStory, () => 1)).toEqual([]);
  });
});

describe("alignFacts: one link per fact within a pair of claims", () => {
  it("pairs equal values first: 'from 1961 to 1970' against 'from 1965 to 1970'", () => {
    const anchors = ["w:mine", "w:open", "w:shut"];
    const date = (claimId: string, articleId: string, start: number, value: string): Fact =>
      fact({ claimId, articleId, start, end: start + 4, kind: "date", slot: "date", what: "date", value, anchors });
    // The first claim's later year comes first, so strength alone would pair 1970 with 1965.
    const links = alignFacts(
      [
        date("c1", "a1", 18, "1970"),
        date("c1", "a1", 10, "1961"),
        date("c2", "a2", 10, "1965"),
        date("c2", "a2", 18, "1970"),
      ],
      oneStory,
    );
    expect(links.map((l) => [l.at.a.start, l.at.b.start, l.sameValue])).toEqual([
      [18, 18, true],
      [10, 10, false],
    ]);
  });

  it("otherwise pairs the strongest link first", () => {
    const f = (claimId: string, articleId: string, start: number, anchors: string[], value: string) =>
      fact({ claimId, articleId, start, anchors, value });
    // c1@10 agrees with both c2 facts, more strongly with c2@30 (0.72 of the
    // smaller fact's weight against 0.28); c1@20 agrees with none.
    const links = alignFacts(
      [
        f("c1", "a1", 10, ["w:clini", "w:dover", "w:hire"], "exact 4 nurse"),
        f("c1", "a1", 20, ["w:ward", "w:hire"], "exact 9 nurse"),
        f("c2", "a2", 30, ["w:clini", "w:dover", "w:ward"], "exact 4 nurse"),
        f("c2", "a2", 40, ["w:hire", "w:x1", "w:x2"], "exact 4 nurse"),
      ],
      oneStory,
      () => 1,
    );
    expect(links.map((l) => [l.at.a.start, l.at.b.start, l.sameValue])).toEqual([
      [10, 30, true],
      [20, 40, false],
    ]);
  });
});

describe("alignFacts: two articles whose linked facts mostly disagree report two events", () => {
  /** One linked claim pair per value pair, all between articles a1 and a2. */
  const story = (values: [string, string][]) =>
    values.flatMap(([va, vb], i) => [
      fact({ claimId: `p${i}`, articleId: "a1", slot: `count:s${i}`, anchors: [`w:quake${i}`], value: va }),
      fact({ claimId: `q${i}`, articleId: "a2", slot: `count:s${i}`, anchors: [`w:quake${i}`], value: vb }),
    ]);
  const linked = (values: [string, string][]) => pairs(alignFacts(story(values), oneStory));

  it("drops every link of two articles with two or more disagreements and fewer agreements", () => {
    expect(
      linked([
        ["1", "2"],
        ["3", "4"],
      ]),
    ).toEqual([]);
    expect(
      linked([
        ["1", "2"],
        ["3", "4"],
        ["5", "5"],
      ]),
    ).toEqual([]);
  });

  it("keeps them with one disagreement, or as many agreements as disagreements", () => {
    expect(linked([["1", "2"]])).toEqual([["p0", "q0"]]);
    expect(
      linked([
        ["1", "2"],
        ["3", "4"],
        ["5", "5"],
        ["6", "6"],
      ]),
    ).toEqual([
      ["p0", "q0"],
      ["p1", "q1"],
      ["p2", "q2"],
      ["p3", "q3"],
    ]);
  });

  it("counts one figure at odds with two restatements of it on the other side as one disagreement", () => {
    // Rival figures in the slot: a link needs two shared anchors.
    const at = (claimId: string, articleId: string, value: string) =>
      fact({ claimId, articleId, slot: "count:s0", anchors: ["w:quake", "w:shake"], value });
    const restated = [at("p0", "a1", "1"), at("q0", "a2", "2"), at("q1", "a2", "2")];
    expect(pairs(alignFacts(restated, oneStory))).toEqual([
      ["p0", "q0"],
      ["p0", "q1"],
    ]);
    // Two figures of a1 each at odds with a2 are two disagreements, however a2 words them.
    expect(alignFacts([...restated, at("p1", "a1", "3")], oneStory)).toEqual([]);
  });

  it("counts per pair of articles: another article's agreements do not save them", () => {
    const third = [
      fact({ claimId: "r0", articleId: "a3", slot: "count:s0", anchors: ["w:quake0"], value: "1" }),
      fact({ claimId: "r1", articleId: "a3", slot: "count:s1", anchors: ["w:quake1"], value: "3" }),
    ];
    const links = pairs(
      alignFacts(
        [
          ...story([
            ["1", "2"],
            ["3", "4"],
          ]),
          ...third,
        ],
        oneStory,
      ),
    );
    expect(links).toEqual([
      ["p0", "r0"],
      ["p1", "r1"],
    ]);
  });
});
