import type { Fact } from "../facts/index";
import type { SameFact } from "./facts";

/**
 * Two claims grouped for other reasons (a shared quote, alike wording) may each state a figure in one unit: "aged 16"
 * of one person against "31" of another. The facts found at those figures tell whether they can be one: not
 * when they belong to different people.
 */
export function sameFact(facts: Fact[]): SameFact {
  const at = new Map(facts.filter((f) => f.kind === "quantity").map((f) => [`${f.claimId}@${f.start}`, f]));
  return (x, qx, y, qy) => {
    const fx = at.get(`${x.id}@${qx.start}`);
    const fy = at.get(`${y.id}@${qy.start}`);
    if (!fx || !fy) return true;
    return !(fx.local.length && fy.local.length && !fx.local.some((e) => fy.local.includes(e)));
  };
}
