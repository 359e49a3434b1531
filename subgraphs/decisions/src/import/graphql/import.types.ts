import { DateTimeScalar, PageInfo } from '@statsbidrag/graphql-kit';
import type { ImportDeviationRow, ImportFileRow } from '@statsbidrag/import-engine';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { fieldLabel, FIELDS_BY_KIND, isImportKind } from '../domain/mig-fields.js';
import { kindLabel } from '../application/import-jobs.js';
import type { KnownProfile } from '../application/profiles.js';

export enum ImportStatus { RECEIVED = 'RECEIVED', QUEUED = 'QUEUED', RUNNING = 'RUNNING', APPLIED = 'APPLIED', FAILED = 'FAILED' }
export enum DeviationStatus { OPEN = 'OPEN', RESOLVED = 'RESOLVED', CLOSED = 'CLOSED' }
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'Var en import står.',
  valuesConfig: { RECEIVED: { description: 'Mottagen.' }, QUEUED: { description: 'I kö.' }, RUNNING: { description: 'Pågår.' }, APPLIED: { description: 'Genomförd.' }, FAILED: { description: 'Misslyckad: ingenting tillämpades.' } },
});
registerEnumType(DeviationStatus, {
  name: 'DeviationStatus',
  description: 'Var en avvikelse står.',
  valuesConfig: { OPEN: { description: 'Öppen.' }, RESOLVED: { description: 'Åtgärdad: raden rättades och tillämpades.' }, CLOSED: { description: 'Stängd med ett skäl, raden tillämpades inte.' } },
});
export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = { RECEIVED: 'Mottagen', QUEUED: 'I kö', RUNNING: 'Pågår', APPLIED: 'Genomförd', FAILED: 'Misslyckad' };

@ObjectType('FieldValue', { description: 'Ett fält i en rad: nyckel, etikett och värde.' })
export class FieldValue {
  @Field({ description: 'Fältets nyckel, t.ex. amount.' }) field!: string;
  @Field({ description: 'Fältets namn på svenska.' }) label!: string;
  @Field({ description: 'Värdet som det stod i filen (eller rättat).' }) value!: string;
}

@ObjectType('DeviationSuggestion', { description: 'En trolig matchning för en avvikande rad.' })
export class DeviationSuggestion {
  @Field({ description: 'Vad förslaget gäller, utan personuppgifter.' }) label!: string;
  @Field(() => ID, { nullable: true, description: 'Föreslagen återsökning.' }) claimId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Föreslagen person.' }) personId!: string | null;
}

@ObjectType('ImportDeviation', { description: 'En rad som inte tillämpades: varför, och värdena som de stod i filen.' })
export class ImportDeviation {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'Importen raden kom från.' }) importId!: string;
  @Field(() => Int, { description: 'Radnummer i filen.' }) rowNumber!: number;
  @Field({ description: 'Fältet som inte godtogs (t.ex. amount, caseNumber, match).' }) field!: string;
  @Field({ description: 'Fältets namn på svenska.' }) fieldLabel!: string;
  @Field({ description: 'Stabil orsakskod, t.ex. REQUIRED, FORMAT, NEGATIVE, UNKNOWN_CLAIM.' }) reason!: string;
  @Field({ description: 'Orsaken på svenska.' }) message!: string;
  @Field(() => [String], { description: 'Radens celler som de stod i filen.' }) original!: string[];
  @Field(() => [FieldValue], { description: 'Radens fält enligt importprofilen.' }) values!: FieldValue[];
  @Field(() => DeviationSuggestion, { nullable: true, description: 'Trolig matchning, om en finns.' }) suggestion!: DeviationSuggestion | null;
  @Field(() => DeviationStatus) status!: DeviationStatus;
  @Field(() => String, { nullable: true, description: 'Hur avvikelsen åtgärdades eller varför den stängdes.' }) resolution!: string | null;
  @Field(() => String, { nullable: true }) resolvedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) resolvedAt!: Date | null;
}

export function toDeviation(row: ImportDeviationRow, kind: string): ImportDeviation {
  const fields = isImportKind(kind) ? Object.keys(FIELDS_BY_KIND[kind]) : Object.keys(row.values ?? {});
  const values = row.values ?? {};
  const s = row.suggestion as { label?: string; claimId?: string | null; personId?: string | null } | null;
  return {
    id: row.id, importId: row.importId, rowNumber: row.rowNumber, field: row.field, fieldLabel: fieldLabel(kind, row.field), reason: row.reason, message: row.message,
    original: row.original, values: fields.filter((f) => f in values).map((f) => ({ field: f, label: fieldLabel(kind, f), value: values[f] ?? '' })),
    suggestion: s?.label ? { label: s.label, claimId: s.claimId ?? null, personId: s.personId ?? null } : null,
    status: row.status as DeviationStatus, resolution: row.resolution ?? null, resolvedBy: row.resolvedBy ?? null, resolvedAt: row.resolvedAt ?? null,
  };
}

@ObjectType('ImportDeviationEdge') export class ImportDeviationEdge { @Field() cursor!: string; @Field(() => ImportDeviation) node!: ImportDeviation; }
@ObjectType('ImportDeviationConnection', { description: 'Sida av avvikelser.' })
export class ImportDeviationConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [ImportDeviationEdge]) edges!: ImportDeviationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('ImportFile', { description: 'En importerad fil från MiG och hur importen gick.' })
export class ImportFile {
  @Field(() => ID) id!: string;
  @Field({ description: 'MIG_BESLUT eller MIG_UTBETALNING.' }) kind!: string;
  @Field({ description: 'Filtypen på svenska.' }) kindLabel!: string;
  @Field() fileName!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field() profileKey!: string;
  @Field() profileName!: string;
  @Field(() => String, { nullable: true, description: 'Utbetalningsmånad ÅÅÅÅ-MM (utbetalningar).' }) paymentMonth!: string | null;
  @Field(() => String, { nullable: true, description: 'Konto (utbetalningar).' }) account!: string | null;
  @Field({ description: 'FILE (Excel/CSV) eller OCR (skannad lista).' }) source!: string;
  @Field(() => ImportStatus) status!: ImportStatus;
  @Field() statusLabel!: string;
  @Field(() => Int, { description: 'Lästa rader.' }) rowsRead!: number;
  @Field(() => Int, { description: 'Tillämpade rader.' }) rowsApplied!: number;
  @Field(() => Int, { description: 'Avvikelser totalt.' }) deviationCount!: number;
  @Field(() => Int, { description: 'Avvikelser som är öppna.' }) openDeviationCount!: number;
  @Field(() => String, { nullable: true, description: 'Varför importen misslyckades.' }) failure!: string | null;
  @Field() receivedBy!: string;
  @Field(() => DateTimeScalar) receivedAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) startedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) finishedAt!: Date | null;
}

export function toImportFile(row: ImportFileRow, profileName: string, openDeviationCount: number): ImportFile {
  const status = row.status as ImportStatus;
  return {
    id: row.id, kind: row.kind, kindLabel: kindLabel(row.kind), fileName: row.fileName, sizeBytes: row.sizeBytes, profileKey: row.profileKey, profileName,
    paymentMonth: row.parameters?.paymentMonth ?? null, account: row.parameters?.account ?? null, source: row.parameters?.source ?? 'FILE', status,
    statusLabel: IMPORT_STATUS_LABELS[status] ?? row.status, rowsRead: row.rowsRead, rowsApplied: row.rowsApplied, deviationCount: row.deviationCount, openDeviationCount,
    failure: row.failure ?? null, receivedBy: row.receivedBy, receivedAt: row.receivedAt, startedAt: row.startedAt ?? null, finishedAt: row.finishedAt ?? null,
  };
}

@ObjectType('ImportFileEdge') export class ImportFileEdge { @Field() cursor!: string; @Field(() => ImportFile) node!: ImportFile; }
@ObjectType('ImportFileConnection', { description: 'Sida av importer, senaste först.' })
export class ImportFileConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [ImportFileEdge]) edges!: ImportFileEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('ImportField', { description: 'Ett fält som en filtyp kan innehålla.' })
export class ImportField {
  @Field() key!: string;
  @Field() label!: string;
  @Field() required!: boolean;
}

@ObjectType('ImportProfileColumn', { description: 'Var ett fält finns i filen: rubriknamn, kolumnnummer eller start och längd.' })
export class ImportProfileColumn {
  @Field() field!: string;
  @Field() label!: string;
  @Field(() => [String]) headers!: string[];
  @Field(() => Int, { nullable: true }) position!: number | null;
  @Field(() => Int, { nullable: true }) start!: number | null;
  @Field(() => Int, { nullable: true }) length!: number | null;
}

@ObjectType('ImportProfile', { description: 'Importprofil: vilken kolumn som innehåller vilket fält.' })
export class ImportProfile {
  @Field() key!: string;
  @Field() kind!: string;
  @Field() name!: string;
  @Field({ description: 'xlsx, csv eller fixed.' }) format!: string;
  @Field() hasHeader!: boolean;
  @Field({ description: 'Inbyggda profiler kan inte ändras eller tas bort.' }) builtIn!: boolean;
  @Field(() => [ImportProfileColumn]) columns!: ImportProfileColumn[];
}

export function toProfile(p: KnownProfile): ImportProfile {
  return {
    key: p.key, kind: p.kind, name: p.name, format: p.format, hasHeader: p.hasHeader, builtIn: p.builtIn,
    columns: Object.entries(p.columns).map(([field, rule]) => ({ field, label: fieldLabel(p.kind, field), headers: [...(rule.headers ?? [])], position: rule.position ?? null, start: rule.start ?? null, length: rule.length ?? null })),
  };
}

@InputType('StartImportInput', { description: 'En fil att importera (base64, högst 10 MB).' })
export class StartImportInput {
  @Field({ description: 'MIG_BESLUT eller MIG_UTBETALNING.' }) kind!: string;
  @Field() profileKey!: string;
  @Field() fileName!: string;
  @Field() contentBase64!: string;
  @Field(() => String, { nullable: true, description: 'Utbetalningsmånad ÅÅÅÅ-MM (krävs för utbetalningar).' }) paymentMonth?: string | null;
  @Field(() => String, { nullable: true }) account?: string | null;
}

@ObjectType('StartImportResult', { description: 'Svaret på en uppladdad fil.' })
export class StartImportResult {
  @Field(() => ImportFile) file!: ImportFile;
  @Field({ description: 'Samma fil har tagits emot förut: ingenting nytt händer.' }) alreadyReceived!: boolean;
  @Field({ description: 'Vad som händer, på svenska.' }) message!: string;
}

@InputType('FieldValueInput') export class FieldValueInput { @Field() field!: string; @Field() value!: string; }

@InputType('ResolveDeviationInput', { description: 'Rätta en avvikande rad och tillämpa den.' })
export class ResolveDeviationInput {
  @Field(() => ID) deviationId!: string;
  @Field(() => [FieldValueInput], { nullable: true, description: 'Rättade fält (övriga som i filen).' }) values?: FieldValueInput[] | null;
  @Field(() => ID, { nullable: true, description: 'Koppla till den här återsökningen.' }) claimId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Koppla till den här personen.' }) personId?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('ImportProfileColumnInput')
export class ImportProfileColumnInput {
  @Field() field!: string;
  @Field(() => [String], { nullable: true }) headers?: string[] | null;
  @Field(() => Int, { nullable: true }) position?: number | null;
  @Field(() => Int, { nullable: true }) start?: number | null;
  @Field(() => Int, { nullable: true }) length?: number | null;
}

@InputType('ImportProfileInput', { description: 'En importprofil som systemförvaltaren lägger till.' })
export class ImportProfileInput {
  @Field() key!: string;
  @Field() kind!: string;
  @Field() name!: string;
  @Field() format!: string;
  @Field() hasHeader!: boolean;
  @Field(() => [ImportProfileColumnInput]) columns!: ImportProfileColumnInput[];
}

@InputType('ReviewedRowsInput', { description: 'Granskade rader från en skannad lista.' })
export class ReviewedRowsInput {
  @Field({ description: 'MIG_BESLUT.' }) kind!: string;
  @Field({ description: 'Den skannade filens namn.' }) fileName!: string;
  @Field(() => [String], { description: 'Fältnycklar i kolumnordning.' }) fields!: string[];
  @Field(() => [[String]], { description: 'Raderna, granskade.' }) rows!: string[][];
}

@InputType('ScannedListInput', { description: 'En inskannad papperslista från MiG ("Roselista").' })
export class ScannedListInput {
  @Field({ description: 'Filens namn, t.ex. roselista-2025-03.pdf.' }) fileName!: string;
  @Field({ description: 'PDF, PNG eller TIFF, högst 10 MB, base64-kodad.' }) contentBase64!: string;
}

@ObjectType('ScannedCell', { description: 'En cell som tolkats ur skanningen.' })
export class ScannedCell {
  @Field({ description: 'Fältets nyckel (se fields).' }) field!: string;
  @Field({ description: 'Texten som lästes.' }) text!: string;
  @Field(() => Float, { description: 'Säkerhet 0–100; 0 för en tom cell som borde ha ett värde.' }) confidence!: number;
  @Field({ description: 'Användaren måste bekräfta eller rätta cellen innan raden importeras.' }) uncertain!: boolean;
}

@ObjectType('ScannedRow', { description: 'En rad i den skannade listan.' })
export class ScannedRow {
  @Field(() => Int, { description: 'Radnummer, räknat över alla sidor.' }) rowNumber!: number;
  @Field(() => Int, { description: 'Sidan raden lästes på.' }) page!: number;
  @Field(() => [ScannedCell]) cells!: ScannedCell[];
}

@ObjectType('ScannedList', { description: 'Det som lästes ur en skannad lista, för granskning. Ingenting är importerat än.' })
export class ScannedList {
  @Field() fileName!: string;
  @Field(() => Int, { description: 'Antal sidor i filen.' }) pages!: number;
  @Field(() => [ImportField], { description: 'Kolumnerna, i ordning (MiG-beslutens fält).' }) fields!: ImportField[];
  @Field(() => [ScannedRow]) rows!: ScannedRow[];
  @Field(() => Int, { description: 'Celler som måste bekräftas.' }) uncertainCount!: number;
}
