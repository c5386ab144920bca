import { EXPORT_FORMATS } from "@/server/export-formats";

const LABELS = { csv: "CSV", json: "JSON", claimreview: "ClaimReview" } as const;

/** Download links for a story's exports, its printable report and its timeline; the API names each file. */
export function ExportLinks({ storyId }: { storyId: string }) {
  return (
    <span className="export-links">
      Export:{" "}
      {EXPORT_FORMATS.map((f, i) => (
        <span key={f}>
          {i > 0 && " · "}
          <a href={`/api/stories/${storyId}/export?format=${f}`} download>
            {LABELS[f]}
          </a>
        </span>
      ))}
    </span>
  );
}
