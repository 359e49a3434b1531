import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FlatRatePaymentEntity } from '../flat-rate-payment/infra/flat-rate-payment.entity.js';
import type { FlatRateKind } from '../flat-rate-payment/domain/flat-rate-payment.js';
import { PaymentLineCopyEntity, RecoveryOffsetCopyEntity } from '../copies/infra/copies.entity.js';
import { FlatRateImportTotalEntity } from '../import/infra/flat-rate-import-total.entity.js';
import { UnallocatedMarkEntity } from './infra/allocation-sheet.entity.js';

/**
 * A synthetic year (2023) of allocation input for the integration tests: 40 persons with
 * generalschablon every month, moves between districts, persons without an address, the Järva
 * merger (2023-07-01) with persons whose rows still say Rinkeby-Kista, EKBP with and without a
 * district, initial costs, a recovery row, granted claims with and without a cost bearer, recovery
 * offsets larger than a district's month, and an unallocated mark. Everything the file says MiG
 * paid is written as import totals too (so every month reconciles).
 */

export const YEAR = Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`);
export const MERGED = new Set(['RINKEBY_KISTA', 'SPANGA_TENSTA']);

export interface FlatRow { id: string; personId: string; districtCode: string | null; compensationCode: string; kind: FlatRateKind; amount: number; paymentDate: string; countsOn: string; ageBand: string | null; importId: string }
export interface ClaimLine { id: string; month: string; claimId: string | null; districtCode: string | null; compensationCode: string; amount: number }
export interface Offset { month: string; districtCode: string | null; compensationCode: string; amount: number }

export interface SyntheticYear { persons: string[]; flat: FlatRow[]; claims: ClaimLine[]; offsets: Offset[]; marks: Map<string, string> }

function lastDayBefore(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1, 0));
  return d.toISOString().slice(0, 10);
}

function districtOf(i: number, month: string): string | null {
  switch (i % 10) {
    case 0:
      return null; // no address: AmF's own revenue
    case 1:
      return 'RINKEBY_KISTA'; // never re-registered: Järva once the date that counts is after the merger
    case 2:
      return month <= '2023-05' ? 'FARSTA' : 'BROMMA'; // moved
    case 3:
      return month <= '2023-07' ? 'SPANGA_TENSTA' : 'JARVA'; // re-registered after the merger
    default:
      return i % 2 === 0 ? 'FARSTA' : 'BROMMA';
  }
}

export function syntheticYear(): SyntheticYear {
  const persons = Array.from({ length: 40 }, () => randomUUID());
  const bands = ['0–19', '20–64', '65+'];
  const flat: FlatRow[] = [];
  const claims: ClaimLine[] = [];
  const offsets: Offset[] = [];
  const marks = new Map<string, string>();
  YEAR.forEach((month, m) => {
    const importId = randomUUID();
    const countsOn = lastDayBefore(month);
    const paymentDate = `${month}-25`;
    persons.forEach((personId, i) => {
      const districtCode = districtOf(i, month);
      const row = (compensationCode: string, kind: FlatRateKind, amount: number, ageBand: string | null = null) =>
        flat.push({ id: randomUUID(), personId, districtCode, compensationCode, kind, amount, paymentDate, countsOn, ageBand, importId });
      row('NSCH', 'GENERAL', 1000_00 + i * 37 + m * 11, bands[i % 3]!);
      if (i % 5 === 4) {
        const ekbp = { ...flat[flat.length - 1]! };
        flat.push({ ...ekbp, id: randomUUID(), compensationCode: 'EKBP', kind: 'DAILY', amount: 30_000_00 + i, ageBand: null, districtCode: i % 10 === 4 ? null : 'FARSTA' });
        if (month === '2023-05' && i === 4) marks.set(flat[flat.length - 1]!.id, 'EKB utan känt SDF-ansvar');
      }
      if (i === m) row('INI1', 'INITIAL_COST', 1745_00 + i, bands[i % 3]!);
      if (i === 5 && month === '2023-10') row('NSCH', 'GENERAL', -500_00, bands[i % 3]!);
    });
    claims.push({ id: randomUUID(), month, claimId: randomUUID(), districtCode: 'BROMMA', compensationCode: 'LSS', amount: 5000_00 + m });
    claims.push({ id: randomUUID(), month, claimId: randomUUID(), districtCode: null, compensationCode: 'EKBIS', amount: 1234_56 });
    claims.push({ id: randomUUID(), month, claimId: null, districtCode: 'FARSTA', compensationCode: 'LSS', amount: 999_99 }); // not a claim: not on the sheet
    if (month === '2023-09') claims.push({ id: randomUUID(), month, claimId: randomUUID(), districtCode: 'RINKEBY_KISTA', compensationCode: 'LSS', amount: 777_00 });
    if (month === '2023-03') offsets.push({ month, districtCode: 'FARSTA', compensationCode: 'NSCH', amount: 1_000_000_00 });
    if (month === '2023-06') offsets.push({ month, districtCode: null, compensationCode: 'NSCH', amount: 250_00 });
  });
  return { persons, flat, claims, offsets, marks };
}

export async function insertYear(em: EntityManager, year: SyntheticYear): Promise<void> {
  for (const r of year.flat) {
    em.create(FlatRatePaymentEntity, {
      id: r.id,
      personId: r.personId,
      districtCode: r.districtCode,
      compensationCode: r.compensationCode,
      kind: r.kind,
      amount: r.amount,
      paymentDate: r.paymentDate,
      countsOn: r.countsOn,
      ageBand: r.ageBand,
      source: 'IMPORT',
      importId: r.importId,
      rowNumber: year.flat.indexOf(r) + 1,
      createdAt: new Date(),
    });
  }
  const totals = new Map<string, { importId: string; month: string; compensationCode: string; amount: number; rows: number }>();
  for (const r of year.flat) {
    const key = `${r.importId}|${r.compensationCode}`;
    const t = totals.get(key) ?? { importId: r.importId, month: r.paymentDate.slice(0, 7), compensationCode: r.compensationCode, amount: 0, rows: 0 };
    t.amount += r.amount;
    t.rows += 1;
    totals.set(key, t);
  }
  for (const t of totals.values()) em.create(FlatRateImportTotalEntity, { id: randomUUID(), ...t });
  for (const c of year.claims) {
    em.create(PaymentLineCopyEntity, { paymentLineId: c.id, month: c.month, compensationCode: c.compensationCode, amount: c.amount, claimId: c.claimId, districtCode: c.districtCode, stateAt: new Date() });
  }
  for (const o of year.offsets) {
    em.create(RecoveryOffsetCopyEntity, { id: randomUUID(), recoveryId: randomUUID(), districtCode: o.districtCode, compensationCode: o.compensationCode, month: o.month, amount: o.amount, importKey: '', at: new Date() });
  }
  for (const [id, reason] of year.marks) {
    em.create(UnallocatedMarkEntity, { flatRatePaymentId: id, month: year.flat.find((r) => r.id === id)!.paymentDate.slice(0, 7), reason, savedBy: 'test', savedAt: new Date() });
  }
  await em.flush();
}

/** The expected line amounts of a month, computed independently of the application: `code|kind|district` → öre. */
export function expectedLines(year: SyntheticYear, month: string): Map<string, number> {
  const lines = new Map<string, number>();
  const add = (code: string, kind: string, district: string | null, amount: number) => {
    const key = `${code}|${kind}|${district ?? ''}`;
    lines.set(key, (lines.get(key) ?? 0) + amount);
  };
  const successor = (code: string, onDate: string) => (MERGED.has(code) && onDate >= '2023-07-01' ? 'JARVA' : code);
  for (const r of year.flat.filter((f) => f.paymentDate.startsWith(month))) {
    if (year.marks.has(r.id)) add(r.compensationCode, 'UNALLOCATED', null, r.amount);
    else if (r.districtCode === null) add(r.compensationCode, 'AMF_REVENUE', null, r.amount);
    else add(r.compensationCode, 'DISTRICT', successor(r.districtCode, r.countsOn), r.amount);
  }
  for (const c of year.claims.filter((x) => x.month === month && x.claimId)) {
    if (c.districtCode === null) add(c.compensationCode, 'UNALLOCATED', null, c.amount);
    else add(c.compensationCode, 'DISTRICT', successor(c.districtCode, `${month}-01`), c.amount);
  }
  for (const o of year.offsets.filter((x) => x.month === month)) {
    if (o.districtCode === null) add(o.compensationCode, 'AMF_REVENUE', null, -o.amount);
    else add(o.compensationCode, 'DISTRICT', successor(o.districtCode, `${month}-01`), -o.amount);
  }
  return lines;
}
