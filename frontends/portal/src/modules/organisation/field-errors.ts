import { graphqlErrorText } from '@statsbidrag/ui';
import type { CombinedError } from 'urql';

export interface FieldErrors {
  /** Messages per input field (from `extensions.field`). */
  fields: Record<string, string>;
  /** A message that belongs to no field. */
  general: string | null;
}

/** Splits a failed mutation into the server's Swedish messages per field (docs/CONTRACT.md: `extensions.field`) and a general message. */
export function fieldErrorsOf(error: CombinedError): FieldErrors {
  const fields: Record<string, string> = {};
  for (const e of error.graphQLErrors) {
    // `extensions.problems` (when the server sends it) has one message per broken field.
    const problems = e.extensions?.problems;
    if (Array.isArray(problems)) {
      for (const p of problems as { field?: unknown; message?: unknown }[]) {
        if (typeof p?.field === 'string' && typeof p.message === 'string') fields[p.field.split('.').pop()!] ??= p.message;
      }
      if (Object.keys(fields).length > 0) continue;
    }
    const field = e.extensions?.field;
    if (typeof field === 'string' && e.message) fields[field.split('.').pop()!] ??= e.message;
  }
  if (Object.keys(fields).length > 0) return { fields, general: null };
  return { fields, general: graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.') };
}
