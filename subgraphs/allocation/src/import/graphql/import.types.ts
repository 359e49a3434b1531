import { parseKronor } from '@statsbidrag/domain';
import { DateScalar, DateTimeScalar, MoneyScalar, PageInfo } from '@statsbidrag/graphql-kit';
import type { ImportDeviationRow, ImportFileRow } from '@statsbidrag/import-engine';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DEVIATION_REASONS } from '../application/check-row.js';
import type { KnownProfile } from '../application/profiles.js';
import { fieldLabel, FIELDS_BY_KIND, flatRateKindLabel, isFlatRateImportKind, normaliseCode } from '../domain/flat-rate-fields.js';

export const IMPORT_STATUS_LABELS: Record<string, string> = { RECEIVED: 'Mottagen', QUEUED: 'I kö', RUNNING: 'Pågår', APPLIED: 'Genomförd', FAILED: 'Misslyckad' };
export const DEVIATION_STATUSES = ['OPEN', 'RESOLVED', 'CLOSED'] as const;

@ObjectType('FlatRateFieldValue', { description: 'Ett fält i en rad: nyckel, etikett och värde.' })
export class FlatRateFieldValue {
  @Field({ description: 'Fältets nyckel, t.ex. amount.' }) field!: string;
  @Field({ description: 'Fältets namn på svenska.' }) label!: string;
  @Field({ description: 'Värdet som det stod i filen (eller rättat).' }) value!: string;
}

@ObjectType('FlatRateDeviation', { description: 'En rad i en schablonfil som inte bokades: varför, och värdena som de stod i filen.' })
export class FlatRateDeviation {
  @Field(() => ID) id!: string;
  @Field(() => ID) importId!: string;
  @Field({ description: 'Filen raden kom från.' }) fileName!: string;
  @Field(() => Int, { description: 'Radnummer i filen.' }) rowNumber!: number;
  @Field({ description: 'Fältet som inte godtogs, t.ex. personalIdentityNumber, receptionDate, amount, person, district.' }) field!: string;
  @Field({ description: 'Fältets namn på svenska.' }) fieldLabel!: string;
  @Field({ description: 'Stabil orsakskod, t.ex. UNKNOWN_PERSON, NO_DISTRICT, AMOUNT_MISMATCH.' }) reason!: string;
  @Field({ description: 'Kort orsak på svenska (för filtrering).' }) reasonLabel!: string;
  @Field({ description: 'Orsaken för just den här raden, på svenska.' }) message!: string;
  @Field(() => [String], { description: 'Raden som den stod i filen.' }) original!: string[];
  @Field(() => [FlatRateFieldValue], { description: 'Radens fält enligt importprofilen.' }) values!: FlatRateFieldValue[];
  @Field(() => MoneyScalar, { nullable: true, description: 'Radens belopp i öre, när det gick att läsa.' }) amount!: number | null;
  @Field(() => String, { nullable: true }) compensationCode!: string | null;
  @Field(() => ID, { nullable: true, description: 'En trolig person, när en hittas (t.ex. samma individnummer men annat personnummer).' }) suggestedPersonId!: string | null;
  @Field({ description: 'OPEN, RESOLVED eller CLOSED.' }) status!: string;
  @Field(() => String, { nullable: true, description: 'Hur avvikelsen åtgärdades eller varför den stängdes.' }) resolution!: string | null;
  @Field(() => String, { nullable: true }) resolvedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) resolvedAt!: Date | null;
}

export function toDeviation(row: ImportDeviationRow, file: Pick<ImportFileRow, 'kind' | 'fileName'>): FlatRateDeviation {
  const kind = file.kind;
  const values = row.values ?? {};
  const fields = isFlatRateImportKind(kind) ? Object.keys(FIELDS_BY_KIND[kind]) : Object.keys(values);
  const amount = parseKronor(values.amount ?? '');
  const s = row.suggestion as { personId?: string | null } | null;
  const code = values.compensationCode?.trim() ? (normaliseCode(values.compensationCode) ?? values.compensationCode.trim()) : null;
  return {
    id: row.id, importId: row.importId, fileName: file.fileName, rowNumber: row.rowNumber, field: row.field, fieldLabel: fieldLabel(kind, row.field), reason: row.reason,
    reasonLabel: DEVIATION_REASONS[row.reason] ?? row.reason, message: row.message, original: row.original,
    values: fields.filter((f) => f in values).map((f) => ({ field: f, label: fieldLabel(kind, f), value: values[f] ?? '' })),
    amount: amount.ok ? amount.ore : null, compensationCode: code, suggestedPersonId: s?.personId ?? null,
    status: row.status, resolution: row.resolution ?? null, resolvedBy: row.resolvedBy ?? null, resolvedAt: row.resolvedAt ?? null,
  };
}

@ObjectType('FlatRateDeviationEdge') export class FlatRateDeviationEdge { @Field() cursor!: string; @Field(() => FlatRateDeviation) node!: FlatRateDeviation; }
@ObjectType('FlatRateDeviationConnection', { description: 'Sida av avvikelser.' })
export class FlatRateDeviationConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [FlatRateDeviationEdge]) edges!: FlatRateDeviationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('FlatRateImport', { description: 'En importerad schablonfil från MiG och hur importen gick.' })
export class FlatRateImport {
  @Field(() => ID) id!: string;
  @Field({ description: 'GENERALSCHABLON eller ESERVICE_SCHABLON.' }) kind!: string;
  @Field() kindLabel!: string;
  @Field() fileName!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field() profileKey!: string;
  @Field() profileName!: string;
  @Field({ description: 'Filen kom OpenPGP-krypterad och dekrypterades med stadens nyckel.' }) encrypted!: boolean;
  @Field({ description: 'FILE (en fil från MiG eller e-tjänsten) eller OCR (granskade rader ur ett skannat pappersbeslut).' }) source!: string;
  @Field({ description: 'RECEIVED, QUEUED, RUNNING, APPLIED eller FAILED.' }) status!: string;
  @Field() statusLabel!: string;
  @Field(() => Int) rowsRead!: number;
  @Field(() => Int) rowsApplied!: number;
  @Field(() => Int) deviationCount!: number;
  @Field(() => Int) openDeviationCount!: number;
  @Field(() => MoneyScalar, { description: 'Summan av alla lästa rader (bokade och avvikelser), i öre.' }) totalAmount!: number;
  @Field(() => [String], { description: 'Utbetalningsmånader (ÅÅÅÅ-MM) som filen omfattar.' }) months!: string[];
  @Field(() => String, { nullable: true, description: 'Varför importen misslyckades.' }) failure!: string | null;
  @Field() receivedBy!: string;
  @Field(() => DateTimeScalar) receivedAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) startedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) finishedAt!: Date | null;
}

export function toFlatRateImport(row: ImportFileRow, profileName: string, openDeviationCount: number, totals: { amount: number; months: string[] }): FlatRateImport {
  return {
    id: row.id, kind: row.kind, kindLabel: row.parameters?.source === 'OCR' ? flatRateKindLabel('SCANNED_DECISION') : flatRateKindLabel(row.kind), source: row.parameters?.source === 'OCR' ? 'OCR' : 'FILE', fileName: row.fileName, sizeBytes: row.sizeBytes, profileKey: row.profileKey, profileName,
    encrypted: row.parameters?.encrypted === 'true', status: row.status, statusLabel: IMPORT_STATUS_LABELS[row.status] ?? row.status, rowsRead: row.rowsRead,
    rowsApplied: row.rowsApplied, deviationCount: row.deviationCount, openDeviationCount, totalAmount: totals.amount, months: totals.months, failure: row.failure ?? null,
    receivedBy: row.receivedBy, receivedAt: row.receivedAt, startedAt: row.startedAt ?? null, finishedAt: row.finishedAt ?? null,
  };
}

@ObjectType('FlatRateImportEdge') export class FlatRateImportEdge { @Field() cursor!: string; @Field(() => FlatRateImport) node!: FlatRateImport; }
@ObjectType('FlatRateImportConnection', { description: 'Sida av schablonimporter, senaste först.' })
export class FlatRateImportConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [FlatRateImportEdge]) edges!: FlatRateImportEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('FlatRateProfileColumn', { description: 'Var ett fält finns i filen: rubriknamn, kolumnnummer eller start och längd.' })
export class FlatRateProfileColumn {
  @Field() field!: string;
  @Field() label!: string;
  @Field(() => [String]) headers!: string[];
  @Field(() => Int, { nullable: true }) position!: number | null;
  @Field(() => Int, { nullable: true }) start!: number | null;
  @Field(() => Int, { nullable: true }) length!: number | null;
}

@ObjectType('FlatRateImportProfile', { description: 'Importprofil för schablonfiler: vilken kolumn som innehåller vilket fält.' })
export class FlatRateImportProfile {
  @Field() key!: string;
  @Field() kind!: string;
  @Field() name!: string;
  @Field({ description: 'xlsx, csv eller fixed.' }) format!: string;
  @Field() hasHeader!: boolean;
  @Field({ description: 'Inbyggda profiler kan inte ändras eller tas bort.' }) builtIn!: boolean;
  @Field(() => String, { nullable: true, description: 'Avgränsare för text med avgränsare (";", "," eller tabb); tomt för fast bredd och Excel.' }) delimiter!: string | null;
  @Field(() => [FlatRateProfileColumn]) columns!: FlatRateProfileColumn[];
}

export function toProfile(p: KnownProfile): FlatRateImportProfile {
  return {
    key: p.key, kind: p.kind, name: p.name, format: p.format, hasHeader: p.hasHeader, builtIn: p.builtIn, delimiter: p.format === 'csv' ? (p.delimiter ?? null) : null,
    columns: Object.entries(p.columns).map(([field, rule]) => ({ field, label: fieldLabel(p.kind, field), headers: [...(rule.headers ?? [])], position: rule.position ?? null, start: rule.start ?? null, length: rule.length ?? null })),
  };
}

@ObjectType('StartFlatRateImportResult', { description: 'Svaret på en uppladdad schablonfil.' })
export class StartFlatRateImportResult {
  @Field(() => FlatRateImport) import!: FlatRateImport;
  @Field({ description: 'Samma fil har tagits emot förut: ingenting nytt händer.' }) alreadyReceived!: boolean;
  @Field({ description: 'Vad som händer, på svenska.' }) message!: string;
}

@InputType('StartFlatRateImportInput', { description: 'En schablonfil att importera (base64, högst 10 MB).' })
export class StartFlatRateImportInput {
  @Field({ description: 'GENERALSCHABLON eller ESERVICE_SCHABLON.' }) kind!: string;
  @Field(() => String, { nullable: true, description: 'Importprofil; utan den filtypens första inbyggda.' }) profileKey?: string | null;
  @Field() fileName!: string;
  @Field() contentBase64!: string;
}

@InputType('FlatRateFieldValueInput') export class FlatRateFieldValueInput { @Field() field!: string; @Field() value!: string; }

@InputType('ResolveFlatRateDeviationInput', { description: 'Rätta en avvikande rad och boka den.' })
export class ResolveFlatRateDeviationInput {
  @Field(() => ID) deviationId!: string;
  @Field(() => [FlatRateFieldValueInput], { nullable: true, description: 'Rättade fält (övriga som i filen).' }) values?: FlatRateFieldValueInput[] | null;
  @Field(() => ID, { nullable: true, description: 'Koppla raden till den här personen.' }) personId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'NO_DISTRICT: boka utbetalningen på AmF:s egna intäkter.' }) acceptAsAmfRevenue?: boolean | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('RegisterFlatRatePersonInput', { description: 'Registrera personen som raden gäller och boka raden.' })
export class RegisterFlatRatePersonInput {
  @Field(() => ID) deviationId!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => String, { nullable: true, description: '12 siffror eller ÅÅÅÅMMDD-NNNN; minst ett av personnummer och individnummer.' }) personalIdentityNumber?: string | null;
  @Field(() => String, { nullable: true }) migIndividualNumber?: string | null;
  @Field(() => DateScalar) birthDate!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('FlatRateProfileColumnInput')
export class FlatRateProfileColumnInput {
  @Field() field!: string;
  @Field(() => [String], { nullable: true }) headers?: string[] | null;
  @Field(() => Int, { nullable: true }) position?: number | null;
  @Field(() => Int, { nullable: true }) start?: number | null;
  @Field(() => Int, { nullable: true }) length?: number | null;
}

@InputType('SaveFlatRateImportProfileInput', { description: 'En importprofil för schablonfiler som administratören lägger till.' })
export class SaveFlatRateImportProfileInput {
  @Field() key!: string;
  @Field() kind!: string;
  @Field() name!: string;
  @Field() format!: string;
  @Field() hasHeader!: boolean;
  @Field(() => String, { nullable: true }) delimiter?: string | null;
  @Field(() => [FlatRateProfileColumnInput]) columns!: FlatRateProfileColumnInput[];
}
