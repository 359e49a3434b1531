import type { Ore } from '@statsbidrag/domain';
import { compare, type FlatRatePaymentRow, type UnallocatedMark } from './allocation-sheet.js';

/**
 * Ej fördelade medel (issue 6, point 7): the list the coordinator reviews and saves. The saved list
 * is passed to `buildAllocationSheet` as `unallocated`; this only proposes entries for it.
 */

/**
 * Compensation codes whose money follows a known district responsibility rather than the address,
 * each with the reason shown when no responsibility is known. Reference data from the caller, e.g.
 * { EKBP: 'EKB utan känt SDF-ansvar', EKUP: 'Gymnasieelev utan socialtjänstansvar i staden' }.
 */
export type ResponsibilityCodes = Readonly<Record<string, string>>;

export interface UnallocatedProposal extends UnallocatedMark {
  compensationCode: string;
  personId: string | null;
  amount: Ore;
}

/**
 * Proposes the month's rows that should not be allocated: a row of a responsibility code (EKBP,
 * EKUP …) without a cost-bearing district. For such a child or young person the registration
 * address says nothing about which district is responsible (an EKUP pupil may be registered in
 * Stockholm while the city has no social-services responsibility), so the row is not left to fall
 * on the address district or on AmF's revenue unseen. Rows already on the saved list are left out.
 * Sorted by code, then row id.
 */
export function proposeUnallocated(
  month: string,
  rows: readonly FlatRatePaymentRow[],
  responsibilityCodes: ResponsibilityCodes,
  saved: readonly UnallocatedMark[] = [],
): UnallocatedProposal[] {
  const already = new Set(saved.map((m) => m.rowId));
  return rows
    .filter((r) => r.paymentDate.slice(0, 7) === month && !already.has(r.rowId))
    .filter((r) => Object.hasOwn(responsibilityCodes, r.compensationCode) && !r.costBearingDistrictCode?.trim())
    .map((r) => ({ rowId: r.rowId, compensationCode: r.compensationCode, personId: r.personId, amount: r.amount, reason: responsibilityCodes[r.compensationCode]! }))
    .sort((a, b) => compare(a.compensationCode, b.compensationCode) || compare(a.rowId, b.rowId));
}
