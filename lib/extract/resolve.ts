import type { Claim, Source } from "./types";
import { lexicon } from "../lexicon/index";

const ANAPHORIC = lexicon.sources.anaphoric;

/**
 * Resolve, across one article, what a sentence alone cannot: "he" to the last person named,
 * "the publication" to the last publication named.
 */
export function resolveReferences(claims: Claim[]): void {
  let lastPerson: string | null = null;
  let lastDocument: string | null = null;
  let lastPublication: Source | null = null;
  const surnames = new Map<string, string>();
  for (const claim of claims) {
    // "Brat" after "Dave Brat": a surname alone is the person named in full earlier in the article.
    for (const e of claim.facets.entities) {
      if (e.type === "person" && e.canonical.includes(" ")) surnames.set(e.canonical.split(" ").pop()!, e.canonical);
      else if (e.type !== "document" && surnames.has(e.canonical)) {
        e.type = "person";
        e.canonical = surnames.get(e.canonical)!;
      }
    }
    // A lone capitalised word opening the sentence that is no known name is just a capital letter.
    claim.facets.entities = claim.facets.entities.filter(
      (e) => !(e.type === "other" && e.start === claim.start && !e.canonical.includes(" ")),
    );
    claim.facets.attribution = claim.facets.attribution.map((s): Source => {
      if (s.kind === "pronoun" && /^it$/i.test(s.text) && lastDocument)
        return { ...s, canonical: lastDocument, kind: "document" };
      if (s.kind === "pronoun" && !/^it$/i.test(s.text) && lastPerson)
        return { ...s, canonical: lastPerson, kind: "person" };
      if (s.kind === "publication" && ANAPHORIC.test(s.text.trim()) && lastPublication) {
        return { ...s, canonical: lastPublication.canonical };
      }
      return s;
    });
    for (const s of claim.facets.attribution) if (s.kind === "publication" && s.canonical) lastPublication = s;
    // The first person named is most often the subject, the likeliest antecedent of the next "he" or "she".
    const person = claim.facets.entities.find((e) => e.type === "person");
    const speaker = claim.facets.attribution.find((s) => s.kind !== "publication");
    for (const q of claim.facets.quotes) q.speaker ??= speaker?.canonical ?? null;
    // Titles are poor antecedents: their names are often mangled by title case.
    if (person && claim.kind === "statement") lastPerson = person.canonical;
    const document = [...claim.facets.entities].reverse().find((e) => e.type === "document");
    if (document) lastDocument = document.canonical;
    // A name that is cited as a publication is an organisation, whatever it sounds like.
    for (const e of claim.facets.entities) {
      if (
        e.type !== "organisation" &&
        claim.facets.attribution.some(
          (s) =>
            s.kind === "publication" &&
            s.canonical &&
            (s.canonical === e.canonical || s.canonical.startsWith(`${e.canonical} `)),
        )
      )
        e.type = "organisation";
    }
  }
}
