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

/** Splits a failed handling mutation into field messages, a general message and the open cases that refused it. */
export function mutationProblems(error: CombinedError): MutationProblems {
  const fields: Record<string, string> = {};
  let openCases: RefusingCase[] = [];
  for (const e of error.graphQLErrors) {
    const field = e.extensions?.field;
    if (typeof field === 'string' && e.message) fields[field.split('.').pop()!] ??= e.message;
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
