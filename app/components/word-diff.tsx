import type { DiffPart } from "@/lib/compare/index";

/** Removed words struck through in [−…], added words underlined in [+…]: readable without colour. */
export function WordDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <span>
      {parts.map((p, i) =>
        p.kind === "same" ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === "removed" ? (
          <del key={i} className="diff" aria-label={`removed: ${p.text}`}>
            {p.text}
          </del>
        ) : (
          <ins key={i} className="diff" aria-label={`added: ${p.text}`}>
            {p.text}
          </ins>
        ),
      )}
    </span>
  );
}
