import { z } from "zod";

/**
 * Where one article of an import has got to. A file or pasted text starts queued and is extracted; a page is fetched
 * first. Each ends analysed (stored and its story re-analysed), unchanged (stored already) or failed, with a reason.
 */
export const ITEM_STATES = ["queued", "fetched", "extracted", "analysed", "unchanged", "failed"] as const;
export type ItemState = (typeof ITEM_STATES)[number];
export const FINAL_STATES: ReadonlySet<ItemState> = new Set(["analysed", "unchanged", "failed"]);

export const itemProgressSchema = z.object({
  source: z.string(),
  state: z.enum(ITEM_STATES),
  reason: z.string().optional(),
  // The name the document goes by once fetched (a page's canonical address), when it is not the address pasted.
  file: z.string().optional(),
});
export type ItemProgress = z.infer<typeof itemProgressSchema>;
export type OnProgress = (item: ItemProgress) => void;

/**
 * The list with one event applied: the first item of that source that has not ended takes the new state. Sources
 * repeat only when one upload holds two files of one name; they are then told apart by order.
 */
export function applyProgress(items: readonly ItemProgress[], event: ItemProgress): ItemProgress[] {
  // Queued is where an item starts: an event saying so announces it (to a CLI bar) and never moves one back.
  if (event.state === "queued") return [...items];
  const named = (i: ItemProgress) => i.source === event.source || i.file === event.source;
  const at = items.findIndex((i) => named(i) && !FINAL_STATES.has(i.state));
  if (at < 0) return [...items];
  const { source, file } = items[at]!;
  const moved: ItemProgress = { ...event, source, ...((event.file ?? file) ? { file: event.file ?? file } : {}) };
  return items.map((item, i) => (i === at ? moved : item));
}

/** How many have ended, and how many of those failed: the job page's and the CLI's one-line summary. */
export function progressCounts(items: readonly ItemProgress[]): { done: number; failed: number; total: number } {
  const done = items.filter((i) => FINAL_STATES.has(i.state)).length;
  const failed = items.filter((i) => i.state === "failed").length;
  return { done, failed, total: items.length };
}
