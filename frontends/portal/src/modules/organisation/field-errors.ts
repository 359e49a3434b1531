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
    const field = e.extensions?.field;
    if (typeof field === 'string' && e.message) fields[field.split('.').pop()!] ??= e.message;
  }
  if (Object.keys(fields).length > 0) return { fields, general: null };
  return { fields, general: graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.') };
}
