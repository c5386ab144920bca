import { describe, expect, it } from "vitest";
import { origins, sameSource } from "./origins";
import type { Article } from "../ingest/types";
import { article, claim, source } from "../../tests/helpers/build";

const byId = (...articles: Article[]) => new Map(articles.map((a) => [a.id, a]));
const summary = (found: ReturnType<typeof origins>) => found.map((o) => [o.key, o.label, o.via, o.claimIds]);

describe("independent origins", () => {
  it("counts each outlet's own reporting once per outlet", () => {
    const articles = byId(article("a1", { outlet: "North Wire" }), article("a2", { outlet: "South Gazette" }));
    expect(summary(origins([claim("c1", "a1"), claim("c2", "a2")], articles))).toEqual([
      ["north wire", "North Wire", "the outlet's own reporting", ["c1"]],
      ["south gazette", "South Gazette", "the outlet's own reporting", ["c2"]],
    ]);
  });

  it("counts two outlets citing one newspaper as one origin, named by the innermost publication cited", () => {
    const cites = (outer: string) => ({
      attribution: [
        source(outer, "person", outer.toLowerCase()),
        source("the Calder Post newspaper", "publication", "calder post"),
        source("port officials", "anonymous", "port officials"),
      ],
    });
    const articles = byId(article("a1", { outlet: "North Wire" }), article("a2", { outlet: "South Gazette" }));
    expect(
      summary(origins([claim("c1", "a1", cites("Okonjo")), claim("c2", "a2", cites("Brandt"))], articles)),
    ).toEqual([["calder post", "the Calder Post newspaper", "cites the Calder Post newspaper", ["c1", "c2"]]]);
  });

  it("falls back to the republished source, then the outlet, then the article itself", () => {
    const articles = byId(
      article("a1", { outlet: "Intellasia", republishedFrom: "Mainichi" }),
      article("a2", { outlet: "The Mainichi Daily" }),
      article("a3"),
      article("a4"),
    );
    const found = origins([claim("c1", "a1"), claim("c2", "a2"), claim("c3", "a3"), claim("c4", "a4")], articles);
    expect(summary(found)).toEqual([
      ["mainichi", "Mainichi", "republishes Mainichi", ["c1", "c2"]],
      ["article a3", "a3.txt", "an article with no named outlet", ["c3"]],
      ["article a4", "a4.txt", "an article with no named outlet", ["c4"]],
    ]);
  });

  it("takes the innermost publication of a chain that cites two", () => {
    const articles = byId(article("a1", { outlet: "North Wire" }));
    const c = claim("c1", "a1", {
      attribution: [
        source("the Herald", "publication", "herald"),
        source("the Calder Post", "publication", "calder post"),
        source("port officials", "anonymous", "port officials"),
      ],
    });
    expect(summary(origins([c], articles))).toEqual([
      ["calder post", "the Calder Post", "cites the Calder Post", ["c1"]],
    ]);
  });

  it("folds an outlet whose name is all generic words rather than dropping it", () => {
    const articles = byId(article("a1", { outlet: "The Daily" }), article("a2", { outlet: "The Paper" }));
    expect(summary(origins([claim("c1", "a1"), claim("c2", "a2")], articles))).toEqual([
      ["the daily", "The Daily", "the outlet's own reporting", ["c1"]],
      ["the paper", "The Paper", "the outlet's own reporting", ["c2"]],
    ]);
  });

  it("names a claim whose article is unknown by the claim's article id", () => {
    expect(summary(origins([claim("c1", "a9")], new Map()))).toEqual([
      ["article a9", "a9", "an article with no named outlet", ["c1"]],
    ]);
  });

  it("ignores a cited source that is not a publication", () => {
    const articles = byId(article("a1", { outlet: "North Wire" }));
    const c = claim("c1", "a1", { attribution: [source("port officials", "anonymous", "port officials")] });
    expect(summary(origins([c], articles))).toEqual([
      ["north wire", "North Wire", "the outlet's own reporting", ["c1"]],
    ]);
  });
});

describe("one source under two names", () => {
  it.each([
    ["herald", "herald", true],
    ["herald", "herald tribune", true],
    ["herald tribune", "herald", true],
    ["herald", "calder post", false],
    ["calder post", "calder post herald", true],
    ["calder post", "calder herald", false],
    ["article a1", "a1 article b", false],
    ["article a1", "article a1 b", false],
    ["article a1", "article a1", true],
    ["", "herald", false],
  ])("%s / %s → %s", (a, b, same) => {
    expect(sameSource(a, b)).toBe(same);
  });
});
