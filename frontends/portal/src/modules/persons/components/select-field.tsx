import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text, type Key } from 'react-aria-components';

export interface SelectFieldProps {
  label: string;
  options: readonly { id: string; label: string }[];
  selectedKey: string | null;
  onSelectionChange: (key: string | null) => void;
  description?: string;
  /** Shown under the field and tied to it (aria-describedby), like the text fields' errors. */
  errorMessage?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  'data-testid'?: string;
}

/**
 * The shared select (same classes as @statsbidrag/ui's Select) with an error message of its own,
 * which the shared one lacks: a server problem for `reason` is shown next to the field.
 */
export function SelectField({ label, options, selectedKey, onSelectionChange, description, errorMessage, isRequired, isDisabled, ...rest }: SelectFieldProps) {
  return (
    <Select
      className="sb-field sb-select"
      selectedKey={selectedKey}
      onSelectionChange={(key: Key | null) => onSelectionChange(key === null ? null : String(key))}
      placeholder="Välj…"
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
      isDisabled={isDisabled}
      data-testid={rest['data-testid']}
    >
      <Label className="sb-field__label">{label}</Label>
      <Button className="sb-select__button">
        <SelectValue className="sb-select__value" />
        <span aria-hidden="true" className="sb-select__chevron">
          ▾
        </span>
      </Button>
      {description && (
        <Text slot="description" className="sb-field__description">
          {description}
        </Text>
      )}
      <FieldError className="sb-field__error">{errorMessage}</FieldError>
      <Popover className="sb-popover">
        <ListBox className="sb-listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="sb-listbox__item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
