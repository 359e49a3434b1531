import type { FlatRateImportProfile, SaveFlatRateImportProfileInput } from '../graphql/flat-rate-profiles.graphql.js';

export const PROFILE_FORMATS: readonly { id: string; label: string }[] = [
  { id: 'fixed', label: 'Fast bredd' },
  { id: 'csv', label: 'Avgränsad text (CSV)' },
  { id: 'xlsx', label: 'Excel (.xlsx)' },
];
export const formatLabel = (format: string): string => PROFILE_FORMATS.find((f) => f.id === format)?.label ?? format;

export const DELIMITERS: readonly { id: string; label: string }[] = [
  { id: ';', label: 'Semikolon (;)' },
  { id: ',', label: 'Komma (,)' },
  { id: '\t', label: 'Tabb' },
  { id: '|', label: 'Lodstreck (|)' },
];

/** A field a profile can map (taken from the built-in profiles of the kind). */
export interface ProfileField {
  field: string;
  label: string;
}

export interface ColumnValues {
  headers: string;
  position: string;
  start: string;
  length: string;
}
export interface ProfileFormValues {
  key: string;
  kind: string;
  name: string;
  format: string;
  hasHeader: boolean;
  delimiter: string;
  columns: Record<string, ColumnValues>;
}

const EMPTY_COLUMN: ColumnValues = { headers: '', position: '', start: '', length: '' };
export const columnValues = (values: ProfileFormValues, field: string): ColumnValues => values.columns[field] ?? EMPTY_COLUMN;

export function newProfileValues(kind: string): ProfileFormValues {
  return { key: '', kind, name: '', format: 'fixed', hasHeader: false, delimiter: ';', columns: {} };
}

/** The fields of a kind: every column of its profiles (the built-in ones name them all), in order of first appearance. */
export function fieldsOfKind(profiles: readonly FlatRateImportProfile[], kind: string): ProfileField[] {
  const fields = new Map<string, string>();
  for (const p of [...profiles].sort((a, b) => Number(b.builtIn) - Number(a.builtIn))) {
    if (p.kind !== kind) continue;
    for (const c of p.columns) if (!fields.has(c.field)) fields.set(c.field, c.label);
  }
  return [...fields].map(([field, label]) => ({ field, label }));
}

/** The form's values for a saved profile (a built-in one is copied under a new key). */
export function profileValuesOf(profile: FlatRateImportProfile, copy = false): ProfileFormValues {
  const text = (n: number | null) => (n === null || n === undefined ? '' : String(n));
  return {
    key: copy ? `${profile.key}-kopia` : profile.key,
    kind: profile.kind,
    name: copy ? `${profile.name} (kopia)` : profile.name,
    format: profile.format,
    hasHeader: profile.hasHeader,
    delimiter: profile.delimiter ?? ';',
    columns: Object.fromEntries(profile.columns.map((c) => [c.field, { headers: c.headers.join(', '), position: text(c.position), start: text(c.start), length: text(c.length) }])),
  };
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{1,49}$/;
const POSITIVE = /^[1-9]\d{0,3}$/;

export type ProfileCheck = { errors: Record<string, string>; input: null } | { errors: Record<string, never>; input: SaveFlatRateImportProfileInput };

/** Checks the form and builds SaveFlatRateImportProfileInput; errors keyed like the server's `extensions.field` (`columns.amount`). */
export function checkProfile(values: ProfileFormValues, fields: readonly ProfileField[]): ProfileCheck {
  const errors: Record<string, string> = {};
  const key = values.key.trim();
  if (!key) errors.key = 'Ange en nyckel.';
  else if (!KEY_PATTERN.test(key)) errors.key = 'Nyckeln ska vara 2–50 tecken: små bokstäver a–z, siffror, - och _.';
  if (!values.name.trim()) errors.name = 'Ange ett namn.';
  const fixed = values.format === 'fixed';
  const delimited = values.format === 'csv';
  if (delimited && !values.delimiter) errors.delimiter = 'Välj avgränsare.';
  const columns: SaveFlatRateImportProfileInput['columns'] = [];
  for (const field of fields) {
    const c = columnValues(values, field.field);
    const path = `columns.${field.field}`;
    if (fixed) {
      const start = c.start.trim();
      const length = c.length.trim();
      if (!start && !length) continue;
      if (!POSITIVE.test(start) || !POSITIVE.test(length)) {
        errors[path] = `Startposition och längd för ${field.label} ska vara heltal från 1.`;
        continue;
      }
      columns.push({ field: field.field, start: Number(start), length: Number(length) });
    } else {
      const headers = values.hasHeader ? c.headers.split(',').map((h) => h.trim()).filter(Boolean) : [];
      const position = c.position.trim();
      if (position && !POSITIVE.test(position)) {
        errors[path] = `Kolumnnumret för ${field.label} ska vara ett heltal från 1.`;
        continue;
      }
      if (!headers.length && !position) continue;
      columns.push({ field: field.field, headers, position: position ? Number(position) : null });
    }
  }
  if (!Object.keys(errors).length && columns.length === 0) errors.columns = 'Ange var minst ett fält finns i filen.';
  if (Object.keys(errors).length) return { errors, input: null };
  return {
    errors: {},
    input: {
      key,
      kind: values.kind,
      name: values.name.trim(),
      format: values.format,
      hasHeader: fixed ? false : values.hasHeader,
      delimiter: delimited ? values.delimiter : null,
      columns,
    },
  };
}
