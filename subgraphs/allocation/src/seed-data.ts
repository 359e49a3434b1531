import type { EntityManager } from '@mikro-orm/postgresql';
import { CURRENT_DISTRICTS, PERSONS, type DemoPerson } from '@statsbidrag/demo-data';
import { stableUuid } from '@statsbidrag/domain/ids';
import type { FlatRateKind } from './flat-rate-payment/domain/flat-rate-payment.js';
import { FlatRatePaymentEntity } from './flat-rate-payment/infra/flat-rate-payment.entity.js';

/** Persons that get flat-rate payments in the demo data. */
export const DEMO_FLAT_RATE_PERSON_COUNT = 100;

/** Generalschablon per person 2023– (REFERENCE-FACTS §2a), öre: below 66 / 66 and over. */
const GENERAL_TOTAL = { young: 16_500_000, old: 9_260_000 } as const;
/** First three instalments of the payment scheme (§2b): 10 %, 20 %, 10 %, paid at the end of M+1, M+3, M+6. */
const GENERAL_INSTALMENTS = [
  { share: 10, monthsAfterReception: 1 },
  { share: 20, monthsAfterReception: 3 },
  { share: 10, monthsAfterReception: 6 },
] as const;

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

function isOld(person: DemoPerson, on: string): boolean {
  const [y, m, d] = person.birthDate.split('-');
  return `${Number(y) + 66}-${m}-${d}` <= on;
}

function payment(key: string, fields: Omit<SeedPayment, 'id' | 'createdAt'>): SeedPayment {
  return { id: stableUuid('flat-rate-payment', key), ...fields, createdAt: new Date(`${fields.paymentDate}T06:00:00.000Z`) };
}

/** The demo payments: deterministic, so the ids and amounts are the same on every machine. */
export function demoFlatRatePayments(): SeedPayment[] {
  const rows: SeedPayment[] = [];
  PERSONS.slice(0, DEMO_FLAT_RATE_PERSON_COUNT).forEach((person, i) => {
    // Every tenth person (from the fourth) moved: the first instalment went to the district they came from.
    const previousDistrict = CURRENT_DISTRICTS[(CURRENT_DISTRICTS.findIndex((d) => d.code === person.districtCode) + 1) % CURRENT_DISTRICTS.length]!.code;
    GENERAL_INSTALMENTS.forEach((instalment, n) => {
      const paymentDate = endOfMonthAfter(person.registeredAt, instalment.monthsAfterReception);
      const total = isOld(person, paymentDate) ? GENERAL_TOTAL.old : GENERAL_TOTAL.young;
      rows.push(
        payment(`${person.id}:NSCH:${n + 1}`, {
          personId: person.id,
          districtCode: n === 0 && i % 10 === 3 ? previousDistrict : person.districtCode,
          compensationCode: 'NSCH',
          kind: 'GENERAL',
          amount: (total * instalment.share) / 100,
          paymentDate,
          periodFrom: null,
          periodTo: null,
          migCaseNumber: null,
        }),
      );
    });
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
    if (i % 7 === 0) {
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

/** Idempotent: upserts by deterministic id, so running it twice changes nothing. */
export async function seedAllocationDemoData(em: EntityManager): Promise<void> {
  await em.upsertMany(FlatRatePaymentEntity, demoFlatRatePayments());
}
