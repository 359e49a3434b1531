import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { ValidationError } from '@statsbidrag/graphql-kit';
import { createHash, randomUUID } from 'node:crypto';
import { districtValidOn } from '../../district/domain/district-validity.js';
import { DistrictEntity } from '../../district/infra/district.entity.js';
import { recordIdentityChanged } from '../../events/identity-changed.js';
import { addressStatusOf, AddressStatus } from '../../person/domain/address-status.js';
import { latestRegistration } from '../../person/domain/registration-history.js';
import { PersonEntity, RegistrationEntity, type PersonRow, type RegistrationRow } from '../../person/infra/person.entity.js';
import { EPS_COLUMN_LABELS, mapEpsHeader } from '../domain/eps-columns.js';
import { resolveEpsDistrict } from '../domain/eps-district.js';
import { cellsOf, isEmptyRow, validateEpsRow, type EpsRow, type EpsRowProblem } from '../domain/eps-row.js';
import { EpsFileError, MAX_EPS_FILE_BYTES, readEpsFile } from '../infra/eps-file-reader.js';
import { EpsImportEntity, type EpsImportRow } from '../infra/eps-import.entity.js';

export interface ImportEpsExtractCommand {
  fileName: string;
  contentBase64: string;
}

export interface EpsImportResult {
  record: EpsImportRow;
  alreadyImported: boolean;
}

const FILE_FIELD = 'contentBase64';
const CHUNK = 5000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Decodes the file; refuses what is not base64 or is larger than 10 MB before decoding it. */
export function decodeFileContent(contentBase64: string): Buffer {
  const text = contentBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) {
    throw new ValidationError(FILE_FIELD, 'Filens innehåll är inte giltig base64.', 'ENCODING');
  }
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (Math.floor((text.length * 3) / 4) - padding > MAX_EPS_FILE_BYTES) {
    throw new ValidationError(FILE_FIELD, 'Filen är större än 10 MB. Dela upp uttaget i flera filer.', 'TOO_LARGE');
  }
  return Buffer.from(text, 'base64');
}

const sameText = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
const samePostalCode = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').replace(/\s/g, '') === (b ?? '').replace(/\s/g, '');

/**
 * Imports an EPS extract (CSV or .xlsx). The whole file is applied in one transaction, or — when
 * it cannot be read at all — refused with a Swedish BAD_USER_INPUT and nothing is written. Each
 * row is matched to an existing person by any identifier (an unknown person is created), appends
 * a registration (source EPS) when it differs from what is known, updates the current district
 * and the address status (flagging a missing address or an unknown district). Invalid rows are
 * reported with row number, column and reason. The same file (same SHA-256) is applied once:
 * importing it again returns the earlier import with `alreadyImported`.
 */
export async function importEpsExtract(em: EntityManager, identity: Identity, command: ImportEpsExtractCommand, now: Date = new Date()): Promise<EpsImportResult> {
  const fileName = command.fileName?.trim() ?? '';
  if (!fileName) throw new ValidationError('fileName', 'Filnamnet måste anges.', 'REQUIRED');
  if (fileName.length > 255) throw new ValidationError('fileName', 'Filnamnet får vara högst 255 tecken.', 'TOO_LONG');
  const bytes = decodeFileContent(command.contentBase64 ?? '');
  if (bytes.length === 0) throw new ValidationError(FILE_FIELD, 'Filen är tom.', 'EMPTY');
  const contentHash = createHash('sha256').update(bytes).digest('hex');

  const earlier = await em.findOne(EpsImportEntity, { contentHash });
  if (earlier) return { record: earlier, alreadyImported: true };

  let sheet;
  try {
    sheet = await readEpsFile(fileName, bytes);
  } catch (err) {
    if (err instanceof EpsFileError) throw new ValidationError(FILE_FIELD, err.message, err.reason);
    throw err;
  }
  const header = mapEpsHeader(sheet.header);
  if (!header.ok) throw new ValidationError(FILE_FIELD, header.message, header.reason);
  const dataRows = sheet.rows.filter((r) => !isEmptyRow(r.values));
  if (dataRows.length === 0) throw new ValidationError(FILE_FIELD, 'Filen innehåller inga datarader under rubrikraden.', 'EMPTY');

  const rejected: EpsRowProblem[] = [];
  const valid: EpsRow[] = [];
  for (const r of dataRows) {
    const result = validateEpsRow(cellsOf(r.values, header.columns), r.rowNumber, now);
    if (result.ok) valid.push(result.row);
    else rejected.push(...result.problems);
  }

  try {
    return await em.transactional(async (tx) => {
      const applied = await applyRows(tx as EntityManager, valid, now);
      rejected.push(...applied.rejected);
      rejected.sort((a, b) => a.rowNumber - b.rowNumber);
      const record = tx.create(EpsImportEntity, {
        id: applied.importId,
        contentHash,
        fileName,
        format: sheet.format,
        importedAt: now,
        importedBy: identity.sub,
        rowCount: dataRows.length,
        appliedCount: applied.appliedCount,
        rejectedCount: new Set(rejected.map((p) => p.rowNumber)).size,
        flaggedCount: applied.flaggedCount,
        rejectedRows: rejected,
      });
      await tx.flush();
      return { record, alreadyImported: false };
    });
  } catch (err) {
    // The same file imported at the same moment by someone else: theirs counts.
    if (err instanceof UniqueConstraintViolationException) {
      const same = await em.fork().findOne(EpsImportEntity, { contentHash });
      if (same) return { record: same, alreadyImported: true };
    }
    throw err;
  }
}

async function applyRows(tx: EntityManager, rows: readonly EpsRow[], now: Date) {
  const importId = randomUUID();
  const today = now.toISOString().slice(0, 10);
  const rejected: EpsRowProblem[] = [];
  let appliedCount = 0;
  let flaggedCount = 0;
  const reject = (rowNumber: number, field: keyof typeof EPS_COLUMN_LABELS | null, reason: string) =>
    rejected.push({ rowNumber, field: field ? EPS_COLUMN_LABELS[field] : null, reason });

  const districts = await tx.find(DistrictEntity, {});
  const pins = [...new Set(rows.flatMap((r) => (r.personalIdentityNumber ? [r.personalIdentityNumber] : [])))];
  const migs = [...new Set(rows.flatMap((r) => (r.migIndividualNumber ? [r.migIndividualNumber] : [])))];
  const persons: PersonRow[] = [];
  for (const part of chunks(pins)) persons.push(...(await tx.find(PersonEntity, { personalIdentityNumber: { $in: part } })));
  for (const part of chunks(migs)) persons.push(...(await tx.find(PersonEntity, { migIndividualNumber: { $in: part } })));
  const byPin = new Map<string, PersonRow>();
  const byMig = new Map<string, PersonRow>();
  const index = (p: PersonRow) => {
    if (p.personalIdentityNumber) byPin.set(p.personalIdentityNumber, p);
    if (p.migIndividualNumber) byMig.set(p.migIndividualNumber, p);
  };
  persons.forEach(index);
  /** Persons created, given an identifier or a new registration: told to the other contexts once each. */
  const identityChanged = new Set<PersonRow>();

  const registrations = new Map<string, RegistrationRow[]>();
  const personIds = [...new Set(persons.map((p) => p.id))];
  for (const part of chunks(personIds)) {
    for (const r of await tx.find(RegistrationEntity, { personId: { $in: part } })) {
      const list = registrations.get(r.personId) ?? [];
      list.push(r);
      registrations.set(r.personId, list);
    }
  }

  rows.forEach((row, position) => {
    const pinMatch = row.personalIdentityNumber ? byPin.get(row.personalIdentityNumber) : undefined;
    const migMatch = row.migIndividualNumber ? byMig.get(row.migIndividualNumber) : undefined;
    if (pinMatch && migMatch && pinMatch !== migMatch) {
      return reject(row.rowNumber, 'migIndividualNumber', 'Personnumret och individnumret tillhör olika personer i systemet. Raden har inte lästs in.');
    }
    let person = pinMatch ?? migMatch;
    if (person) {
      if (row.personalIdentityNumber && person.personalIdentityNumber && person.personalIdentityNumber !== row.personalIdentityNumber) {
        return reject(row.rowNumber, 'personalIdentityNumber', 'Individnumret tillhör en person med ett annat personnummer. Raden har inte lästs in.');
      }
      if (row.migIndividualNumber && person.migIndividualNumber && person.migIndividualNumber !== row.migIndividualNumber) {
        return reject(row.rowNumber, 'migIndividualNumber', 'Personnumret tillhör en person med ett annat individnummer. Raden har inte lästs in.');
      }
      if (row.personalIdentityNumber && !person.personalIdentityNumber) {
        person.personalIdentityNumber = row.personalIdentityNumber;
        person.isCoordinationNumber = row.isCoordinationNumber;
        person.birthDate ??= row.birthDate;
        identityChanged.add(person);
      }
      if (row.migIndividualNumber && !person.migIndividualNumber) {
        person.migIndividualNumber = row.migIndividualNumber;
        identityChanged.add(person);
      }
    } else {
      if (!row.firstName || !row.lastName) {
        return reject(
          row.rowNumber,
          row.firstName ? 'lastName' : 'firstName',
          `${row.firstName ? 'Efternamn' : 'Förnamn'} saknas. Personen finns inte i systemet och kan inte läggas upp utan för- och efternamn.`,
        );
      }
      person = tx.create(PersonEntity, {
        id: randomUUID(),
        firstName: row.firstName,
        lastName: row.lastName,
        birthDate: row.birthDate,
        personalIdentityNumber: row.personalIdentityNumber,
        isCoordinationNumber: row.isCoordinationNumber,
        migIndividualNumber: row.migIndividualNumber,
        protectedIdentity: false,
        districtCode: null,
        addressStatus: AddressStatus.OK,
      });
      identityChanged.add(person);
    }
    index(person);

    const district = row.registeredAt ? resolveEpsDistrict(row, row.registeredAt, districts) : null;
    const districtCode = district?.code ?? null;
    const status = addressStatusOf(row.address, districtCode);
    person.addressStatus = status;

    const history = registrations.get(person.id) ?? [];
    registrations.set(person.id, history);
    if (row.registeredAt) {
      const known = history.some(
        (r) => r.registeredAt === row.registeredAt && sameText(r.address, row.address) && samePostalCode(r.postalCode, row.postalCode) && (r.districtCode ?? null) === districtCode,
      );
      if (!known) {
        history.push(
          tx.create(RegistrationEntity, {
            id: randomUUID(),
            personId: person.id,
            address: row.address,
            postalCode: row.postalCode,
            registeredAt: row.registeredAt,
            districtCode,
            source: 'EPS',
            importId,
            // later rows of the file are newer than earlier ones with the same date
            createdAt: new Date(now.getTime() + position),
          }),
        );
        const latest = latestRegistration(history)!;
        const on = latest.registeredAt > today ? latest.registeredAt : today;
        person.districtCode = latest.districtCode ? (districtValidOn(latest.districtCode, on, districts)?.code ?? null) : null;
        identityChanged.add(person);
      }
    }
    appliedCount++;
    if (status !== AddressStatus.OK) flaggedCount++;
  });
  for (const person of identityChanged) recordIdentityChanged(tx, person, registrations.get(person.id) ?? [], now);
  return { importId, rejected, appliedCount, flaggedCount };
}
