import type { Span } from "../text/span";

export type Quote = Span & { text: string; speaker: string | null };

export type Dimension = "length" | "mass" | "currency" | "percent" | "duration" | "count" | "number";
/**
 * How a figure is stated: "nearly 60" is a little under 60; "several" is a round plural ("hundreds", "thousands of")
 * whose value is the round unit (100, 1,000) and which means two to ten of them.
 */
export type Qualifier =
  "exact" | "about" | "nearly" | "several" | "up-to" | "at-most" | "less-than" | "at-least" | "more-than";
export type Quantity = Span & {
  text: string;
  value: number;
  unit: string;
  dimension: Dimension;
  qualifier: Qualifier;
};

export type DateFacet = Span & {
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when relative to an unknown publication date. */
  iso: string | null;
  precision: "day" | "month" | "year";
  relative: boolean;
};

export type EntityType = "person" | "place" | "country" | "organisation" | "document" | "other";
export type Entity = Span & { text: string; type: EntityType; canonical: string };

export type SourceKind = "publication" | "official" | "anonymous" | "person" | "organisation" | "document" | "pronoun";
export type Source = Span & { text: string; canonical: string; kind: SourceKind };

export type Label = Span & { text: string; verb: string; stance: "current" | "proposed"; target: string | null };

export type Modality = "asserted" | "reported" | "planned" | "considered" | "possible" | "denied";

export type Facets = {
  quotes: Quote[];
  quantities: Quantity[];
  dates: DateFacet[];
  entities: Entity[];
  /** Who says so, outermost first: the outlet's source, then whom that source cites. */
  attribution: Source[];
  labels: Label[];
  modality: { value: Modality; cue: string | null };
};

/** A verb of the claim; `reporting` marks verbs of saying, which tell who says so rather than what happened. */
export type Verb = Span & { lemma: string; reporting: boolean };

export type ClaimKind = "statement" | "headline" | "subhead" | "caption";

export type Claim = Span & {
  id: string;
  articleId: string;
  text: string;
  kind: ClaimKind;
  worthiness: number;
  worthinessReasons: string[];
  facets: Facets;
  /** Content-word lemmas, the matcher's vocabulary for this claim. */
  terms: string[];
  /** Its verbs in order, with offsets: what happened, which the fact aligner ties each number and date to. */
  verbs: Verb[];
};
