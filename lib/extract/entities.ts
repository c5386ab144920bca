import nlp from "compromise";
import type { Token } from "../text/nlp";
import type { Entity, EntityType } from "./types";
import type { SentenceContext } from "./context";
import { fold } from "../text/normalize";
import { countryOf, lexicon } from "../lexicon/index";

const { connectors: CONNECTORS, organisation: ORG_WORDS, place: PLACE_WORDS } = lexicon.names;
const { documentHeads: DOCUMENT_HEADS, versionModifiers: TEMPORAL_MODIFIERS, afterLocative } = lexicon.names;
const { word: TITLE_WORD, beforeName: PERSON_TITLES, namePrefix, article } = lexicon.titles;
const CALENDAR_NAME = lexicon.calendar.name;
const NAME_SUFFIXES = lexicon.titles.nameSuffixes;
const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
const nameToken = (t: Token, first: boolean) =>
  t.pos === "PROPN" || (capitalised(t) && !first && (t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "VERB"));

/** People, places, countries, organisations and documents, each with a type and a canonical form for matching. */
export function entities(ctx: SentenceContext): Entity[] {
  return [...names(ctx.tokens, ctx.view, 0), ...documents(ctx.tokens, ctx.view, 0)];
}

function names(tokens: Token[], text: string, offset: number): Entity[] {
  const out: Entity[] = [];
  // In a title-case line every word is capitalised: trust only the tagger's proper nouns there.
  const wordsOnly = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  const titleCase = wordsOnly.length >= 3 && wordsOnly.filter(capitalised).length / wordsOnly.length >= 0.7;
  const isName = (t: Token, first: boolean) =>
    titleCase ? t.pos === "PROPN" && !commonWord(t.lower) : nameToken(t, first);
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(tokens[i]!, i === 0) || !capitalised(tokens[i]!)) continue;
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      if (isName(next, false) && capitalised(next)) j++;
      else if (
        CONNECTORS.has(next.lower) &&
        tokens[j + 2] &&
        nameToken(tokens[j + 2]!, false) &&
        capitalised(tokens[j + 2]!) &&
        // "Rick Santorum on Sunday": a day or month after the connector dates the name, it is not part of it.
        !CALENDAR_NAME.test(tokens[j + 2]!.text) &&
        next.lower !== "the"
      )
        j++;
      else if (next.text === "-" && tokens[j + 2] && capitalised(tokens[j + 2]!)) j++;
      else break;
    }
    const first = tokens[i]!;
    const last = tokens[j]!;
    const chunk = tokens.slice(i, j + 1);
    i = j;
    if (chunk.every((t) => TITLE_WORD.test(t.text) || CALENDAR_NAME.test(t.text) || !/\p{L}/u.test(t.text))) continue;
    const before = text.slice(Math.max(0, first.start - offset - 24), first.start - offset);
    // "(R-Minn.)": a party and state tag, not a name.
    if (/^[RDI]\s*-\s*\p{Lu}/u.test(text.slice(first.start - offset, last.end - offset)) && before.endsWith("("))
      continue;
    const found = peel(chunk, text, offset, before);
    // A lone capitalised word opening a sentence is kept as "other" only for the article to resolve ("Brat said");
    // resolveReferences drops it unless it is a surname named in full earlier.
    out.push(...found);
  }
  return out;
}

/** "French Prime Minister Jean Dupont", "Ohio Gov. Jane Doe": a place, then titles, then the person. */
function peel(chunk: Token[], text: string, offset: number, before: string): Entity[] {
  const words = chunk.map((t) => fold(t.text));
  const firstName = words.findIndex(
    (w, k) => k > 0 && k < words.length - 1 && tagsOf(w).some((x) => FIRST_NAME.has(x)),
  );
  if (firstName > 0 && words.slice(0, firstName).some((w) => TITLE_WORD.test(w))) {
    const person = chunk.slice(firstName);
    const lead = chunk.slice(0, firstName).filter((t) => !TITLE_WORD.test(t.text) && t.text !== ".");
    const place = lead.length ? placeOf(lead, text, offset) : [];
    const surface = text.slice(person[0]!.start - offset, person[person.length - 1]!.end - offset);
    return [
      ...place,
      {
        start: person[0]!.start,
        end: person[person.length - 1]!.end,
        text: surface,
        type: "person",
        canonical: canonicalPerson(surface),
      },
    ];
  }
  if (chunk.length > 1 && !words.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w))) {
    const out: Entity[] = [];
    let k = 0;
    const lead = countryOf(chunk[0]!.text);
    if (lead && chunk.length > 1) {
      out.push({
        start: chunk[0]!.start,
        end: chunk[0]!.end,
        text: chunk[0]!.text,
        type: "country",
        canonical: lead.country,
      });
      k = 1;
    }
    let titled = false;
    while (k < chunk.length - 1 && TITLE_WORD.test(chunk[k]!.text)) {
      k++;
      titled = true;
    }
    if (k > 0) {
      const rest = chunk.slice(k);
      const surface = text.slice(rest[0]!.start - offset, rest[rest.length - 1]!.end - offset);
      const entity = typed(surface, rest[0]!.start, titled ? "President " : before);
      return [...out, ...entity];
    }
  }
  const surface = text.slice(chunk[0]!.start - offset, chunk[chunk.length - 1]!.end - offset);
  return typed(surface, chunk[0]!.start, before);
}

function placeOf(lead: Token[], text: string, offset: number): Entity[] {
  const surface = text.slice(lead[0]!.start - offset, lead[lead.length - 1]!.end - offset);
  const country = countryOf(surface);
  const guessed = entityType(surface, "");
  const type: EntityType = country ? "country" : guessed !== "other" ? guessed : lead.length === 1 ? "place" : "other";
  return [
    {
      start: lead[0]!.start,
      end: lead[lead.length - 1]!.end,
      text: surface,
      type,
      canonical: country?.country ?? canonicalName(surface),
    },
  ];
}

function typed(raw: string, rawStart: number, before: string): Entity[] {
  const lead = raw.length - raw.replace(/^[^\p{L}\p{N}]+/u, "").length;
  const surface = raw.slice(lead);
  const start = rawStart + lead;
  const end = start + surface.length;
  const country = countryOf(surface);
  if (country) return [{ start, end, text: surface, type: "country", canonical: country.country }];
  // "Franco-German" style pairs such as "Indian-Pakistani": two countries in one token.
  const parts = surface.split("-");
  if (parts.length > 1 && parts.every((p) => countryOf(p))) {
    let at = start;
    return parts.map((p) => {
      const e: Entity = { start: at, end: at + p.length, text: p, type: "country", canonical: countryOf(p)!.country };
      at += p.length + 1;
      return e;
    });
  }
  const type = entityType(surface, before);
  const canonical = type === "person" ? canonicalPerson(surface) : canonicalName(surface);
  return [{ start, end, text: surface, type, canonical }];
}

// compromise's lexicon, read directly: a hash lookup per word instead of a full parse per name.
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const tagsOf = (word: string): string[] => {
  const t = LEXICON[word];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
};
const FIRST_NAME = new Set(["FirstName", "MaleName", "FemaleName"]);
const PLACE_TAGS = new Set(["City", "Country", "Region", "Place", "Town"]);
const ORG_TAGS = new Set(["Organization", "Company", "SportsTeam", "School"]);

const NAME_TAGS = new Set([
  ...FIRST_NAME,
  ...PLACE_TAGS,
  ...ORG_TAGS,
  "LastName",
  "Person",
  "ProperNoun",
  "Honorific",
  "Acronym",
]);

/** A word the lexicon knows only as an ordinary word ("Visit", "Shows"): in a title it is no name. */
function commonWord(lower: string): boolean {
  const tags = tagsOf(lower);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}

function entityType(surface: string, before: string): EntityType {
  const words = fold(surface).split(/[\s-]+/);
  if (words.some((w) => ORG_WORDS.has(w))) return "organisation";
  if (words.some((w) => PLACE_WORDS.has(w))) return "place";
  if (PERSON_TITLES.test(before)) return "person";
  const tags = words.map(tagsOf);
  if (tags.some((t) => t.some((x) => ORG_TAGS.has(x)))) return "organisation";
  const first = tags[0] ?? [];
  const last = tags[tags.length - 1] ?? [];
  if (first.some((x) => FIRST_NAME.has(x)) && (words.length > 1 || last.includes("LastName"))) return "person";
  if (last.includes("LastName")) return "person";
  if (tags.every((t) => t.some((x) => PLACE_TAGS.has(x)))) return "place";
  // News acronyms are overwhelmingly bodies: parties, networks, agencies.
  if (/^\p{Lu}{2,6}$/u.test(surface)) return "organisation";
  // An unknown name after a locative preposition is most often a place: "in Springfield", "near Livingston".
  if (afterLocative.test(before)) return "place";
  return "other";
}

/** Folded, without articles, possessives or titles: "the Herald's" and "Herald" meet. */
export function canonicalName(surface: string): string {
  return fold(surface)
    .replace(/'s$/, "")
    .replace(article, "")
    .replace(namePrefix, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * "Susan E. Rice" and "Jesse L. Jackson Jr." are Susan Rice and Jesse Jackson: initials and suffixes are no
 * spelling.
 */
export function canonicalPerson(surface: string): string {
  const words = canonicalName(surface).split(" ");
  const kept = words.filter((w, i) => i === 0 || (!/^\p{L}$/u.test(w) && !NAME_SUFFIXES.has(w)));
  return kept.length > 1 ? kept.join(" ") : words.join(" ");
}

function documents(tokens: Token[], text: string, offset: number): Entity[] {
  const out: Entity[] = [];
  tokens.forEach((t, i) => {
    if (t.pos !== "NOUN" && t.pos !== "PROPN") return;
    if (!DOCUMENT_HEADS.has(t.lemma) && !DOCUMENT_HEADS.has(t.lower)) return;
    if (tokens[i + 1]?.lower === "to") return;
    if (
      tokens[i + 1] &&
      (tokens[i + 1]!.pos === "NOUN" || tokens[i + 1]!.pos === "PROPN") &&
      !/^[.,;:]/.test(tokens[i + 1]!.text)
    )
      return;
    let s = i;
    while (s > 0 && ["ADJ", "NOUN", "PROPN"].includes(tokens[s - 1]!.pos) && !tokens[s - 1]!.text.includes("'")) s--;
    const words = tokens
      .slice(s, i + 1)
      .map((w) => w.lemma)
      .filter((w) => !TEMPORAL_MODIFIERS.has(w));
    if (words.length < 2 && !capitalised(t)) return;
    const detStart = s > 0 && tokens[s - 1]!.pos === "DET" ? tokens[s - 1]!.start : tokens[s]!.start;
    out.push({
      start: detStart,
      end: t.end,
      text: text.slice(detStart - offset, t.end - offset),
      type: "document",
      canonical: words.map(fold).join(" "),
    });
  });
  return out;
}
