import type { Timeline } from "@/server/export-timeline";
import { clipAtWord } from "@/lib/present/clip";

const ROW = 44;
const TOP = 24;
const DOT_X = 210;
const GUTTER_LEFT = 110;
/** Characters of "Outlet — Title" that fit right of the dots (754 of the 980 units at the page's type size). */
export const LINE_CHARACTERS = 84;
/** A title with less room than this is left out: the row's link still opens the article. */
const MIN_TITLE = 16;

/** One line of the graph: `outlet` and `title` cut to fit it, `whole` all of it as the row's tooltip. */
type Row = { key: string; date: string; outlet: string; title: string; whole: string; href: string | null };

/** The headline cut at a word to the room its outlet's name leaves on the line. */
function titleBeside(outlet: string, title: string | null): string {
  const room = LINE_CHARACTERS - outlet.length - 3;
  return title && room >= MIN_TITLE ? clipAtWord(title, room) : "";
}

/**
 * Sources cited but not imported on top, then the articles oldest first; a solid arrow from an article to what it
 * republishes, a dashed one to what it cites, drawn in the gutter left of the dots so a copy chain reads downwards.
 */
export function TimelineGraph({ timeline }: { timeline: Timeline }) {
  const rows: Row[] = [
    ...timeline.sources.map((s) => ({
      key: `s:${s}`,
      date: "not imported",
      outlet: clipAtWord(s, LINE_CHARACTERS),
      title: "",
      whole: `${s} (not imported)`,
      href: null,
    })),
    ...timeline.articles.map((a) => ({
      key: `a:${a.id}`,
      date: a.publishedAt ?? "date not stated",
      outlet: clipAtWord(a.outlet, LINE_CHARACTERS),
      title: titleBeside(clipAtWord(a.outlet, LINE_CHARACTERS), a.title),
      whole: `${a.outlet}${a.title ? ` — ${a.title}` : ""} (${a.file})`,
      href: `/articles/${a.id}`,
    })),
  ];
  const y = new Map(rows.map((r, i) => [r.key, TOP + i * ROW]));
  const height = TOP + rows.length * ROW;
  return (
    <svg
      className="timeline-graph"
      role="group"
      aria-label="Articles by publication date with republication and citation links"
      viewBox={`0 0 980 ${height}`}
      width="100%"
    >
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" fill="#0b4f9c" />
        </marker>
      </defs>
      <line x1={DOT_X} x2={DOT_X} y1={TOP - 12} y2={height - ROW + 12} stroke="#d5dae0" strokeWidth="2" />
      {timeline.links.map((l, i) => {
        const from = y.get(`a:${l.from}`)!;
        const to = y.get("articleId" in l.to ? `a:${l.to.articleId}` : `s:${l.to.source}`)!;
        const bend = Math.max(GUTTER_LEFT, DOT_X - 30 - (Math.abs(from - to) / ROW) * 14);
        return (
          <path
            key={i}
            className={`timeline-link timeline-${l.kind}`}
            d={`M${DOT_X - 6},${from} C${bend},${from} ${bend},${to} ${DOT_X - 8},${to}`}
            fill="none"
            stroke="#0b4f9c"
            strokeWidth="1.6"
            strokeDasharray={l.kind === "cites" ? "5 4" : undefined}
            markerEnd="url(#arrow)"
          />
        );
      })}
      {rows.map((r) => {
        const top = y.get(r.key)!;
        const label = (
          <text x={DOT_X + 16} y={top + 5}>
            <tspan fontWeight="700">{r.outlet}</tspan>
            {r.title && <tspan fill="#5b6570"> — {r.title}</tspan>}
          </text>
        );
        return (
          <g key={r.key} className={r.href ? "timeline-article" : "timeline-source"}>
            <title>{r.whole}</title>
            <text x={0} y={top + 5} fill="#5b6570" fontSize="13">
              {r.date}
            </text>
            <circle cx={DOT_X} cy={top} r="6" fill={r.href ? "#1b1f24" : "#fff"} stroke="#1b1f24" strokeWidth="2" />
            {r.href ? <a href={r.href}>{label}</a> : label}
          </g>
        );
      })}
    </svg>
  );
}
