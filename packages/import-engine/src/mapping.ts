/**
 * Mapping profiles: which column of a file holds which field. A column is found by one of its
 * header names (compared without case, spaces and punctuation: "Fr o m", "Fr.o.m." and "FROM" are
 * the same) or by its position; a fixed-width field by its start and length.
 */
export interface ColumnRule {
  /** Header names that mean this field, e.g. ["Individnummer", "Dossiernummer"]. */
  headers?: readonly string[];
  /** 1-based column number, used when no header matches (or the file has none). */
  position?: number;
  /** Fixed-width files: 1-based start and length of the field. */
  start?: number;
  length?: number;
  /** A file without this column is refused. */
  required?: boolean;
}

export interface MappingProfile {
  /** Stable key, e.g. "MIG_BESLUT". */
  key: string;
  /** Swedish name shown to the user. */
  name: string;
  format: 'xlsx' | 'csv' | 'fixed';
  /** Whether the first row holds column names (ignored for fixed-width files). */
  hasHeader: boolean;
  columns: Readonly<Record<string, ColumnRule>>;
}

/** Where each field is in a row: a 0-based index (tables) or a slice (fixed width). */
export type ResolvedColumns = Record<string, { index: number } | { start: number; length: number }>;

export type MappingResult = { ok: true; columns: ResolvedColumns } | { ok: false; problems: string[] };

/** "Fr o m" → "from": header names compared without case, spaces or punctuation. */
export function normaliseHeader(value: string): string {
  return value
    .normalize('NFC')
    .toLocaleLowerCase('sv-SE')
    .replace(/[^a-z0-9åäöéü]/g, '');
}

/**
 * Finds the profile's fields in a header row. Every required field must be found, no two fields
 * may claim the same column, and every problem is named in Swedish.
 */
export function resolveColumns(profile: MappingProfile, header: readonly string[] | null): MappingResult {
  const problems: string[] = [];
  const columns: ResolvedColumns = {};
  const normalised = (header ?? []).map(normaliseHeader);
  const taken = new Map<number, string>();
  for (const [field, rule] of Object.entries(profile.columns)) {
    if (profile.format === 'fixed') {
      if (rule.start && rule.length) columns[field] = { start: rule.start - 1, length: rule.length };
      else problems.push(`Profilen ${profile.name} saknar position för fältet ${field}.`);
      continue;
    }
    let index = -1;
    if (profile.hasHeader && rule.headers?.length) {
      const wanted = rule.headers.map(normaliseHeader);
      index = normalised.findIndex((h) => wanted.includes(h));
    }
    if (index < 0 && rule.position) index = rule.position - 1;
    if (index < 0 || (header && profile.hasHeader && index >= header.length && !rule.position)) {
      if (rule.required) problems.push(`Kolumnen ${rule.headers?.[0] ?? field} saknas i filen.`);
      continue;
    }
    const other = taken.get(index);
    if (other) {
      problems.push(`Fälten ${other} och ${field} pekar på samma kolumn (${index + 1}).`);
      continue;
    }
    taken.set(index, field);
    columns[field] = { index };
  }
  return problems.length ? { ok: false, problems } : { ok: true, columns };
}

/** A row's values by field name (trimmed text; missing cells are ''). */
export function pickFields(cells: readonly string[] | string, columns: ResolvedColumns): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [field, where] of Object.entries(columns)) {
    if ('index' in where) values[field] = typeof cells === 'string' ? '' : (cells[where.index] ?? '').trim();
    else values[field] = typeof cells === 'string' ? cells.slice(where.start, where.start + where.length).trim() : '';
  }
  return values;
}

/**
 * MiG's e-service exports (manual "Ansök om statlig ersättning", chapters 6–9): the column names
 * it gives for decisions and payments.
 */
export const MIG_DECISIONS_PROFILE: MappingProfile = {
  key: 'MIG_BESLUT',
  name: 'MiG:s e-tjänst – beslut och utbetalningar (Excel)',
  format: 'xlsx',
  hasHeader: true,
  columns: {
    caseNumber: { headers: ['Diarienummer', 'Dnr'], required: true },
    individualNumber: { headers: ['Individnummer', 'Dossiernummer'], required: true },
    birthData: { headers: ['Födelsedata', 'Födelsedatum'] },
    name: { headers: ['Namn'] },
    periodFrom: { headers: ['Fr o m', 'Från och med', 'From'], required: true },
    periodTo: { headers: ['T o m', 'Till och med', 'Tom'], required: true },
    period: { headers: ['Period'] },
    amount: { headers: ['Belopp', 'Beviljat belopp'], required: true },
    reference: { headers: ['Referens'] },
    compensation: { headers: ['Ersättning', 'Ersättningskod'], required: true },
  },
};

export const BUILT_IN_PROFILES: readonly MappingProfile[] = [MIG_DECISIONS_PROFILE];
