import { REVIEW_STATUSES, type EarlierReview } from "@/server/reviews";
import { FocusOnLoad } from "./focus-on-load";
import { when } from "./when";

type Review = { id: number; status: string; note: string; createdAt: Date };

/**
 * The editor's review of a group. It posts the chosen reference along, so the page comes back as it was, with
 * a confirmation and focus on the form.
 */
export function ReviewForm({
  groupKey,
  reference,
  reviews,
  earlier,
  outletOf,
  saved,
}: {
  groupKey: string;
  reference: string | null;
  reviews: Review[];
  earlier: EarlierReview[];
  outletOf: (claimKey: string) => string;
  saved: boolean;
}) {
  return (
    <section aria-labelledby="review" className="review-section">
      <h2 id="review" tabIndex={-1}>
        Editor review
      </h2>
      {saved && reviews[0] && (
        <p role="status" className="saved">
          Review saved: <strong>{reviews[0].status}</strong>
          {reviews[0].note ? ` — ${reviews[0].note}` : ""}.
        </p>
      )}
      {saved && <FocusOnLoad id="review" />}
      <form className="review" method="post" action="/api/reviews">
        <input type="hidden" name="groupKey" value={groupKey} />
        {reference !== null && <input type="hidden" name="ref" value={reference} />}
        <label>
          Status{" "}
          <select name="status" defaultValue={reviews[0]?.status ?? "unreviewed"}>
            {REVIEW_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Note <textarea name="note" maxLength={2000} />
        </label>
        <button type="submit">Save review</button>
      </form>
      <ul className="small">
        {reviews.map((r) => (
          <li key={r.id}>
            {when(r.createdAt)}: <strong>{r.status}</strong> {r.note}
          </li>
        ))}
      </ul>
      {earlier.length > 0 && <EarlierReviews reviews={earlier} outletOf={outletOf} />}
    </section>
  );
}

/** Reviews of an earlier version of this group: kept on the version they judged, shown with what changed since. */
function EarlierReviews({ reviews, outletOf }: { reviews: EarlierReview[]; outletOf: (claimKey: string) => string }) {
  return (
    <>
      <h3>Changed since review</h3>
      <p className="small">
        Re-analysis changed this group after these reviews were made; they judged the group as it was then.
      </p>
      <ul className="small">
        {reviews.map((r) => (
          <li key={r.id}>
            {when(r.createdAt)}: <strong>{r.status}</strong> {r.note}
            <br />
            <span className="muted">{changeLine(r, outletOf)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Each outlet named once, with how many of its claims when more than one joined. */
function outletsOf(claimKeys: string[], outletOf: (claimKey: string) => string): string {
  const counts = new Map<string, number>();
  for (const key of claimKeys) counts.set(outletOf(key), (counts.get(outletOf(key)) ?? 0) + 1);
  return [...counts].map(([outlet, n]) => (n > 1 ? `${outlet} (${n} claims)` : outlet)).join(", ");
}

function changeLine(r: EarlierReview, outletOf: (claimKey: string) => string): string {
  const parts: string[] = [];
  if (r.joined.length) parts.push(`joined since: ${outletsOf(r.joined, outletOf)}`);
  if (r.left.length) parts.push(`${r.left.length} claim${r.left.length > 1 ? "s" : ""} left for other groups`);
  return parts.join("; ") || "the same claims, judged again";
}
