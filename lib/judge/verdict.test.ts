import { describe, expect, it } from "vitest";
import { claimKey, GROUP_LABEL_CHARACTERS, judge } from "./index";
import { COUNTED_SEVERITY, FLAG_SEVERITY } from "./counts";
import type { EditorFlag } from "./types";
import type { Claim, DateFacet, Facets, Quantity } from "../extract/types";
import type { Article } from "../ingest/types";
import type { Fact, FactLink } from "../facts/index";
import { article, claim } from "../../tests/helpers/build";

// judge() on hand-built claims and clusters: what makes a verdict, how groups are ranked, and what the key hangs on.
const km = (value: number, at = 0): Quantity => ({
  start: at,
  end: at + 4,
  text: `${value} km`,
  value,
  unit: "km",
  dimension: "length",
  qualifier: "exact",
});

type Built = { claims: Claim[]; articles: Article[] };
const world = (claims: Claim[], outlets: Record<string, string | null> = {}): Built => ({
  claims,
  articles: [...new Set(claims.map((c) => c.articleId))].map((id) =>
    article(id, { outlet: id in outlets ? outlets[id] : `Outlet ${id}` }),
  ),
});

const run = ({ claims, articles }: Built, clusters: string[][], links: FactLink[] = [], facts: Fact[] = []) =>
  judge(
    clusters.map((claimIds) => ({ claimIds, matches: [] })),
    {
      claims: new Map(claims.map((c) => [c.id, c])),
      articles: new Map(articles.map((a) => [a.id, a])),
      variants: [],
      storyOf: (id) => (id === "b1" ? "s2" : "s1"),
      facts,
      links,
    },
  );

const worth = (id: string, articleId: string, facets: Partial<Facets>, worthiness = 0.5, text?: string): Claim => ({
  ...claim(id, articleId, facets, text),
  worthiness,
});

describe("the verdict", () => {
  it("is single-source for a lone claim", () => {
    const [g] = run(world([claim("c1", "a1")]), [["c1"]]);
    expect([g!.verdict, g!.verdictReason, g!.originCount, g!.severity]).toEqual([
      "single-source",
      "only one outlet makes this claim",
      1,
      0,
    ]);
  });

  it("is single-source when every claim traces back to one origin", () => {
    const built = world([claim("c1", "a1"), claim("c2", "a2")], { a1: "Calder Post", a2: "The Calder Post" });
    const [g] = run(built, [["c1", "c2"]]);
    expect([g!.verdict, g!.verdictReason, g!.originCount]).toEqual([
      "single-source",
      "2 claims, but all trace back to one origin",
      1,
    ]);
  });

  it("agrees when two independent origins say the same", () => {
    const [g] = run(world([claim("c1", "a1"), claim("c2", "a2")]), [["c1", "c2"]]);
    expect([g!.verdict, g!.verdictReason, g!.originCount, g!.discrepancies]).toEqual([
      "agree",
      "2 independent origins say the same thing",
      2,
      [],
    ]);
  });

  it("is a discrepancy when a quantity contradicts, with its severity summed", () => {
    const built = world([worth("c1", "a1", { quantities: [km(3)] }), worth("c2", "a2", { quantities: [km(5)] })]);
    const [g] = run(built, [["c1", "c2"]]);
    expect([g!.verdict, g!.verdictReason, g!.severity]).toEqual(["discrepancy", "1 difference: quantity", 3]);
    expect(g!.discrepancies.map((d) => [d.kind, d.severity, d.claimIds])).toEqual([["quantity", 3, ["c1", "c2"]]]);
  });

  it("counts each real difference, and names each kind once", () => {
    const quote = (text: string) => ({ start: 0, end: text.length, text, speaker: null });
    const built = world([
      worth("c1", "a1", { quantities: [km(3)], quotes: [quote("we will open the bridge")] }),
      worth("c2", "a2", { quantities: [km(5)], quotes: [quote("we will close the bridge")] }),
      worth("c3", "a3", { quantities: [km(5)] }),
    ]);
    const [g] = run(built, [["c1", "c2", "c3"]]);
    expect(g!.verdictReason).toBe("2 differences: quantity, quote");
    expect(g!.severity).toBe(6);
    // Sorted by severity, highest first; the quantity finding lists all three claims.
    expect(g!.discrepancies.map((d) => [d.kind, d.claimIds.length])).toEqual([
      ["quantity", 3],
      ["quote", 2],
    ]);
  });

  it("lists the findings by severity, highest first, whatever rule found them first", () => {
    const quote = (text: string) => ({ start: 0, end: text.length, text, speaker: null });
    const label = (text: string) => ({
      start: 0,
      end: text.length,
      text,
      verb: "call",
      stance: "proposed" as const,
      target: null,
    });
    // Quotes are judged before labels: a word left out (1) comes before two labels for one designation (3).
    const built = world([
      worth("c1", "a1", { quotes: [quote("we will close the old bridge")], labels: [label("a grave threat")] }),
      worth("c2", "a2", { quotes: [quote("we will close the bridge")], labels: [label("a rival")] }),
    ]);
    const [g] = run(built, [["c1", "c2"]]);
    expect(g!.discrepancies.map((d) => [d.kind, d.severity])).toEqual([
      ["characterisation", 3],
      ["quote", 1],
    ]);
  });

  it("does not count a severity-1 finding: a hedge elsewhere in the sentence leaves two outlets agreeing", () => {
    const built = world([
      worth("c1", "a1", {}, 0.5, "The bridge closed in May."),
      worth("c2", "a2", { modality: { value: "possible", cue: "may" } }, 0.5, "Officials may review it."),
    ]);
    const [g] = run(built, [["c1", "c2"]]);
    expect(g!.discrepancies.map((d) => [d.kind, d.severity])).toEqual([["modality", 1]]);
    expect([g!.verdict, g!.severity]).toEqual(["agree", 0]);
  });

  it("counts a severity-2 hedge on the word the firm claim uses", () => {
    const built = world([
      worth("c1", "a1", {}, 0.5, "The council closed the bridge."),
      worth("c2", "a2", { modality: { value: "possible", cue: "may have" } }, 0.5, "The council may have closed it."),
    ]);
    const [g] = run(built, [["c1", "c2"]]);
    expect(g!.discrepancies.map((d) => [d.kind, d.severity])).toEqual([["modality", 2]]);
    expect([g!.verdict, g!.severity, g!.verdictReason]).toEqual(["discrepancy", 2, "1 difference: modality"]);
  });

  it("judges modality only where there is something to compare it with", () => {
    const built = world([worth("c1", "a1", { modality: { value: "possible", cue: "may" } }, 0.5, "It may close.")]);
    expect(run(built, [["c1"]])[0]!.discrepancies).toEqual([]);
  });

  it("shows a timing note without counting it", () => {
    const built = world([claim("c1", "a1"), claim("c2", "a2")]);
    built.articles[0]!.publishedAt = "2024-01-01";
    built.articles[1]!.publishedAt = "2024-03-15";
    const [g] = run(built, [["c1", "c2"]]);
    expect(g!.discrepancies.map((d) => [d.kind, d.severity])).toEqual([["timing", 0]]);
    expect(g!.verdict).toBe("agree");
  });
});

describe("dates", () => {
  const day = (text: string, iso: string): DateFacet => ({
    start: 0,
    end: text.length,
    text,
    iso,
    precision: "day",
    relative: false,
  });
  const dated = (c: Claim, kind: Fact["kind"] = "date", start = 0): Fact => ({
    start,
    end: c.facets.dates[0]!.end,
    claimId: c.id,
    articleId: c.articleId,
    kind,
    slot: "date",
    what: "date",
    anchors: [],
    verbs: ["open"],
    noun: null,
    words: {},
    local: [],
    value: c.facets.dates[0]!.iso!,
  });
  const x = worth("c1", "a1", { dates: [day("June 3", "2024-06-03")] });
  const y = worth("c2", "a2", { dates: [day("June 4", "2024-06-04")] });

  it("holds the dated facts of two grouped claims against each other, as a change of meaning", () => {
    const [g] = run(world([x, y]), [["c1", "c2"]], [], [dated(x), dated(y)]);
    expect(g!.discrepancies.map((d) => [d.kind, d.severity, d.summary])).toEqual([
      ["date", 2, '"June 3" (2024-06-03) against "June 4" (2024-06-04)'],
    ]);
    expect([g!.verdict, g!.severity]).toEqual(["discrepancy", 2]);
  });

  it("reads only date facts that point at one of the claim's dates", () => {
    expect(run(world([x, y]), [["c1", "c2"]], [], [dated(x), dated(y, "quantity")])[0]!.discrepancies).toEqual([]);
    expect(run(world([x, y]), [["c1", "c2"]], [], [dated(x), dated(y, "date", 2)])[0]!.discrepancies).toEqual([]);
    expect(run(world([x, y]), [["c1", "c2"]], [], [dated(x)])[0]!.verdict).toBe("agree");
  });
});

describe("linked facts across groups", () => {
  it("judges a linked pair in both claims' groups, saying the other claim sits elsewhere", () => {
    const built = world([
      worth("c1", "a1", { quantities: [km(3)] }),
      worth("c2", "a2", { quantities: [km(5)] }),
      claim("c3", "a3"),
    ]);
    const link: FactLink = {
      a: "c1",
      b: "c2",
      kind: "quantity",
      slot: "length:km",
      what: "km",
      shared: ["bridge"],
      score: 1,
      sameValue: false,
      sameVerb: true,
      at: { a: { start: 0, end: 4 }, b: { start: 0, end: 4 } },
    };
    const groups = run(built, [["c1", "c3"], ["c2"]], [link]);
    const found = groups.map((g) => [g.claimIds, g.verdict, g.discrepancies.map((d) => d.evidence.outside)]);
    expect(found).toEqual([
      [["c1", "c3"], "discrepancy", ["c2"]],
      [["c2"], "discrepancy", ["c1"]],
    ]);
  });
});

describe("ranking", () => {
  it("puts discrepancies first, then agreement, then single sources, numbering ids by rank", () => {
    const built = world([
      claim("s1", "a1"),
      claim("g1", "a1"),
      claim("g2", "a2"),
      worth("d1", "a3", { quantities: [km(3)] }),
      worth("d2", "a4", { quantities: [km(5)] }),
    ]);
    const groups = run(built, [["s1"], ["g1", "g2"], ["d1", "d2"]]);
    expect(groups.map((g) => [g.id, g.rank, g.verdict, g.claimIds[0]])).toEqual([
      ["g1", 1, "discrepancy", "d1"],
      ["g2", 2, "agree", "g1"],
      ["g3", 3, "single-source", "s1"],
    ]);
  });

  it("ranks by severity times origins, then size, then the most check-worthy claim", () => {
    const built = world([
      worth("a", "a1", {}, 0.2),
      worth("b", "a2", {}, 0.9),
      worth("c", "a3", {}, 0.5),
      worth("d", "a4", {}, 0.1),
      worth("e", "a5", {}, 0.1),
      worth("f", "a6", {}, 0.1),
    ]);
    // Three agreeing groups: {d, e, f} is largest; {a} and {b} and {c} single; b is the most worth checking.
    const groups = run(built, [["a"], ["d", "e", "f"], ["c"], ["b"]]);
    expect(groups.map((g) => g.claimIds.join(""))).toEqual(["def", "b", "c", "a"]);
  });

  it("puts agreement before a single source even when the single source has more claims", () => {
    const built = world(
      [claim("s1", "a1"), claim("s2", "a2"), claim("s3", "a3"), claim("g1", "a4"), claim("g2", "a5")],
      {
        a1: "Calder Post",
        a2: "Calder Post",
        a3: "Calder Post",
      },
    );
    const groups = run(built, [
      ["s1", "s2", "s3"],
      ["g1", "g2"],
    ]);
    expect(groups.map((g) => [g.verdict, g.claimIds.length])).toEqual([
      ["agree", 2],
      ["single-source", 3],
    ]);
  });

  it("breaks a tie of size by the group's most check-worthy claim, not its least", () => {
    const built = world([
      worth("p1", "a1", {}, 0.9),
      worth("p2", "a2", {}, 0.1),
      worth("q1", "a3", {}, 0.5),
      worth("q2", "a4", {}, 0.5),
    ]);
    const groups = run(built, [
      ["q1", "q2"],
      ["p1", "p2"],
    ]);
    expect(groups.map((g) => g.claimIds[0])).toEqual(["p1", "q1"]);
  });

  it("ranks a contradiction across more origins above one across fewer", () => {
    const built = world([
      worth("x1", "a1", { quantities: [km(3)] }),
      worth("x2", "a2", { quantities: [km(5)] }),
      worth("y1", "a3", { quantities: [km(7)] }),
      worth("y2", "a4", { quantities: [km(9)] }),
      worth("y3", "a5", { quantities: [km(9)] }),
    ]);
    const groups = run(built, [
      ["x1", "x2"],
      ["y1", "y2", "y3"],
    ]);
    expect(groups.map((g) => [g.claimIds[0], g.severity, g.originCount])).toEqual([
      ["y1", 3, 3],
      ["x1", 3, 2],
    ]);
  });
});

describe("a group's face and identity", () => {
  it("is labelled by its most check-worthy claim, entities decoded, spaces collapsed, at most 140 characters", () => {
    const long = `The   bridge &amp; the\ntunnel ${"x".repeat(200)}`;
    const built = world([worth("c1", "a1", {}, 0.2, "Low."), worth("c2", "b1", {}, 0.8, long)]);
    const [g] = run(built, [["c1", "c2"]]);
    // The 200-letter word does not fit: it is left out whole, not cut.
    expect(g!.label).toBe("The bridge & the tunnel…");
    expect(g!.storyId).toBe("s2");
  });

  it("cuts a long label at a word, never inside one", () => {
    const long = `The port authority said ${"the cooperation across all areas ".repeat(8)}would continue.`;
    const built = world([worth("c1", "a1", {}, 0.2, "Low."), worth("c2", "b1", {}, 0.8, long)]);
    const [g] = run(built, [["c1", "c2"]]);
    expect(g!.label.length).toBeLessThanOrEqual(GROUP_LABEL_CHARACTERS + 1);
    // What is kept is a run of whole words: the text goes on with a space after it.
    expect(g!.label.endsWith("…")).toBe(true);
    expect(long.startsWith(`${g!.label.slice(0, -1)} `)).toBe(true);
  });

  it("keys a group on its members' article hashes and offsets, whatever their ids, order or neighbours", () => {
    const c1 = { ...claim("c1", "a1"), start: 10, end: 20 };
    const c2 = { ...claim("c2", "a2"), start: 5, end: 9 };
    const key = run(world([c1, c2]), [["c1", "c2"]])[0]!.key;
    expect(key).toMatch(/^[0-9a-f]{20}$/);
    const renamed = [{ ...c2, id: "x9" }, { ...c1, id: "x1" }, claim("x5", "a7")];
    const again = run(world(renamed), [["x5"], ["x9", "x1"]]);
    expect(again.find((g) => g.claimIds.includes("x1"))!.key).toBe(key);
    const moved = { ...c1, start: 11 };
    expect(run(world([moved, c2]), [["c1", "c2"]])[0]!.key).not.toBe(key);
    const edited = world([c1, c2]);
    edited.articles[0]!.hash = "hash-a1-edited";
    expect(run(edited, [["c1", "c2"]])[0]!.key).not.toBe(key);
  });

  it("names a claim by the first 16 characters of its article's hash and its offsets", () => {
    const c = { ...claim("c1", "a1"), start: 3, end: 42 };
    expect(claimKey(c, "0123456789abcdef0123")).toBe("0123456789abcdef:3:42");
  });
});

describe("an editor's flag", () => {
  const flagged = (flags: EditorFlag[]) => {
    const { claims, articles } = world([claim("c1", "a1"), claim("c2", "a2"), claim("c3", "a3")]);
    return judge(
      [
        { claimIds: ["c1", "c2"], matches: [] },
        { claimIds: ["c3"], matches: [] },
      ],
      {
        claims: new Map(claims.map((c) => [c.id, c])),
        articles: new Map(articles.map((a) => [a.id, a])),
        variants: [],
        storyOf: () => "s1",
        facts: [],
        links: [],
        flags,
      },
    );
  };

  it("makes agreeing claims a discrepancy, counted at the severity of a contradiction", () => {
    const [g, lone] = flagged([{ a: "c1", b: "c2", kind: "quantity", note: "the counts differ" }]);
    expect([g!.verdict, g!.severity, g!.discrepancies]).toEqual(["discrepancy", FLAG_SEVERITY, []]);
    expect(FLAG_SEVERITY).toBeGreaterThanOrEqual(COUNTED_SEVERITY);
    expect(g!.verdictReason).toBe("1 difference: quantity (1 flagged by an editor)");
    expect([lone!.verdict, lone!.severity]).toEqual(["single-source", 0]);
  });

  it("counts on every group that holds either of its claims, and only there", () => {
    const groups = flagged([{ a: "c2", b: "c3", kind: "date", note: "" }]);
    expect(groups.map((g) => [g.claimIds.join("+"), g.verdict, g.severity])).toEqual([
      ["c1+c2", "discrepancy", FLAG_SEVERITY],
      ["c3", "discrepancy", FLAG_SEVERITY],
    ]);
  });

  it("leaves the verdict alone when it names claims outside every group", () => {
    const [g] = flagged([{ a: "x1", b: "x2", kind: "quote", note: "" }]);
    expect([g!.verdict, g!.severity]).toEqual(["agree", 0]);
  });
});
