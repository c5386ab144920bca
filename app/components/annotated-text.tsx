type Layer = { start: number; end: number; kind: "claim" | "hl" | "furniture"; id?: number };

/** The raw article with the chosen claims marked, hidden furniture struck through, and one span highlighted. */
export function AnnotatedText({ raw, layers, from = 0 }: { raw: string; layers: Layer[]; from?: number }) {
  const cuts = [...new Set([from, raw.length, ...layers.flatMap((l) => [l.start, l.end])])]
    .filter((n) => n >= from && n <= raw.length)
    .sort((a, b) => a - b);
  const pieces = cuts.slice(0, -1).map((start, i) => {
    const end = cuts[i + 1]!;
    const on = layers.filter((l) => l.start <= start && end <= l.end);
    let node: React.ReactNode = raw.slice(start, end);
    const claim = on.find((l) => l.kind === "claim");
    if (on.some((l) => l.kind === "hl"))
      node = (
        <mark className="hl" id={`hl-${start}`} tabIndex={-1}>
          {node}
        </mark>
      );
    if (claim)
      node = (
        <mark className="claim">
          <a href={`#claim-${claim.id}`}>{node}</a>
        </mark>
      );
    if (on.some((l) => l.kind === "furniture"))
      node = (
        <span className="furniture" title="page furniture: not analysed">
          {node}
        </span>
      );
    return <span key={start}>{node}</span>;
  });
  return <div className={`article-text${from > 0 ? " compact" : ""}`}>{pieces}</div>;
}
