import type { EntityManager } from '@mikro-orm/postgresql';
import { CURRENT_DISTRICTS, PERSONS, type DemoPerson } from '@statsbidrag/demo-data';
import { stableUuid } from '@statsbidrag/domain/ids';
import type { FlatRateKind } from './flat-rate-payment/domain/flat-rate-payment.js';
import { FlatRatePaymentEntity } from './flat-rate-payment/infra/flat-rate-payment.entity.js';
import { paymentSchedule, type PaymentSchedule } from './schedule/domain/payment-schedule.js';
import { FlatRateCaseEntity } from './schedule/infra/flat-rate-case.entity.js';

/** Persons that get flat-rate payments in the demo data. */
export const DEMO_FLAT_RATE_PERSON_COUNT = 100;

/** The demo's "today": instalments due up to this month are paid (deterministic on every machine). */
export const DEMO_PAID_UNTIL_MONTH = '2026-10';

interface SeedPayment {
  id: string;
  personId: string | null;
  districtCode: string | null;
  compensationCode: string;
  kind: FlatRateKind;
  amount: number;
  paymentDate: string;
  periodFrom: string | null;
  periodTo: string | null;
  migCaseNumber: string | null;
  receptionDate?: string | null;
  instalmentNumber?: number | null;
  countsOn?: string | null;
  ageBand?: string | null;
  createdAt: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Last day of the month `monthsLater` months after the month of `date` (ÅÅÅÅ-MM-DD). */
function endOfMonthAfter(date: string, monthsLater: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m + monthsLater, 0));
  return `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`;
}

function firstOfMonthAfter(date: string, monthsLater: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1 + monthsLater, 1));
  return `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}-01`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

/** The district at the person's first generalschablon payment: the one before the move for every tenth person (from the fourth). */
function firstFlatRateDistrict(person: DemoPerson, index: number): string {
  if (index % 10 !== 3) return person.districtCode;
  return CURRENT_DISTRICTS[(CURRENT_DISTRICTS.findIndex((d) => d.code === person.districtCode) + 1) % CURRENT_DISTRICTS.length]!.code;
}

/** The person's generalschablon schedule (null when the demo person was born after the reception). */
function demoSchedule(person: DemoPerson): PaymentSchedule | null {
  if (person.birthDate > person.registeredAt) return null;
  return paymentSchedule({ receptionDate: person.registeredAt, birthDate: person.birthDate });
}

function payment(key: string, fields: Omit<SeedPayment, 'id' | 'createdAt'>): SeedPayment {
  return { id: stableUuid('flat-rate-payment', key), ...fields, createdAt: new Date(`${fields.paymentDate}T06:00:00.000Z`) };
}

/** The demo payments: deterministic, so the ids and amounts are the same on every machine. */
export function demoFlatRatePayments(): SeedPayment[] {
  const rows: SeedPayment[] = [];
  PERSONS.slice(0, DEMO_FLAT_RATE_PERSON_COUNT).forEach((person, i) => {
    // Every tenth person (from the fourth) moved within the city after the first payment: the
    // generalschablon stays with the district of the first payment (it carries the 24 months); a
    // later dygnsschablon goes to the district they live in now.
    const moved = i % 10 === 3;
    const firstDistrict = firstFlatRateDistrict(person, i);
    // Generalschablon (NSCH): the instalments of the person's schedule that fell due by the demo's "today".
    for (const instalment of demoSchedule(person)?.instalments ?? []) {
      if (instalment.dueMonth > DEMO_PAID_UNTIL_MONTH) break;
      rows.push(
        payment(`${person.id}:NSCH:${instalment.number}`, {
          personId: person.id,
          districtCode: firstDistrict,
          compensationCode: 'NSCH',
          kind: 'GENERAL',
          amount: instalment.amount,
          paymentDate: instalment.dueBy,
          periodFrom: instalment.periodFrom,
          periodTo: instalment.periodTo,
          migCaseNumber: null,
          receptionDate: person.registeredAt,
          instalmentNumber: instalment.number,
          countsOn: instalment.ageReferenceDate,
          ageBand: instalment.reportingAgeBand,
        }),
      );
    }
    if (i % 5 === 0) {
      rows.push(
        payment(`${person.id}:INI`, {
          personId: person.id,
          districtCode: person.districtCode,
          compensationCode: 'INI20',
          kind: 'INITIAL_COST',
          amount: 1_999_800,
          paymentDate: endOfMonthAfter(person.registeredAt, 1),
          periodFrom: null,
          periodTo: null,
          migCaseNumber: null,
        }),
      );
    }
    if (i % 7 === 0 || moved) {
      const periodFrom = firstOfMonthAfter(person.registeredAt, 0);
      const periodTo = endOfMonthAfter(person.registeredAt, 2);
      rows.push(
        payment(`${person.id}:EKBP`, {
          personId: person.id,
          districtCode: person.districtCode,
          compensationCode: 'EKBP',
          kind: 'DAILY',
          amount: 100_000 * daysBetween(periodFrom, periodTo),
          paymentDate: endOfMonthAfter(person.registeredAt, 3),
          periodFrom,
          periodTo,
          migCaseNumber: null,
        }),
      );
    }
    if (i % 20 === 0) {
      // Återkrav of part of the second instalment.
      rows.push(
        payment(`${person.id}:Å-NSCH`, {
          personId: person.id,
          districtCode: person.districtCode,
          compensationCode: 'Å-NSCH',
          kind: 'GENERAL',
          amount: -825_000,
          paymentDate: endOfMonthAfter(person.registeredAt, 9),
          periodFrom: null,
          periodTo: null,
          migCaseNumber: null,
        }),
      );
    }
  });
  // Payments MiG made that no person could be matched to; some not allocated to any district.
  for (let k = 0; k < 6; k++) {
    const periodFrom = `2025-${pad(1 + k)}-01`;
    const periodTo = endOfMonthAfter(periodFrom, 0);
    rows.push(
      payment(`unmatched:EKUP:${k}`, {
        personId: null,
        districtCode: k % 2 === 0 ? null : CURRENT_DISTRICTS[k % CURRENT_DISTRICTS.length]!.code,
        compensationCode: 'EKUP',
        kind: 'DAILY',
        amount: 75_000 * daysBetween(periodFrom, periodTo),
        paymentDate: endOfMonthAfter(periodFrom, 1),
        periodFrom,
        periodTo,
        migCaseNumber: null,
      }),
    );
  }
  return rows;
}

/**
 * The demo persons' generalschablon handling: registered at the first payment with their district;
 * closed (SCHABLONPERIOD_SLUT, purge 21 days later) when the ninth instalment is paid.
 */
export function demoFlatRateCases() {
  return PERSONS.slice(0, DEMO_FLAT_RATE_PERSON_COUNT).flatMap((person, i) => {
    const schedule = demoSchedule(person);
    if (!schedule || schedule.instalments[0]!.dueMonth > DEMO_PAID_UNTIL_MONTH) return [];
    const finished = schedule.instalments[8]!.dueMonth <= DEMO_PAID_UNTIL_MONTH;
    return [{
      personId: person.id,
      receptionDate: person.registeredAt,
      districtCode: firstFlatRateDistrict(person, i),
      registeredOn: schedule.instalments[0]!.dueBy,
      registeredByImportId: null,
      status: finished ? 'CLOSED' : 'OPEN',
      closedOn: finished ? schedule.periodEnd : null,
      closureReason: finished ? 'SCHABLONPERIOD_SLUT' : null,
      purgeOn: finished ? addDays(schedule.periodEnd, 21) : null,
    }];
  });
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Idempotent: upserts by deterministic id, so running it twice changes nothing. */
export async function seedAllocationDemoData(em: EntityManager): Promise<void> {
  await em.upsertMany(FlatRatePaymentEntity, demoFlatRatePayments());
  await em.upsertMany(FlatRateCaseEntity, demoFlatRateCases());
}
