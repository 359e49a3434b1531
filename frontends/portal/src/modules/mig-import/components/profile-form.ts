import type { ImportProfile, ImportProfileInput } from '../graphql/import-profiles.graphql.js';
import type { ImportField } from '../graphql/scanned-list.graphql.js';

export const PROFILE_FORMATS: readonly { id: string; label: string }[] = [
  { id: 'xlsx', label: 'Excel (.xlsx)' },
  { id: 'csv', label: 'CSV' },
  { id: 'fixed', label: 'Fast bredd' },
];
export const formatLabel = (format: string): string => PROFILE_FORMATS.find((f) => f.id === format)?.label ?? format;

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
  columns: Record<string, ColumnValues>;
}

const EMPTY_COLUMN: ColumnValues = { headers: '', position: '', start: '', length: '' };
export const columnValues = (values: ProfileFormValues, field: string): ColumnValues => values.columns[field] ?? EMPTY_COLUMN;

export function newProfileValues(kind: string): ProfileFormValues {
  return { key: '', kind, name: '', format: 'xlsx', hasHeader: true, columns: {} };
}

/** The form's values for a saved profile (a built-in one is copied under a new key). */
export function profileValuesOf(profile: ImportProfile, copy = false): ProfileFormValues {
  const text = (n: number | null) => (n === null || n === undefined ? '' : String(n));
  return {
    key: copy ? `${profile.key}-kopia` : profile.key,
    kind: profile.kind,
    name: copy ? `${profile.name} (kopia)` : profile.name,
    format: profile.format,
    hasHeader: profile.hasHeader,
    columns: Object.fromEntries(profile.columns.map((c) => [c.field, { headers: c.headers.join(', '), position: text(c.position), start: text(c.start), length: text(c.length) }])),
  };
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{1,49}$/;
const POSITIVE = /^[1-9]\d{0,3}$/;

export type ProfileCheck = { errors: Record<string, string>; input: null } | { errors: Record<string, never>; input: ImportProfileInput };

/** Checks the form like the server does and builds `ImportProfileInput`; errors keyed like the server's `extensions.field` (`columns.amount`). */
export function checkProfile(values: ProfileFormValues, fields: readonly ImportField[]): ProfileCheck {
  const errors: Record<string, string> = {};
  const key = values.key.trim();
  if (!key) errors.key = 'Ange en nyckel.';
  else if (!KEY_PATTERN.test(key)) errors.key = 'Nyckeln ska vara 2–50 tecken: små bokstäver a–z, siffror, - och _.';
  if (!values.name.trim()) errors.name = 'Ange ett namn.';
  const fixed = values.format === 'fixed';
  const columns: ImportProfileInput['columns'] = [];
  for (const field of fields) {
    const c = columnValues(values, field.key);
    const path = `columns.${field.key}`;
    if (fixed) {
      const start = c.start.trim();
      const length = c.length.trim();
      if (!start && !length) {
        if (field.required) errors[path] = `Ange startposition och längd för ${field.label}.`;
        continue;
      }
      if (!POSITIVE.test(start) || !POSITIVE.test(length)) {
        errors[path] = `Startposition och längd för ${field.label} ska vara heltal från 1.`;
        continue;
      }
      columns.push({ field: field.key, start: Number(start), length: Number(length) });
    } else {
      const headers = values.hasHeader ? c.headers.split(',').map((h) => h.trim()).filter(Boolean) : [];
      const position = c.position.trim();
      if (position && !POSITIVE.test(position)) {
        errors[path] = `Kolumnnumret för ${field.label} ska vara ett heltal från 1.`;
        continue;
      }
      if (!headers.length && !position) {
        if (field.required) errors[path] = values.hasHeader ? `Ange rubrik eller kolumnnummer för ${field.label}.` : `Ange kolumnnummer för ${field.label}.`;
        continue;
      }
      columns.push({ field: field.key, headers, position: position ? Number(position) : null });
    }
  }
  if (Object.keys(errors).length) return { errors, input: null };
  return { errors: {}, input: { key, kind: values.kind, name: values.name.trim(), format: values.format, hasHeader: values.hasHeader, columns } };
}
