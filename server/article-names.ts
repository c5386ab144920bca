/**
 * The columns that name an article (outlet, headline, file) and its first statement, which stands in for a missing
 * headline: one select for every query that lists articles, and `named` to flatten it for lib/present/names.
 */
export const articleNameSelect = {
  id: true,
  title: true,
  file: true,
  outlet: { select: { name: true } },
  claims: { select: { text: true }, where: { kind: "statement" }, orderBy: { start: "asc" }, take: 1 },
} as const;

export function named<A extends { claims: { text: string }[] }>(
  article: A,
): Omit<A, "claims"> & { opening: string | null } {
  const { claims, ...rest } = article;
  return { ...rest, opening: claims[0]?.text ?? null };
}
