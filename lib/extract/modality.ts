import type { Modality } from "./types";
import { lexicon } from "../lexicon/index";

const CUES = lexicon.stance.modality;

/** How firmly the sentence asserts its content; "reported" when the only hedge is the attribution. */
export function modality(text: string, attributed: boolean): { value: Modality; cue: string | null } {
  for (const [value, re] of CUES) {
    const m = re.exec(text);
    if (m) return { value, cue: m[0] };
  }
  return attributed ? { value: "reported", cue: null } : { value: "asserted", cue: null };
}
