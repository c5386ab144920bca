/**
 * `text` shortened to at most `max` characters at a word boundary, with an ellipsis when anything was cut, so a
 * label never ends in half a word. A single word longer than `max` is kept whole rather than broken.
 */
export function clipAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max);
  const cut = room.lastIndexOf(" ");
  const head = cut > 0 ? room.slice(0, cut) : (flat.split(" ")[0] ?? flat);
  return `${head.replace(/[\s,;:.–—-]+$/u, "")}…`;
}
