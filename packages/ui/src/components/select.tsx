import type { Key } from 'react-aria-components';
import { Button, Label, ListBox, ListBoxItem, Popover, Select as AriaSelect, SelectValue, Text } from 'react-aria-components';

export interface SelectOption {
  id: string;
  label: string;
}

export interface SelectProps {
  /** Visible label (required for accessibility). */
  label: string;
  options: readonly SelectOption[];
  selectedKey: string | null;
  onSelectionChange: (key: string | null) => void;
  placeholder?: string;
  description?: string;
  isDisabled?: boolean;
  name?: string;
  /** Test hook for end-to-end tests; the accessible name is the label. */
  'data-testid'?: string;
  /** Validation message: shown under the select, announced, and tied to it (aria-describedby). */
  errorMessage?: string;
  /** Test hook for the message. */
  errorTestId?: string;
}

/** A single-choice dropdown (react-aria Select): keyboard, typeahead and screen-reader support. */
export function Select({ label, options, selectedKey, onSelectionChange, placeholder = 'Välj…', description, isDisabled, name, errorMessage, errorTestId, ...rest }: SelectProps) {
  return (
    <AriaSelect
      className="sb-field sb-select"
      selectedKey={selectedKey}
      onSelectionChange={(key: Key | null) => onSelectionChange(key === null ? null : String(key))}
      placeholder={placeholder}
      isDisabled={isDisabled}
      name={name}
      isInvalid={Boolean(errorMessage)}
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
      {errorMessage && (
        <Text slot="errorMessage" className="sb-field__error" role="alert" data-testid={errorTestId}>
          {errorMessage}
        </Text>
      )}
      <Popover className="sb-popover">
        <ListBox className="sb-listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="sb-listbox__item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
