import { assertOre, formatKronor, type Ore } from '@statsbidrag/domain';
import { compare, type AllocationSheet } from './allocation-sheet.js';

/**
 * Avstämning: for every compensation code of the month, what MiG paid must equal what the sheet
 * accounts for, to the öre:
 *
 *   MiG paid = allocated + unallocated + AmF revenue − recoveries
 *
 * (allocated, unallocated and AmF revenue are gross; recoveries – negative rows and recovery
 * offsets – are positive and deducted.) Any difference is a deviation and blocks approval.
 */

export interface ReconciliationInput {
  /** Net öre MiG paid per compensation code in the month (after MiG's own offsets). */
  migPaid: Readonly<Record<string, Ore>>;
  sheet: AllocationSheet;
}

export interface ReconciliationRow {
  compensationCode: string;
  migPaid: Ore;
  allocated: Ore;
  unallocated: Ore;
  amfRevenue: Ore;
  recoveries: Ore;
  /** migPaid − (allocated + unallocated + amfRevenue − recoveries); 0 when it balances. */
  difference: Ore;
}

export interface ReconciliationDeviation {
  compensationCode: string;
  month: string;
  difference: Ore;
  /** E.g. "Differens NSCH 2025-03: 12,00 kr". */
  message: string;
}

export interface Reconciliation {
  month: string;
  /** One row per code found in either MiG's payment or the sheet, sorted by code. */
  rows: ReconciliationRow[];
  deviations: ReconciliationDeviation[];
  ok: boolean;
}

/**
 * Reconciles the month's sheet against MiG's payment. A code MiG paid that has no lines on the
 * sheet, or a code on the sheet MiG did not pay, is compared against 0 – and so shows up as a
 * deviation unless the amount is 0.
 */
export function reconcile(month: string, input: ReconciliationInput): Reconciliation {
  if (input.sheet.month !== month) throw new RangeError(`Fördelningsarket gäller ${input.sheet.month}, inte ${month}.`);
  const totals = new Map(input.sheet.totals.map((t) => [t.compensationCode, t]));
  const codes = [...new Set([...Object.keys(input.migPaid), ...totals.keys()])].sort(compare);
  const rows = codes.map((compensationCode): ReconciliationRow => {
    const migPaid = assertOre(input.migPaid[compensationCode] ?? 0);
    const t = totals.get(compensationCode);
    const allocated = t?.allocated ?? 0;
    const unallocated = t?.unallocated ?? 0;
    const amfRevenue = t?.amfRevenue ?? 0;
    const recoveries = t?.recoveries ?? 0;
    const difference = migPaid - (allocated + unallocated + amfRevenue - recoveries);
    return { compensationCode, migPaid, allocated, unallocated, amfRevenue, recoveries, difference };
  });
  const deviations = rows
    .filter((r) => r.difference !== 0)
    .map((r) => ({
      compensationCode: r.compensationCode,
      month,
      difference: r.difference,
      message: `Differens ${r.compensationCode} ${month}: ${formatKronor(r.difference)}`,
    }));
  return { month, rows, deviations, ok: deviations.length === 0 };
}

/** The sheet may be approved only when every code balances to the öre. */
export function canApprove(reconciliation: Reconciliation): boolean {
  return reconciliation.deviations.length === 0 && reconciliation.rows.every((r) => r.difference === 0);
}
