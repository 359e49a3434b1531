import { graphqlErrorText } from '@statsbidrag/ui';
import type { CombinedError } from 'urql';

/** A claim or appeal the server named when it refused a closure or deactivation (`extensions.openCases`). */
export interface RefusingCase {
  context: string;
  caseId: string;
  label: string;
  status: string;
  statusLabel: string;
}

export interface MutationProblems {
  /** Swedish messages per input field (`extensions.field`). */
  fields: Record<string, string>;
  /** A message that belongs to no field (e.g. the OPEN_CASES refusal naming the cases). */
  general: string | null;
  /** The open cases that stopped the change (`extensions.reason === 'OPEN_CASES'`). */
  openCases: RefusingCase[];
}

function isRefusingCase(value: unknown): value is RefusingCase {
  return typeof value === 'object' && value !== null && typeof (value as RefusingCase).label === 'string' && typeof (value as RefusingCase).caseId === 'string';
}

interface FieldProblem {
  field: string;
  message: string;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return typeof value === 'object' && value !== null && typeof (value as FieldProblem).field === 'string' && typeof (value as FieldProblem).message === 'string';
}

/** The last part of a field path (`input.firstName` → `firstName`). */
const fieldName = (field: string) => field.split('.').pop()!;

/**
 * Splits a failed mutation into field messages, a general message and the open cases that refused it.
 * A validation error with `extensions.problems` gives each broken field its own message; otherwise the
 * error's message goes to its `extensions.field`.
 */
export function mutationProblems(error: CombinedError): MutationProblems {
  const fields: Record<string, string> = {};
  let openCases: RefusingCase[] = [];
  for (const e of error.graphQLErrors) {
    const field = e.extensions?.field;
    const problems = Array.isArray(e.extensions?.problems) ? e.extensions.problems.filter(isFieldProblem) : [];
    if (problems.length > 0) for (const p of problems) fields[fieldName(p.field)] ??= p.message;
    else if (typeof field === 'string' && e.message) fields[fieldName(field)] ??= e.message;
    const cases = e.extensions?.openCases;
    if (e.extensions?.reason === 'OPEN_CASES' && Array.isArray(cases)) openCases = cases.filter(isRefusingCase);
  }
  if (Object.keys(fields).length > 0) return { fields, general: null, openCases };
  return { fields, general: graphqlErrorText(error, 'Personregistret svarar inte just nu. Försök igen om en stund.'), openCases };
}

/** "Återsökning" / "Överklagan" for the case's context. */
export function caseKindText(context: string): string {
  if (context === 'claims') return 'Återsökning';
  if (context === 'appeals') return 'Överklagan';
  return context;
}

/** The refusal of an identifier that another person already has (`CONFLICT`, reason `DUPLICATE_IDENTIFIER`). */
export interface DuplicateIdentifier {
  /** `personalIdentityNumber` or `migIndividualNumber`. */
  field: string;
  /** The server's Swedish message ("… tillhör redan en annan person …"). */
  message: string;
  /** The person who has the identifier. */
  existingPersonId: string | null;
}

export function duplicateIdentifier(error: CombinedError): DuplicateIdentifier | null {
  const e = error.graphQLErrors.find((g) => g.extensions?.reason === 'DUPLICATE_IDENTIFIER');
  if (!e) return null;
  const field = typeof e.extensions.field === 'string' ? fieldName(e.extensions.field) : 'personalIdentityNumber';
  const existing = e.extensions.existingPersonId;
  return { field, message: e.message, existingPersonId: typeof existing === 'string' && existing ? existing : null };
}
