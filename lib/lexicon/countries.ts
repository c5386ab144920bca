import countries from "world-countries";
import { fold } from "../text/normalize";
import { COUNTRY_SHORT_FORMS } from "./bodies";

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
for (const [form, country] of COUNTRY_SHORT_FORMS) {
  table.set(form, { country, via: "name" });
}

export function countryOf(text: string): CountryHit | undefined {
  return table.get(fold(text).replace(/^the /, ""));
}
