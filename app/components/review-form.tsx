import { REVIEW_STATUSES } from "@/server/reviews";
import { FocusOnLoad } from "./focus-on-load";

type Review = { id: number; status: string; note: string; createdAt: Date };

/**
 * The editor's review of a group. It posts the chosen reference along, so the page comes back as it was, with
 * a confirmation and focus on the form.
 */
export function ReviewForm({
  groupId,
  reference,
  reviews,
  saved,
}: {
  groupId: number;
  reference: number | null;
  reviews: Review[];
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
        <input type="hidden" name="groupId" value={groupId} />
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
            {r.createdAt.toISOString().slice(0, 16).replace("T", " ")}: <strong>{r.status}</strong> {r.note}
          </li>
        ))}
      </ul>
    </section>
  );
}
