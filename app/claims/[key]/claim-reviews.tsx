import type { ClaimView } from "@/server/claim-view";
import { when } from "../../components/when";

/** A claim's reviews, newest first: status, note, who made it and when. */
export function ClaimReviews({ reviews }: { reviews: ClaimView["reviews"] }) {
  if (reviews.length === 0) return <p className="muted">Not reviewed yet.</p>;
  return (
    <ul className="small" aria-label="Reviews of this claim">
      {reviews.map((r) => (
        <li key={r.id}>
          <time dateTime={r.createdAt.toISOString()}>{when(r.createdAt)}</time> <strong>{r.status}</strong> by{" "}
          {r.by ?? "an editor not recorded"}
          {r.note ? ` — ${r.note}` : ""}
        </li>
      ))}
    </ul>
  );
}
