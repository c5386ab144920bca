import type { DiffPart } from "@/lib/compare/index";
import { quietDiff } from "@/lib/present/diff-view";

/**
 * Removed words struck through in [−…], added words underlined in [+…]: readable without colour. Screen readers
 * hear "removed" and "added" from visually hidden text (an aria-label on del/ins is not announced); changes of
 * punctuation or spacing alone stay unmarked.
 */
export function WordDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <span>
      {quietDiff(parts).map((p, i) => {
        if (p.kind === "same") return <span key={i}>{p.text}</span>;
        const Tag = p.kind === "removed" ? "del" : "ins";
        return (
          <Tag key={i} className="diff">
            <span className="visually-hidden">{p.kind === "removed" ? " removed: " : " added: "}</span>
            {p.text}
            <span className="visually-hidden"> (end) </span>
          </Tag>
        );
      })}
    </span>
  );
}
