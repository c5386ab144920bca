import type { Modality } from "./types";

/** Cues in order of precedence: a denial outranks a possibility, which outranks a plan, and so on. */
const CUES: [Modality, RegExp][] = [
  ["denied", /\b(denied|denies|deny|denying|rejected|rejects|refuted|refutes|dismissed as|called .{0,20}false)\b/i],
  // "may" only in lower case: "May" is usually the month.
  [
    "possible",
    /\b(may|[Mm]ight|[Cc]ould|[Pp]ossibly|[Pp]erhaps|[Ll]ikely|[Uu]nlikely|is possible|not excluded|[Ii]t is possible|[Pp]otentially|[Rr]eportedly)\b/,
  ],
  [
    "considered",
    /\b(considering|consider|considers|mulling|mulls|weighing|weighs|under consideration|on the agenda|studying|exploring|looking into|debating)\b/i,
  ],
  [
    "planned",
    /\b(plans? to|planned|planning|intends? to|intending|aims? to|is set to|are set to|is expected to|are expected to|shall|scheduled|is to be|are to be|seeks? to|prepares? to|must submit|going to|to be revised|will (?!not\b|likely\b|probably\b)(?:\w+ ){0,1}(?:start|allocate|submit|launch|introduce|adopt|build|deploy|produce|increase|raise|cut|hold|sign|send|spend|revise|review))\b/i,
  ],
];

/** How firmly the sentence asserts its content; "reported" when the only hedge is the attribution. */
export function modality(text: string, attributed: boolean): { value: Modality; cue: string | null } {
  for (const [value, re] of CUES) {
    const m = re.exec(text);
    if (m) return { value, cue: m[0] };
  }
  return attributed ? { value: "reported", cue: null } : { value: "asserted", cue: null };
}
