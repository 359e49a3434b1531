/** The fields of each kind of MiG file, with their Swedish labels (profiles, deviations, OCR columns). */
export interface ImportFieldDef { label: string; required?: boolean }

export const IMPORT_KINDS = { MIG_BESLUT: 'MiG-beslut', MIG_UTBETALNING: 'Utbetalningsspecifikation' } as const;
export type ImportKind = keyof typeof IMPORT_KINDS;
export const isImportKind = (v: string): v is ImportKind => v in IMPORT_KINDS;

export const DECISION_FIELDS: Readonly<Record<string, ImportFieldDef>> = {
  caseNumber: { label: 'Diarienummer', required: true },
  individualNumber: { label: 'Individnummer', required: true },
  birthData: { label: 'Födelsedata' },
  name: { label: 'Namn' },
  firstName: { label: 'Förnamn' },
  lastName: { label: 'Efternamn' },
  periodFrom: { label: 'Fr o m', required: true },
  periodTo: { label: 'T o m', required: true },
  period: { label: 'Period' },
  amount: { label: 'Beviljat belopp', required: true },
  reference: { label: 'Referens' },
  compensation: { label: 'Ersättning', required: true },
  outcome: { label: 'Beslut' },
  decidedAt: { label: 'Beslutsdatum' },
};

export const PAYMENT_FIELDS: Readonly<Record<string, ImportFieldDef>> = {
  caseNumber: { label: 'Diarienummer', required: true },
  individualNumber: { label: 'Individnummer' },
  birthData: { label: 'Födelsedata' },
  name: { label: 'Namn' },
  period: { label: 'Period' },
  periodFrom: { label: 'Fr o m' },
  periodTo: { label: 'T o m' },
  amount: { label: 'Belopp', required: true },
  reference: { label: 'Referens' },
  compensation: { label: 'Ersättning', required: true },
};

export const FIELDS_BY_KIND: Record<ImportKind, Readonly<Record<string, ImportFieldDef>>> = { MIG_BESLUT: DECISION_FIELDS, MIG_UTBETALNING: PAYMENT_FIELDS };

/** Labels for deviation fields that are not columns. */
const EXTRA_LABELS: Record<string, string> = { match: 'Matchning', row: 'Raden', period: 'Period', paymentMonth: 'Utbetalningsmånad' };

export function fieldLabel(kind: string, field: string): string {
  const defs = isImportKind(kind) ? FIELDS_BY_KIND[kind] : {};
  return defs[field]?.label ?? EXTRA_LABELS[field] ?? field;
}
