import { editDistance } from "../text/edit-distance";
import type { Claim, Entity } from "../extract/types";
import { fold } from "../text/normalize";
import { lexicon } from "../lexicon/index";

const SAME_NAME_RULE = "names differ by at most two letters and share the first letter and the rest of the name";

export type EntityVariant = {
  canonical: string;
  spellings: { text: string; articleIds: string[]; claimIds: string[] }[];
  reason: string;
};

/** Spellings close enough to be one name: one edit in five letters, two in eight. */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  // "Obamas" and "Obama" are the same name in the plural, not a spelling variant.
  if (a === `${b}s` || b === `${a}s`) return false;
  if (a[0] !== b[0]) return false;
  const len = Math.min(a.length, b.length);
  const allowed = len >= 8 ? 2 : len >= 5 ? 1 : 0;
  return allowed > 0 && editDistance(a, b) <= allowed;
}

function sameReferent(a: string[], b: string[]): boolean {
  if (a.length === b.length) return a.every((t, i) => sameName(t, b[i]!));
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length === 1 && sameName(short[0]!, long[long.length - 1]!);
}

const isName = (e: Entity) =>
  e.type === "person" || (e.type === "other" && /^\p{Lu}/u.test(e.text) && !e.canonical.includes(" "));

/**
 * Link person names across all articles: "Dupont" to "Jean Dupont", "Dupon" to "Dupont".
 * Rewrites each entity's canonical form to its cluster's and reports spellings that differ across articles.
 */
export function linkEntities(claims: Claim[]): EntityVariant[] {
  const mentions = claims.flatMap((c) => c.facets.entities.filter(isName).map((e) => ({ e, c })));
  const names = [...new Set(mentions.map((m) => m.e.canonical))].filter(Boolean);
  const parent = new Map(names.map((n) => [n, n]));
  const find = (n: string): string => {
    const p = parent.get(n)!;
    return p === n ? n : find(p);
  };
  const hasPerson = new Set(mentions.filter((m) => m.e.type === "person").map((m) => m.e.canonical));
  // Names can only be one referent if their last words start alike: compare within those blocks, not all pairs.
  const blocks = new Map<string, string[]>();
  for (const n of names) {
    const key = n.split(" ").pop()!.slice(0, 1);
    pushTo(blocks, key, n);
  }
  for (const block of blocks.values()) {
    for (let i = 0; i < block.length; i++)
      for (let j = i + 1; j < block.length; j++) {
        const a = block[i]!;
        const b = block[j]!;
        if (!hasPerson.has(a) && !hasPerson.has(b)) continue;
        if (sameReferent(a.split(" "), b.split(" "))) parent.set(find(a), find(b));
      }
  }
  const clusters = new Map<string, typeof mentions>();
  for (const m of mentions) {
    const root = find(m.e.canonical);
    pushTo(clusters, root, m);
  }
  const variants: EntityVariant[] = [];
  for (const group of clusters.values()) {
    if (!group.some((m) => m.e.type === "person")) continue;
    // The fullest form among plausible names (at most three words), most frequent first.
    const forms = group.map((m) => m.e.canonical).filter((c) => c.split(" ").length <= 3);
    const mentionsOf = new Map<string, number>();
    for (const m of group) mentionsOf.set(m.e.canonical, (mentionsOf.get(m.e.canonical) ?? 0) + 1);
    const full = (forms.length ? forms : [group[0]!.e.canonical]).sort(
      (x, y) => mentionsOf.get(y)! - mentionsOf.get(x)! || y.split(" ").length - x.split(" ").length,
    )[0]!;
    for (const m of group) {
      m.e.canonical = full;
      m.e.type = "person";
    }
    const surnames = new Map<string, typeof group>();
    for (const m of group.filter((x) => x.e.canonical.split(" ").length <= 3)) {
      const last = surnameOf(m.e.text);
      pushTo(surnames, last, m);
    }
    if (surnames.size < 2) continue;
    variants.push({
      canonical: full,
      spellings: [...surnames].map(([text, ms]) => ({
        text,
        articleIds: [...new Set(ms.map((m) => m.c.articleId))],
        claimIds: [...new Set(ms.map((m) => m.c.id))],
      })),
      reason: `one person spelled ${[...surnames.keys()].map((s) => `"${s}"`).join(" and ")}: ${SAME_NAME_RULE}`,
    });
  }
  return variants;
}

/** The surname as written: the last word that is not an initial or a suffix ("Jesse L. Jackson Jr." → "jackson"). */
function surnameOf(surface: string): string {
  const words = surface
    .trim()
    .split(/\s+/)
    .map((w) => fold(w).replace(/'s$/, ""));
  const bare = (w: string) => w.replace(/[.,]/g, "");
  const named = words.filter((w) => !/^\p{L}$/u.test(bare(w)) && !lexicon.titles.nameSuffixes.has(bare(w)));
  return named.pop() ?? words.pop()!;
}

// In place: a story of a thousand articles mentions one person thousands of times, and copying the list on each
// mention made linking quadratic in them.
function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
