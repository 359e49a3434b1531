import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ore } from '@statsbidrag/domain';
import type { FlatRateKind } from '../../flat-rate-payment/domain/flat-rate-payment.js';
import { AGE_BANDS, type AgeBand, type AllocationSheetInput, type FlatRatePaymentRow, type GrantedClaimRow, type RecoveryOffsetRow, type UnallocatedMark } from '../domain/allocation-sheet.js';
import { districtSuccessors } from './allocation-reference.js';

/**
 * Loads what the sheets of a range of months need in five queries, as plain rows (no entities: a
 * year is ~200k flat-rate rows). The flat-rate row's `district_code` is authoritative (set by the
 * import or by hand from the registration valid on the date that counts, or from the case); it is
 * passed as the cost-bearing district, and a row without one lands on AmF's own revenue. So no
 * registration history is needed here.
 */

export interface MonthInput {
  month: string;
  input: AllocationSheetInput;
  /** Net öre MiG paid per code in the month (see ADR 0019). */
  migPaid: Record<string, Ore>;
  /** person id per flat-rate row id, for the unallocated list. */
  personOf: Map<string, string | null>;
}

interface FlatRateSql {
  id: string;
  person_id: string | null;
  district_code: string | null;
  compensation_code: string;
  kind: FlatRateKind;
  amount: string;
  payment_date: string;
  counts_on: string | null;
  age_band: string | null;
  birth_date: string | null;
  manual: boolean;
}

/** ÅÅÅÅ-MM → the first day of the month after. */
export function monthAfter(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function monthsBetween(fromMonth: string, toMonth: string): string[] {
  const months: string[] = [];
  for (let m = fromMonth; m <= toMonth; m = monthAfter(m)) months.push(m);
  return months;
}

export async function loadSheetInputs(em: EntityManager, fromMonth: string, toMonth: string): Promise<Map<string, MonthInput>> {
  const conn = em.getConnection();
  const start = `${fromMonth}-01`;
  const end = `${monthAfter(toMonth)}-01`;
  const [flatRates, claims, offsets, marks, totals] = await Promise.all([
    conn.execute<FlatRateSql[]>(
      `select f.id, f.person_id, f.district_code, f.compensation_code, f.kind, f.amount::text as amount, f.payment_date::text as payment_date,
              f.counts_on::text as counts_on, f.age_band, case when f.age_band is null and f.kind = 'GENERAL' then p.birth_date::text end as birth_date,
              f.import_id is null as manual
         from allocation.flat_rate_payment f left join allocation.person_copy p on p.person_id = f.person_id and f.age_band is null and f.kind = 'GENERAL'
        where f.payment_date >= ? and f.payment_date < ?`,
      [start, end],
    ),
    conn.execute<{ id: string; claim_id: string; district_code: string | null; compensation_code: string; amount: string; month: string }[]>(
      `select payment_line_id as id, claim_id, district_code, compensation_code, amount::text as amount, month
         from allocation.payment_line_copy where month >= ? and month <= ? and claim_id is not null`,
      [fromMonth, toMonth],
    ),
    conn.execute<{ recovery_id: string; district_code: string | null; compensation_code: string; month: string; amount: string }[]>(
      `select recovery_id, district_code, compensation_code, month, amount::text as amount from allocation.recovery_offset_copy where month >= ? and month <= ?`,
      [fromMonth, toMonth],
    ),
    conn.execute<{ flat_rate_payment_id: string; month: string; reason: string }[]>(
      `select flat_rate_payment_id, month, reason from allocation.unallocated_mark where month >= ? and month <= ?`,
      [fromMonth, toMonth],
    ),
    conn.execute<{ month: string; compensation_code: string; amount: string }[]>(
      `select month, compensation_code, sum(amount)::text as amount from allocation.flat_rate_import_total where month >= ? and month <= ? group by month, compensation_code`,
      [fromMonth, toMonth],
    ),
  ]);

  const successors = districtSuccessors();
  const result = new Map<string, MonthInput>();
  const monthOf = (month: string): MonthInput => {
    let m = result.get(month);
    if (!m) {
      m = {
        month,
        input: { flatRatePayments: [], grantedClaims: [], recoveryOffsets: [], unallocated: [], registrations: new Map(), successors },
        migPaid: {},
        personOf: new Map(),
      };
      result.set(month, m);
    }
    return m;
  };
  for (const month of monthsBetween(fromMonth, toMonth)) monthOf(month);
  const addPaid = (m: MonthInput, code: string, amount: number) => (m.migPaid[code] = (m.migPaid[code] ?? 0) + amount);

  for (const r of flatRates) {
    const m = monthOf(r.payment_date.slice(0, 7));
    const amount = Number(r.amount);
    const countsOn = r.counts_on ?? r.payment_date;
    (m.input.flatRatePayments as FlatRatePaymentRow[]).push({
      rowId: r.id,
      personId: r.person_id,
      compensationCode: r.compensation_code,
      kind: r.kind,
      amount,
      paymentDate: r.payment_date,
      countsOn,
      birthDate: r.birth_date,
      // The band as read stays authoritative; the birth date is only read when none was recorded.
      ageBand: r.age_band && (AGE_BANDS as readonly string[]).includes(r.age_band) ? (r.age_band as AgeBand) : null,
      costBearingDistrictCode: r.district_code,
    });
    m.personOf.set(r.id, r.person_id);
    // A row registered by hand is the record of a payment no imported file carries.
    if (r.manual) addPaid(m, r.compensation_code, amount);
  }
  for (const r of claims) {
    const m = monthOf(r.month);
    const amount = Number(r.amount);
    (m.input.grantedClaims as GrantedClaimRow[]).push({
      rowId: r.id,
      claimId: r.claim_id,
      costBearingDistrictCode: r.district_code,
      compensationCode: r.compensation_code,
      amount,
      paymentDate: `${r.month}-01`,
    });
    addPaid(m, r.compensation_code, amount);
  }
  for (const r of offsets) {
    const m = monthOf(r.month);
    const amount = Number(r.amount);
    (m.input.recoveryOffsets as RecoveryOffsetRow[]).push({ recoveryId: r.recovery_id, districtCode: r.district_code, compensationCode: r.compensation_code, month: r.month, amount });
    addPaid(m, r.compensation_code, -amount);
  }
  for (const r of marks) (monthOf(r.month).input.unallocated as UnallocatedMark[]).push({ rowId: r.flat_rate_payment_id, reason: r.reason });
  for (const r of totals) addPaid(monthOf(r.month), r.compensation_code, Number(r.amount));
  return result;
}
