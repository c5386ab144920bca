// Dates two outlets give for the same event: same weekday, month and day, month, or year, in sentences that share
// rare words (the same happening), changed to another weekday, day, month or year.
import { ANOTHER, DATE_WINDOW, MIN_SHARED_RARE, MONTH_LEAD, MONTHS, SUBORDINATOR, WEEKDAYS } from "./config";
import { outletPairs, sharedRare, type Corpus } from "./corpus";
import type { EventDoc, Mutation, Sentence } from "./types";

type Found = { at: number; text: string; key: string; replacement: string; words: string[] };

const ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];
const MONTH_RE = `(${MONTHS.join("|")}|(?:${ABBR.join("|")})\\.)`;
const MONTH_DAY = new RegExp(`\\b${MONTH_RE} (\\d{1,2})\\b(?![,.]?\\d)`, "g");
const BARE_MONTH = new RegExp(`\\b(${MONTHS.join("|")})\\b`, "g");
const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`, "g");
const YEAR = /(?<![\p{L}\p{N}'’$#/-])((?:19[5-9]|20[0-2])\d)(?![\p{L}\p{N}/-])/gu;

function monthIndex(name: string): number {
  const full = MONTHS.indexOf(name);
  return full >= 0 ? full : ABBR.indexOf(name.replace(/\.$/, ""));
}

function dates(doc: EventDoc, s: Sentence): Found[] {
  const out: Found[] = [];
  const taken: number[] = [];
  for (const m of s.text.matchAll(MONTH_DAY)) {
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    // A different day of the same month, at least a week away, same number of digits when possible.
    const other = day <= 19 ? day + 9 : day - 9;
    const at = s.start + m.index + m[1]!.length + 1;
    taken.push(s.start + m.index);
    const key = `md:${monthIndex(m[1]!)}-${day}`;
    out.push({ at, text: m[2]!, key, replacement: String(other), words: [m[1]!.toLowerCase().replace(/\.$/, "")] });
  }
  for (const m of s.text.matchAll(BARE_MONTH)) {
    const at = s.start + m.index;
    if (taken.includes(at)) continue;
    const lead =
      s.text
        .slice(0, m.index)
        .match(/([\p{L}]+)[\s-]*$/u)?.[1]
        ?.toLowerCase() ?? "";
    const year = /^,? (19|20)\d\d\b/.test(s.text.slice(m.index + m[1]!.length));
    if (!MONTH_LEAD.has(lead) && !year) continue;
    const replacement = MONTHS[(monthIndex(m[1]!) + 4) % 12]!;
    out.push({ at, text: m[1]!, key: `m:${m[1]}`, replacement, words: [m[1]!.toLowerCase()] });
  }
  for (const m of s.text.matchAll(WEEKDAY)) {
    const replacement = WEEKDAYS[(WEEKDAYS.indexOf(m[1]!) + 3) % 7]!;
    out.push({ at: s.start + m.index, text: m[1]!, key: `wd:${m[1]}`, replacement, words: [m[1]!.toLowerCase()] });
  }
  for (const m of s.text.matchAll(YEAR)) {
    const before = s.text.slice(0, m.index);
    const after = s.text.slice(m.index + m[1]!.length);
    // "CPAC 2010", "the 2010 Act", "Class of 1997": a year inside a name is not a date of the event.
    if (/[A-Z][\p{L}]*\s$/u.test(before) && !new RegExp(`${MONTH_RE},? $`).test(before)) continue;
    if (/^\s[A-Z]/.test(after) || /^\s(?:election|campaign|race|season|budget|census)/i.test(after)) continue;
    const replacement = String(Number(m[1]) - 4);
    out.push({ at: s.start + m.index, text: m[1]!, key: `y:${m[1]}`, replacement, words: [m[1]!] });
  }
  return out;
}

/**
 * Whether `word` occurs within DATE_WINDOW tokens of the offset `at` in the sentence, in the same clause: in
 * "reported Friday morning that AARP was softening" the date is the report's, not AARP's.
 */
function near(s: Sentence, at: number, word: string): boolean {
  const i = s.tokens.findIndex((t) => t.end > at);
  return s.tokens.some((t, j) => {
    if (t.word !== word || Math.abs(j - i) > DATE_WINDOW) return false;
    const [from, to] = j < i ? [t.end, s.tokens[i]!.start] : [s.tokens[i]!.end, t.start];
    return !SUBORDINATOR.test(s.text.slice(from - s.start, to - s.start));
  });
}

/** "issued its own resolution Tuesday", "at another appearance on Saturday": a date of some other instance. */
function another(s: Sentence, at: number): boolean {
  const i = s.tokens.findIndex((t) => t.end > at);
  return s.tokens.slice(Math.max(0, i - DATE_WINDOW), i).some((t) => ANOTHER.has(t.word));
}

export function findDates(corpus: Corpus): Mutation[] {
  const out: Mutation[] = [];
  for (const [a, b] of outletPairs(corpus))
    for (const sa of a.sentences)
      for (const da of dates(a, sa))
        for (const sb of b.sentences) {
          const db = dates(b, sb).find((d) => d.key === da.key);
          if (!db) continue;
          const rare = sharedRare(corpus, sa, sb, new Set(da.words));
          if (rare.length < MIN_SHARED_RARE) continue;
          // The date must attach to the same happening: a shared rare word close to it in both sentences.
          const close = rare.filter((w) => near(sa, da.at, w) && near(sb, db.at, w));
          // ...and more shared context than the words next to the date ("his wife pleaded guilty Wednesday").
          if (close.length === 0 || close.length === rare.length) continue;
          if (another(sa, da.at) || another(sb, db.at)) continue;
          out.push({
            kind: "date",
            event: a.event,
            file: a.file,
            outlet: a.outlet,
            at: da.at,
            length: da.text.length,
            replacement: da.replacement,
            sentence: sa,
            partnerFile: b.file,
            partnerOutlet: b.outlet,
            partnerAt: db.at,
            partnerSentence: sb,
            change: `${da.text} → ${da.replacement}`,
            evidence: `date ${da.key}, near it in both: ${close.join(", ")}; shared: ${rare.join(", ")}`,
          });
        }
  return out;
}
