import { z } from "zod";
import { db } from "./db";
import { NotFoundError } from "./errors";
import { auditEntries } from "./audit";
import { flagsOn } from "./claim-decisions";
import { articleNameSelect, named } from "./article-names";
import { groupLabel } from "../lib/present/label";
import { sourceName } from "../lib/present/names";
import { clipAtWord } from "../lib/present/clip";

const OTHER_CLAIM_CHARACTERS = 80;

/** What a claim review's audit entry records after the write: the review's row id ties the two together. */
const reviewAfter = z.object({ id: z.number() }).loose();

const claimSelect = {
  key: true,
  start: true,
  end: true,
  text: true,
  article: { select: { ...articleNameSelect, publishedAt: true } },
  group: { select: { key: true, rank: true, label: true, verdict: true, claims: { select: { text: true } } } },
} as const;

/**
 * One claim by its stable key: its words and article, the group it is in now, its reviews (who made each comes from
 * the audit entry written with it), editors' flags naming it, and its history. An unknown key is a 404.
 */
export async function claimView(key: string) {
  const claim = await db().claim.findUnique({ where: { key }, select: claimSelect });
  if (!claim) throw new NotFoundError(`Claim ${key}`);
  const [rows, flags, history] = await Promise.all([
    db().claimReview.findMany({ where: { claimKey: key }, orderBy: { id: "desc" } }),
    flagsOn([key]),
    auditEntries({ targets: [key] }),
  ]);
  const who = new Map(
    history.flatMap((e) => {
      const after = e.action === "review" ? reviewAfter.safeParse(e.after) : null;
      return after?.success ? [[after.data.id, e.actorName] as const] : [];
    }),
  );
  const others = await db().claim.findMany({
    where: { key: { in: flags.map((f) => (f.a === key ? f.b : f.a)) } },
    select: { key: true, text: true, article: { select: articleNameSelect } },
  });
  const group = claim.group;
  return {
    ...claim,
    article: named(claim.article),
    group: group && {
      ...group,
      label: groupLabel(
        group.label,
        group.claims.map((c) => c.text),
      ),
    },
    reviews: rows.map((r) => ({ ...r, by: who.get(r.id) ?? null })),
    flags: flags.map((f) => ({ ...f, other: f.a === key ? f.b : f.a })),
    otherLabels: new Map(
      others.map((c) => [c.key, `${sourceName(named(c.article))}: ${clipAtWord(c.text, OTHER_CLAIM_CHARACTERS)}`]),
    ),
    history,
  };
}

export type ClaimView = Awaited<ReturnType<typeof claimView>>;
