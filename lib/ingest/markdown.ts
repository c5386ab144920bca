/** Blank Markdown markers (heading hashes, emphasis, link targets) so only the words are analysed. */
export function markdownView(raw: string): string {
  const spaces = (s: string) => s.replace(/[^\n]/g, " ");
  return raw
    .replace(/^(\s{0,3}#{1,6}\s)/gm, spaces)
    .replace(/^(\s{0,3}(?:[-*+]|\d+\.)\s)/gm, spaces)
    .replace(/^(\s{0,3}>\s?)/gm, spaces)
    .replace(/(\*\*|__|\*|_|`)(?=\S)|(?<=\S)(\*\*|__|\*|_|`)/g, spaces)
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, spaces)
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, (m, text: string) => ` ${text}${spaces(m.slice(text.length + 1))}`);
}
