import type { ArticlePart } from "./types";
import { isProse, lines, wordCount, type Line } from "../text/lines";
import { hasVerb } from "../text/nlp";
import { statedDate } from "./dates";
import { headerFields, leadingDateline } from "./dateline";
import { bodyLinePart, type BodyState } from "./body-lines";
import { BYLINE, FURNITURE_LINE, ORIGIN_LINE } from "./patterns";

export type TextMeta = {
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  republishedFrom: string | null;
};

export type Layout = { parts: ArticlePart[]; meta: TextMeta };

/** Sort every line of an article into headline, dateline, caption, body or furniture, and read what the header states. */
export function layout(view: string): Layout {
  const all = lines(view);
  const firstProse = all.findIndex((l) => isProse(l.text) || wordCount(l.text) >= 25);
  const headerEnd = firstProse < 0 ? all.length : firstProse;
  const meta: TextMeta = { title: null, outlet: null, publishedAt: null, republishedFrom: null };
  const parts = headerParts(all.slice(0, headerEnd), meta);
  const lead = all[headerEnd];
  if (lead) {
    const dateline = leadingDateline(lead.text, lead.start);
    if (dateline) {
      parts.push(dateline.part);
      meta.outlet ??= dateline.outlet;
      meta.publishedAt ??= dateline.publishedAt;
    }
  }
  const state: BodyState = { mode: "body", aboutSubject: null };
  const bodyParts = all.slice(headerEnd).map((line) => ({ line, part: bodyLinePart(line, state) }));
  parts.push(...signOffs(bodyParts));
  if (!meta.outlet && state.aboutSubject) meta.outlet = state.aboutSubject;
  return { parts: parts.sort((a, b) => a.start - b.start), meta };
}

function headerParts(header: Line[], meta: TextMeta): ArticlePart[] {
  const parts: ArticlePart[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < header.length; i++) {
    const line = header[i]!;
    const part = (kind: ArticlePart["kind"], reason: string) =>
      parts.push({ start: line.start, end: line.end, kind, reason });
    if (FURNITURE_LINE.test(line.text) || ORIGIN_LINE.test(line.text)) {
      part("furniture", "page button or label");
      continue;
    }
    if (line.text.endsWith("|") || line.text.includes(" | ")) {
      let end = i;
      while (header[end]?.text.endsWith("|") && header[end + 1]) end++;
      const joined = header
        .slice(i, end + 1)
        .map((l) => l.text)
        .join(" ");
      const fields = headerFields(joined);
      meta.outlet ??= fields.outlet;
      meta.republishedFrom ??= fields.source;
      meta.publishedAt ??= fields.publishedAt;
      parts.push({
        start: line.start,
        end: header[end]!.end,
        kind: "dateline",
        reason: "outlet | source | time header",
      });
      i = end;
      continue;
    }
    const date = wordCount(line.text) <= 8 ? statedDate(line.text) : null;
    if (date) {
      meta.publishedAt ??= date;
      part("dateline", "publication date line");
      continue;
    }
    if (BYLINE.test(line.text) && wordCount(line.text) <= 8) {
      part("byline", "byline");
      continue;
    }
    const key = line.text.toLowerCase();
    if (seen.has(key)) {
      part("furniture", "repeated headline");
      continue;
    }
    seen.add(key);
    if (!meta.title && hasVerb(line.text)) {
      meta.title = line.text;
      part("headline", "first title line of the article");
      continue;
    }
    if (hasVerb(line.text)) part("subhead", "title line before the article body");
    else part("caption", "title line without a verb, before the body: a caption or label");
  }
  return parts;
}

/** Short lines after the last paragraph of text are sign-offs or leftovers, not captions. */
function signOffs(body: { line: Line; part: ArticlePart | null }[]): ArticlePart[] {
  let lastText = -1;
  body.forEach(({ line, part }, i) => {
    if (!part && isProse(line.text)) lastText = i;
  });
  return body.flatMap(({ line, part }, i): ArticlePart[] => {
    if (!part) return [];
    if (i < lastText || (part.kind !== "caption" && part.kind !== "subhead")) return [part];
    const short = wordCount(line.text) <= 6;
    return [
      {
        ...part,
        kind: short ? "byline" : "furniture",
        reason: short ? "sign-off after the last paragraph" : "text after the last paragraph",
      },
    ];
  });
}
