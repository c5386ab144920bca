import { z } from "zod";
import { countsTowardVerdict } from "../lib/judge/counts";
import { decodeEntities } from "../lib/ingest/html";
import { fileName, headline, sourceName } from "../lib/present/names";
import { db } from "./db";
import { NotFoundError } from "./errors";
import { articleMetaSchema, claimKeysSchema, jsonObjectSchema, groupEvidenceSchema, readJson } from "./stored-json";
import { loadStoryRows, type StoryRows } from "./export-story-rows";
import type { LatestReview } from "./latest-reviews";
import type { DecisionView, FlagData } from "./decisions-store";
import type { ClaimReviewView } from "./claim-reviews";
import type { AuditEntryView } from "./audit";

// Stories are Story rows ("s1", "s2", ... on articles and groups; server/stories.ts). Every export, the report and the
// timeline address a story through loadStory() alone.
const storyId = z.string().regex(/^s\d{1,9}$/);
const verdict = z.enum(["agree", "discrepancy", "single-source"]);

export type StoryReview = { status: string; note: string; at: Date };
/** An editor's flag on a group's claim: a discrepancy the tool missed, counted in the group's verdict. */
export type StoryFlag = {
  decisionId: number;
  kind: FlagData["kind"];
  note: string;
  claimKeys: [string, string];
  at: Date;
};

export type StoryArticle = ReturnType<typeof toArticle>;
export type StoryClaim = ReturnType<typeof toClaim>;
export type StoryGroup = ReturnType<typeof toGroup>;

/**
 * One story as stored: its articles in publication order, its claims and its groups with the editors' reviews and
 * flags, the decisions made on its claims (oldest first) and its audit log (newest first).
 */
export type Story = {
  id: string;
  title: string | null;
  articles: StoryArticle[];
  claims: StoryClaim[];
  groups: StoryGroup[];
  decisions: DecisionView[];
  audit: AuditEntryView[];
};

export async function loadStory(id: string): Promise<Story> {
  const parsed = storyId.safeParse(id);
  if (!parsed.success) throw new NotFoundError(`Story ${JSON.stringify(id)}`);
  const [rows, story] = await Promise.all([
    loadStoryRows(db(), parsed.data),
    db().story.findUnique({ where: { id: parsed.data }, select: { title: true } }),
  ]);
  // A story an editor made is exported (empty) before anything is imported into it; an id with neither is none.
  if (!story && rows.articles.length === 0) throw new NotFoundError(`Story ${JSON.stringify(id)}`);
  const articles = rows.articles.map(toArticle).sort(byPublication);
  const claims = rows.articles.flatMap((a) => a.claims.map((c) => toClaim(c, rows.claimReviews.get(c.key) ?? [])));
  const flags = storyFlags(rows.decisions, new Set(claims.map((c) => c.key)));
  return {
    id: parsed.data,
    title: story?.title ?? articles.find((a) => a.title)?.title ?? null,
    articles,
    claims,
    groups: rows.groups.map((g) =>
      toGroup(g, {
        reviews: rows.reviews.get(g.key) ?? [],
        latest: rows.latest.get(g.key) ?? null,
        flags: flags.filter((f) => g.claims.some((c) => f.claimKeys.includes(c.key))),
      }),
    ),
    decisions: rows.decisions,
    audit: rows.audit,
  };
}

/** The story's flags that count, as analysis counts them: both claims in the story (lib/analyze/story.ts). */
function storyFlags(decisions: DecisionView[], inStory: Set<string>): StoryFlag[] {
  return decisions.flatMap((d) => {
    if (d.kind !== "flag") return [];
    const flag = d.data;
    if (!inStory.has(flag.a) || !inStory.has(flag.b)) return [];
    return [{ decisionId: d.id, kind: flag.kind, note: flag.note, claimKeys: [flag.a, flag.b], at: d.at }];
  });
}

/** Dated articles first, oldest first; undated ones after them, in import order. */
function byPublication(a: StoryArticle, b: StoryArticle): number {
  if (a.publishedAt === b.publishedAt) return a.id - b.id;
  if (a.publishedAt === null || b.publishedAt === null) return a.publishedAt === null ? 1 : -1;
  return a.publishedAt < b.publishedAt ? -1 : 1;
}

// What an export shows of an article's metadata: what ingest derived, not the manifest entry as received.
const exportedMeta = articleMetaSchema.omit({ manifest: true });

function toArticle(row: StoryRows["articles"][number]) {
  const meta = readJson(exportedMeta, row.meta, `article ${row.id}'s meta`);
  return {
    id: row.id,
    hash: row.hash,
    file: row.file,
    title: row.title,
    outlet: row.outlet?.name ?? null,
    publishedAt: row.publishedAt,
    url: row.url,
    body: { start: row.bodyStart, end: row.bodyEnd },
    ...meta,
  };
}

function toClaim(row: StoryRows["articles"][number]["claims"][number], reviews: ClaimReviewView[]) {
  const { worthinessReasons, ...facets } = readJson(jsonObjectSchema, row.facets, `claim ${row.key}'s facets`);
  return {
    key: row.key,
    articleId: row.articleId,
    start: row.start,
    end: row.end,
    text: row.text,
    kind: row.kind,
    modality: row.modality,
    worthiness: row.worthiness,
    worthinessReasons: z.array(z.string()).catch([]).parse(worthinessReasons),
    facets,
    /** Editors' reviews of this one claim, newest first; the first is the current one. */
    reviews,
    review: reviews[0] ?? null,
  };
}

type GroupWork = { reviews: StoryReview[]; latest: LatestReview | null; flags: StoryFlag[] };

function toGroup(row: StoryRows["groups"][number], { reviews, latest, flags }: GroupWork) {
  const evidence = readJson(groupEvidenceSchema, row.evidence, `group ${row.key}'s evidence`);
  return {
    id: row.id,
    key: row.key,
    claimKeys: row.claims.map((c) => c.key),
    verdict: verdict.parse(row.verdict),
    verdictReason: evidence.verdictReason,
    originCount: row.origins,
    origins: evidence.origins.map((o) => ({ key: o.key, label: o.label, via: o.via, claimKeys: o.claimKeys })),
    discrepancies: row.discrepancies.map((d) => ({
      kind: d.kind,
      severity: d.severity,
      counted: countsTowardVerdict(d),
      summary: d.summary,
      claimKeys: readJson(claimKeysSchema, d.claimKeys, `discrepancy ${d.id}'s claims`),
      evidence: readJson(jsonObjectSchema, d.evidence, `discrepancy ${d.id}'s evidence`),
    })),
    matches: evidence.matches,
    severity: row.severity,
    rank: row.rank,
    label: row.label,
    flags,
    /** The group's own reviews, newest first. */
    reviews,
    /** The editors' current decision as the desk shows it: own, or an earlier version's, marked changed since. */
    review: latest,
  };
}

export type Member = { claim: StoryClaim; article: StoryArticle };

/** A lookup of each group's claims with their articles, the first published first (undated ones last). */
export function membersOf(story: Story): (group: StoryGroup) => Member[] {
  const claims = new Map(story.claims.map((c) => [c.key, c]));
  const position = new Map(story.articles.map((a, i) => [a.id, { article: a, index: i }]));
  return (group) =>
    group.claimKeys
      .map((key) => {
        const claim = claims.get(key)!;
        return { claim, ...position.get(claim.articleId)! };
      })
      .sort((a, b) => a.index - b.index)
      .map(({ claim, article }) => ({ claim, article }));
}

/** How an article of the story is named (lib/present/names): who says it, its headline, and its file as detail. */
export type ArticleName = { source: string; headline: string; file: string };

/**
 * Names for the story's articles: the outlet, else the headline or the opening words (the article's first
 * statement), and the file's name only when nothing else is known.
 */
export function articleNames(story: Story): (article: StoryArticle) => ArticleName {
  const opening = new Map<number, string>();
  for (const c of story.claims)
    if (c.kind === "statement" && !opening.has(c.articleId)) opening.set(c.articleId, readable(c.text));
  return (a) => {
    const named = {
      title: a.title,
      file: a.file,
      outlet: a.outlet ? { name: a.outlet } : null,
      opening: opening.get(a.id),
    };
    return { source: sourceName(named), headline: headline(named), file: fileName(a.file) };
  };
}

/** Claim text for reading: entities decoded, line breaks and runs of spaces made one space. */
export const readable = (text: string) => decodeEntities(text).replace(/\s+/g, " ").trim();
