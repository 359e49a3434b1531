import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isIsoDate, isUuid } from '@statsbidrag/domain';
import { recordEvent } from '@statsbidrag/events';
import { ConflictError, NotFoundError, ValidationError } from '@statsbidrag/graphql-kit';
import { ImportDeviationEntity, ImportFileEntity, type ImportDeviationRow, type ImportFileRow } from '@statsbidrag/import-engine';
import { randomUUID } from 'node:crypto';
import { PersonCopyEntity } from '../../copies/infra/copies.entity.js';
import { FlatRateKind } from '../../flat-rate-payment/domain/flat-rate-payment.js';
import { FIELDS_BY_KIND, isFlatRateImportKind, type FlatRateImportKind } from '../domain/flat-rate-fields.js';
import { readMigNumber, readPersonalNumber } from '../domain/parse.js';
import { checkFlatRateRow, type FlatRateValues, type RowOverrides } from './check-row.js';
import { applyFlatRateRows, closeFinishedCases, paymentSource } from './flat-rate-import.js';
import { Matcher } from './matcher.js';

export interface ResolveInput {
  deviationId: string;
  values?: { field: string; value: string }[] | null;
  personId?: string | null;
  acceptAsAmfRevenue?: boolean | null;
  note?: string | null;
}

/** An open deviation of a flat-rate import; inside a transaction it is locked (two users resolving it at once: one wins). */
async function openDeviation(em: EntityManager, id: string, lock = false): Promise<{ deviation: ImportDeviationRow; file: ImportFileRow }> {
  if (!isUuid(id)) throw new NotFoundError('Avvikelsen finns inte.');
  const deviation = await em.findOne(ImportDeviationEntity, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  const file = deviation ? await em.findOne(ImportFileEntity, { id: deviation.importId }) : null;
  if (!deviation || !file || !isFlatRateImportKind(file.kind)) throw new NotFoundError('Avvikelsen finns inte.');
  if (deviation.status !== 'OPEN') throw new ConflictError(deviation.status === 'RESOLVED' ? 'Avvikelsen är redan åtgärdad.' : 'Avvikelsen är redan stängd.', 'NOT_OPEN');
  return { deviation, file };
}

function checkNote(note: string | null | undefined): string | null {
  const text = note?.trim() ?? '';
  if (text.length > 1000) throw new ValidationError('note', 'Anteckningen får vara högst 1 000 tecken.', 'TOO_LONG');
  return text || null;
}

/** Re-checks a deviation's row with the corrections and books it, in the caller's transaction. */
async function applyCorrected(tx: EntityManager, deviation: ImportDeviationRow, file: ImportFileRow, values: Record<string, string>, overrides: RowOverrides, matcher: Matcher, resolution: string, username: string): Promise<FlatRateValues> {
  const checked = checkFlatRateRow(file.kind as FlatRateImportKind, { values }, matcher, overrides);
  if (!checked.ok) throw new ValidationError(checked.field, checked.message, checked.reason);
  await applyFlatRateRows(tx, [{ rowNumber: deviation.rowNumber, value: checked.value }], file.id, paymentSource(file));
  if (checked.value.kind === FlatRateKind.GENERAL) await closeFinishedCases(tx, [checked.value.personId], username);
  deviation.status = 'RESOLVED';
  deviation.values = values;
  deviation.resolution = resolution;
  deviation.resolvedBy = username;
  deviation.resolvedAt = new Date();
  file.rowsApplied += 1;
  await tx.flush();
  return checked.value;
}

/**
 * Corrects a rejected row and books it, in one transaction: the row is checked again with the
 * user's values and chosen person exactly as an import would; if it still fails nothing changes and
 * the answer says why (at the field).
 */
export async function resolveFlatRateDeviation(em: EntityManager, input: ResolveInput, username: string): Promise<ImportDeviationRow> {
  const note = checkNote(input.note);
  if (input.personId && !isUuid(input.personId)) throw new ValidationError('personId', 'Personens id har fel format.', 'FORMAT');
  return em.transactional(async (tx) => {
    const { deviation, file } = await openDeviation(tx as EntityManager, input.deviationId, true);
    const fields = FIELDS_BY_KIND[file.kind as FlatRateImportKind];
    const values = { ...(deviation.values ?? {}) };
    for (const { field, value } of input.values ?? []) {
      if (!(field in fields)) throw new ValidationError('values', `Okänt fält: ${field}.`, 'UNKNOWN_FIELD');
      if (value.length > 200) throw new ValidationError('values', `${fields[field]!.label}: högst 200 tecken.`, 'TOO_LONG');
      values[field] = value.trim();
    }
    if (input.acceptAsAmfRevenue && deviation.reason !== 'NO_DISTRICT') {
      throw new ValidationError('acceptAsAmfRevenue', 'Bara en rad utan stadsdel kan bokas på AmF:s egna intäkter.', 'NOT_NO_DISTRICT');
    }
    const resolution = note ?? (input.acceptAsAmfRevenue ? 'Bokad på AmF:s egna intäkter (ingen stadsdel).' : 'Rättad och bokad.');
    await applyCorrected(tx as EntityManager, deviation, file, values, { personId: input.personId ?? null, acceptAsAmfRevenue: Boolean(input.acceptAsAmfRevenue) }, await Matcher.load(tx as EntityManager), resolution, username);
    return deviation;
  });
}

/** Closes a deviation without booking the row; the reason is required and kept. */
export async function closeFlatRateDeviation(em: EntityManager, deviationId: string, reason: string, username: string): Promise<ImportDeviationRow> {
  const text = reason?.trim() ?? '';
  if (!text) throw new ValidationError('reason', 'Ange varför avvikelsen stängs.', 'REQUIRED');
  if (text.length > 1000) throw new ValidationError('reason', 'Skälet får vara högst 1 000 tecken.', 'TOO_LONG');
  const { deviation } = await openDeviation(em, deviationId);
  deviation.status = 'CLOSED';
  deviation.resolution = text;
  deviation.resolvedBy = username;
  deviation.resolvedAt = new Date();
  await em.flush();
  return deviation;
}

/**
 * Every open NO_DISTRICT deviation of an import booked on AmF's own revenue, in one transaction.
 * A row that now fails for another reason stays open. Answers how many were booked.
 */
export async function acceptNoDistrictAsAmfRevenue(em: EntityManager, importId: string, username: string): Promise<number> {
  if (!isUuid(importId)) throw new NotFoundError('Importen finns inte.');
  return em.transactional(async (tx) => {
    const file = await tx.findOne(ImportFileEntity, { id: importId });
    if (!file || !isFlatRateImportKind(file.kind)) throw new NotFoundError('Importen finns inte.');
    const deviations = await tx.find(ImportDeviationEntity, { importId, reason: 'NO_DISTRICT', status: 'OPEN' }, { orderBy: { rowNumber: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE });
    const matcher = await Matcher.load(tx as EntityManager);
    let booked = 0;
    for (const deviation of deviations) {
      const checked = checkFlatRateRow(file.kind as FlatRateImportKind, { values: deviation.values ?? {} }, matcher, { acceptAsAmfRevenue: true });
      if (!checked.ok) continue;
      await applyCorrected(tx as EntityManager, deviation, file, deviation.values ?? {}, { acceptAsAmfRevenue: true }, matcher, 'Bokad på AmF:s egna intäkter (ingen stadsdel).', username);
      booked++;
    }
    return booked;
  });
}

/** The deviations a new person can resolve: the row names nobody the register knows. */
const PERSON_REASONS = ['UNKNOWN_PERSON', 'INVALID_IDENTITY_NUMBER', 'INCOMPLETE_IDENTITY_NUMBER'];

export interface RegisterPersonInput {
  deviationId: string;
  firstName: string;
  lastName: string;
  personalIdentityNumber?: string | null;
  migIndividualNumber?: string | null;
  birthDate: string;
  note?: string | null;
}

/**
 * Registers a person MiG's row names but the register lacks: a new person id, the copy written at
 * once (no district: AmF's own revenue until the person register knows one), the row booked, and
 * `allocation.person-registration-requested` published so the person subgraph creates the person.
 */
export async function registerFlatRatePerson(em: EntityManager, input: RegisterPersonInput, username: string): Promise<ImportDeviationRow> {
  const firstName = input.firstName?.trim() ?? '';
  const lastName = input.lastName?.trim() ?? '';
  const problems: { field: string; message: string; reason: string }[] = [];
  if (!firstName) problems.push({ field: 'firstName', message: 'Förnamn måste anges.', reason: 'REQUIRED' });
  else if (firstName.length > 100) problems.push({ field: 'firstName', message: 'Förnamnet får vara högst 100 tecken.', reason: 'TOO_LONG' });
  if (!lastName) problems.push({ field: 'lastName', message: 'Efternamn måste anges.', reason: 'REQUIRED' });
  else if (lastName.length > 100) problems.push({ field: 'lastName', message: 'Efternamnet får vara högst 100 tecken.', reason: 'TOO_LONG' });
  const pnr = readPersonalNumber(input.personalIdentityNumber ?? '');
  if (pnr.kind === 'INVALID' || pnr.kind === 'INCOMPLETE') problems.push({ field: 'personalIdentityNumber', message: pnr.message, reason: 'FORMAT' });
  if (pnr.kind === 'SHORT') problems.push({ field: 'personalIdentityNumber', message: 'Ange personnumret med 12 siffror (ÅÅÅÅMMDD-NNNN).', reason: 'FORMAT' });
  const mig = readMigNumber(input.migIndividualNumber ?? '');
  if (mig.kind === 'INVALID') problems.push({ field: 'migIndividualNumber', message: mig.message, reason: 'FORMAT' });
  if (pnr.kind === 'NONE' && mig.kind === 'NONE') problems.push({ field: 'personalIdentityNumber', message: 'Ange personnummer eller individnummer.', reason: 'REQUIRED' });
  if (!isIsoDate(input.birthDate)) problems.push({ field: 'birthDate', message: 'Födelsedatum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD).', reason: 'FORMAT' });
  else if (pnr.kind === 'FULL' && pnr.birthDate !== input.birthDate) {
    problems.push({ field: 'birthDate', message: `Födelsedatumet stämmer inte med personnumret (${pnr.birthDate}).`, reason: 'MISMATCH' });
  }
  if (problems.length) throw ValidationError.of(problems);
  const note = checkNote(input.note);
  const personalIdentityNumber = pnr.kind === 'FULL' ? pnr.normalised : null;
  const migIndividualNumber = mig.kind === 'OK' ? mig.value : null;

  return em.transactional(async (tx) => {
    const { deviation, file } = await openDeviation(tx as EntityManager, input.deviationId, true);
    if (!PERSON_REASONS.includes(deviation.reason)) {
      throw new ValidationError('deviationId', 'Bara en rad där personen inte hittades kan registreras som en ny person.', 'NOT_UNKNOWN_PERSON');
    }
    const taken = await tx.findOne(PersonCopyEntity, { $or: [...(personalIdentityNumber ? [{ personalIdentityNumber }] : []), ...(migIndividualNumber ? [{ migIndividualNumber }] : [])] });
    if (taken) throw new ConflictError('En person med det personnumret eller individnumret finns redan. Koppla raden till den personen i stället.', 'PERSON_EXISTS');
    const personId = randomUUID();
    const now = new Date();
    tx.create(PersonCopyEntity, { personId, personalIdentityNumber, migIndividualNumber, birthDate: input.birthDate, registrations: [], movedOutOn: null, mergedInto: null, purged: false, stateAt: now });
    await tx.flush();
    recordEvent(tx as EntityManager, 'allocation.person-registration-requested', { personId, firstName, lastName, personalIdentityNumber, migIndividualNumber, birthDate: input.birthDate, requestedBy: username, at: now.toISOString() });
    const matcher = await Matcher.load(tx as EntityManager);
    const resolution = note ?? `Personen registrerades (${firstName} ${lastName}) och raden bokades.`;
    await applyCorrected(tx as EntityManager, deviation, file, { ...(deviation.values ?? {}) }, { personId, acceptAsAmfRevenue: true }, matcher, resolution, username);
    return deviation;
  });
}
