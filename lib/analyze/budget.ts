/**
 * How long one article may take to extract: a base plus a share per KiB: about four times the 7 ms per KB
 * that parsing and extraction take on the slowest shape of the adversarial bench, so only an article that still
 * misbehaves is refused.
 */
export const ARTICLE_BUDGET = { baseMs: 5_000, perKiBMs: 30 } as const;

export function articleBudgetMs(chars: number): number {
  return ARTICLE_BUDGET.baseMs + (ARTICLE_BUDGET.perKiBMs * chars) / 1024;
}

/** Extraction of one article ran past its budget; the analysis leaves the article out and says why. */
export class BudgetExceededError extends Error {
  constructor(readonly budgetMs: number) {
    super(`analysing it took over ${Math.round(budgetMs / 1000)} s, its time budget; it was left out`);
    this.name = "BudgetExceededError";
  }
}

/** A check to call between pieces of work: it throws once `budgetMs` has passed since it was made. */
export function deadline(budgetMs: number, now: () => number = () => performance.now()): () => void {
  const end = now() + budgetMs;
  return () => {
    if (now() > end) throw new BudgetExceededError(budgetMs);
  };
}
