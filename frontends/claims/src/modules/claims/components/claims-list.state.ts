import { parseKronor } from '@statsbidrag/ui';
import { CLAIM_STATUS_LABELS, type ClaimStatus } from '@statsbidrag/domain';
import type { SortDescriptor } from '@statsbidrag/ui';
import type { ClaimFilterVariables, ClaimOrderField, ClaimsListVariables } from '../graphql/claims-list.query.js';

/** The filter panel's fields as the user typed them (kronor as text, dates ÅÅÅÅ-MM-DD). */
export interface ListFilters {
  statuses: string[];
  districts: string[];
  unit: string;
  officer: string;
  /** AmF officer's username, or "Statsbidragsgruppen". */
  responsible: string;
  claimType: string;
  periodFrom: string;
  periodTo: string;
  amountFrom: string;
  amountTo: string;
  person: string;
  migCaseNumber: string;
  initiatedBy: string;
  overdue: boolean;
}

export const PAGE_SIZES = [10, 25, 50] as const;
export const DEFAULT_PAGE_SIZE = 50;

export interface ListState {
  filters: ListFilters;
  sort: { field: ClaimOrderField; direction: 'ASC' | 'DESC' } | null;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export const EMPTY_FILTERS: ListFilters = {
  statuses: [],
  districts: [],
  unit: '',
  officer: '',
  responsible: '',
  claimType: '',
  periodFrom: '',
  periodTo: '',
  amountFrom: '',
  amountTo: '',
  person: '',
  migCaseNumber: '',
  initiatedBy: '',
  overdue: false,
};

/** Query-string keys (Swedish, readable in a shared link). */
const P = {
  statuses: 'status',
  districts: 'stadsdel',
  unit: 'enhet',
  officer: 'handlaggare',
  responsible: 'ansvarig',
  claimType: 'typ',
  periodFrom: 'periodFran',
  periodTo: 'periodTill',
  amountFrom: 'beloppFran',
  amountTo: 'beloppTill',
  person: 'person',
  migCaseNumber: 'diarienummer',
  initiatedBy: 'initieradAv',
  overdue: 'forsenad',
  sort: 'sortera',
  direction: 'ordning',
  page: 'sida',
  pageSize: 'rader',
} as const;

const ORDER_FIELDS: readonly ClaimOrderField[] = ['CREATED_AT', 'AMOUNT', 'PERIOD_FROM', 'PERIOD_TO', 'STATUS', 'CLAIM_TYPE', 'DISTRICT', 'MIG_CASE_NUMBER', 'RESPONSIBLE', 'UNIT', 'UPDATED_AT'];
const TEXT_KEYS = ['unit', 'officer', 'responsible', 'claimType', 'periodFrom', 'periodTo', 'amountFrom', 'amountTo', 'person', 'migCaseNumber', 'initiatedBy'] as const;

/** The list's state from the address bar's query (`?status=…&sida=2`); unknown or broken values fall back to defaults. */
export function stateFromSearch(search: string): ListState {
  const params = new URLSearchParams(search);
  const filters: ListFilters = { ...EMPTY_FILTERS, statuses: params.getAll(P.statuses).filter((s) => s in CLAIM_STATUS_LABELS), districts: params.getAll(P.districts).filter(Boolean) };
  for (const key of TEXT_KEYS) filters[key] = params.get(P[key])?.trim() ?? '';
  filters.overdue = params.get(P.overdue) === 'ja';
  const field = params.get(P.sort) as ClaimOrderField | null;
  const sort = field && ORDER_FIELDS.includes(field) ? { field, direction: params.get(P.direction) === 'fallande' ? ('DESC' as const) : ('ASC' as const) } : null;
  const page = Number(params.get(P.page));
  const pageSize = Number(params.get(P.pageSize));
  return {
    filters,
    sort,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** The query string for a state ('' or '?…'); defaults are left out so that the plain list has a plain address. */
export function searchOfState(state: ListState): string {
  const params = new URLSearchParams();
  for (const s of state.filters.statuses) params.append(P.statuses, s);
  for (const d of state.filters.districts) params.append(P.districts, d);
  for (const key of TEXT_KEYS) if (state.filters[key].trim()) params.set(P[key], state.filters[key].trim());
  if (state.filters.overdue) params.set(P.overdue, 'ja');
  if (state.sort) {
    params.set(P.sort, state.sort.field);
    params.set(P.direction, state.sort.direction === 'DESC' ? 'fallande' : 'stigande');
  }
  if (state.page > 1) params.set(P.page, String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set(P.pageSize, String(state.pageSize));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Amounts typed in kronor (one parser for the whole UI, in the UI kit). */
export { parseKronor };

export type FilterField = 'amountFrom' | 'amountTo' | 'periodFrom' | 'periodTo';
export type FilterErrors = Partial<Record<FilterField, string>>;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The user's mistakes in the filter, per field, in Swedish (the server checks the same). */
export function checkFilters(f: ListFilters): FilterErrors {
  const errors: FilterErrors = {};
  const from = parseKronor(f.amountFrom);
  const to = parseKronor(f.amountTo);
  if (Number.isNaN(from)) errors.amountFrom = 'Ange belopp från i kronor, t.ex. 1 234,50.';
  if (Number.isNaN(to)) errors.amountTo = 'Ange belopp till i kronor, t.ex. 1 234,50.';
  if (from != null && to != null && !Number.isNaN(from) && !Number.isNaN(to) && from > to) errors.amountFrom = 'Belopp från kan inte vara större än belopp till.';
  if (f.periodFrom && !DATE_RE.test(f.periodFrom)) errors.periodFrom = 'Ange period från som ÅÅÅÅ-MM-DD.';
  if (f.periodTo && !DATE_RE.test(f.periodTo)) errors.periodTo = 'Ange period till som ÅÅÅÅ-MM-DD.';
  if (!errors.periodFrom && !errors.periodTo && f.periodFrom && f.periodTo && f.periodFrom > f.periodTo) errors.periodFrom = 'Period från kan inte vara senare än period till.';
  return errors;
}

export const GROUP_LABEL = 'Statsbidragsgruppen';

/** ClaimFilterInput for the filters; `personIds` are the persons the "Person" text matched. Null when nothing is filtered. */
export function filterVariables(f: ListFilters, personIds: string[] | null): ClaimFilterVariables | null {
  const v: ClaimFilterVariables = {};
  if (f.statuses.length) v.statuses = [...f.statuses];
  if (f.districts.length) v.districtCodes = [...f.districts];
  if (f.unit) v.unitCode = f.unit;
  if (f.officer) v.officerUsername = f.officer;
  if (f.responsible) {
    if (f.responsible.toLowerCase() === GROUP_LABEL.toLowerCase()) v.responsibleIsGroup = true;
    else v.responsibleUsername = f.responsible;
  }
  if (f.claimType) v.claimTypeCodes = [f.claimType];
  if (f.periodFrom) v.periodFrom = f.periodFrom;
  if (f.periodTo) v.periodTo = f.periodTo;
  const from = parseKronor(f.amountFrom);
  const to = parseKronor(f.amountTo);
  if (from != null && !Number.isNaN(from)) v.amountMin = from;
  if (to != null && !Number.isNaN(to)) v.amountMax = to;
  if (f.person && personIds) v.personIds = personIds;
  if (f.migCaseNumber) v.migCaseNumber = f.migCaseNumber;
  if (f.initiatedBy) v.initiatedBy = f.initiatedBy;
  if (f.overdue) v.overdue = true;
  return Object.keys(v).length ? v : null;
}

export function variablesOf(state: ListState, personIds: string[] | null): ClaimsListVariables {
  return { first: state.pageSize, offset: (state.page - 1) * state.pageSize, filter: filterVariables(state.filters, personIds), orderBy: state.sort };
}

/** Table column → ClaimOrderInput.field. Person is not sortable (names live in the person service). */
export const ORDER_FIELD_OF_COLUMN: Record<string, ClaimOrderField> = {
  claimType: 'CLAIM_TYPE',
  district: 'DISTRICT',
  unit: 'UNIT',
  status: 'STATUS',
  amount: 'AMOUNT',
  period: 'PERIOD_FROM',
  migCaseNumber: 'MIG_CASE_NUMBER',
  responsible: 'RESPONSIBLE',
  createdAt: 'CREATED_AT',
};

export function toOrderBy(sort: SortDescriptor | undefined): ClaimsListVariables['orderBy'] {
  const field = sort && ORDER_FIELD_OF_COLUMN[String(sort.column)];
  if (!sort || !field) return null;
  return { field, direction: sort.direction === 'descending' ? 'DESC' : 'ASC' };
}

export function toSortDescriptor(sort: ListState['sort']): SortDescriptor | undefined {
  if (!sort) return undefined;
  const column = Object.entries(ORDER_FIELD_OF_COLUMN).find(([, f]) => f === sort.field)?.[0];
  return column ? { column, direction: sort.direction === 'DESC' ? 'descending' : 'ascending' } : undefined;
}

export const INITIATED_BY_LABELS: Record<string, string> = { DISTRICT: 'Stadsdelen', AMF: 'AmF' };

/** The applied filters in words, for the export's "Filter" sheet: [filter, value]. */
export function describeFilters(f: ListFilters, names: { districts: Map<string, string>; claimTypes: Map<string, string> }): [string, string][] {
  const rows: [string, string][] = [];
  if (f.statuses.length) rows.push(['Status', f.statuses.map((s) => CLAIM_STATUS_LABELS[s as ClaimStatus] ?? s).join(', ')]);
  if (f.districts.length) rows.push(['Stadsdel', f.districts.map((d) => names.districts.get(d) ?? d).join(', ')]);
  if (f.unit) rows.push(['Enhet', f.unit]);
  if (f.officer) rows.push(['Handläggare SDF', f.officer]);
  if (f.responsible) rows.push(['Ansvarig AmF', f.responsible]);
  if (f.claimType) rows.push(['Ersättningstyp', names.claimTypes.get(f.claimType) ?? f.claimType]);
  if (f.periodFrom) rows.push(['Period från', f.periodFrom]);
  if (f.periodTo) rows.push(['Period till', f.periodTo]);
  if (f.amountFrom) rows.push(['Belopp från (kr)', f.amountFrom]);
  if (f.amountTo) rows.push(['Belopp till (kr)', f.amountTo]);
  if (f.person) rows.push(['Person', f.person]);
  if (f.migCaseNumber) rows.push(['Diarienummer', f.migCaseNumber]);
  if (f.initiatedBy) rows.push(['Initierad av', INITIATED_BY_LABELS[f.initiatedBy] ?? f.initiatedBy]);
  if (f.overdue) rows.push(['Endast försenade kompletteringar', 'Ja']);
  return rows;
}
