import type { Ore } from '@statsbidrag/domain';
import { AGE_BANDS, ageBand, buildAllocationSheet, compare, districtFor, type AgeBand, type CodeTotals, type LineKind } from '../domain/allocation-sheet.js';
import { splitInitialCosts, type InitialCostPerson } from '../domain/initial-cost-split.js';
import { reconcile, type ReconciliationRow } from '../domain/reconciliation.js';
import { initialCostCodePatterns, isInitialCostCode } from './allocation-reference.js';
import type { MonthInput } from './load-sheet-input.js';

/** Band label for generalschablon rows whose age was not known. */
export const UNKNOWN_BAND = 'Okänd';

export interface SheetLineContent {
  compensationCode: string;
  kind: LineKind;
  districtCode: string | null;
  paid: Ore;
  recovered: Ore;
  amount: Ore;
  ageBands: { band: string; persons: number; amount: Ore }[];
}
export interface UnallocatedItemContent {
  rowId: string;
  compensationCode: string;
  amount: Ore;
  reason: string;
  saved: boolean;
  personId: string | null;
}
export interface InitialCostShareContent {
  compensationCode: string;
  districtCode: string | null;
  band: AgeBand;
  persons: number;
  amount: Ore;
}

/** The computed sheet as shown and as saved in a version's `content` (plain JSON). */
export interface SheetContent {
  month: string;
  lines: SheetLineContent[];
  totals: CodeTotals[];
  total: Ore;
  reconciliation: { ok: boolean; rows: ReconciliationRow[]; deviations: { compensationCode: string; difference: Ore; message: string }[] };
  unallocatedItems: UnallocatedItemContent[];
  initialCostSplit: InitialCostShareContent[];
  /** Set when a reviewer sent the version back to draft. */
  returned?: { by: string; at: string; reason: string } | null;
}

/** The month's sheet from loaded input: lines, totals, reconciliation, unallocated list, glappet. */
export function computeSheetContent({ month, input, migPaid, personOf }: MonthInput): SheetContent {
  const sheet = buildAllocationSheet(month, input);
  const rec = reconcile(month, { migPaid, sheet });
  const marked = new Set(input.unallocated.map((m) => m.rowId));
  const lines = sheet.lines.map(
    (l): SheetLineContent => ({
      compensationCode: l.compensationCode,
      kind: l.kind,
      districtCode: l.districtCode,
      paid: l.paid,
      recovered: l.recovered,
      amount: l.amount,
      ageBands: l.ageBands
        ? [
            ...AGE_BANDS.map((band) => ({ band, persons: l.ageBands![band].persons, amount: l.ageBands![band].amount })),
            ...(l.unknownBand && l.unknownBand.persons > 0 ? [{ band: UNKNOWN_BAND, ...l.unknownBand }] : []),
          ]
        : [],
    }),
  );
  return {
    month,
    lines,
    totals: sheet.totals,
    total: lines.reduce((sum, l) => sum + l.amount, 0),
    reconciliation: {
      ok: rec.ok,
      rows: rec.rows,
      deviations: rec.deviations.map((d) => ({ compensationCode: d.compensationCode, difference: d.difference, message: d.message })),
    },
    unallocatedItems: sheet.unallocatedItems.map((u) => ({ ...u, saved: marked.has(u.rowId), personId: personOf.get(u.rowId) ?? null })),
    initialCostSplit: initialCostSplit({ month, input, migPaid, personOf }),
  };
}

/**
 * Glappet per initial-cost code: the code's money for the persons paid this month (not marked as
 * unallocated, band known) split over districts by each age band's share, then per band.
 */
function initialCostSplit({ month, input }: MonthInput): InitialCostShareContent[] {
  const patterns = initialCostCodePatterns();
  const marked = new Set(input.unallocated.map((m) => m.rowId));
  const byCode = new Map<string, { total: Ore; persons: Map<string, InitialCostPerson> }>();
  for (const row of input.flatRatePayments) {
    if (row.paymentDate.slice(0, 7) !== month || !isInitialCostCode(row.compensationCode, patterns) || marked.has(row.rowId) || !row.personId || !row.birthDate) continue;
    let group = byCode.get(row.compensationCode);
    if (!group) byCode.set(row.compensationCode, (group = { total: 0, persons: new Map() }));
    group.total += row.amount;
    if (!group.persons.has(row.personId)) {
      const districtCode = districtFor(row, [], input.successors);
      const band = ageBand(row.birthDate, row.countsOn);
      group.persons.set(row.personId, { personId: row.personId, districtCode, ageBand: band });
    }
  }
  const shares: InitialCostShareContent[] = [];
  for (const code of [...byCode.keys()].sort(compare)) {
    const group = byCode.get(code)!;
    const split = splitInitialCosts(group.total, [...group.persons.values()]);
    for (const d of split.districts)
      for (const b of d.bands) shares.push({ compensationCode: code, districtCode: d.districtCode, band: b.ageBand, persons: b.persons, amount: b.amount });
  }
  return shares;
}
