// The form checks of a child-responsibility report, shared by the SDF app (report, correct) and the portal (correct).
import { parseDateInput } from '../forms/date-input.js';
import type { CombinedError } from 'urql';

/** The report's fields the district fills in (and may correct later). */
export type ChildReportField = 'unitCode' | 'firstName' | 'lastName' | 'birthDate' | 'migIndividualNumber' | 'question';
export type FieldErrors = Partial<Record<ChildReportField, string>>;

const FIELDS: readonly string[] = ['unitCode', 'firstName', 'lastName', 'birthDate', 'migIndividualNumber', 'question'] satisfies ChildReportField[];

/** What the user typed, as in the form. */
export interface ChildReportFormValues {
  unitCode: string | null;
  firstName: string;
  lastName: string;
  birthDate: string;
  migIndividualNumber: string;
  question: string;
}

/** The values as the server stores them: trimmed, empty optional fields as null. */
export interface CheckedChildReport {
  unitCode: string | null;
  firstName: string;
  lastName: string;
  birthDate: string;
  migIndividualNumber: string | null;
  question: string | null;
}

export type ChildReportCheck = { ok: true; value: CheckedChildReport } | { ok: false; errors: FieldErrors };

/** The checks the browser can make before sending (the server checks again, e.g. that the child is under 18). */
export function checkChildReportForm(values: ChildReportFormValues, today?: string): ChildReportCheck {
  const errors: FieldErrors = {};
  const firstName = values.firstName.trim();
  const lastName = values.lastName.trim();
  if (!firstName) errors.firstName = 'Ange barnets förnamn.';
  if (!lastName) errors.lastName = 'Ange barnets efternamn.';
  const date = parseDateInput(values.birthDate, { label: 'Födelsedatum', notInFuture: true, ...(today ? { today } : {}) });
  if (!date.ok) errors.birthDate = date.message;
  else if (!date.value) errors.birthDate = 'Ange barnets födelsedatum.';
  const mig = values.migIndividualNumber.replace(/\s/g, '');
  if (mig && !/^\d{7,8}$/.test(mig)) errors.migIndividualNumber = 'MiG individnummer ska vara 7 eller 8 siffror.';
  if (Object.keys(errors).length > 0 || !date.ok) return { ok: false, errors };
  const question = values.question.trim();
  return { ok: true, value: { unitCode: values.unitCode?.trim() || null, firstName, lastName, birthDate: date.value, migIndividualNumber: mig || null, question: question || null } };
}

/** The server's problems (`BAD_USER_INPUT` with `extensions.field`) by field; empty when none names a field of the form. */
export function serverFieldErrors(error: CombinedError): FieldErrors {
  const errors: FieldErrors = {};
  for (const e of error.graphQLErrors) {
    const field = e.extensions?.field;
    if (typeof field === 'string' && FIELDS.includes(field)) errors[field as ChildReportField] ??= e.message;
  }
  return errors;
}

/** A saved report as far as it may be corrected. */
export interface EditableChildReport extends CheckedChildReport {
  id: string;
  officerUsername: string;
}

/** All editable fields are sent; the district cannot be changed. */
export interface UpdateChildReportInput extends CheckedChildReport {
  id: string;
  officerUsername: string;
}

const EDITABLE: readonly (keyof CheckedChildReport)[] = ['unitCode', 'firstName', 'lastName', 'birthDate', 'migIndividualNumber', 'question'];

/** The form pre-filled with a saved report. */
export function formValuesOf(report: EditableChildReport): ChildReportFormValues {
  return {
    unitCode: report.unitCode,
    firstName: report.firstName,
    lastName: report.lastName,
    birthDate: report.birthDate,
    migIndividualNumber: report.migIndividualNumber ?? '',
    question: report.question ?? '',
  };
}

/** The fields whose checked value differs from the saved report (compared as the server compares them). */
export function changedFields(report: EditableChildReport, value: CheckedChildReport): ChildReportField[] {
  return EDITABLE.filter((field) => (report[field] ?? null) !== (value[field] ?? null));
}

/** The mutation's input: every editable field, the officer unchanged. */
export function updateInputOf(report: EditableChildReport, value: CheckedChildReport): UpdateChildReportInput {
  return { id: report.id, officerUsername: report.officerUsername, ...value };
}

/** The report's fields in Swedish, as the history names them ("Uppgifter ändrade: födelsedatum, förnamn"). */
export const CHILD_REPORT_FIELD_NAMES: Readonly<Record<string, string>> = {
  unitCode: 'enhet',
  officerUsername: 'handläggare',
  firstName: 'förnamn',
  lastName: 'efternamn',
  birthDate: 'födelsedatum',
  migIndividualNumber: 'MiG:s individnummer',
  question: 'fråga',
};
