/** Laga kraft and purge dates from the rules the system administrator sets (calendar days). */
export interface DecisionRules {
  /** Laga kraft = decision date + this many days unless appealed (FL 44 §: three weeks). */
  appealDays: number;
  /** Purge date = laga kraft + this many days (default three weeks). */
  purgeDaysAfterFinal: number;
}

export const DEFAULT_DECISION_RULES: DecisionRules = { appealDays: 21, purgeDaysAfterFinal: 21 };

/** A date column's value (string or Date) as ÅÅÅÅ-MM-DD; null stays null. */
export function isoDay(d: unknown): string | null {
  return d == null ? null : String(d instanceof Date ? d.toISOString() : d).slice(0, 10);
}

/** ÅÅÅÅ-MM-DD plus n calendar days, independent of time zone. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function decisionDates(decidedAt: string, rules: DecisionRules): { finalAt: string; purgeAt: string } {
  const finalAt = addDays(decidedAt, rules.appealDays);
  return { finalAt, purgeAt: addDays(finalAt, rules.purgeDaysAfterFinal) };
}

/** Final (laga kraft): the appeal time has run out and the decision was not appealed. */
export function isFinal(d: { finalAt: string; appealed: boolean }, today: string): boolean {
  return !d.appealed && d.finalAt < today;
}
