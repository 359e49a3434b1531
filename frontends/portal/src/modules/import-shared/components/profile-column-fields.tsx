/**
 * Shared by the profile editors of mig-import (ImportProfilesPage, "Importprofiler") and flat-rate
 * (FlatRateProfilesPage, profiles for the schablon files): where one field stands in the file
 * (start and length on fixed-width lines; header names and/or column number otherwise), and where a
 * server's answer to "save profile" puts its messages.
 */
import { TextField } from '@statsbidrag/ui';
import type { CombinedError } from 'urql';
import { messageFor, serverErrorsOf } from '../../mig-import/import-file-checks.js';

/** One field's place in the file, as typed (both profile forms use this shape). */
export interface ProfileColumnValues {
  headers: string;
  position: string;
  start: string;
  length: string;
}

export interface ProfileColumnFieldsProps {
  field: string;
  label: string;
  /** Adds " (obligatoriskt)" to the legend. */
  required?: boolean;
  column: ProfileColumnValues;
  /** Fixed-width lines: start and length instead of headers and column number. */
  fixed: boolean;
  hasHeader: boolean;
  message: string | undefined;
  /** "profile" or "flat-rate-profile": test ids `${prefix}-field-${field}` and `${prefix}-field-error-${field}`. */
  testIdPrefix: string;
  onChange: (change: Partial<ProfileColumnValues>) => void;
}

export function ProfileColumnFields({ field, label, required, column: c, fixed, hasHeader, message, testIdPrefix, onChange }: ProfileColumnFieldsProps) {
  const errorId = `${testIdPrefix}-field-error-${field}`;
  const invalid = { isInvalid: Boolean(message), 'aria-describedby': message ? errorId : undefined };
  return (
    <fieldset className="mig-import__profile-field" data-testid={`${testIdPrefix}-field-${field}`}>
      <legend>
        {label}
        {required ? ' (obligatoriskt)' : ''}
      </legend>
      {fixed ? (
        <>
          <TextField label={`${label}: startposition`} inputMode="numeric" value={c.start} onChange={(start) => onChange({ start })} {...invalid} />
          <TextField label={`${label}: längd`} inputMode="numeric" value={c.length} onChange={(length) => onChange({ length })} {...invalid} />
        </>
      ) : (
        <>
          {hasHeader && <TextField label={`${label}: rubriker`} value={c.headers} onChange={(headers) => onChange({ headers })} {...invalid} />}
          <TextField label={`${label}: kolumnnummer`} inputMode="numeric" value={c.position} onChange={(position) => onChange({ position })} {...invalid} />
        </>
      )}
      {message && (
        <p id={errorId} className="sb-field__error" role="alert" data-testid={errorId}>
          {message}
        </p>
      )}
    </fieldset>
  );
}

/** The save error's messages by form field name (the first for each), and the rest as one general text (null when none). */
export function placeServerErrors(error: CombinedError, names: readonly string[]): { placed: Record<string, string>; general: string | null } {
  const server = serverErrorsOf(error);
  const placed: Record<string, string> = {};
  const rest: string[] = server.general ? [server.general] : [];
  for (const [path, message] of Object.entries(server.fields)) {
    const name = names.find((n) => messageFor({ [path]: message }, n));
    if (name) placed[name] ??= message;
    else rest.push(message);
  }
  return { placed, general: rest.join(' ') || null };
}
