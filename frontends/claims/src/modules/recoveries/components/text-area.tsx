import { useId } from 'react';

export interface TextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
  rows?: number;
  maxLength?: number;
  'data-testid'?: string;
}

/** A labelled multi-line text field; the help text and the error are tied to it (aria-describedby). */
export function TextArea({ label, value, onChange, description, errorMessage, isRequired, rows = 4, maxLength, ...rest }: TextAreaProps) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : null, errorMessage ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="sb-field">
      <label className="sb-field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="sb-field__input"
        rows={rows}
        value={value}
        required={isRequired}
        maxLength={maxLength}
        aria-invalid={errorMessage ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        data-testid={rest['data-testid']}
      />
      {description && (
        <span id={`${id}-description`} className="sb-field__description">
          {description}
        </span>
      )}
      {errorMessage && (
        <span id={`${id}-error`} className="sb-field__error" role="alert">
          {errorMessage}
        </span>
      )}
    </div>
  );
}
