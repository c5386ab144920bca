/** A claim's place in its article: highlighted and scrolled to, as the claim cards link it. */
export function claimHref(articleId: number, span: { start: number; end: number }): string {
  return `/articles/${articleId}?hl=${span.start}-${span.end}#hl-${span.start}`;
}
