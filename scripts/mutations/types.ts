import type { Span } from "../../lib/text/span";
import type { SourceDocument } from "../../lib/ingest/types";
import type { Kind } from "./config";

export type Token = Span & { text: string; word: string };

export type Sentence = Span & { text: string; tokens: Token[]; content: Set<string> };

/** One outlet's article of one event, as the SourceDocument text the pipeline receives. */
export type EventDoc = {
  event: string;
  outlet: string;
  file: string;
  raw: string;
  doc: SourceDocument;
  /** Body sentences only: the title line is left alone. */
  sentences: Sentence[];
};

/** One planted change: replace raw[at, at + length) of `file` by `replacement`; the partner states the same fact. */
export type Mutation = {
  kind: Kind;
  event: string;
  file: string;
  outlet: string;
  at: number;
  length: number;
  replacement: string;
  sentence: Span;
  partnerFile: string;
  partnerOutlet: string;
  partnerAt: number;
  partnerSentence: Span;
  /** What changed, e.g. "3,000 → 5,000", and why the pair is one fact. */
  change: string;
  evidence: string;
};

export type Outcome = {
  mutation: Mutation;
  changedClaim: string | null;
  partnerClaim: string | null;
  grouped: boolean;
  flagged: boolean;
  counted: boolean;
  /** The baseline already had a discrepancy of this kind on the claim at that offset. */
  preflagged: boolean;
  kindsSeen: string[];
  /** With --why: the facts found at both claims and whether they were linked. */
  why?: string;
};
