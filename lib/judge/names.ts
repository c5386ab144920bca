import type { Claim } from "../extract/types";
import type { EntityVariant } from "../group/entities";
import type { Discrepancy } from "./types";

type Spelling = EntityVariant["spellings"][number];

/**
 * A person's name spelled differently within one story. Within the group it is a discrepancy. Elsewhere in the
 * story it counts where this group carries the spelling fewer of the story's articles use (a likely misspelling),
 * on a tie of articles the one the story mentions less often (given `articleOfClaim`), on a full tie both; it is a
 * note where this group has the common spelling.
 */
export function entityClashes(
  claims: Claim[],
  variants: EntityVariant[],
  storyOf: (articleId: string) => string,
  articleOfClaim?: (claimId: string) => string | undefined,
): Discrepancy[] {
  const ids = new Set(claims.map((c) => c.id));
  const story = storyOf(claims[0]!.articleId);
  return variants.flatMap((v): Discrepancy[] => {
    const ofStory = (id: string) => {
      const article = articleOfClaim?.(id);
      return article === undefined || storyOf(article) === story;
    };
    const inStory = v.spellings
      .map((s) => ({
        ...s,
        articleIds: s.articleIds.filter((a) => storyOf(a) === story),
        claimIds: s.claimIds.filter(ofStory),
      }))
      .filter((s) => s.articleIds.length > 0);
    const here = inStory.filter((s) => s.claimIds.some((id) => ids.has(id)));
    if (here.length === 0 || inStory.length < 2) return [];
    const elsewhere = inStory.filter((s) => !here.includes(s));
    const inGroup = here.length >= 2;
    const rare = !inGroup && elsewhere.every((s) => rarer(here[0]!, s));
    const names = (list: Spelling[]) => list.map((s) => `"${s.text}" (${outlets(s)})`).join(" and ");
    return [
      {
        kind: "entity",
        claimIds: here.flatMap((s) => s.claimIds.filter((id) => ids.has(id))),
        severity: inGroup || rare ? 2 : 0,
        summary: inGroup
          ? `${v.canonical} is spelled ${names(here)}`
          : `${v.canonical} is spelled ${names(here)} here and ${names(elsewhere)} elsewhere in the story`,
        evidence: { canonical: v.canonical, spellings: inStory, reason: v.reason, minority: rare },
      },
    ];
  });
}

const outlets = (s: Spelling) => `${s.articleIds.length} article${s.articleIds.length > 1 ? "s" : ""}`;

/** Fewer of the story's articles spell it this way, or as many and no more mentions: the likelier slip. */
function rarer(a: Spelling, b: Spelling): boolean {
  if (a.articleIds.length !== b.articleIds.length) return a.articleIds.length < b.articleIds.length;
  return a.claimIds.length <= b.claimIds.length;
}
