import { useId, useRef, type ChangeEvent } from 'react';

export interface FileFieldProps {
  /** Visible label (required for accessibility). */
  label: string;
  /** Help text under the field (e.g. file types and size), read out with the field. */
  description?: string;
  /** Validation message; shown and announced when set. */
  errorMessage?: string;
  /** File types, e.g. ".csv,.xlsx". */
  accept?: string;
  /** The chosen file, or null when the choice is cleared. */
  onChange: (file: File | null) => void;
  isDisabled?: boolean;
  name?: string;
  'data-testid'?: string;
}

/**
 * A file chooser built on the browser's own `<input type="file">` (keyboard, screen readers and the
 * operating system's file dialog all work) with a visible label, help text and error tied to it.
 */
export function FileField({ label, description, errorMessage, accept, onChange, isDisabled, name, ...rest }: FileFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  return (
    <div className="sb-field sb-file-field">
      <label htmlFor={id} className="sb-field__label">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        name={name}
        accept={accept}
        disabled={isDisabled}
        className="sb-file-field__input"
        aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={errorMessage ? true : undefined}
        data-testid={rest['data-testid']}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.files?.[0] ?? null)}
      />
      {description && (
        <span id={descriptionId} className="sb-field__description">
          {description}
        </span>
      )}
      {errorMessage && (
        <span id={errorId} className="sb-field__error" role="alert">
          {errorMessage}
        </span>
      )}
    </div>
  );
}
