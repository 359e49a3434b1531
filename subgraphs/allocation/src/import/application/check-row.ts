import { allocateLargestRemainder, parseKronor } from '@statsbidrag/domain';
import type { MappedRow, RowCheck } from '@statsbidrag/import-engine';
import { FlatRateKind } from '../../flat-rate-payment/domain/flat-rate-payment.js';
import { ageOn, paymentSchedule, type PaymentSchedule, type ReportingAgeBand } from '../../schedule/domain/payment-schedule.js';
import { ScheduleError } from '../../schedule/domain/schedule-error.js';
import { FLAT_RATE_CODES, normaliseCode, type FlatRateImportKind } from '../domain/flat-rate-fields.js';
import { kronor, lastDayOfPreviousMonth, parseDate, readMigNumber, readPersonalNumber } from '../domain/parse.js';
import { districtAt, type KnownPerson, type Matcher } from './matcher.js';

/** A row ready to be booked as a FlatRatePayment. */

/**
 * The schedule depends only on the reception and birth dates, and a file has up to nine rows per
 * person: remember the last few thousand instead of computing it for every row (a schedule that
 * cannot be computed throws every time, so errors are not remembered).
 */
const schedules = new Map<string, PaymentSchedule>();
function scheduleFor(receptionDate: string, birthDate: string): PaymentSchedule {
  const key = `${receptionDate}|${birthDate}`;
  let schedule = schedules.get(key);
  if (!schedule) {
    if (schedules.size >= 5000) schedules.clear();
    schedule = paymentSchedule({ receptionDate, birthDate });
    schedules.set(key, schedule);
  }
  return schedule;
}

export interface FlatRateValues {
  compensationCode: string;
  kind: FlatRateKind;
  amount: number;
  paymentDate: string;
  periodFrom: string | null;
  periodTo: string | null;
  personId: string;
  /** null = AmF's own revenue. */
  districtCode: string | null;
  personalIdentityNumber: string | null;
  migIndividualNumber: string | null;
  personName: string | null;
  receptionDate: string | null;
  instalmentNumber: number | null;
  days: number | null;
  countsOn: string;
  ageBand: ReportingAgeBand | null;
}

/** What a user chose when resolving a deviation. */
export interface RowOverrides {
  personId?: string | null;
  /** NO_DISTRICT: book the payment on AmF's own revenue (district null). */
  acceptAsAmfRevenue?: boolean;
}

type Suggestion = { personId: string; label: string } | null;
const reject = (field: string, reason: string, message: string, suggestion: Suggestion = null): RowCheck<FlatRateValues> => ({ ok: false, field, reason, message, suggestion });

const CLOSURE_REASON_TEXT: Record<string, string> = {
  SCHABLONPERIOD_SLUT: 'schablonperioden slut', AVLIDIT: 'avliden', FLYTTAT: 'flyttat', MEDBORGARSKAP: 'svenskt medborgarskap', OVRIGT: 'övrigt',
};

export const DEVIATION_REASONS: Record<string, string> = {
  INVALID_IDENTITY_NUMBER: 'Ogiltigt personnummer',
  INCOMPLETE_IDENTITY_NUMBER: 'Ofullständigt personnummer',
  RECEPTION_DATE_MISSING: 'Mottagningsdatum saknas',
  RECEPTION_DATE_MISMATCH: 'Annat mottagningsdatum',
  AMOUNT_MISMATCH: 'Fel belopp',
  UNKNOWN_PERSON: 'Person saknas',
  NO_DISTRICT: 'Stadsdel saknas',
  MOVED_OUT: 'Utflyttad',
  CASE_CLOSED: 'Ärendet är avslutat',
  REQUIRED: 'Uppgift saknas',
  FORMAT: 'Felaktigt värde',
  UNKNOWN_CODE: 'Okänd ersättningskod',
};

export function reportingBand(age: number): ReportingAgeBand {
  return age < 20 ? '0–19' : age < 65 ? '20–64' : '65+';
}

/** 10 % of the person's band at a payment in `month` (the extra 10 % after a move, 13–14 §). */
function tenPercentAt(schedule: PaymentSchedule, paymentDate: string): number {
  const set = schedule.amountSet;
  const age = ageOn(schedule.birthDate, lastDayOfPreviousMonth(paymentDate));
  return allocateLargestRemainder(age < set.limitAge ? set.belowLimit : set.atOrAboveLimit, [1, 2, 1, 1, 1, 1, 1, 1, 1])[0]!;
}

/** The instalment amount the payment should have (by MiG's instalment number, else the month), or null when none fits. */
function expectedAmount(schedule: PaymentSchedule, amount: number, paymentDate: string, hint: number | null): { ok: boolean; expected: number | null; number: number | null } {
  if (amount < 0) return { ok: true, expected: null, number: hint }; // a recovery: not an instalment
  const month = paymentDate.slice(0, 7);
  const inst = hint ? schedule.instalments[hint - 1] : schedule.instalments.find((i) => i.dueMonth === month);
  if (inst && inst.amount === amount) return { ok: true, expected: inst.amount, number: inst.number };
  if (amount === tenPercentAt(schedule, paymentDate)) return { ok: true, expected: amount, number: hint }; // EXTRA_MOVE
  if (!inst) {
    const late = schedule.instalments.find((i) => i.dueMonth < month && i.amount === amount);
    if (late) return { ok: true, expected: amount, number: late.number };
  }
  return { ok: false, expected: inst?.amount ?? null, number: inst?.number ?? null };
}

function findPerson(pnr: string | null, mig: string | null, matcher: Matcher): { person: KnownPerson } | { person: null; suggestion: Suggestion; message: string } {
  const byPnr = pnr ? matcher.byPersonalNumber(pnr) : undefined;
  const byMig = mig ? matcher.byMigNumber(mig) : undefined;
  if (byPnr && byMig) {
    if (byPnr.personId === byMig.personId) return { person: byPnr };
    return { person: null, suggestion: { personId: byPnr.personId, label: 'Personen med samma personnummer' }, message: 'Personnumret och individnumret hör till två olika personer. Kontrollera raden och koppla den till rätt person.' };
  }
  const found = byPnr ?? byMig;
  if (found) {
    const conflict = byPnr ? mig && found.migIndividualNumber && found.migIndividualNumber !== mig : pnr && found.personalIdentityNumber && found.personalIdentityNumber !== pnr;
    if (!conflict) return { person: found };
    const label = byPnr ? 'Personen med samma personnummer (annat individnummer)' : 'Personen med samma individnummer (annat personnummer)';
    return { person: null, suggestion: { personId: found.personId, label }, message: byPnr ? `Personnumret finns men personen har ett annat individnummer än ${mig}.` : `Individnumret ${mig} finns men personen har ett annat personnummer.` };
  }
  return { person: null, suggestion: null, message: 'Personen finns inte i personregistret. Koppla raden till en person eller registrera personen.' };
}

/**
 * Checks one row of a flat-rate file exactly as the import does (also when a deviation is resolved):
 * every field, the person, the generalschablon's reception date and instalment amount, move-out and
 * district. The first problem found is the row's deviation, with a Swedish message.
 */
export function checkFlatRateRow(fileKind: FlatRateImportKind, row: Pick<MappedRow, 'values'>, matcher: Matcher, overrides: RowOverrides = {}): RowCheck<FlatRateValues> {
  const v = row.values;
  const rawCode = (v.compensationCode ?? '').trim();
  if (!rawCode) return reject('compensationCode', 'REQUIRED', 'Ersättningskod saknas.');
  const code = normaliseCode(rawCode);
  if (!code) return reject('compensationCode', 'UNKNOWN_CODE', `Ersättningskoden "${rawCode}" är okänd.`);
  const codeDef = FLAT_RATE_CODES[code]!;
  if (codeDef.file !== fileKind) {
    return reject('compensationCode', 'UNKNOWN_CODE', fileKind === 'GENERALSCHABLON' ? `Ersättningskoden "${rawCode}" hör inte till generalschablonen (NSCH).` : `Ersättningskoden "${rawCode}" hör inte till e-tjänstens schabloner.`);
  }
  const general = codeDef.kind === FlatRateKind.GENERAL;
  const amount = parseKronor(v.amount ?? '');
  if (!amount.ok) return reject('amount', amount.reason === 'EMPTY' ? 'REQUIRED' : 'FORMAT', amount.reason === 'EMPTY' ? 'Belopp saknas.' : `Belopp: ${amount.message}`);
  if (amount.ore === 0) return reject('amount', 'FORMAT', 'Beloppet är 0 kr: en utbetalningsrad ska ha ett belopp.');
  if (!v.paymentDate?.trim()) return reject('paymentDate', 'REQUIRED', 'Utbetalningsdatum saknas.');
  const paymentDate = parseDate(v.paymentDate);
  if (!paymentDate) return reject('paymentDate', 'FORMAT', `Utbetalningsdatum "${v.paymentDate}" är inget datum (ÅÅÅÅ-MM-DD eller ÅÅÅÅMMDD).`);
  const periodFrom = v.periodFrom?.trim() ? parseDate(v.periodFrom) : null;
  if (v.periodFrom?.trim() && !periodFrom) return reject('periodFrom', 'FORMAT', `Fr o m "${v.periodFrom}" är inget datum.`);
  const periodTo = v.periodTo?.trim() ? parseDate(v.periodTo) : null;
  if (v.periodTo?.trim() && !periodTo) return reject('periodTo', 'FORMAT', `T o m "${v.periodTo}" är inget datum.`);
  if (periodFrom && periodTo && periodFrom > periodTo) return reject('periodTo', 'FORMAT', `Perioden slutar (${periodTo}) före den börjar (${periodFrom}).`);
  let instalmentNumber: number | null = null;
  if (v.instalmentNumber?.trim()) {
    instalmentNumber = /^[1-9]$/.test(v.instalmentNumber.trim()) ? Number(v.instalmentNumber.trim()) : null;
    if (instalmentNumber === null) return reject('instalmentNumber', 'FORMAT', `Delbetalning "${v.instalmentNumber}" ska vara en siffra 1–9.`);
  }
  let days: number | null = null;
  if (v.days?.trim()) {
    days = /^\d{1,4}$/.test(v.days.trim()) ? Number(v.days.trim()) : null;
    if (days === null) return reject('days', 'FORMAT', `Antal dygn "${v.days}" ska vara ett heltal.`);
  }
  const receptionDate = v.receptionDate?.trim() ? parseDate(v.receptionDate) : null;
  if (v.receptionDate?.trim() && !receptionDate) return reject('receptionDate', 'FORMAT', `Mottagningsdatum "${v.receptionDate}" är inget datum.`);
  if (general && !receptionDate) return reject('receptionDate', 'RECEPTION_DATE_MISSING', 'Mottagningsdatum saknas: generalschablonens betalningsplan räknas från det.');

  // The person: by personnummer and/or MiG's individnummer, unless the user linked one.
  const pnrRead = readPersonalNumber(v.personalIdentityNumber ?? '');
  const migRead = readMigNumber(v.migIndividualNumber ?? '');
  let person: KnownPerson | undefined;
  let pnr: string | null = null;
  if (overrides.personId) {
    person = matcher.person(overrides.personId);
    if (!person) return reject('person', 'UNKNOWN_PERSON', 'Den valda personen finns inte (eller är gallrad).');
  } else {
    if (pnrRead.kind === 'INVALID') return reject('personalIdentityNumber', 'INVALID_IDENTITY_NUMBER', pnrRead.message);
    if (pnrRead.kind === 'INCOMPLETE') return reject('personalIdentityNumber', 'INCOMPLETE_IDENTITY_NUMBER', pnrRead.message);
    if (migRead.kind === 'INVALID') return reject('migIndividualNumber', 'INVALID_IDENTITY_NUMBER', migRead.message);
    if (pnrRead.kind === 'NONE' && migRead.kind === 'NONE') return reject('personalIdentityNumber', 'REQUIRED', 'Personnummer och individnummer saknas: minst ett av dem behövs.');
    if (pnrRead.kind === 'SHORT') {
      const known = pnrRead.candidates.filter((c) => matcher.byPersonalNumber(c));
      if (known.length !== 1) {
        return reject('personalIdentityNumber', 'INCOMPLETE_IDENTITY_NUMBER', `Personnumret "${v.personalIdentityNumber?.trim()}" har 10 siffror utan sekel och det går inte att avgöra vem det gäller. Ange alla 12 siffror.`);
      }
      pnr = known[0]!;
    } else if (pnrRead.kind === 'FULL') pnr = pnrRead.normalised;
    const found = findPerson(pnr, migRead.kind === 'OK' ? migRead.value : null, matcher);
    if (!found.person) return reject('person', 'UNKNOWN_PERSON', found.message, found.suggestion);
    person = found.person;
  }

  const countsOn = lastDayOfPreviousMonth(paymentDate);
  const birthDate = person.birthDate ?? (pnrRead.kind === 'FULL' ? pnrRead.birthDate : null);
  let schedule: PaymentSchedule | null = null;
  if (general && birthDate) {
    try {
      schedule = scheduleFor(receptionDate!, birthDate);
    } catch (error) {
      if (error instanceof ScheduleError) return reject('receptionDate', 'FORMAT', error.message);
      throw error;
    }
  }
  const periodStart = periodFrom ?? (schedule && instalmentNumber ? schedule.instalments[instalmentNumber - 1]!.periodFrom : countsOn);
  if (person.movedOutOn && person.movedOutOn < periodStart) {
    return reject('person', 'MOVED_OUT', `Personen flyttade från Stockholm ${person.movedOutOn}, före perioden som betalas (från ${periodStart}). Utbetalningen ska inte bokas på staden.`);
  }
  const existingCase = general ? matcher.caseOf(person.personId) : undefined;
  if (general && existingCase && existingCase.receptionDate !== receptionDate) {
    return reject('receptionDate', 'RECEPTION_DATE_MISMATCH', `Mottagningsdatum ${receptionDate} stämmer inte med personens generalschablon, som räknas från ${existingCase.receptionDate}.`);
  }
  if (schedule) {
    const check = expectedAmount(schedule, amount.ore, paymentDate, instalmentNumber);
    if (!check.ok) {
      const what = check.number ? `delbetalning ${check.number}` : 'någon delbetalning';
      return reject('amount', 'AMOUNT_MISMATCH', `Beloppet ${kronor(amount.ore)} stämmer inte med ${what} enligt betalningsplanen${check.expected !== null ? ` (${kronor(check.expected)})` : ''}.`);
    }
    instalmentNumber ??= check.number;
    // A closed case: an instalment for a period after the closing day is not the city's (a manual
    // closure clears them; after SCHABLONPERIOD_SLUT nothing more is due).
    const closedOn = existingCase?.closedOn;
    const paidFor = instalmentNumber ? schedule.instalments[instalmentNumber - 1]?.periodTo : countsOn;
    if (closedOn && paidFor && paidFor > closedOn) {
      const why = existingCase?.closureReason ? ` (${CLOSURE_REASON_TEXT[existingCase.closureReason] ?? existingCase.closureReason})` : '';
      return reject('person', 'CASE_CLOSED', `Personens generalschablon avslutades ${closedOn}${why}; utbetalningen gäller tiden efter avslutet (till ${paidFor}). Kontrollera med MiG och stäng avvikelsen med en förklaring (t.ex. att ett återkrav väntas).`);
    }
  }

  let districtCode: string | null;
  if (general && existingCase) districtCode = existingCase.districtCode;
  else districtCode = districtAt(person.registrations, general ? paymentDate : (periodTo ?? countsOn));
  if (districtCode === null && !(general && existingCase) && !overrides.acceptAsAmfRevenue) {
    return reject('district', 'NO_DISTRICT', `Personen har ingen stadsdel (folkbokföringsadress) ${general ? paymentDate : (periodTo ?? countsOn)}. Boka utbetalningen på AmF:s egna intäkter eller rätta adressen i personregistret.`);
  }
  if (general && !existingCase) matcher.planCase(person.personId, { receptionDate: receptionDate!, districtCode });

  return {
    ok: true,
    value: {
      compensationCode: code, kind: codeDef.kind, amount: amount.ore, paymentDate, periodFrom, periodTo, personId: person.personId, districtCode,
      personalIdentityNumber: v.personalIdentityNumber?.trim() || null, migIndividualNumber: v.migIndividualNumber?.trim() || null, personName: v.name?.trim() || null,
      receptionDate, instalmentNumber: general ? instalmentNumber : null, days, countsOn, ageBand: general && birthDate ? reportingBand(ageOn(birthDate, countsOn)) : null,
    },
  };
}
