import type { AuditEntryView } from "@/server/audit";
import { when } from "./when";

/** A compact "before → after" of an entry's recorded state; the log keeps the whole of both. */
function change(e: AuditEntryView): string {
  const show = (v: Record<string, unknown> | null) => (v ? JSON.stringify(v) : "nothing");
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
          <code>{e.target}</code>
          <div className="muted change">{change(e)}</div>
        </li>
      ))}
    </ol>
  );
}
