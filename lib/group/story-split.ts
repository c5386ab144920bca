/** A story this small is left whole: too few articles to tell two cliques from one loose story. */
export const MIN_SPLIT_ARTICLES = 4;
/** Each side of a split holds at least this many articles: a lone outlier is not a second event. */
export const MIN_SIDE_ARTICLES = 2;
/**
 * A split is worth testing when the mean similarity across its two sides is under this share of the mean within the
 * looser side. Words alone do not tell two events of one kind (two earthquakes, two product launches) from one story
 * told in two ways: both come out at about 0.7 to 0.85 on ECB+. The figures the two sides give decide
 * (story-figures.ts).
 */
export const SPLIT_RATIO = 0.9;

export type Split = { sides: [number[], number[]]; within: number; across: number };

/**
 * The best two-way split of a story's articles: seeded by its least similar pair, each article then joining the side
 * it is closer to on average, repeated until nothing moves.
 */
export function bestSplit(members: number[], sim: (a: number, b: number) => number): Split | null {
  if (members.length < MIN_SPLIT_ARTICLES) return null;
  let seed: [number, number] = [members[0]!, members[1]!];
  let low = Infinity;
  for (let x = 0; x < members.length; x++)
    for (let y = x + 1; y < members.length; y++) {
      const s = sim(members[x]!, members[y]!);
      if (s < low) [low, seed] = [s, [members[x]!, members[y]!]];
    }
  let sides: [number[], number[]] = [[seed[0]], [seed[1]]];
  for (let round = 0; round < 10; round++) {
    const next: [number[], number[]] = [[], []];
    for (const m of members) {
      const [a, b] = sides.map((side) => meanTo(m, side, sim));
      next[a! >= b! ? 0 : 1].push(m);
    }
    if (next[0].length === 0 || next[1].length === 0) return null;
    const moved = next[0].length !== sides[0].length || next[0].some((m, i) => sides[0][i] !== m);
    sides = next;
    if (!moved) break;
  }
  if (sides.some((s) => s.length < MIN_SIDE_ARTICLES)) return null;
  const within = Math.min(meanWithin(sides[0], sim), meanWithin(sides[1], sim));
  let across = 0;
  for (const a of sides[0]) for (const b of sides[1]) across += sim(a, b);
  return { sides, within, across: across / (sides[0].length * sides[1].length) };
}

/**
 * The story's articles as one cluster, or split in two where its articles form two cliques by words and `apart`
 * confirms the two sides report two events. Sides are not split again: on ECB+ a second split only cut one event's
 * articles about several products apart (10 fewer same-event pairs grouped, no fewer groups mixing events).
 */
export function splitStory(
  members: number[],
  sim: (a: number, b: number) => number,
  apart: (sides: [number[], number[]]) => boolean,
): number[][] {
  const split = bestSplit(members, sim);
  if (!split || split.across >= SPLIT_RATIO * split.within || !apart(split.sides)) return [members];
  return split.sides;
}

/** Mean similarity of `m` to the other articles of a side; a side of `m` alone keeps it (a seed stays put). */
function meanTo(m: number, side: number[], sim: (a: number, b: number) => number): number {
  const others = side.filter((x) => x !== m);
  if (others.length === 0) return side.length ? 1 : 0;
  return others.reduce((s, x) => s + sim(m, x), 0) / others.length;
}

function meanWithin(side: number[], sim: (a: number, b: number) => number): number {
  let total = 0;
  for (let x = 0; x < side.length; x++) for (let y = x + 1; y < side.length; y++) total += sim(side[x]!, side[y]!);
  return total / ((side.length * (side.length - 1)) / 2);
}
