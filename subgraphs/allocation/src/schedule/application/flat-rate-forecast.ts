import type { EntityManager } from '@mikro-orm/postgresql';
import { districtScope, type Identity, type Ore } from '@statsbidrag/domain';
import { ValidationError } from '@statsbidrag/graphql-kit';
import { forecast, isYearMonth, type ForecastEntry } from '../domain/payment-schedule.js';
import { FlatRateCaseEntity } from '../infra/flat-rate-case.entity.js';
import { loadScheduleInputs } from './load-schedules.js';
import { computePlan, receivedPayments } from './schedule-view.js';

export interface FlatRateForecastLine {
  month: string;
  districtCode: string | null;
  amount: Ore;
  persons: number;
}

const MAX_MONTHS = 60;
/** Key for AmF's own revenue (cases without a district) in the domain's string-keyed forecast. */
const NO_DISTRICT = '';

function shiftMonth(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Unpaid, uncleared generalschablon instalments of open cases per district and payment month
 * (the domain's `forecast`). District roles see only their own districts, whatever they ask for.
 */
export async function flatRateForecast(em: EntityManager, identity: Identity, fromMonth: string, toMonth: string, districtCode?: string | null): Promise<FlatRateForecastLine[]> {
  if (!isYearMonth(fromMonth)) throw new ValidationError('fromMonth', 'Första månaden ska anges som ÅÅÅÅ-MM.', 'INVALID_MONTH');
  if (!isYearMonth(toMonth)) throw new ValidationError('toMonth', 'Sista månaden ska anges som ÅÅÅÅ-MM.', 'INVALID_MONTH');
  if (fromMonth > toMonth) throw new ValidationError('toMonth', 'Prognosens sista månad får inte vara före den första.', 'INVALID_RANGE');
  if (shiftMonth(fromMonth, MAX_MONTHS - 1) < toMonth) throw new ValidationError('toMonth', `Prognosen kan omfatta högst ${MAX_MONTHS} månader.`, 'RANGE_TOO_LONG');

  const scope = districtScope(identity);
  const wanted = districtCode?.trim().toUpperCase() || null;
  const districts = scope === null ? (wanted ? [wanted] : null) : scope.filter((d) => !wanted || d === wanted);
  if (districts && !districts.length) return [];
  // Instalments fall due from the month after reception to 24 months after it.
  const cases = await em.find(FlatRateCaseEntity, {
    status: 'OPEN',
    receptionDate: { $gte: `${shiftMonth(fromMonth, -24)}-01`, $lt: `${toMonth}-01` },
    ...(districts ? { districtCode: { $in: districts } } : {}),
  });
  const inputs = await loadScheduleInputs(em, cases.map((c) => c.personId));
  const entries: ForecastEntry[] = [];
  for (const row of cases) {
    const payments = inputs.payments.get(row.personId) ?? [];
    const plan = computePlan(row, inputs.persons.get(row.personId), payments);
    if ('problem' in plan) continue;
    entries.push({ districtCode: row.districtCode ?? NO_DISTRICT, schedule: plan.schedule, paid: receivedPayments(payments) });
  }
  // Each person has at most one instalment due in a month, so instalments counted are persons.
  return forecast(entries, fromMonth, toMonth).map((r) => ({
    month: r.month,
    districtCode: r.districtCode === NO_DISTRICT ? null : r.districtCode,
    amount: r.amount,
    persons: r.instalments,
  }));
}
