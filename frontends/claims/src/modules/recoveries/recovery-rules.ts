import { formatFileSize, parseDateInput, parseKronorInput } from '@statsbidrag/ui';
import { clientFileProblem } from '../attachments/index.js';
import type { DistrictRef, RecoveryAppealDecision, RecoveryStatus, StartRecoveryInput } from './graphql/recoveries.graphql.js';

export const RECOVERIES_PATH = '/aterkrav';
export const NEW_RECOVERY_PATH = '/aterkrav/ny';
export const recoveryPath = (id: string) => `${RECOVERIES_PATH}/${encodeURIComponent(id)}`;
export const personPath = (id: string) => `/personer/${encodeURIComponent(id)}`;
export const decisionPath = (id: string) => `/beslut/${encodeURIComponent(id)}`;

/** The signed-in user as the screens need it (ClaimsScreenProps.viewer). */
export interface RecoveryViewer {
  roles: readonly string[];
  districts: readonly { code: string; name: string }[];
}

/** Who may start a recovery, propose an action and cancel one (the decisions subgraph decides too). */
export const RECOVERY_MANAGER_ROLES = ['COORDINATOR', 'ADMINISTRATOR'] as const;
const CENTRAL_ROLES = ['COORDINATOR', 'ADMINISTRATOR', 'FINANCE_MANAGER', 'SYSTEM_ADMIN', 'ANALYST'];
const DISTRICT_WRITER_ROLES = ['DISTRICT_CONTACT', 'DISTRICT_OFFICER'];

const hasRole = (viewer: RecoveryViewer, roles: readonly string[]) => viewer.roles.some((r) => roles.includes(r));
const inDistrict = (viewer: RecoveryViewer, districtCode: string | null) => districtCode != null && viewer.districts.some((d) => d.code === districtCode);

/** AmF's central roles read every district; district roles only their own. */
export const isCentral = (viewer: RecoveryViewer) => hasRole(viewer, CENTRAL_ROLES);
export const mayManageRecoveries = (viewer: RecoveryViewer) => hasRole(viewer, RECOVERY_MANAGER_ROLES);
/** AmF's coordinators and administrators, and the district's contact person and officers. */
export const mayWriteMessage = (viewer: RecoveryViewer, districtCode: string | null) =>
  mayManageRecoveries(viewer) || (hasRole(viewer, DISTRICT_WRITER_ROLES) && inDistrict(viewer, districtCode));
/** The district's contact person, or a coordinator. */
export const mayDecideAppeal = (viewer: RecoveryViewer, districtCode: string | null) =>
  viewer.roles.includes('COORDINATOR') || (viewer.roles.includes('DISTRICT_CONTACT') && inDistrict(viewer, districtCode));

export const STATUS_OPTIONS: { id: RecoveryStatus; label: string }[] = [
  { id: 'OPEN', label: 'Öppet' },
  { id: 'APPEALED', label: 'Överklagat' },
  { id: 'OFFSET_PARTLY', label: 'Delvis kvittat' },
  { id: 'SETTLED', label: 'Kvittat' },
  { id: 'CANCELLED', label: 'Makulerat' },
];

export const APPEAL_DECISION_LABELS: Record<RecoveryAppealDecision, string> = { APPEAL: 'Överklaga', ACCEPT: 'Godta' };

const SOURCE_LABELS: Record<string, string> = { MANUAL: 'Registrerat för hand', IMPORT: 'Import från MiG' };
export const sourceLabel = (source: string) => SOURCE_LABELS[source] ?? source;

export const NO_DISTRICT = 'Stadsdel okänd';
export function districtText(r: { districtCode: string | null; district: DistrictRef | null }): string {
  return r.district?.name ?? r.districtCode ?? NO_DISTRICT;
}

/** Whether the remainder is still to be offset (shown as "Kvar att kvitta" until settled). */
export const isUnsettled = (status: RecoveryStatus) => status === 'OPEN' || status === 'APPEALED' || status === 'OFFSET_PARTLY';

// ---------------------------------------------------------------- the form "Nytt återkrav"

export interface NewRecoveryValues {
  personId: string | null;
  compensationCode: string | null;
  periodFrom: string;
  periodTo: string;
  amount: string;
  reason: string;
  migCaseNumber: string;
  decidedAt: string;
  proposedAction: string;
  districtCode: string | null;
}

export type NewRecoveryField = keyof NewRecoveryValues;
export type NewRecoveryErrors = Partial<Record<NewRecoveryField, string>>;

export const EMPTY_NEW_RECOVERY: NewRecoveryValues = {
  personId: null,
  compensationCode: null,
  periodFrom: '',
  periodTo: '',
  amount: '',
  reason: '',
  migCaseNumber: '',
  decidedAt: '',
  proposedAction: '',
  districtCode: null,
};

export const MAX_TEXT = 4000;

/** Checks the form as the server will, and gives the mutation's input when nothing is wrong. */
export function checkNewRecovery(values: NewRecoveryValues, today?: string): { ok: true; input: StartRecoveryInput } | { ok: false; errors: NewRecoveryErrors } {
  const errors: NewRecoveryErrors = {};
  if (!values.personId) errors.personId = 'Välj den person som återkravet gäller.';
  if (!values.compensationCode) errors.compensationCode = 'Välj ersättning.';
  const from = parseDateInput(values.periodFrom, { label: 'Period från' });
  const to = parseDateInput(values.periodTo, { label: 'Period till' });
  if (!from.ok) errors.periodFrom = from.message;
  else if (!from.value) errors.periodFrom = 'Fyll i periodens första dag.';
  if (!to.ok) errors.periodTo = to.message;
  else if (!to.value) errors.periodTo = 'Fyll i periodens sista dag.';
  if (from.ok && to.ok && from.value && to.value && to.value < from.value) errors.periodTo = 'Perioden kan inte sluta före den börjar.';
  const amount = parseKronorInput(values.amount, { label: 'Beloppet' });
  if (!amount.ok) errors.amount = amount.message;
  else if (amount.value === null) errors.amount = 'Fyll i beloppet som ska återkrävas.';
  const reason = values.reason.trim();
  if (!reason) errors.reason = 'Beskriv varför utbetalningen var felaktig.';
  else if (reason.length > MAX_TEXT) errors.reason = `Orsaken får vara högst ${MAX_TEXT.toLocaleString('sv-SE')} tecken.`;
  const decided = parseDateInput(values.decidedAt, { label: 'Beslutsdatum', notInFuture: true, ...(today ? { today } : {}) });
  if (!decided.ok) errors.decidedAt = decided.message;
  if (values.proposedAction.trim().length > MAX_TEXT) errors.proposedAction = `Åtgärden får vara högst ${MAX_TEXT.toLocaleString('sv-SE')} tecken.`;
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      personId: values.personId!,
      compensationCode: values.compensationCode!,
      periodFrom: from.ok ? from.value : '',
      periodTo: to.ok ? to.value : '',
      amount: amount.ok ? amount.value! : 0,
      reason,
      migCaseNumber: values.migCaseNumber.trim() || null,
      decidedAt: decided.ok && decided.value ? decided.value : null,
      proposedAction: values.proposedAction.trim() || null,
      districtCode: values.districtCode || null,
    },
  };
}

/** A refused field's name in the form (the server may say `amount` or `input.amount`). */
export function formFieldOf(field: unknown): NewRecoveryField | null {
  if (typeof field !== 'string') return null;
  const name = field.replace(/^input\./, '');
  return name in EMPTY_NEW_RECOVERY ? (name as NewRecoveryField) : null;
}

// ---------------------------------------------------------------- documents in the thread

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_HELP = 'PDF, Word, Excel, PNG eller JPEG, högst 10 MB.';
const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};
export const DOCUMENT_ACCEPT = Object.keys(CONTENT_TYPES)
  .map((e) => `.${e}`)
  .join(',');

/** The media type sent with a document, from its name (browsers often leave File.type empty). */
export function documentContentType(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? (CONTENT_TYPES[fileName.slice(dot + 1).toLowerCase()] ?? null) : null;
}

/** What is wrong with a document before it is sent (empty, too large, not an allowed type); null when fine. */
export function documentProblem(file: { name: string; size: number }): string | null {
  if (file.size > MAX_DOCUMENT_BYTES) return `Filen ${file.name} är ${formatFileSize(file.size)}. Största tillåtna storlek är 10 MB.`;
  return clientFileProblem(file) ?? (documentContentType(file.name) ? null : `Filen ${file.name} är inte en tillåten filtyp. Tillåtna är PDF, Word, Excel, PNG och JPEG.`);
}
