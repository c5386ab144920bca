import countries from "world-countries";
import { fold } from "../text/normalize";

/** Surface form (folded) to the country it stands for: names, official names, capitals and demonyms. */
export type CountryHit = { country: string; via: "name" | "capital" | "demonym" };

const table = new Map<string, CountryHit>();
// Independent states first, so "American" means the United States and not a territory that shares the demonym.
for (const c of [...countries].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false))) {
  const country = fold(c.name.common);
  const add = (form: string | undefined, via: CountryHit["via"]) => {
    if (!form || form.length < 3) return;
    const key = fold(form);
    if (!table.has(key)) table.set(key, { country, via });
  };
  add(c.name.common, "name");
  add(c.name.official, "name");
  for (const alt of c.altSpellings) if (/^[\p{L} .'-]+$/u.test(alt) && alt.length > 3) add(alt, "name");
  for (const cap of c.capital ?? []) add(cap, "capital");
  add(c.demonyms?.eng?.m, "demonym");
  add(c.demonyms?.eng?.f, "demonym");
}
// Common English short forms the data set spells differently.
for (const [form, country] of [
  ["u.s.", "united states"],
  ["us", "united states"],
  ["america", "united states"],
  ["u.k.", "united kingdom"],
  ["britain", "united kingdom"],
  ["soviet union", "russia"],
  ["ussr", "russia"],
] as const) {
  table.set(form, { country, via: "name" });
}

export function countryOf(text: string): CountryHit | undefined {
  return table.get(fold(text).replace(/^the /, ""));
}

export const ORG_WORDS = new Set([
  "ministry",
  "party",
  "council",
  "department",
  "agency",
  "fleet",
  "army",
  "navy",
  "forces",
  "force",
  "government",
  "cabinet",
  "committee",
  "commission",
  "university",
  "institute",
  "center",
  "centre",
  "bank",
  "corp",
  "corporation",
  "inc",
  "company",
  "association",
  "union",
  "news",
  "times",
  "post",
  "press",
  "court",
  "congress",
  "senate",
  "parliament",
  "assembly",
  "police",
  "office",
  "organization",
  "organisation",
  "group",
  "fund",
  "foundation",
  "network",
  "agency",
  "bureau",
  "service",
  "club",
  "house",
  "administration",
  "authority",
  "board",
  "journal",
  "tribune",
  "herald",
  "daily",
  "gazette",
  "broadcasting",
  "tv",
  "radio",
  "college",
  "seminary",
  "school",
  "academy",
  "church",
  "hospital",
  "museum",
  "corps",
  "guard",
  "caucus",
  "coalition",
  "federation",
]);

export const PLACE_WORDS = new Set([
  "island",
  "islands",
  "peninsula",
  "sea",
  "ocean",
  "strait",
  "straits",
  "river",
  "mountain",
  "mountains",
  "province",
  "prefecture",
  "region",
  "territories",
  "territory",
  "street",
  "city",
  "county",
  "state",
  "bay",
  "gulf",
  "valley",
  "lake",
  "coast",
  "district",
]);

export const PERSON_TITLES =
  /\b(president|prime minister|minister|premier|chancellor|secretary|chairman|chairwoman|chair|mr|mrs|ms|dr|rep|sen|gov|governor|senator|representative|mayor|king|queen|prince|princess|pope|general|gen|judge|justice|spokesman|spokeswoman|spokesperson|ambassador|lawmaker|deputy|leader|ceo|director|official|analyst|professor|candidate|speaker)\.?\s*$/i;

/** Head nouns of documents an editor would check a claim against. */
export const DOCUMENT_HEADS = new Set([
  "strategy",
  "declaration",
  "treaty",
  "agreement",
  "document",
  "program",
  "programme",
  "law",
  "constitution",
  "act",
  "report",
  "plan",
  "resolution",
  "bill",
  "accord",
  "convention",
  "guideline",
  "guidelines",
  "charter",
  "memorandum",
  "budget",
  "doctrine",
  "communique",
  "ruling",
  "indictment",
  "lawsuit",
  "manifesto",
  "protocol",
]);

export const TEMPORAL_MODIFIERS = new Set([
  "current",
  "new",
  "updated",
  "revised",
  "latest",
  "previous",
  "old",
  "draft",
  "first",
  "existing",
  "upcoming",
  "final",
  "proposed",
  "former",
]);
