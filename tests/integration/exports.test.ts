import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { Ajv2020 } from "ajv/dist/2020.js";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStore, removeStores } from "../helpers/store";
import { storyDocuments, textDocument } from "../helpers/stories";
import { schemaOrgProblems } from "../helpers/schema-org";
import { analyze } from "@/lib/analyze/index";
import { toJson } from "@/lib/analyze/json";
import type { SourceDocument } from "@/lib/ingest/types";
import type { CSV_COLUMNS } from "@/server/export-csv";

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

// Two stories in one store, reviews on some groups; each export is read back with a tool other than the one that
// wrote it (csv-parse, ajv against the committed JSON Schema, schema.org's vocabulary) and compared with the rows.
const { importDocuments } = await import("@/server/import");
const { db } = await import("@/server/db");
const { addReview } = await import("@/server/reviews");
const { exportStory } = await import("@/server/export");
const { storyExportJsonSchema } = await import("@/server/export-schema");
const { InvalidInputError, NotFoundError } = await import("@/server/errors");
const { GET } = await import("@/app/api/stories/[id]/export/route");
const { storyReport } = await import("@/server/export-report");
const { storyTimeline } = await import("@/server/export-timeline");
const { flagClaim, mergeGroups, reviewClaim, splitClaims } = await import("@/server/decisions");
const { LOCAL_ACTOR } = await import("@/server/actor");

function cites(document: SourceDocument, names: string[]): SourceDocument {
  return { ...document, manifest: { ...document.manifest!, cites: names } };
}

// A quoted phrase broken over a line, commas inside, and a sentence a spreadsheet would take for a formula.
const ferry = [
  textDocument("ferry-a.txt", "Lakeside Times", "2024-05-01", [
    "Ferry fares rise in Lakeside",
    'The ferry operator said fares will rise by 8 percent, the "steepest rise\nin a decade", from June.',
    "=SUM(A1) is not a formula, the clerk said on Tuesday.",
  ]),
  cites(
    textDocument("ferry-b.txt", "Harbour Post", "2024-05-02", [
      "Lakeside ferry fares to go up",
      'The ferry operator said fares will rise by 12 percent, the "steepest rise in a decade", from June.',
      "=SUM(A1) is not a formula, the clerk said on Tuesday.",
    ]),
    ["The Lakeside Times", "Bay Radio", "government sources"],
  ),
];
const calder = storyDocuments("calder");
const NOTE = 'Operator\'s notice says 12 percent; "8" was a typo, corrected at 14:00.\nSecond line, with commas.';

let ferryStory: string;
let calderStory: string;
const storyOf = async (file: string) => (await db().article.findFirstOrThrow({ where: { file } })).story!;
const groupWith = (phrase: string) =>
  db().claimGroup.findFirstOrThrow({ where: { claims: { some: { text: { contains: phrase } } } } });

beforeAll(async () => {
  await freshStore();
  await importDocuments([...calder, ...ferry]);
  ferryStory = await storyOf("ferry-a.txt");
  calderStory = await storyOf(calder[0]!.file);
  await addReview({ groupKey: (await groupWith("fares will rise")).key, status: "disputed", note: "first look" });
  await addReview({ groupKey: (await groupWith("fares will rise")).key, status: "confirmed", note: NOTE });
  await addReview({ groupKey: (await groupWith("$4 million")).key, status: "needs-follow-up", note: "call the port" });
});
afterAll(removeStores);

describe("the CSV export", () => {
  it("parses back, one row per claim of the story, quotes, commas and line breaks intact", async () => {
    const file = await exportStory(ferryStory, "csv");
    expect(file.contentType).toMatch(/^text\/csv/);
    const rows: CsvRow[] = parse(file.body, { bom: true, columns: true });
    const claims = await db().claim.findMany({
      where: { article: { story: ferryStory } },
      include: { article: { include: { outlet: true } }, group: true },
    });
    expect(rows).toHaveLength(claims.length);
    const broken = claims.find((c) => c.text.includes("\n") && c.text.includes('"') && c.text.includes(","));
    expect(broken, "the fixture has a claim with a line break, quotes and commas").toBeDefined();
    for (const c of claims) {
      const row = rows.find((r) => r.span === `${c.start}-${c.end}` && r.outlet === c.article.outlet?.name);
      expect(row, `a row for ${c.key}`).toBeDefined();
      const formula = c.text.startsWith("=");
      expect(row!["claim text"]).toBe(formula ? `'${c.text}` : c.text);
      expect([row!.story, row!["group key"], row!.verdict, row!["publication date"]]).toEqual([
        ferryStory,
        c.group!.key,
        c.group!.verdict,
        c.article.publishedAt,
      ]);
    }
    const disputed = rows.filter((r) => r["claim text"].includes("fares will rise"));
    expect(disputed.map((r) => [r["discrepancy kinds"], r["review status"], r.note])).toEqual([
      ["quantity", "confirmed", NOTE],
      ["quantity", "confirmed", NOTE],
    ]);
    expect(rows.filter((r) => r["review status"] === "unreviewed").length).toBe(rows.length - 2);
  });

  it("holds only the story asked for", async () => {
    const rows: CsvRow[] = parse((await exportStory(calderStory, "csv")).body, {
      bom: true,
      columns: true,
    });
    expect(new Set(rows.map((r) => r.outlet))).toEqual(new Set(["North Wire", "South Gazette"]));
    expect(rows.find((r) => r["claim text"].includes("$4 million"))!["review status"]).toBe("needs-follow-up");
  });
});

describe("the JSON export", () => {
  const committed = JSON.parse(fs.readFileSync("schemas/story-export.schema.json", "utf8")) as object;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(committed);

  it("commits the JSON Schema its zod schema generates (npm run schema:export rewrites it)", () => {
    expect(committed).toEqual(storyExportJsonSchema());
  });

  it("validates against the committed schema, and the schema refuses a broken export", async () => {
    const json = JSON.parse((await exportStory(ferryStory, "json")).body) as Record<string, unknown>;
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(json) as { groups: { verdict: string }[] };
    broken.groups[0]!.verdict = "probably";
    expect(validate(broken)).toBe(false);
    expect(validate({ ...json, claims: undefined })).toBe(false);
  });

  it("is the analyze --json contract for the story, plus the editors' work", async () => {
    const json = JSON.parse((await exportStory(ferryStory, "json")).body) as {
      articles: Record<string, unknown>[];
      claims: { id: string; text: string; articleId: number; start: number; end: number }[];
      groups: { key: string; verdict: string; label: string; review: { status: string } | null; reviews: unknown[] }[];
    };
    const contract = toJson(analyze(ferry)) as { articles: object[]; claims: object[]; groups: object[] };
    expect(Object.keys(json.articles[0]!).sort()).toEqual(Object.keys(contract.articles[0]!).sort());
    expect(Object.keys(json.claims[0]!).sort()).toEqual(
      [...Object.keys(contract.claims[0]!), "review", "reviews"].sort(),
    );
    const groupKeys = Object.keys(contract.groups[0]!);
    expect(Object.keys(json.groups[0]!).sort()).toEqual([...groupKeys, "flags", "review", "reviews"].sort());
    const analysed = analyze(ferry).groups.map((g) => [g.key, g.verdict, g.label]);
    expect(json.groups.map((g) => [g.key, g.verdict, g.label])).toEqual(analysed);
    const raw = new Map((await db().article.findMany()).map((a) => [a.id, a.raw]));
    for (const c of json.claims) expect(c.text).toBe(raw.get(c.articleId)!.slice(c.start, c.end));
    const reviewed = json.groups.find((g) => g.review);
    expect(reviewed?.review?.status).toBe("confirmed");
    expect(reviewed?.reviews).toHaveLength(2);
  });
});

describe("the ClaimReview export", () => {
  it("has one schema.org ClaimReview per confirmed or disputed group, valid against the vocabulary", async () => {
    process.env.CROSSCHECK_ORG_NAME = "Lakeside Fact Desk";
    process.env.CROSSCHECK_ORG_URL = "https://facts.example.org/";
    try {
      const reviews = JSON.parse((await exportStory(ferryStory, "claimreview")).body) as Record<string, unknown>[];
      expect(reviews).toHaveLength(1);
      expect(schemaOrgProblems(reviews)).toEqual([]);
      const [review] = reviews as {
        "@context": string;
        claimReviewed: string;
        itemReviewed: { "@type": string; appearance: { headline: string; publisher: { name: string } }[] };
        reviewRating: { alternateName: string; ratingExplanation: string };
        author: { name: string; url: string };
        datePublished: string;
      }[];
      expect(review!["@context"]).toBe("https://schema.org");
      expect(review!.claimReviewed).toBe(
        'The ferry operator said fares will rise by 8 percent, the "steepest rise in a decade", from June.',
      );
      const stored = await db().article.findMany({ where: { story: ferryStory }, include: { outlet: true } });
      // Both outlets' articles, the earlier first, each under its stored headline.
      expect(review!.itemReviewed.appearance.map((a) => [a.headline, a.publisher.name])).toEqual(
        ["Lakeside Times", "Harbour Post"].map((outlet) => {
          const article = stored.find((a) => a.outlet?.name === outlet)!;
          return [article.title ?? article.file, outlet];
        }),
      );
      expect(review!.reviewRating).toEqual({ "@type": "Rating", alternateName: "confirmed", ratingExplanation: NOTE });
      expect(review!.author).toEqual({
        "@type": "Organization",
        name: "Lakeside Fact Desk",
        url: "https://facts.example.org/",
      });
      expect(review!.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // A group needing follow-up is not a published finding.
      expect(JSON.parse((await exportStory(calderStory, "claimreview")).body)).toEqual([]);
    } finally {
      delete process.env.CROSSCHECK_ORG_NAME;
      delete process.env.CROSSCHECK_ORG_URL;
    }
  });

  it("the vocabulary check catches a property ClaimReview does not have", () => {
    expect(schemaOrgProblems({ "@type": "ClaimReview", verdict: "true" })).toEqual([
      "$: ClaimReview has no property verdict",
    ]);
  });

  it("names a misconfigured organisation", async () => {
    process.env.CROSSCHECK_ORG_URL = "facts desk";
    try {
      await expect(exportStory(ferryStory, "claimreview")).rejects.toThrow(/CROSSCHECK_ORG_URL is not a URL/);
    } finally {
      delete process.env.CROSSCHECK_ORG_URL;
    }
  });
});

describe("asking for an export", () => {
  it("names an unknown story or format", async () => {
    await expect(exportStory("s999", "csv")).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportStory("../etc", "csv")).rejects.toThrow(/Story "..\/etc" was not found/);
    await expect(exportStory(ferryStory, "xlsx")).rejects.toBeInstanceOf(InvalidInputError);
    await expect(exportStory(ferryStory, "xlsx")).rejects.toThrow(/unknown export format "xlsx": use csv, json/);
  });

  it("exports a story an editor made before anything is imported into it, as an empty story", async () => {
    const { createStory } = await import("@/server/stories");
    const { LOCAL_ACTOR } = await import("@/server/actor");
    const empty = await createStory(LOCAL_ACTOR, { title: "Ferry timetable inquiry" });
    const csv = parse((await exportStory(empty.id, "csv")).body, { columns: true, bom: true });
    expect(csv).toEqual([]);
    const json = JSON.parse((await exportStory(empty.id, "json")).body) as { articles: unknown[]; groups: unknown[] };
    expect([json.articles, json.groups]).toEqual([[], []]);
    expect((await storyReport(empty.id)).entries).toEqual([]);
  });

  it("serves the file as a download over HTTP, and errors as JSON with their status", async () => {
    const get = (story: string, format: string) =>
      GET(new NextRequest(`http://x/api/stories/${story}/export?format=${format}`), {
        params: Promise.resolve({ id: story }),
      });
    const ok = await get(ferryStory, "json");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toBe(`attachment; filename="crosscheck-story-${ferryStory}.json"`);
    const missing = await get("s999", "csv");
    expect([missing.status, ((await missing.json()) as { code: string }).code]).toEqual([404, "not_found"]);
    const bad = await get(ferryStory, "pdf");
    expect(bad.status).toBe(400);
  });
});

describe("the printable report's contents", () => {
  it("lists the discrepancies in rank order with outlets, dates, the word diff and the editors' note", async () => {
    const report = await storyReport(ferryStory);
    const stored = await db().claimGroup.findMany({ where: { story: ferryStory, verdict: "discrepancy" } });
    expect(report.entries.map((e) => e.rank)).toEqual(stored.map((g) => g.rank).sort((a, b) => a - b));
    const fares = report.entries.find((e) => e.claims.some((c) => c.text.includes("fares will rise")))!;
    expect(fares.claims.map((c) => [c.outlet, c.publishedAt])).toEqual([
      ["Lakeside Times", "2024-05-01"],
      ["Harbour Post", "2024-05-02"],
    ]);
    expect(fares.claims[0]!.diff).toBeNull();
    const changed = fares.claims[1]!.diff!.filter((p) => p.kind !== "same").map((p) => [p.kind, p.text.trim()]);
    expect(changed).toEqual([
      ["removed", "8"],
      ["added", "12"],
    ]);
    expect(fares.findings.map((f) => [f.kind, f.line?.sides.map((s) => [s.outlets, s.value])])).toEqual([
      [
        "quantity",
        [
          [["Lakeside Times"], "8 percent"],
          [["Harbour Post"], "12 percent"],
        ],
      ],
    ]);
    expect([fares.review?.status, fares.review?.note]).toEqual(["confirmed", NOTE]);
  });
});

describe("the report's and timeline's claim labels", () => {
  it("show the lead claim's words, never a word cut by the stored label", async () => {
    const fares = await groupWith("fares will rise");
    const lead = (await db().claim.findFirstOrThrow({ where: { groupId: fares.id, text: { contains: "8 percent" } } }))
      .text;
    // A label stored by an analysis that cut it inside a word.
    await db().claimGroup.update({ where: { id: fares.id }, data: { label: lead.slice(0, 47) } });
    try {
      const whole = lead.replace(/\s+/g, " ");
      const report = (await storyReport(ferryStory)).entries.find((e) => e.groupKey === fares.key)!;
      expect(report.label).toBe(whole);
      const timeline = (await storyTimeline(ferryStory)).groups.find((g) => g.groupKey === fares.key)!;
      expect(timeline.label).toBe(whole);
    } finally {
      await db().claimGroup.update({ where: { id: fares.id }, data: { label: fares.label } });
    }
  });
});

describe("the timeline's contents", () => {
  it("orders articles by date, links a citation to the cited outlet's article, and names who said it first", async () => {
    const timeline = await storyTimeline(ferryStory);
    expect(timeline.articles.map((a) => [a.outlet, a.publishedAt])).toEqual([
      ["Lakeside Times", "2024-05-01"],
      ["Harbour Post", "2024-05-02"],
    ]);
    const [times, post] = timeline.articles;
    // "The Lakeside Times" is the stored outlet "Lakeside Times"; "government sources" is no one to draw.
    expect(timeline.links).toEqual([
      { from: post!.id, kind: "cites", to: { articleId: times!.id } },
      { from: post!.id, kind: "cites", to: { source: "Bay Radio" } },
    ]);
    expect(timeline.sources).toEqual(["Bay Radio"]);
    const fares = timeline.groups.find((g) => g.label.includes("fares will rise"))!;
    expect(fares.first.map((t) => t.outlet)).toEqual(["Lakeside Times"]);
    expect(fares.followers.map((t) => [t.outlet, t.daysAfter])).toEqual([["Harbour Post", 1]]);
    expect(timeline.groups.every((g) => g.first.length + g.followers.length + g.undated.length > 1)).toBe(true);
  });
});

// Last, as it reshapes the calder story: each kind of decision is made as an editor makes it, then every export is
// read back. A group's keys change with each decision, so groups are found again by a phrase of theirs.
describe("the exports after editors' decisions", () => {
  type Json = {
    claims: { id: string; text: string; review: { status: string; note: string } | null; reviews: unknown[] }[];
    groups: {
      key: string;
      claimIds: string[];
      verdict: string;
      flags: { kind: string; note: string; claimIds: string[] }[];
      review: { status: string; note: string; reviewer: string | null; changedSinceReview: boolean } | null;
    }[];
    decisions: { kind: string; data: Record<string, unknown> }[];
    audit: { action: string; target: string; actor: string }[];
  };
  const claimWith = (phrase: string, file = calder[0]!.file) =>
    db().claim.findFirstOrThrow({ where: { text: { contains: phrase }, article: { story: calderStory, file } } });
  const keysOf = async (phrase: string) =>
    (await db().claim.findMany({ where: { groupId: (await groupWith(phrase)).id }, orderBy: { id: "asc" } })).map(
      (c) => c.key,
    );
  const VEHICLES = "9,000 vehicles a day";
  const HEADLINES = { north: "Calder harbour bridge to close for repairs", south: "Calder bridge closure announced" };
  let made: { flag: string; a: string; b: string; merged: { a: string[]; b: string[] }; toll: string };

  beforeAll(async () => {
    // A reviewed group of two outlets, split in two: both sides hold what was reviewed.
    const closing = await groupWith("close for repairs in August");
    await addReview({ groupKey: closing.key, status: "confirmed", note: "both outlets say August" });
    const members = await db().claim.findMany({ where: { groupId: closing.id }, orderBy: { id: "asc" } });
    expect(members).toHaveLength(2);
    await splitClaims({ groupKey: closing.key, claimKeys: [members[1]!.key] }, LOCAL_ACTOR);
    // Two claims the tool finds no fault with, in two groups, flagged as inconsistent: each group is a discrepancy
    // only because of the flag.
    const [a, b] = [await claimWith(`${VEHICLES}, according to`), await claimWith(VEHICLES, calder[1]!.file)];
    const verdicts = await db().claimGroup.findMany({ where: { claims: { some: { key: { in: [a.key, b.key] } } } } });
    expect(verdicts.map((g) => g.verdict).sort()).toEqual(["agree", "single-source"]);
    const note = "the port's own count says 8,500";
    await flagClaim({ claimKey: a.key, otherClaimKey: b.key, kind: "quantity", note }, LOCAL_ACTOR);
    // The two headlines, each alone in its group, merged after one was reviewed: the merged group shows the review.
    // (Every other group of this two-article story holds a claim of both articles, and a group holds one per article.)
    const headlines = [HEADLINES.north, HEADLINES.south];
    const merged = { a: await keysOf(headlines[0]!), b: await keysOf(headlines[1]!) };
    const keys = [(await groupWith(headlines[0]!)).key, (await groupWith(headlines[1]!)).key];
    await addReview({ groupKey: keys[1]!, status: "needs-follow-up", note: "which headline?" });
    await expect(
      mergeGroups({ keys: [(await groupWith("$4 million")).key, (await groupWith("300 workers")).key] }, LOCAL_ACTOR),
    ).rejects.toMatchObject({ status: 409 });
    await mergeGroups({ keys }, LOCAL_ACTOR);
    const toll = await claimWith("toll rose to $3");
    await reviewClaim({ claimKey: toll.key, status: "disputed", note: "the toll rose to $2.50" }, LOCAL_ACTOR);
    made = { flag: note, a: a.key, b: b.key, merged, toll: toll.key };
  });

  it("the CSV shows the flag's kind, the review on both sides of the split and the merge, and the claim review", async () => {
    const rows: CsvRow[] = parse((await exportStory(calderStory, "csv")).body, { bom: true, columns: true });
    const row = (phrase: string) => rows.filter((r) => r["claim text"].includes(phrase));
    const closing = row("close for repairs in August");
    expect(new Set(closing.map((r) => r["group key"])).size).toBe(2);
    expect(closing.map((r) => [r["review status"], r.note, r["changed since review"]])).toEqual([
      ["confirmed", "both outlets say August", "yes"],
      ["confirmed", "both outlets say August", "yes"],
    ]);
    const vehicles = row(VEHICLES);
    expect(vehicles).toHaveLength(3);
    expect(vehicles.map((r) => [r.verdict, r["discrepancy kinds"]])).toEqual(
      vehicles.map(() => ["discrepancy", "quantity"]),
    );
    const merged = [...row(HEADLINES.north), ...row(HEADLINES.south)];
    expect(merged).toHaveLength(2);
    expect(merged.map((r) => [r["group key"], r["review status"], r["changed since review"]])).toEqual(
      merged.map(() => [merged[0]!["group key"], "needs-follow-up", "yes"]),
    );
    const tolls = row("toll rose to $3").map((r) => [r.outlet, r["claim review status"], r["claim review note"]]);
    expect(tolls.sort()).toEqual([
      ["North Wire", "disputed", "the toll rose to $2.50"],
      ["South Gazette", "", ""],
    ]);
  });

  it("the JSON, valid against the schema, holds the flags, decisions, claim reviews and audit entries", async () => {
    const committed = JSON.parse(fs.readFileSync("schemas/story-export.schema.json", "utf8")) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(committed);
    const json = JSON.parse((await exportStory(calderStory, "json")).body) as Json;
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.decisions.map((d) => d.kind)).toEqual(["split", "flag", "merge"]);
    expect(json.decisions[1]!.data).toEqual({ a: made.a, b: made.b, kind: "quantity", note: made.flag });
    expect(json.decisions[2]!.data).toEqual(made.merged);
    const flag = { kind: "quantity", note: made.flag, claimIds: [made.a, made.b] };
    const flagged = json.groups.filter((g) => g.flags.length > 0);
    // The two claims sit in two groups: the flag counts in both, as analysis counts it.
    expect(flagged.map((g) => [g.verdict, g.flags])).toEqual([
      ["discrepancy", [expect.objectContaining(flag)]],
      ["discrepancy", [expect.objectContaining(flag)]],
    ]);
    expect(flagged.map((g) => [g.claimIds.includes(made.a), g.claimIds.includes(made.b)]).sort()).toEqual([
      [false, true],
      [true, false],
    ]);
    const merged = json.groups.find((g) => g.claimIds.includes(made.merged.a[0]!))!;
    expect([...merged.claimIds].sort()).toEqual([...made.merged.a, ...made.merged.b].sort());
    expect(merged.review).toMatchObject({ status: "needs-follow-up", changedSinceReview: true });
    const closing = json.groups.filter((g) => g.review?.note === "both outlets say August");
    expect(closing.map((g) => [g.review?.reviewer, g.review?.changedSinceReview])).toEqual([
      ["local editor", true],
      ["local editor", true],
    ]);
    const toll = json.claims.find((c) => c.id === made.toll)!;
    expect(toll.review).toEqual({ status: "disputed", note: "the toll rose to $2.50", at: expect.any(String) });
    expect(toll.reviews).toHaveLength(1);
    expect(json.claims.filter((c) => c.review).map((c) => c.id)).toEqual([made.toll]);
    // The audit log, newest first: the claim review, the merge, the headline's review, the flag, the split, the two
    // group reviews (the split one's, then "$4 million"'s from the suite's start), then the import. The refused
    // merge left no entry.
    const actions = ["review", "merge", "review", "flag", "split", "review", "review", "import"];
    expect(json.audit.map((e) => e.action)).toEqual(actions);
    expect(json.audit.slice(0, 4).map((e) => e.target)).toEqual([
      made.toll,
      expect.any(String),
      expect.any(String),
      made.a,
    ]);
  });

  it("the report lists a flag-only discrepancy with the flag as its finding", async () => {
    const report = await storyReport(calderStory);
    const vehicles = report.entries.filter((e) => e.claims.some((c) => c.text.includes(VEHICLES)));
    const finding = { kind: "quantity", severity: 3, summary: `flagged by an editor: ${made.flag}`, line: null };
    // Each group names the outlet of its own claim, and the other claim as in another group.
    expect(vehicles.flatMap((e) => e.findings).sort((x, y) => x.between.localeCompare(y.between))).toEqual([
      { ...finding, between: "another group and South Gazette" },
      { ...finding, between: "North Wire and another group" },
    ]);
    expect(report.entries.every((e) => e.findings.length > 0)).toBe(true);
  });

  it("ClaimReview has a record for each side of the split review", async () => {
    const reviews = JSON.parse((await exportStory(calderStory, "claimreview")).body) as {
      claimReviewed: string;
      reviewRating: { alternateName: string; ratingExplanation: string };
    }[];
    expect(schemaOrgProblems(reviews)).toEqual([]);
    expect(reviews.map((r) => [r.reviewRating.alternateName, r.reviewRating.ratingExplanation])).toEqual([
      ["confirmed", "both outlets say August"],
      ["confirmed", "both outlets say August"],
    ]);
    expect(reviews.every((r) => r.claimReviewed.includes("close for repairs in August"))).toBe(true);
  });
});
