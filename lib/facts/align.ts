import type { Fact, FactLink } from "./types";
import { eventsConflict, sharedVerbs } from "./verbs";
import {
  GENERIC_MIN_SHARED_ANCHORS,
  GENERIC_MIN_SHARED_SHARE,
  GENERIC_MIN_SHARED_WEIGHT,
  MAX_POSTING,
  MIN_SHARED_ANCHORS,
  MIN_SHARED_SHARE,
  MIN_SHARED_WEIGHT,
  MIN_DISAGREEMENTS,
  RIVAL_WEIGHT,
  SIMILAR_CLAIMS,
  UNIQUE_MIN_SHARED_WEIGHT,
  MAX_DATE_PRECISION_STEPS,
  NOUN_EVENT_MIN_SHARED_NAMES,
  PICKING_SHARED_VERBS,
  OBJECT_MIN_SHARED_ANCHORS,
} from "./thresholds";
import { lexicon } from "../lexicon/index";

/**
 * Facts of different articles in one story that fill the same slot about the same things: the same counted noun
 * or a date, with enough of the same words and names around it. Their values may differ; that is the point.
 * Candidates come from an inverted index on (slot, anchor), so cost grows with the facts, not their pairs.
 */
export function alignFacts(
  facts: Fact[],
  storyOf: (articleId: string) => string,
  similarity: (a: string, b: string) => number = () => 0,
): FactLink[] {
  return consistentArticles(candidateLinks(facts, storyOf, similarity), facts);
}

/** Every link the anchors support, before article pairs that report two events are taken apart. */
export function candidateLinks(
  facts: Fact[],
  storyOf: (articleId: string) => string,
  similarity: (a: string, b: string) => number = () => 0,
): FactLink[] {
  const weight = anchorWeights(facts, storyOf);
  const perArticle = new Map<string, number>();
  for (const f of facts)
    perArticle.set(`${f.articleId}|${f.slot}`, (perArticle.get(`${f.articleId}|${f.slot}`) ?? 0) + 1);
  const inArticle = (f: Fact) => perArticle.get(`${f.articleId}|${f.slot}`) ?? 1;
  const postings = new Map<string, number[]>();
  facts.forEach((f, i) => {
    for (const a of f.anchors) {
      const key = `${f.slot}|${a}`;
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  const tried = new Set<string>();
  const byPair = new Map<string, FactLink[]>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTING) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const fa = facts[list[x]!]!;
        const fb = facts[list[y]!]!;
        const key = `${list[x]} ${list[y]}`;
        if (tried.has(key) || fa.articleId === fb.articleId) continue;
        tried.add(key);
        if (storyOf(fa.articleId) !== storyOf(fb.articleId)) continue;
        const rivals = Math.max(inArticle(fa), inArticle(fb)) - 1;
        const story = storyOf(fa.articleId);
        const link = linkOf(
          fa,
          fb,
          (a) => weight(story, a),
          rivals,
          () => similarity(fa.claimId, fb.claimId),
        );
        if (!link) continue;
        const pair = fa.claimId < fb.claimId ? `${fa.claimId} ${fb.claimId}` : `${fb.claimId} ${fa.claimId}`;
        byPair.set(pair, [...(byPair.get(pair) ?? []), link]);
      }
  }
  return [...byPair.values()].flatMap(oneToOne);
}

/**
 * Two articles whose linked facts mostly disagree (two different earthquakes: other magnitudes, other tolls, other
 * days) report two events of one kind, not one event told differently: none of their links is kept. A changed
 * figure among agreeing ones is the discrepancy worth flagging.
 */
function consistentArticles(links: FactLink[], facts: Fact[]): FactLink[] {
  const articleOf = new Map(facts.map((f) => [f.claimId, f.articleId]));
  const valueAt = new Map(facts.map((f) => [`${f.claimId}@${f.start}`, f.value]));
  const pairOf = (l: FactLink) => [articleOf.get(l.a), articleOf.get(l.b)].sort().join(" ");
  // One figure at odds with two restatements of another ("Friday" against "Tuesday" and "Tuesday's") is one
  // disagreement: differing links count once per pair of values.
  const values = (l: FactLink) => {
    const [va, vb] = [valueAt.get(`${l.a}@${l.at.a.start}`), valueAt.get(`${l.b}@${l.at.b.start}`)];
    return articleOf.get(l.a)! < articleOf.get(l.b)! ? `${va}|${vb}` : `${vb}|${va}`;
  };
  const tally = new Map<string, { same: number; differ: Set<string> }>();
  for (const l of links) {
    const t = tally.get(pairOf(l)) ?? { same: 0, differ: new Set<string>() };
    if (l.sameValue) t.same++;
    else t.differ.add(values(l));
    tally.set(pairOf(l), t);
  }
  return links.filter((l) => {
    const t = tally.get(pairOf(l))!;
    return t.differ.size < MIN_DISAGREEMENTS || t.differ.size <= t.same;
  });
}

/**
 * Within one pair of claims each fact pairs with one fact at most: equal values first (they are the same fact
 * for certain), then the strongest links. "From 1961 to 1970" against "from 1965 to 1970" pairs 1970 with 1970,
 * leaving 1961 against 1965.
 */
function oneToOne(links: FactLink[]): FactLink[] {
  const order = [...links].sort((x, y) => Number(y.sameValue) - Number(x.sameValue) || y.score - x.score);
  const used = new Set<string>();
  const out: FactLink[] = [];
  for (const l of order) {
    const [ka, kb] = [`a${l.at.a.start}`, `b${l.at.b.start}`];
    if (used.has(ka) || used.has(kb)) continue;
    used.add(ka);
    used.add(kb);
    out.push(l);
  }
  return out;
}

function linkOf(
  fa: Fact,
  fb: Fact,
  weight: (anchor: string) => number,
  rivals: number,
  similarity: () => number,
): FactLink | null {
  // An age belongs to the person named by it: two ages of two different people are no discrepancy.
  if (fa.local.length && fb.local.length && !fa.local.some((e) => fb.local.includes(e))) return null;
  // One span's same bound, the other bound agreeing: "between 2009 and 2016" against "beginning in 2009 and
  // continuing through 2016", whatever verbs the two spans hang on.
  // So are dates of other verbs with one object, in claims that share much else ("passed a resolution Tuesday",
  // "adopted a resolution Tuesday").
  const inB = new Set(fb.anchors);
  const shared = fa.anchors.filter((a) => inB.has(a));
  const span = sameSpan(fa, fb) || sameObject(fa, fb, shared);
  // A date belongs to its event: "adopted" on Tuesday and "will approve" in October are two facts.
  if (fa.kind === "date" && !span && eventsApart(fa, fb)) return null;
  // A weekday against a year ("Wednesday's shooting", "a tradition dating back to 1909") can be no one fact.
  if (fa.kind === "date" && Math.abs(precision(fa.value) - precision(fb.value)) > MAX_DATE_PRECISION_STEPS) return null;
  const total = (anchors: string[]) => anchors.reduce((s, a) => s + weight(a), 0);
  const sharedWeight = total(shared);
  const score = shared.length ? sharedWeight / Math.min(total(fa.anchors), total(fb.anchors)) : 0;
  // The noun a date modifies picks it out among the article's other dates, as a counted noun picks out a figure;
  // so do the same verbs on both sides of it ("will decide by June whether to run").
  const byVerbs = fa.kind === "date" && sharedVerbs(fa.verbs, fb.verbs) >= PICKING_SHARED_VERBS;
  // What a sum is in, from or for picks it out among the article's other sums ("$600 million from the Treasury").
  const bySource = fa.source !== undefined && fa.source === fb.source;
  const picked = rivals === 0 || (fa.noun !== null && fa.noun === fb.noun) || byVerbs || bySource || span;
  const linked = picked ? unique(fa, fb, shared, sharedWeight, span) : enough(fa, shared, sharedWeight, score, rivals);
  // Claims that read alike overall and fill the same slot report the same fact, however few words sit by the value.
  if (!linked && (eventsApart(fa, fb) || similarity() < SIMILAR_CLAIMS)) return null;
  return {
    a: fa.claimId,
    b: fb.claimId,
    kind: fa.kind,
    slot: fa.slot,
    what: fa.what,
    shared: [...new Set(shared.map((a) => fa.words[a] ?? a.slice(2)))],
    score: Math.round(score * 1000) / 1000,
    sameValue: fa.value === fb.value,
    sameVerb: sameVerbs(fa, fb),
    at: { a: { start: fa.start, end: fa.end }, b: { start: fb.start, end: fb.end } },
  };
}

/**
 * Whether two facts take part in different events. A noun's date whose noun the other side does not name ("In a
 * Friday statement, Royce pointed to..." against "Royce on Friday questioned...") is still one event with it when
 * both claims name the same participants: the verbs then tell what was said or done at it, not which event it was.
 */
function eventsApart(fa: Fact, fb: Fact): boolean {
  if (!eventsConflict(fa, fb)) return false;
  if (!fa.noun && !fb.noun) return true;
  const names = new Set(fb.anchors.filter((a) => a.startsWith("e:")));
  return fa.anchors.filter((a) => names.has(a)).length < NOUN_EVENT_MIN_SHARED_NAMES;
}

/** 0 for a year ("2014"), 1 for a month ("2014-03"), 2 for a day ("2014-03-18"). */
function precision(iso: string): number {
  return iso.split("-").length - 1;
}

/**
 * The only value either article gives in the slot: one rare anchor in common is enough, unless the verbs tell two
 * events apart ("hold 240 seats" against "lost 60 seats", sharing only "House").
 */
function unique(fa: Fact, fb: Fact, shared: string[], weight: number, span = false): boolean {
  if (weight < UNIQUE_MIN_SHARED_WEIGHT) return false;
  return distinct(shared) >= MIN_SHARED_ANCHORS || (!span && !eventsApart(fa, fb));
}

/** Dates of verbs with one object, in claims that share much else: "passed a resolution" and "adopted" one. */
export function sameObject(fa: Fact, fb: Fact, shared: string[]): boolean {
  if (!fa.object || fa.object !== fb.object) return false;
  return distinct(shared) >= OBJECT_MIN_SHARED_ANCHORS;
}

/**
 * Two bounds of spans in the same role (start with start, end with end) whose spans agree on a bound: the value
 * itself, or the other one. Spans with no bound in common may be two spans, and are left to the other rules.
 */
export function sameSpan(fa: Fact, fb: Fact): boolean {
  const [ra, rb] = [fa.range, fb.range];
  if (!ra || !rb || ra.role !== rb.role) return false;
  return fa.value === fb.value || ra.other === rb.other;
}

/** Shared anchors, counting a name once though it is both a word ("w:trump") and a participant ("e:donald trump"). */
function distinct(shared: string[]): number {
  const names = shared.filter((a) => a.startsWith("e:")).flatMap((a) => a.slice(2).split(" "));
  return shared.filter((a) => !a.startsWith("w:") || !names.some((n) => n.startsWith(a.slice(2)))).length;
}

/** Both values sit by the same verb, or a noun's date by that noun on the other side ("the 2014 ban"). */
function sameVerbs(fa: Fact, fb: Fact): boolean {
  const known = (f: Fact) => f.verbs.length > 0 || f.noun !== null;
  return known(fa) && known(fb) && !eventsConflict(fa, fb);
}

/**
 * Whether two facts have enough in common. Each further value an article gives in the slot (three sums of money,
 * two dates) is another candidate for the same fact, so the weight needed grows with them.
 */
function enough(fact: Fact, shared: string[], weight: number, share: number, rivals: number): boolean {
  const generic = fact.kind === "quantity" && lexicon.facts.genericSlots.has(fact.slot);
  const minAnchors = generic ? GENERIC_MIN_SHARED_ANCHORS : MIN_SHARED_ANCHORS;
  if (distinct(shared) < minAnchors || !shared.some((a) => a.startsWith("w:"))) return false;
  const scale = 1 + RIVAL_WEIGHT * (rivals - 1);
  if (generic) return share >= GENERIC_MIN_SHARED_SHARE && weight >= GENERIC_MIN_SHARED_WEIGHT * scale;
  return share >= MIN_SHARED_SHARE || weight >= MIN_SHARED_WEIGHT * scale;
}

/**
 * Inverse fact frequency within the story, scaled to 1 for an anchor of one fact: an anchor most of the story's facts
 * share says little about which fact this is. Counted per story, so an unrelated article changes nothing here.
 */
function anchorWeights(
  facts: Fact[],
  storyOf: (articleId: string) => string,
): (story: string, anchor: string) => number {
  const df = new Map<string, number>();
  const size = new Map<string, number>();
  for (const f of facts) {
    const story = storyOf(f.articleId);
    size.set(story, (size.get(story) ?? 0) + 1);
    for (const a of f.anchors) df.set(`${story}|${a}`, (df.get(`${story}|${a}`) ?? 0) + 1);
  }
  return (story, a) => {
    const n = size.get(story) ?? 1;
    return Math.log(1 + n / (df.get(`${story}|${a}`) ?? 1)) / Math.log(1 + n);
  };
}
