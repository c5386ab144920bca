import { db } from "./db";
import { requireRole, type Actor } from "./actor";
import { ConflictError } from "./errors";
import { recordAudit } from "./audit";
import { WEB_WRITE_WAIT_MS, whileBusy } from "./store-retry";
import { decisionInputs, parseInput } from "./decisions-input";
import { claimNow, groupNow, groupsOf, sameStory } from "./decisions-lookup";
import { writeDecision } from "./decisions-write";
import { readDecision } from "./decisions-store";
import { shareAnArticle } from "../lib/group/overrides";

/** What a decision did: its row, and the groups its claims are in now (where a page should go next). */
export type DecisionResult = { id: number; groupKeys: string[] };

/** An editor's review of one claim, beside its group's reviews; claim keys survive re-analysis, so it stays put. */
export async function reviewClaim(input: unknown, actor: Actor) {
  requireRole(actor, "editor");
  const { claimKey, status, note } = parseInput(decisionInputs.claimReview, input);
  const claim = await claimNow(claimKey);
  const previous = await db().claimReview.findFirst({ where: { claimKey }, orderBy: { id: "desc" } });
  const before = previous ? { status: previous.status, note: previous.note } : null;
  const write = () =>
    db().$transaction(async (tx) => {
      const review = await tx.claimReview.create({ data: { claimKey, status, note } });
      const after = { status, note, id: review.id };
      await recordAudit(tx, actor, { action: "review", target: claimKey, story: claim.story, before, after });
      return review;
    });
  return whileBusy(write, WEB_WRITE_WAIT_MS);
}

/** Flag claim `claimKey` as inconsistent with `otherClaimKey`: a discrepancy the tool missed, counted in verdicts. */
export async function flagClaim(input: unknown, actor: Actor): Promise<DecisionResult> {
  requireRole(actor, "editor");
  const { claimKey, otherClaimKey, kind, note } = parseInput(decisionInputs.flag, input);
  if (claimKey === otherClaimKey) throw new ConflictError(`claim ${claimKey} cannot be flagged against itself`);
  const [a, b] = [await claimNow(claimKey), await claimNow(otherClaimKey)];
  sameStory(`claims ${claimKey} and ${otherClaimKey}`, a, b);
  await refuseRepeat("flag", claimKey, { b: otherClaimKey, kind });
  const data = { a: claimKey, b: otherClaimKey, kind, note };
  const after = { otherClaimKey, kind, note, groupKey: a.groupKey, otherGroupKey: b.groupKey };
  const id = await writeDecision(actor, {
    kind: "flag",
    claimKey,
    data,
    story: a.story,
    audit: { action: "flag", target: claimKey, after },
  });
  return { id, groupKeys: await groupsOf([claimKey, otherClaimKey]) };
}

/** Split claims out of a group: they form a group of their own, and stay apart from its other members. */
export async function splitClaims(input: unknown, actor: Actor): Promise<DecisionResult> {
  requireRole(actor, "editor");
  const { groupKey, claimKeys } = parseInput(decisionInputs.split, input);
  const group = await groupNow(groupKey);
  for (const key of claimKeys) {
    if (!group.claimKeys.includes(key)) {
      await claimNow(key);
      throw new ConflictError(`claim ${key} is not in group ${groupKey}`);
    }
  }
  const from = group.claimKeys.filter((k) => !claimKeys.includes(k));
  if (from.length === 0) throw new ConflictError(`splitting every claim out of group ${groupKey} leaves it as it is`);
  const id = await writeDecision(actor, {
    kind: "split",
    claimKey: claimKeys[0]!,
    data: { claimKeys, from },
    story: group.story,
    audit: { action: "split", target: groupKey, before: { claimKeys: group.claimKeys }, after: { split: claimKeys } },
  });
  return { id, groupKeys: await groupsOf(from.slice(0, 1)) };
}

/** Move a claim into another group of its story. */
export async function moveClaim(input: unknown, actor: Actor): Promise<DecisionResult> {
  requireRole(actor, "editor");
  const { claimKey, groupKey } = parseInput(decisionInputs.move, input);
  const [claim, target] = [await claimNow(claimKey), await groupNow(groupKey)];
  if (claim.groupKey === groupKey) throw new ConflictError(`claim ${claimKey} is already in group ${groupKey}`);
  sameStory(`claim ${claimKey} and group ${groupKey}`, claim, target);
  if (shareAnArticle(target.claimKeys, [claimKey]))
    throw new ConflictError(
      `group ${groupKey} already holds a claim of claim ${claimKey}'s article; a group holds one`,
    );
  const id = await writeDecision(actor, {
    kind: "move",
    claimKey,
    data: { claimKey, into: target.claimKeys },
    story: claim.story,
    audit: { action: "move", target: claimKey, before: { groupKey: claim.groupKey }, after: { groupKey } },
  });
  return { id, groupKeys: await groupsOf([claimKey]) };
}

/** Merge two groups of one story into one. */
export async function mergeGroups(input: unknown, actor: Actor): Promise<DecisionResult> {
  requireRole(actor, "editor");
  const { keys } = parseInput(decisionInputs.merge, input);
  if (keys[0] === keys[1]) throw new ConflictError(`group ${keys[0]} cannot be merged with itself`);
  const [a, b] = [await groupNow(keys[0]), await groupNow(keys[1])];
  sameStory(`groups ${a.key} and ${b.key}`, a, b);
  if (shareAnArticle(a.claimKeys, b.claimKeys))
    throw new ConflictError(
      `groups ${a.key} and ${b.key} both hold a claim of one article; a group holds one per article`,
    );
  const id = await writeDecision(actor, {
    kind: "merge",
    claimKey: a.claimKeys[0]!,
    data: { a: a.claimKeys, b: b.claimKeys },
    story: a.story,
    audit: {
      action: "merge",
      target: a.key,
      before: { groups: { [a.key]: a.claimKeys, [b.key]: b.claimKeys } },
      after: { merged: [a.key, b.key] },
    },
  });
  return { id, groupKeys: await groupsOf(a.claimKeys.slice(0, 1)) };
}

/** Mark two claims "not the same fact": whenever analysis puts them in one group, the second leaves it. */
export async function markApart(input: unknown, actor: Actor): Promise<DecisionResult> {
  requireRole(actor, "editor");
  const { claimKey, otherClaimKey } = parseInput(decisionInputs.apart, input);
  if (claimKey === otherClaimKey) throw new ConflictError(`claim ${claimKey} cannot be kept apart from itself`);
  const [a, b] = [await claimNow(claimKey), await claimNow(otherClaimKey)];
  sameStory(`claims ${claimKey} and ${otherClaimKey}`, a, b);
  await refuseRepeat("apart", claimKey, { b: otherClaimKey });
  const id = await writeDecision(actor, {
    kind: "apart",
    claimKey,
    data: { a: claimKey, b: otherClaimKey },
    story: a.story,
    audit: { action: "apart", target: claimKey, before: { groupKey: a.groupKey }, after: { apartFrom: otherClaimKey } },
  });
  return { id, groupKeys: await groupsOf([claimKey, otherClaimKey]) };
}

/** The same flag or "apart" twice would count twice or mean nothing: a 409 naming the earlier decision. */
async function refuseRepeat(kind: "flag" | "apart", claimKey: string, data: Record<string, string>): Promise<void> {
  const rows = await db().decision.findMany({ where: { kind, claimKey } });
  for (const row of rows) {
    const d = readDecision(row);
    const stored: Record<string, unknown> = "flag" in d ? d.flag : d.override;
    if (Object.entries(data).every(([k, v]) => stored[k] === v))
      throw new ConflictError(`claim ${claimKey} already has this ${kind} decision (${row.id})`);
  }
}
