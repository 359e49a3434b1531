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
  /** Delimited text: the delimiter (";", "," or a tab); detected from the first line when not given. */
  delimiter?: string | null;
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
 * MiG's e-service export of cases with their decisions (manual "Ansök om statlig ersättning",
 * 3.5–3.15 and 6.1): the column names it gives, plus the decision's outcome, date and granted amount.
 */
export const MIG_DECISIONS_PROFILE: MappingProfile = {
  key: 'MIG_BESLUT',
  name: 'MiG:s e-tjänst – beslut (Excel)',
  format: 'xlsx',
  hasHeader: true,
  columns: {
    caseNumber: { headers: ['Diarienummer', 'Dnr'], required: true },
    individualNumber: { headers: ['Individnummer', 'Dossiernummer'], required: true },
    birthData: { headers: ['Födelsedata', 'Födelsedatum'] },
    name: { headers: ['Namn'] },
    firstName: { headers: ['Förnamn'] },
    lastName: { headers: ['Efternamn'] },
    periodFrom: { headers: ['Fr o m', 'Från och med', 'From'], required: true },
    periodTo: { headers: ['T o m', 'Till och med', 'Tom'], required: true },
    period: { headers: ['Period'] },
    amount: { headers: ['Beviljat belopp', 'Belopp'], required: true },
    reference: { headers: ['Referens'] },
    compensation: { headers: ['Ersättning', 'Ersättningskod'], required: true },
    outcome: { headers: ['Beslut', 'Utfall', 'Senaste händelse'] },
    decidedAt: { headers: ['Beslutsdatum', 'Händelsedatum'] },
  },
};

/**
 * MiG's payment specification (manual 8.1): diarienummer, individnummer, födelsedata, namn,
 * period, belopp, referens, ersättning; recoveries are lines with negative amounts.
 */
export const MIG_PAYMENTS_PROFILE: MappingProfile = {
  key: 'MIG_UTBETALNING',
  name: 'MiG:s e-tjänst – utbetalningsspecifikation (Excel)',
  format: 'xlsx',
  hasHeader: true,
  columns: {
    caseNumber: { headers: ['Diarienummer', 'Dnr'], required: true },
    individualNumber: { headers: ['Individnummer', 'Dossiernummer'] },
    birthData: { headers: ['Födelsedata', 'Födelsedatum'] },
    name: { headers: ['Namn'] },
    period: { headers: ['Period'] },
    periodFrom: { headers: ['Fr o m', 'Från och med'] },
    periodTo: { headers: ['T o m', 'Till och med'] },
    amount: { headers: ['Belopp', 'Utbetalt belopp'], required: true },
    reference: { headers: ['Referens'] },
    compensation: { headers: ['Ersättning', 'Ersättningskod'], required: true },
  },
};

export const BUILT_IN_PROFILES: readonly MappingProfile[] = [MIG_DECISIONS_PROFILE, MIG_PAYMENTS_PROFILE];

const PROFILE_KEY_RE = /^[A-Z][A-Z0-9_]{2,39}$/;

/**
 * Checks a profile the system administrator wrote (in the UI, as JSON-like input) against the
 * fields a kind of file needs: every required field placed, header names or positions or
 * start/length as the format demands. Every problem in Swedish.
 */
export function validateProfile(
  input: { key: string; name: string; format: string; hasHeader: boolean; delimiter?: string | null; columns: Record<string, { headers?: string[]; position?: number | null; start?: number | null; length?: number | null }> },
  fields: Readonly<Record<string, { label: string; required?: boolean }>>,
): { ok: true; profile: MappingProfile } | { ok: false; problems: { field: string; message: string }[] } {
  const problems: { field: string; message: string }[] = [];
  const key = input.key?.trim().toUpperCase() ?? '';
  if (!PROFILE_KEY_RE.test(key)) problems.push({ field: 'key', message: 'Nyckeln ska vara 3–40 tecken: versaler, siffror och _ (börja med en bokstav).' });
  const name = input.name?.trim() ?? '';
  if (!name) problems.push({ field: 'name', message: 'Profilen måste ha ett namn.' });
  else if (name.length > 120) problems.push({ field: 'name', message: 'Namnet får vara högst 120 tecken.' });
  const format = input.format as MappingProfile['format'];
  if (!['xlsx', 'csv', 'fixed'].includes(format)) problems.push({ field: 'format', message: 'Formatet ska vara Excel, CSV eller fast bredd.' });
  const delimiter = format === 'csv' && input.delimiter ? input.delimiter : null;
  if (delimiter !== null && ![';', ',', '\t'].includes(delimiter)) problems.push({ field: 'delimiter', message: 'Avgränsaren ska vara semikolon, komma eller tabb.' });
  const columns: Record<string, ColumnRule> = {};
  for (const [field, raw] of Object.entries(input.columns ?? {})) {
    if (!(field in fields)) {
      problems.push({ field: `columns.${field}`, message: `Okänt fält: ${field}.` });
      continue;
    }
    const label = fields[field]!.label;
    const headers = (raw.headers ?? []).map((h) => h.trim()).filter(Boolean);
    const position = raw.position ?? undefined;
    const start = raw.start ?? undefined;
    const length = raw.length ?? undefined;
    const positive = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 1 && n <= 10_000);
    if (!positive(position) || !positive(start) || !positive(length)) {
      problems.push({ field: `columns.${field}`, message: `${label}: kolumnnummer, start och längd ska vara heltal från 1.` });
      continue;
    }
    if (format === 'fixed' && (start === undefined || length === undefined)) {
      if (headers.length || position !== undefined) problems.push({ field: `columns.${field}`, message: `${label}: en fil med fast bredd behöver start och längd.` });
      continue;
    }
    if (format !== 'fixed' && !headers.length && position === undefined) continue;
    columns[field] = { ...(headers.length ? { headers } : {}), ...(position !== undefined ? { position } : {}), ...(start !== undefined ? { start, length } : {}), ...(fields[field]!.required ? { required: true } : {}) };
  }
  for (const [field, def] of Object.entries(fields)) {
    if (def.required && !columns[field]) problems.push({ field: `columns.${field}`, message: `Fältet ${def.label} måste finnas i profilen.` });
  }
  if (format !== 'fixed' && !input.hasHeader) {
    for (const [field, rule] of Object.entries(columns)) {
      if (rule.position === undefined) problems.push({ field: `columns.${field}`, message: `${fields[field]!.label}: utan rubrikrad behövs kolumnnummer.` });
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, profile: { key, name, format, hasHeader: format === 'fixed' ? false : Boolean(input.hasHeader), ...(delimiter ? { delimiter } : {}), columns } };
}
