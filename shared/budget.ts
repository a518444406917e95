/** Budgets above this are typos, not budgets. */
export const MAX_BUDGET = 10_000_000;

/**
 * A monthly budget in US dollars as the URL and the budget field write it: a positive amount
 * with at most two decimals, up to MAX_BUDGET. Null for anything else.
 */
export function parseBudgetAmount(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value > 0 && value <= MAX_BUDGET ? value : null;
}
