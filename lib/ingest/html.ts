import { Parser } from "htmlparser2";
import { lexicon } from "../lexicon/index";

const SKIP_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "canvas",
  "head",
  "nav",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "textarea",
  "menu",
  "dialog",
]);
const BLOCK_TAGS = new Set([
  "p",
  "div",
  "br",
  "hr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "tr",
  "td",
  "th",
  "section",
  "article",
  "main",
  "header",
  "blockquote",
  "figure",
  "figcaption",
  "pre",
  "table",
  "title",
]);
const FURNITURE_ATTR = lexicon.furniture.markupClass;
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  ndash: "–",
  mdash: "—",
  hellip: "…",
};

/**
 * htmlparser2 keeps open elements in an array it shifts at every tag, so its cost grows with size times depth.
 * Real pages nest a few dozen deep (a few hundred with unclosed tags); a page nested deeper is refused.
 */
export const MAX_HTML_DEPTH = 1000;

/** Thrown when markup nests deeper than MAX_HTML_DEPTH; ingest names the file. */
export class MarkupTooDeepError extends Error {
  constructor() {
    super(`the page's markup nests more than ${MAX_HTML_DEPTH} elements deep; no article does`);
    this.name = "MarkupTooDeepError";
  }
}

/**
 * The readable text of an HTML page laid over its own offsets: markup, scripts and furniture
 * become spaces (block ends become newlines), so every offset into the result is one into the raw HTML.
 */
export function htmlView(raw: string): string {
  const out = raw.replace(/[^\n]/g, " ").split("");
  const stack: boolean[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const skip = SKIP_TAGS.has(name) || FURNITURE_ATTR.test(`${attrs.class ?? ""} ${attrs.id ?? ""}`);
        const voidTag =
          name === "br" || name === "hr" || name === "img" || name === "meta" || name === "link" || name === "input";
        if (!voidTag && stack.push(skip) > MAX_HTML_DEPTH) throw new MarkupTooDeepError();
        if (skip) skipping++;
        if (BLOCK_TAGS.has(name)) out[parser.startIndex] = "\n";
      },
      onclosetag(name) {
        if (BLOCK_TAGS.has(name)) out[parser.startIndex] = "\n";
        if (name === "br" || name === "hr" || name === "img" || name === "meta" || name === "link" || name === "input")
          return;
        if (stack.pop()) skipping--;
      },
      ontext(text) {
        if (skipping > 0) return;
        const start = parser.startIndex;
        for (let i = 0; i < text.length; i++) out[start + i] = text[i] ?? " ";
        for (const m of text.matchAll(/&(#x?[0-9a-f]+|[a-z]+);/gi)) {
          const ch = decodeEntity(m[1] ?? "");
          const at = start + (m.index ?? 0);
          for (let i = 0; i < m[0].length; i++) out[at + i] = " ";
          if (ch) out[at] = ch.length === 1 ? ch : " ";
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.write(raw);
  parser.end();
  return out.join("");
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith("#")) {
    const code = name[1]?.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x10000 ? String.fromCharCode(code) : undefined;
  }
  return ENTITIES[name.toLowerCase()];
}

export function looksLikeHtml(raw: string): boolean {
  return (
    /^\s*(<!doctype html|<html[\s>])/i.test(raw) ||
    (raw.match(/<\/?(p|div|span|a|body|article)[\s>]/gi)?.length ?? 0) > 3
  );
}

const TAG = /<!--[\s\S]*?(?:-->|$)|<\/?([a-z][a-z0-9]*)\b[^<>]*>/gi;
const INLINE_TAGS = new Set([
  "a",
  "abbr",
  "b",
  "em",
  "font",
  "i",
  "mark",
  "q",
  "s",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "u",
]);

/**
 * A stretch of raw text as the reader saw it: tags and comments dropped (inline ones without a trace, block ones
 * as a space) and entities decoded. Every span shown on a page passes through here, so markup never shows.
 */
export function decodeEntities(text: string): string {
  return text
    .replace(TAG, (_, name: string | undefined) => (name && INLINE_TAGS.has(name.toLowerCase()) ? "" : " "))
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, name: string) => decodeEntity(name) ?? m);
}

/** The page's own title: its first <h1>, else its <title>. */
export function htmlTitle(raw: string): string | null {
  let h1: string | null = null;
  let title: string | null = null;
  let inside: "h1" | "title" | null = null;
  let buffer = "";
  const parser = new Parser(
    {
      onopentag(name) {
        if ((name === "h1" && h1 === null) || (name === "title" && title === null)) {
          inside = name;
          buffer = "";
        }
      },
      ontext(text) {
        if (inside) buffer += text;
      },
      onclosetag(name) {
        if (name !== inside) return;
        const value = decodeEntities(buffer).replace(/\s+/g, " ").trim() || null;
        if (name === "h1") h1 = value;
        else title = value;
        inside = null;
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.write(raw);
  parser.end();
  return h1 ?? title;
}
