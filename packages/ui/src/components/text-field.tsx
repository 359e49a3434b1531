import { FieldError, Input, Label, Text, TextField as AriaTextField, type TextFieldProps as AriaTextFieldProps } from 'react-aria-components';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'className' | 'children'> {
  /** Visible label (required for accessibility). */
  label: string;
  /** Help text under the field, read out with the field. */
  description?: string;
  /** Validation message; shown and announced when set. */
  errorMessage?: string;
  placeholder?: string;
}

/** A labelled text input; the description and error are tied to it with aria-describedby. */
export function TextField({ label, description, errorMessage, placeholder, ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={props.isInvalid ?? Boolean(errorMessage)} className="sb-field">
      <Label className="sb-field__label">{label}</Label>
      <Input className="sb-field__input" placeholder={placeholder} />
      {description && (
        <Text slot="description" className="sb-field__description">
          {description}
        </Text>
      )}
      <FieldError className="sb-field__error">{errorMessage}</FieldError>
    </AriaTextField>
  );
}
