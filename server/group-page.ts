import { getGroup, resolveGroupKey } from "./groups";
import { earlierReviews, reviewsFor } from "./reviews";
import { groupDecisions } from "./decisions-view";
import { neighbourKeys } from "./story-groups";
import { memoised } from "./store-stamp";

/** Where a group key leads (see `resolveGroupKey`), read once per change to the store. */
export const groupKeyTarget = (key: string) => memoised(`group-key:${key}`, () => resolveGroupKey(key));

/**
 * Everything the group page shows of one live group: the group with its claims and findings, its reviews and those
 * of its earlier versions, the editors' decisions and targets, and its neighbours in the story. None of it depends
 * on who asks, so it is read once per change to the store (server/store-stamp.ts) and shared by every reader until
 * an import, review or decision moves the stamp. NotFoundError when the key names no live group.
 */
export const groupPageData = (key: string) =>
  memoised(`group-page:${key}`, async () => {
    const group = await getGroup(key);
    const claimKeys = group.claims.map((c) => c.key);
    const [reviews, earlier, decisions, near] = await Promise.all([
      reviewsFor(group.key),
      earlierReviews(group.key, claimKeys),
      groupDecisions({ key: group.key, story: group.story, claimKeys }),
      neighbourKeys(group.story, group.rank),
    ]);
    return { group, reviews, earlier, decisions, near };
  });
