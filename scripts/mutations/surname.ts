// Surnames both outlets use for one person (person entities from extraction, matched by our own surname rule),
// misspelt once in one copy by one edit: double a letter, drop an inner letter, or swap two inner letters.
import { MIN_SURNAME_LENGTH, PERSON_TITLES, PERSON_VERBS, SURNAME_MIN_SHARED_RARE } from "./config";
import { outletPairs, sharedContent, sharedRare, type Corpus } from "./corpus";
import type { EventDoc, Mutation, Sentence } from "./types";

/** Surnames per file: the last word of each person entity the extractor found, letters only. */
export type Persons = Map<string, Set<string>>;

/** The surname of a full name ("Bob Etheridge"); a single word may be a misread place or creed ("Catholic"). */
export function surnameOf(name: string): string | null {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  const bare = last.replace(/['’]s$/, "");
  return /^\p{Lu}\p{Ll}+$/u.test(bare) && bare.length >= MIN_SURNAME_LENGTH ? bare : null;
}

const VOWELS = /[aeiouy]/;

/** One plausible edit, chosen by `pick` among those that apply; the first letter never changes. */
export function misspell(name: string, pick: () => number): { text: string; how: string } | null {
  const options: { text: string; how: string }[] = [];
  for (let i = 1; i < name.length - 1; i++) {
    const c = name[i]!;
    if (!VOWELS.test(c) && name[i - 1] !== c && name[i + 1] !== c)
      options.push({ text: name.slice(0, i) + c + name.slice(i), how: `double ${c}` });
    if (name[i - 1] !== name[i + 1]) options.push({ text: name.slice(0, i) + name.slice(i + 1), how: `drop ${c}` });
    const d = name[i + 1]!;
    if (i + 1 < name.length - 1 && c !== d)
      options.push({ text: name.slice(0, i) + d + c + name.slice(i + 2), how: `swap ${c}${d}` });
  }
  const usable = options.filter((o) => o.text !== name && o.text.length >= MIN_SURNAME_LENGTH);
  return usable.length ? usable[Math.floor(pick() * usable.length)]! : null;
}

/**
 * The name used as a person's: spelled as the extractor gave it and not the first word of a longer name ("Rubio
 * Doctrine", "Trump Tower", "Tyson Foods" when it comes last).
 */
function person(s: Sentence, i: number, name: string): boolean {
  const t = s.tokens[i]!;
  const next = s.tokens[i + 1];
  if (!t.text.startsWith(name)) return false;
  return !(next && /^\p{Lu}/u.test(next.text) && !/[,.;:]/.test(s.text.slice(t.end - s.start, next.start - s.start)));
}

/** Somewhere in the event the name follows a title or precedes a verb of saying: a person, not "Tyson Foods". */
function personLike(name: string, docs: EventDoc[]): boolean {
  const re = new RegExp(`(${PERSON_TITLES.source} ${name}\\b)|(\\b${name}['’]?s? (${PERSON_VERBS.source})\\b)`);
  return docs.some((d) => re.test(d.raw));
}

export function findSurnames(corpus: Corpus, persons: Persons, pick: () => number): Mutation[] {
  const out: Mutation[] = [];
  for (const [a, b] of outletPairs(corpus)) {
    const names = [...(persons.get(a.file) ?? [])].filter((n) => persons.get(b.file)?.has(n) && personLike(n, [a, b]));
    for (const name of names) {
      const word = name.toLowerCase();
      const at = (s: Sentence) => s.tokens.find((t, i) => t.word.replace(/'s$/, "") === word && person(s, i, name));
      for (const sa of a.sentences) {
        const ta = at(sa);
        if (!ta) continue;
        // The partner: the other outlet's sentence naming the same person that shares most with this one.
        let best: { s: Sentence; rare: string[]; n: number } | null = null;
        for (const sb of b.sentences) {
          if (!at(sb)) continue;
          const rare = sharedRare(corpus, sa, sb, new Set([word]));
          const n = sharedContent(sa, sb).length;
          if (rare.length >= SURNAME_MIN_SHARED_RARE && (!best || n > best.n)) best = { s: sb, rare, n };
        }
        const edit = best && misspell(name, pick);
        if (!best || !edit) continue;
        out.push({
          kind: "surname",
          event: a.event,
          file: a.file,
          outlet: a.outlet,
          at: ta.start,
          length: name.length,
          replacement: edit.text,
          sentence: sa,
          partnerFile: b.file,
          partnerOutlet: b.outlet,
          partnerAt: at(best.s)!.start,
          partnerSentence: best.s,
          change: `${name} → ${edit.text} (${edit.how})`,
          evidence: `surname ${name}; shared: ${best.rare.join(", ")}`,
        });
      }
    }
  }
  return out;
}
