import type { EntityManager } from '@mikro-orm/postgresql';
import { districtScope, type Identity, type Ore } from '@statsbidrag/domain';
import { ValidationError } from '@statsbidrag/graphql-kit';
import { districtSuccessors, predecessorsOf } from '../../allocation-sheet/application/allocation-reference.js';
import { monthAfter, monthsBetween } from '../../allocation-sheet/application/load-sheet-input.js';
import type { SheetLineContent } from '../../allocation-sheet/application/sheet-content.js';
import { assertMonth } from '../../allocation-sheet/application/sheet-versions.js';
import { ageBand, compare, districtFor, type LineKind } from '../../allocation-sheet/domain/allocation-sheet.js';

/** The SDF app's view of the allocation (issue 6 point 11): approved sheets only, own districts only. */

export const MAX_VIEW_MONTHS = 60;

/**
 * The districts the caller asks for and may see: a district role gets its own districts whatever it
 * asks (another district → nothing); `null` = every line (central role, no district asked).
 */
export function viewDistricts(identity: Identity, districtCode: string | null | undefined): string[] | null {
  const asked = districtCode?.trim().toUpperCase() || null;
  const scope = districtScope(identity);
  if (scope === null) return asked ? [asked] : null;
  return asked ? scope.filter((d) => d === asked) : scope;
}

export interface DistrictMoneyEntry {
  month: string;
  compensationCode: string;
  kind: LineKind;
  districtCode: string | null;
  amount: Ore;
}

export async function districtAllocations(
  em: EntityManager,
  identity: Identity,
  fromMonth: string,
  toMonth: string,
  districtCode?: string | null,
): Promise<DistrictMoneyEntry[]> {
  fromMonth = assertMonth(fromMonth, 'fromMonth');
  toMonth = assertMonth(toMonth, 'toMonth');
  if (toMonth < fromMonth) throw new ValidationError('toMonth', 'Till-månaden får inte vara före från-månaden.', 'RANGE');
  if (monthsBetween(fromMonth, toMonth).length > MAX_VIEW_MONTHS) throw new ValidationError('toMonth', `Välj högst ${MAX_VIEW_MONTHS} månader.`, 'RANGE');
  const districts = viewDistricts(identity, districtCode);
  if (districts?.length === 0) return [];
  const sheets = await em.getConnection().execute<{ month: string; lines: SheetLineContent[] }[]>(
    `select distinct on (month) month, content->'lines' as lines from allocation.allocation_sheet
      where status = 'APPROVED' and month >= ? and month <= ? order by month, version desc`,
    [fromMonth, toMonth],
  );
  const wanted = districts === null ? null : new Set(districts);
  return sheets.flatMap(({ month, lines }) =>
    lines
      .filter((l) => wanted === null || (l.kind === 'DISTRICT' && l.districtCode !== null && wanted.has(l.districtCode)))
      .map((l) => ({ month, compensationCode: l.compensationCode, kind: l.kind, districtCode: l.districtCode, amount: l.amount })),
  );
}

export interface DistrictFlatRatePersonEntry {
  personId: string;
  compensationCode: string;
  amount: Ore;
  ageBand: string | null;
  paymentDate: string;
  districtCode: string;
}

/**
 * The persons behind a district's flat-rate money in a month: the month's flat-rate rows whose
 * district (after successors, e.g. Rinkeby-Kista → Järva) is one the caller may see, leaving out
 * rows marked as unallocated and rows without a person.
 */
export async function districtFlatRatePersons(
  em: EntityManager,
  identity: Identity,
  month: string,
  districtCode?: string | null,
): Promise<DistrictFlatRatePersonEntry[]> {
  month = assertMonth(month);
  const districts = viewDistricts(identity, districtCode);
  if (districts?.length === 0) return [];
  const successors = districtSuccessors();
  const candidates = districts === null ? null : [...new Set(districts.flatMap((d) => predecessorsOf(d, successors)))];
  const params: unknown[] = [`${month}-01`, `${monthAfter(month)}-01`];
  if (candidates) params.push(...candidates);
  const rows = await em.getConnection().execute<
    { id: string; person_id: string; district_code: string; compensation_code: string; amount: string; age_band: string | null; payment_date: string; counts_on: string | null; birth_date: string | null }[]
  >(
    `select f.id, f.person_id, f.district_code, f.compensation_code, f.amount::text as amount, f.age_band, f.payment_date::text as payment_date,
            f.counts_on::text as counts_on, p.birth_date::text as birth_date
       from allocation.flat_rate_payment f left join allocation.person_copy p on p.person_id = f.person_id
      where f.payment_date >= ? and f.payment_date < ? and f.person_id is not null
        and ${candidates ? `f.district_code in (${candidates.map(() => '?').join(',')})` : 'f.district_code is not null'}
        and not exists (select 1 from allocation.unallocated_mark m where m.flat_rate_payment_id = f.id)`,
    params,
  );
  const wanted = districts === null ? null : new Set(districts);
  return rows
    .map((r) => {
      const countsOn = r.counts_on ?? r.payment_date;
      const district = districtFor({ costBearingDistrictCode: r.district_code, countsOn }, [], successors)!;
      return {
        personId: r.person_id,
        compensationCode: r.compensation_code,
        amount: Number(r.amount),
        ageBand: r.age_band ?? (r.birth_date && r.birth_date <= countsOn ? ageBand(r.birth_date, countsOn) : null),
        paymentDate: r.payment_date,
        districtCode: district,
        id: r.id,
      };
    })
    .filter((r) => wanted === null || wanted.has(r.districtCode))
    .sort((a, b) => compare(a.paymentDate, b.paymentDate) || compare(a.compensationCode, b.compensationCode) || compare(a.id, b.id))
    .map(({ id: _id, ...rest }) => rest);
}
