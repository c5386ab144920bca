import type { Features } from "./types";

/** Character n-grams of this length catch inflections and compounds ("accused"/"accusing"). */
const CHAR_GRAM = 4;

/** A claim's character 4-grams (over its folded words), hashed to sorted unique integers: compared by merging. */
export function charGrams(words: string[]): Int32Array {
  const text = ` ${words.join(" ")} `;
  const codes = new Int32Array(Math.max(0, text.length - CHAR_GRAM + 1));
  for (let i = 0; i < codes.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < CHAR_GRAM; k++) h = Math.imul(h ^ text.charCodeAt(i + k), 0x01000193);
    codes[i] = h;
  }
  codes.sort();
  let n = 0;
  for (let i = 0; i < codes.length; i++) if (i === 0 || codes[i] !== codes[i - 1]) codes[n++] = codes[i]!;
  return codes.slice(0, n);
}

export type SurfaceFeatures = Pick<Features, "charsMin" | "charsMax" | "orderMin" | "orderMax">;

/**
 * Shared character 4-grams (each side's share) and the longest common word subsequence (as a share of the
 * shorter and the longer claim): a paraphrase keeps word forms and much of the word order.
 */
export function surface(
  a: { chars: Int32Array; textWords: string[] },
  b: { chars: Int32Array; textWords: string[] },
): SurfaceFeatures {
  const shared = sharedSorted(a.chars, b.chars);
  const pa = a.chars.length ? shared / a.chars.length : 0;
  const pb = b.chars.length ? shared / b.chars.length : 0;
  const common = lcs(a.textWords, b.textWords);
  const shorter = Math.min(a.textWords.length, b.textWords.length);
  const longer = Math.max(a.textWords.length, b.textWords.length);
  return {
    charsMin: Math.min(pa, pb),
    charsMax: Math.max(pa, pb),
    orderMin: longer ? common / longer : 0,
    orderMax: shorter ? common / shorter : 0,
  };
}

function sharedSorted(x: Int32Array, y: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    if (x[i]! < y[j]!) i++;
    else if (x[i]! > y[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/** Length of the longest common subsequence, in one row of memory. */
function lcs(x: string[], y: string[]): number {
  const row = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    let diag = 0;
    for (let j = 1; j <= y.length; j++) {
      const up = row[j]!;
      row[j] = x[i - 1] === y[j - 1] ? diag + 1 : Math.max(up, row[j - 1]!);
      diag = up;
    }
  }
  return row[y.length]!;
}
