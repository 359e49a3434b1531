import { assertOre, type Ore } from '@statsbidrag/domain';
import type { FlatRateKind } from '../../flat-rate-payment/domain/flat-rate-payment.js';

/**
 * Fördelningsark (glossary: AllocationSheet) for one month: the money MiG paid, split per
 * compensation code and district. Pure arithmetic – no database, no GraphQL. Money is integer öre
 * throughout; every line is a sum of whole input amounts, so the lines add up to the input exactly.
 */

// ---------------------------------------------------------------------------------------------
// Age bands (generalschablon)
// ---------------------------------------------------------------------------------------------

export const AGE_BANDS = ['0–19', '20–64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Whole years between `birthDate` and `onDate` (both ÅÅÅÅ-MM-DD); a birthday on `onDate` counts. */
export function ageInYears(birthDate: string, onDate: string): number {
  const [by, bm, bd] = splitDate(birthDate);
  const [y, m, d] = splitDate(onDate);
  let age = y - by;
  // Not yet had this year's birthday. Someone born on 29 February turns older on 1 March in a
  // year that has no 29 February (28 Feb < 29 Feb compares as "not yet").
  if (m < bm || (m === bm && d < bd)) age -= 1;
  if (age < 0) throw new RangeError(`Datumet ${onDate} är före födelsedatumet ${birthDate}.`);
  return age;
}

/**
 * The age band the generalschablon shows for a person: the age in whole years on `onDate` (the date
 * the row was read / the date that counts). 0–19, 20–64, 65+; a birthday on the date counts, so a
 * person born 2005-03-31 is 20–64 on 2025-03-31 and 0–19 on 2025-03-30.
 */
export function ageBand(birthDate: string, onDate: string): AgeBand {
  const age = ageInYears(birthDate, onDate);
  if (age <= 19) return '0–19';
  if (age <= 64) return '20–64';
  return '65+';
}

// ---------------------------------------------------------------------------------------------
// District
// ---------------------------------------------------------------------------------------------

/** A folkbokföring period: from `from` (inclusive) to `to` (inclusive, open when absent). */
export interface Registration {
  from: string;
  to?: string | null;
  /** null = registered without an address in a district (e.g. "på kommunen"). */
  districtCode: string | null;
}

/**
 * Districts that ceased to exist, each with the district that took over and the first day of the
 * successor (e.g. Rinkeby-Kista and Spånga-Tensta → Järva from 2023-07-01). Reference data with
 * validity dates, passed in by the caller – never hard-coded here.
 */
export type DistrictSuccessors = Readonly<Record<string, { successorCode: string; from: string }>>;

/** What `districtFor` needs from a row. */
export interface DistrictSource {
  /** The cost-bearing district (kostnadsbärande SDF) when one is set; it wins. */
  costBearingDistrictCode?: string | null;
  /** The date that counts (ÅÅÅÅ-MM-DD), e.g. the end of the month before a generalschablon payment. */
  countsOn: string;
}

/**
 * The district a row belongs to: the cost-bearing district where one is set, else the district of
 * the registration valid on the date that counts; `null` when there is none (→ AmF's own revenue).
 *
 * Several registrations valid on the date (overlapping history) → the one that started last wins.
 *
 * Successors: a registration made in 2022 in Rinkeby-Kista still says Rinkeby-Kista in 2025 if the
 * person never moved, but that district no longer exists. Only when the caller passes `successors`
 * is a district that had ceased on the date that counts replaced by its successor (followed through
 * chains). Without a map the code is returned as it is, so the caller decides – the district list
 * and its history are reference data, not code. A date before the change keeps the old district.
 */
export function districtFor(row: DistrictSource, registrations: readonly Registration[], successors?: DistrictSuccessors): string | null {
  const costBearer = row.costBearingDistrictCode?.trim() || null;
  let code: string | null = costBearer;
  if (code === null) {
    let best: Registration | null = null;
    for (const r of registrations) {
      const valid = r.from <= row.countsOn && (r.to == null || row.countsOn <= r.to);
      if (valid && (best === null || r.from > best.from)) best = r;
    }
    code = best?.districtCode ?? null;
  }
  return code === null ? null : successorOn(code, row.countsOn, successors);
}

function successorOn(code: string, onDate: string, successors: DistrictSuccessors | undefined): string {
  if (!successors) return code;
  const seen = new Set<string>();
  let current = code;
  for (;;) {
    const next = successors[current];
    if (!next || onDate < next.from || seen.has(current)) return current;
    seen.add(current);
    current = next.successorCode;
  }
}

// ---------------------------------------------------------------------------------------------
// The sheet
// ---------------------------------------------------------------------------------------------

/** A schablon payment line from MiG for one person (or for no known person). */
export interface FlatRatePaymentRow {
  rowId: string;
  personId: string | null;
  compensationCode: string;
  kind: FlatRateKind;
  /** Integer öre; negative = recovery (återkrav) line. */
  amount: Ore;
  /** ÅÅÅÅ-MM-DD: the payment date; decides which month's sheet the row is on. */
  paymentDate: string;
  /** ÅÅÅÅ-MM-DD: the date that counts for the district and the age band. */
  countsOn: string;
  /** Needed for the age band of generalschablon rows; null = band unknown. */
  birthDate: string | null;
  /** The age band recorded when the row was read; wins over one derived from `birthDate`. */
  ageBand?: AgeBand | null;
  /** Set when a case names the cost-bearing district; wins over the registration. */
  costBearingDistrictCode?: string | null;
}

/** Money MiG granted on a claim (återsökning); it goes to the claim's cost-bearing district. */
export interface GrantedClaimRow {
  rowId: string;
  claimId: string;
  /** null = no cost bearer recorded: the money cannot be allocated and goes to UNALLOCATED. */
  costBearingDistrictCode: string | null;
  compensationCode: string;
  /** Integer öre; negative = a reduction. */
  amount: Ore;
  paymentDate: string;
}

/** The `offset` of a `decisions.recovery-changed` event: öre deducted from the month's payment. */
export interface RecoveryOffsetRow {
  recoveryId: string;
  /** The recovery's district; null → deducted from AmF's own revenue line. */
  districtCode: string | null;
  compensationCode: string;
  /** ÅÅÅÅ-MM: the payment month the offset was booked on. */
  month: string;
  /** Integer öre deducted (positive). */
  amount: Ore;
}

/** A row the coordinator marked as not allocable (ej fördelade medel), with the reason. */
export interface UnallocatedMark {
  rowId: string;
  /** E.g. "EKB utan känt SDF-ansvar" (EKBP) or "Gymnasieelev utan socialtjänstansvar" (EKUP). */
  reason: string;
}

export interface AllocationSheetInput {
  flatRatePayments: readonly FlatRatePaymentRow[];
  grantedClaims: readonly GrantedClaimRow[];
  recoveryOffsets: readonly RecoveryOffsetRow[];
  unallocated: readonly UnallocatedMark[];
  /** Registration history per person id. */
  registrations: ReadonlyMap<string, readonly Registration[]>;
  /** Optional successor map, see `districtFor`. */
  successors?: DistrictSuccessors;
}

export const LineKind = { DISTRICT: 'DISTRICT', AMF_REVENUE: 'AMF_REVENUE', UNALLOCATED: 'UNALLOCATED' } as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

export interface AgeBandTotal {
  /** Distinct persons with a row in this band. */
  persons: number;
  amount: Ore;
}

export interface AllocationLine {
  compensationCode: string;
  kind: LineKind;
  /** Set for DISTRICT lines, null otherwise. */
  districtCode: string | null;
  /** Sum of the positive rows. */
  paid: Ore;
  /** Recovered: negative rows and recovery offsets, as a positive number. */
  recovered: Ore;
  /** paid − recovered; may be negative when a recovery exceeds the month's money. */
  amount: Ore;
  /**
   * Generalschablon (rows of kind GENERAL) only: persons and net row amounts per age band. Recovery
   * offsets are not per person and so are not in the bands; rows without a birth date count under
   * `unknownBand`.
   */
  ageBands: Record<AgeBand, AgeBandTotal> | null;
  unknownBand: AgeBandTotal | null;
}

export interface UnallocatedItem {
  rowId: string;
  compensationCode: string;
  amount: Ore;
  reason: string;
}

export interface CodeTotals {
  compensationCode: string;
  /** Gross money put on district lines (before recoveries). */
  allocated: Ore;
  /** Gross money on the UNALLOCATED line. */
  unallocated: Ore;
  /** Gross money on the AMF_REVENUE line. */
  amfRevenue: Ore;
  /** Everything recovered under the code, positive. */
  recoveries: Ore;
  /** allocated + unallocated + amfRevenue − recoveries = the sum of the code's lines. */
  net: Ore;
}

export interface AllocationSheet {
  /** ÅÅÅÅ-MM. */
  month: string;
  /** Sorted by code, then district lines by district code, then AMF_REVENUE, then UNALLOCATED. */
  lines: AllocationLine[];
  totals: CodeTotals[];
  /** The list the coordinator reviews and saves (ej fördelade medel). */
  unallocatedItems: UnallocatedItem[];
}

/** Reason given when granted claim money names no cost-bearing district. */
export const NO_COST_BEARER_REASON = 'Kostnadsbärande SDF saknas';

const KIND_ORDER: Record<LineKind, number> = { DISTRICT: 0, AMF_REVENUE: 1, UNALLOCATED: 2 };

/**
 * Builds the month's allocation sheet.
 *
 * - Only rows of `month` are used: flat-rate and claim rows by `paymentDate`, offsets by `month`.
 * - A flat-rate row the coordinator marked goes to UNALLOCATED; otherwise to its district
 *   (`districtFor`), or to AMF_REVENUE when there is none. A mark for a row that is not in this
 *   month is ignored (a saved list may outlive the month).
 * - Granted claim money goes to the cost-bearing district; without one it is UNALLOCATED.
 *   With a successor map, a cost bearer that had ceased on the payment date (offsets: on the first
 *   of the month) is replaced by its successor – the money goes to the district that exists.
 * - A recovery offset is deducted from its district's line for the code (the line is created if the
 *   district had no money that month, and may go negative); with no district, from AMF_REVENUE.
 */
export function buildAllocationSheet(month: string, input: AllocationSheetInput): AllocationSheet {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`Månaden ska skrivas ÅÅÅÅ-MM: ${month}`);
  const lines = new Map<string, AllocationLine & { bandPersons: Map<AgeBand | null, Set<string>> }>();
  const unallocatedItems: UnallocatedItem[] = [];
  const marks = new Map(input.unallocated.map((m) => [m.rowId, m.reason]));

  const lineFor = (code: string, kind: LineKind, districtCode: string | null, general: boolean) => {
    const key = `${code}\u0000${kind}\u0000${districtCode ?? ''}`;
    let line = lines.get(key);
    if (!line) {
      line = { compensationCode: code, kind, districtCode, paid: 0, recovered: 0, amount: 0, ageBands: null, unknownBand: null, bandPersons: new Map() };
      lines.set(key, line);
    }
    if (general && !line.ageBands) {
      line.ageBands = { '0–19': { persons: 0, amount: 0 }, '20–64': { persons: 0, amount: 0 }, '65+': { persons: 0, amount: 0 } };
      line.unknownBand = { persons: 0, amount: 0 };
    }
    return line;
  };
  const add = (line: AllocationLine, amount: Ore) => {
    assertOre(amount);
    if (amount >= 0) line.paid += amount;
    else line.recovered -= amount;
    line.amount += amount;
  };

  for (const row of input.flatRatePayments) {
    if (row.paymentDate.slice(0, 7) !== month) continue;
    const general = row.kind === 'GENERAL';
    const reason = marks.get(row.rowId);
    let line;
    if (reason !== undefined) {
      line = lineFor(row.compensationCode, 'UNALLOCATED', null, general);
      unallocatedItems.push({ rowId: row.rowId, compensationCode: row.compensationCode, amount: row.amount, reason });
    } else {
      const registrations = row.personId ? (input.registrations.get(row.personId) ?? []) : [];
      const district = districtFor(row, registrations, input.successors);
      line = district === null ? lineFor(row.compensationCode, 'AMF_REVENUE', null, general) : lineFor(row.compensationCode, 'DISTRICT', district, general);
    }
    add(line, row.amount);
    if (general) {
      const band = row.ageBand ?? (row.birthDate ? ageBand(row.birthDate, row.countsOn) : null);
      const total = band ? line.ageBands![band] : line.unknownBand!;
      total.amount += row.amount;
      let persons = line.bandPersons.get(band);
      if (!persons) line.bandPersons.set(band, (persons = new Set()));
      const who = row.personId ?? `row:${row.rowId}`;
      if (!persons.has(who)) {
        persons.add(who);
        total.persons += 1;
      }
    }
  }

  for (const row of input.grantedClaims) {
    if (row.paymentDate.slice(0, 7) !== month) continue;
    const district = row.costBearingDistrictCode?.trim() || null;
    if (district === null) {
      add(lineFor(row.compensationCode, 'UNALLOCATED', null, false), row.amount);
      unallocatedItems.push({ rowId: row.rowId, compensationCode: row.compensationCode, amount: row.amount, reason: NO_COST_BEARER_REASON });
    } else {
      add(lineFor(row.compensationCode, 'DISTRICT', successorOn(district, row.paymentDate, input.successors), false), row.amount);
    }
  }

  for (const offset of input.recoveryOffsets) {
    if (offset.month !== month) continue;
    assertOre(offset.amount);
    if (offset.amount < 0) throw new RangeError(`Avräkningen för återkrav ${offset.recoveryId} ska vara ett positivt belopp i öre.`);
    const district = offset.districtCode?.trim() || null;
    const line =
      district === null
        ? lineFor(offset.compensationCode, 'AMF_REVENUE', null, false)
        : lineFor(offset.compensationCode, 'DISTRICT', successorOn(district, `${month}-01`, input.successors), false);
    line.recovered += offset.amount;
    line.amount -= offset.amount;
  }

  const sorted = [...lines.values()]
    .map(({ bandPersons: _bandPersons, ...line }) => line)
    .sort(
      (a, b) =>
        compare(a.compensationCode, b.compensationCode) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compare(a.districtCode ?? '', b.districtCode ?? ''),
    );

  const totals = new Map<string, CodeTotals>();
  for (const line of sorted) {
    let t = totals.get(line.compensationCode);
    if (!t) totals.set(line.compensationCode, (t = { compensationCode: line.compensationCode, allocated: 0, unallocated: 0, amfRevenue: 0, recoveries: 0, net: 0 }));
    if (line.kind === 'DISTRICT') t.allocated += line.paid;
    else if (line.kind === 'UNALLOCATED') t.unallocated += line.paid;
    else t.amfRevenue += line.paid;
    t.recoveries += line.recovered;
    t.net += line.amount;
  }

  unallocatedItems.sort((a, b) => compare(a.compensationCode, b.compensationCode) || compare(a.rowId, b.rowId));
  return { month, lines: sorted, totals: [...totals.values()], unallocatedItems };
}

/** Plain code-unit comparison: the same order on every machine and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function splitDate(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`Datumet ska skrivas ÅÅÅÅ-MM-DD: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
