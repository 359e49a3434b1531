import type { MappingProfile } from '@statsbidrag/import-engine';
import { FlatRateKind } from '../../flat-rate-payment/domain/flat-rate-payment.js';

/** The kinds of flat-rate file (issue 6), with their Swedish names. */
export const FLAT_RATE_IMPORT_KINDS = {
  GENERALSCHABLON: 'Generalschablon (textfil från MiG)',
  ESERVICE_SCHABLON: 'Schabloner från e-tjänsten (Excel)',
} as const;
export type FlatRateImportKind = keyof typeof FLAT_RATE_IMPORT_KINDS;
export const isFlatRateImportKind = (v: string): v is FlatRateImportKind => v in FLAT_RATE_IMPORT_KINDS;
export const flatRateKindLabel = (kind: string): string => (isFlatRateImportKind(kind) ? FLAT_RATE_IMPORT_KINDS[kind] : kind === 'SCANNED_DECISION' ? 'Skannat beslut' : kind);

export interface FieldDef { label: string; required?: boolean }

export const GENERALSCHABLON_FIELDS: Readonly<Record<string, FieldDef>> = {
  personalIdentityNumber: { label: 'Personnummer' },
  migIndividualNumber: { label: 'Individnummer' },
  name: { label: 'Namn' },
  receptionDate: { label: 'Mottagningsdatum' },
  compensationCode: { label: 'Ersättningskod', required: true },
  instalmentNumber: { label: 'Delbetalning' },
  periodFrom: { label: 'Fr o m' },
  periodTo: { label: 'T o m' },
  amount: { label: 'Belopp', required: true },
  paymentDate: { label: 'Utbetalningsdatum', required: true },
};

export const ESERVICE_FIELDS: Readonly<Record<string, FieldDef>> = {
  personalIdentityNumber: { label: 'Personnummer' },
  migIndividualNumber: { label: 'Individnummer' },
  name: { label: 'Namn' },
  receptionDate: { label: 'Anvisningsdatum' },
  compensationCode: { label: 'Ersättningskod', required: true },
  periodFrom: { label: 'Fr o m' },
  periodTo: { label: 'T o m' },
  days: { label: 'Antal dygn' },
  amount: { label: 'Belopp', required: true },
  paymentDate: { label: 'Utbetalningsdatum', required: true },
};

export const FIELDS_BY_KIND: Record<FlatRateImportKind, Readonly<Record<string, FieldDef>>> = { GENERALSCHABLON: GENERALSCHABLON_FIELDS, ESERVICE_SCHABLON: ESERVICE_FIELDS };

const EXTRA_LABELS: Record<string, string> = { person: 'Person', district: 'Stadsdel', row: 'Raden' };

export function fieldLabel(kind: string, field: string): string {
  const defs = isFlatRateImportKind(kind) ? FIELDS_BY_KIND[kind] : {};
  return defs[field]?.label ?? EXTRA_LABELS[field] ?? field;
}

/**
 * MiG's generalschablon file, fixed width (ADR 0017; MiG's layout is not public, this is ours):
 * one payment per line, 113 characters.
 */
export const GENERALSCHABLON_FIXED_PROFILE: MappingProfile = {
  key: 'GENERALSCHABLON_FAST',
  name: 'Generalschablon – textfil med fast bredd',
  format: 'fixed',
  hasHeader: false,
  columns: {
    personalIdentityNumber: { start: 1, length: 12 },
    migIndividualNumber: { start: 13, length: 8 },
    name: { start: 21, length: 40 },
    receptionDate: { start: 61, length: 8 },
    compensationCode: { start: 69, length: 8, required: true },
    instalmentNumber: { start: 77, length: 1 },
    periodFrom: { start: 78, length: 8 },
    periodTo: { start: 86, length: 8 },
    amount: { start: 94, length: 12, required: true },
    paymentDate: { start: 106, length: 8, required: true },
  },
};

/** The same fields, semicolon-delimited with a header row (ADR 0017). */
export const GENERALSCHABLON_DELIMITED_PROFILE: MappingProfile = {
  key: 'GENERALSCHABLON_SEMIKOLON',
  name: 'Generalschablon – textfil med semikolon',
  format: 'csv',
  hasHeader: true,
  delimiter: ';',
  columns: {
    personalIdentityNumber: { headers: ['Personnummer', 'Pnr', 'Samordningsnummer'], position: 1 },
    migIndividualNumber: { headers: ['Individnummer', 'Dossiernummer'], position: 2 },
    name: { headers: ['Namn'], position: 3 },
    receptionDate: { headers: ['Mottagningsdatum'], position: 4 },
    compensationCode: { headers: ['Ersättningskod', 'Ersättning', 'Kod'], position: 5, required: true },
    instalmentNumber: { headers: ['Delbetalning', 'Delbetalningsnummer'], position: 6 },
    periodFrom: { headers: ['Fr o m', 'Från och med'], position: 7 },
    periodTo: { headers: ['T o m', 'Till och med'], position: 8 },
    amount: { headers: ['Belopp'], position: 9, required: true },
    paymentDate: { headers: ['Utbetalningsdatum', 'Utbetalningsdag'], position: 10, required: true },
  },
};

/** The e-service's Excel export of the schablons for ensamkommande barn and unga (ADR 0017). */
export const ESERVICE_PROFILE: MappingProfile = {
  key: 'ESERVICE_SCHABLON',
  name: 'E-tjänsten – schabloner (Excel)',
  format: 'xlsx',
  hasHeader: true,
  columns: {
    personalIdentityNumber: { headers: ['Personnummer', 'Samordningsnummer', 'Pnr'] },
    migIndividualNumber: { headers: ['Individnummer', 'Dossiernummer'] },
    name: { headers: ['Namn'] },
    receptionDate: { headers: ['Anvisningsdatum', 'Mottagningsdatum'] },
    compensationCode: { headers: ['Ersättningskod', 'Ersättning', 'Schablon'], required: true },
    periodFrom: { headers: ['Fr o m', 'Från och med', 'Period från'] },
    periodTo: { headers: ['T o m', 'Till och med', 'Period till'] },
    days: { headers: ['Antal dygn', 'Dygn', 'Antal dagar'] },
    amount: { headers: ['Belopp', 'Utbetalt belopp'], required: true },
    paymentDate: { headers: ['Utbetalningsdatum', 'Utbetald'], required: true },
  },
};

export const BUILT_IN_FLAT_RATE_PROFILES: readonly { kind: FlatRateImportKind; profile: MappingProfile }[] = [
  { kind: 'GENERALSCHABLON', profile: GENERALSCHABLON_FIXED_PROFILE },
  { kind: 'GENERALSCHABLON', profile: GENERALSCHABLON_DELIMITED_PROFILE },
  { kind: 'ESERVICE_SCHABLON', profile: ESERVICE_PROFILE },
];

/**
 * The compensation codes a flat-rate file may carry and what they are (REFERENCE-FACTS 1b: the codes
 * are not public, **U**). The generalschablon file holds only NSCH; the e-service export the rest.
 */
export const FLAT_RATE_CODES: Readonly<Record<string, { kind: FlatRateKind; label: string; file: FlatRateImportKind }>> = {
  NSCH: { kind: FlatRateKind.GENERAL, label: 'Generalschablon', file: 'GENERALSCHABLON' },
  ANVS: { kind: FlatRateKind.ASSIGNMENT, label: 'Anvisningsschablon', file: 'ESERVICE_SCHABLON' },
  EKBP: { kind: FlatRateKind.DAILY, label: 'Dygnsschablon ensamkommande barn', file: 'ESERVICE_SCHABLON' },
  EKBA: { kind: FlatRateKind.DAILY, label: 'Dygnsschablon asylsökande ensamkommande barn', file: 'ESERVICE_SCHABLON' },
  EKUP: { kind: FlatRateKind.DAILY, label: 'Schablon 750 kr per dygn för unga', file: 'ESERVICE_SCHABLON' },
  EKBG: { kind: FlatRateKind.CHILD, label: 'Barnschablon (god man/särskilda kostnader)', file: 'ESERVICE_SCHABLON' },
  OVRS: { kind: FlatRateKind.OTHER, label: 'Övrig schablon', file: 'ESERVICE_SCHABLON' },
};

/** The e-service writes the schablon's name as often as its code. */
const NAMES_TO_CODES: Record<string, string> = {
  anvisningsschablon: 'ANVS', dygnsschablon: 'EKBP', barnschablon: 'EKBG', ekupschablon: 'EKUP', generalschablon: 'NSCH', ovrigschablon: 'OVRS',
};

/** A code as read ("ekup", "Dygnsschablon") → the code of the table, or null when unknown. */
export function normaliseCode(text: string): string | null {
  const t = text.trim().toUpperCase();
  if (FLAT_RATE_CODES[t]) return t;
  const name = text.trim().toLocaleLowerCase('sv-SE').replace(/[^a-zåäö]/g, '');
  return NAMES_TO_CODES[name] ?? null;
}
