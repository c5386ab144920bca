import type { AuditEntryView } from "@/server/audit";
import { when } from "./when";
import { AuditTarget } from "./audit-target";

/** A recorded value as an editor reads it: text bare, lists comma-separated, records as "field: value" pairs. */
function plain(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.length ? value.map(plain).join(", ") : "none";
  if (value && typeof value === "object") return `(${fields(value as Record<string, unknown>)})`;
  return String(value);
}

const fields = (record: Record<string, unknown>) =>
  Object.entries(record)
    .map(([name, value]) => `${name}: ${plain(value)}`)
    .join("; ");

/** The whole of an entry's recorded state, "before → after", readable rather than JSON. */
function change(e: AuditEntryView): string {
  const show = (v: Record<string, unknown> | null) => (v ? fields(v) : "nothing");
  return `${show(e.before)} → ${show(e.after)}`;
}

/** Audit entries, newest first: who did what to which thing, when, and the state before and after. */
export function AuditList({ entries, label }: { entries: AuditEntryView[]; label: string }) {
  if (entries.length === 0) return <p className="muted">No decisions recorded yet.</p>;
  return (
    <ol className="audit small" aria-label={label}>
      {entries.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at.toISOString()}>{when(e.at)}</time> <strong>{e.actorName}</strong> · {e.action} ·{" "}
          <AuditTarget target={e.target} />
          <div className="muted change">{change(e)}</div>
        </li>
      ))}
    </ol>
  );
}
