// On basil-dev: do stories separate events, do groups stay within one event, and do shared quotes land together?
import { analyze } from "../lib/analyze/index";
import { basilArticles, basilDocument } from "./basil";
import { words } from "../lib/text/normalize";
import { configureMatcherOnce } from "../server/match-config";

configureMatcherOnce();

const articles = basilArticles();
const analysis = analyze(articles.map((a) => basilDocument(a)));
const eventOf = new Map(analysis.articles.map((a, i) => [a.id, articles[i]!.triplet_uuid]));
const claimEvent = new Map(analysis.claims.map((c) => [c.id, eventOf.get(c.articleId)!]));

const impure = analysis.stories.filter((s) => new Set(s.articleIds.map((id) => eventOf.get(id))).size > 1);
const split = new Set(articles.map((a) => a.triplet_uuid)).size;
console.log(`stories: ${analysis.stories.length} for ${split} events; ${impure.length} stories mix events`);
for (const s of impure.slice(0, 5))
  console.log("  mixed:", s.articleIds.map((id) => `${eventOf.get(id)!.slice(0, 6)}`).join(" "));
const multi = analysis.groups.filter((g) => g.claimIds.length > 1);
const mixed = multi.filter((g) => new Set(g.claimIds.map((id) => claimEvent.get(id))).size > 1);
console.log(`groups: ${analysis.groups.length}, with 2+ claims: ${multi.length}, mixing events: ${mixed.length}`);
const verdicts: Record<string, unknown[]> = {};
for (const g of analysis.groups) (verdicts[g.verdict] ??= []).push(g);
console.log(
  `verdicts: ${Object.entries(verdicts)
    .map(([k, v]) => `${k} ${v?.length}`)
    .join(", ")}`,
);

// Quotes of 5+ words that appear in two outlets of one event: are their claims in one group?
const quoteKey = (t: string) => words(t).join(" ");
const byQuote = new Map<string, string[]>();
for (const c of analysis.claims)
  for (const q of c.facets.quotes) {
    const k = quoteKey(q.text);
    if (k.split(" ").length < 5) continue;
    byQuote.set(`${claimEvent.get(c.id)}|${k}`, [...(byQuote.get(`${claimEvent.get(c.id)}|${k}`) ?? []), c.id]);
  }
const groupOf = new Map(analysis.groups.flatMap((g) => g.claimIds.map((id) => [id, g.id] as const)));
const articleOf = new Map(analysis.claims.map((c) => [c.id, c.articleId]));
let shared = 0,
  together = 0,
  paired = 0;
const misses: string[] = [];
for (const [k, ids] of byQuote) {
  const arts = new Set(ids.map((id) => articleOf.get(id)));
  if (arts.size < 2) continue;
  shared++;
  const groups = new Set(ids.map((id) => groupOf.get(id)));
  if (groups.size === 1) together++;
  else misses.push(k.split("|")[1]!.slice(0, 80));
  // Lenient: some group holds the quote from two or more of the outlets (an article may quote twice).
  if (
    [...groups].some((g) => new Set(ids.filter((id) => groupOf.get(id) === g).map((id) => articleOf.get(id))).size >= 2)
  )
    paired++;
}
console.log(
  `quotes shared by two outlets: ${shared}; all in one group: ${together} (${Math.round((100 * together) / Math.max(1, shared))}%); grouped across outlets at least once: ${paired} (${Math.round((100 * paired) / Math.max(1, shared))}%)`,
);
for (const m of misses.slice(0, 8)) console.log("  apart:", m);
console.log(`timings: ${JSON.stringify(analysis.stats.timings)}`);
