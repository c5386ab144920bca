/** The review status each number key sets, in the order the help overlay lists them. */
export const STATUS_KEYS = [
  { key: "1", status: "confirmed" },
  { key: "2", status: "disputed" },
  { key: "3", status: "needs-follow-up" },
  { key: "4", status: "dismissed" },
  { key: "0", status: "unreviewed" },
] as const;

/** Every shortcut, as the help overlay (`?`) shows it. */
export const SHORTCUTS = [
  { keys: ["j", "↓"], what: "next group" },
  { keys: ["k", "↑"], what: "previous group" },
  { keys: ["Enter"], what: "open the selected group (on a list)" },
  { keys: ["o"], what: "open the article at the claim" },
  ...STATUS_KEYS.map((s) => ({ keys: [s.key], what: `set the review status to ${s.status}` })),
  { keys: ["?"], what: "show or hide this help" },
  { keys: ["Esc"], what: "close this help" },
] as const;

/** Keys typed into a field are the editor's text, never a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
