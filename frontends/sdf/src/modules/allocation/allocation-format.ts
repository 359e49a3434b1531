import type { DistrictMoneyRow, FlatRateForecastRow } from './allocation.graphql.js';

export const ALLOCATIONS_PATH = '/fordelade-medel';
export const allocationMonthPath = (month: string): string => `${ALLOCATIONS_PATH}/${encodeURIComponent(month)}`;
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const SERVICE_DOWN = 'Tjänsten svarar inte just nu. Försök igen om en stund.';

/** The month `offset` months from the month of `now`: addMonths(2025-03-15, -1) = "2025-02". */
export function addMonths(now: Date, offset: number): string {
  const d = new Date(now.getFullYear(), now.getMonth() + offset, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** One row of the month × compensation code table. */
export interface MonthRow {
  month: string;
  /** öre per compensation code */
  byCode: Record<string, number>;
  total: number;
}

/** The money per month and compensation code (summed over the districts and line kinds the server sent), months newest first, codes sorted. */
export function monthByCode(rows: readonly DistrictMoneyRow[]): { codes: string[]; months: MonthRow[]; totals: MonthRow } {
  const codes = [...new Set(rows.map((r) => r.compensationCode))].sort((a, b) => a.localeCompare(b, 'sv'));
  const months = new Map<string, MonthRow>();
  const totals: MonthRow = { month: 'Totalt', byCode: {}, total: 0 };
  for (const r of rows) {
    const m = months.get(r.month) ?? { month: r.month, byCode: {}, total: 0 };
    m.byCode[r.compensationCode] = (m.byCode[r.compensationCode] ?? 0) + r.amount;
    m.total += r.amount;
    months.set(r.month, m);
    totals.byCode[r.compensationCode] = (totals.byCode[r.compensationCode] ?? 0) + r.amount;
    totals.total += r.amount;
  }
  return { codes, months: [...months.values()].sort((a, b) => b.month.localeCompare(a.month)), totals };
}

/** The forecast per month (summed over the viewer's districts), oldest first. */
export function forecastByMonth(rows: readonly FlatRateForecastRow[]): { month: string; amount: number; persons: number }[] {
  const months = new Map<string, { month: string; amount: number; persons: number }>();
  for (const r of rows) {
    const m = months.get(r.month) ?? { month: r.month, amount: 0, persons: 0 };
    m.amount += r.amount;
    m.persons += r.persons;
    months.set(r.month, m);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}
