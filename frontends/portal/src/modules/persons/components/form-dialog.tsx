import type { ReactNode } from 'react';
import { Dialog, FieldError, Heading, Label, Modal, ModalOverlay, Text, TextArea, TextField as AriaTextField } from 'react-aria-components';

export interface FormDialogProps {
  /** The dialog's heading and accessible name, e.g. "Avsluta hantering". */
  title: string;
  /** Called on Escape (unless busy) and by the dialog's own cancel buttons. */
  onClose: () => void;
  /** While saving: Escape does not close the dialog. */
  isBusy?: boolean;
  children: ReactNode;
  'data-testid'?: string;
}

/**
 * A modal dialog with a form (react-aria): focus moves into it and stays there, Escape cancels, and
 * focus returns to the button that opened it. Render it only while open.
 */
export function FormDialog({ title, onClose, isBusy = false, children, ...rest }: FormDialogProps) {
  return (
    <ModalOverlay
      isOpen
      isDismissable={false}
      isKeyboardDismissDisabled={isBusy}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      className="sb-modal-overlay"
    >
      <Modal className="sb-modal person-handling__modal">
        <Dialog className="sb-dialog" data-testid={rest['data-testid']}>
          <Heading slot="title" className="sb-dialog__title">
            {title}
          </Heading>
          <div className="sb-dialog__body">{children}</div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

export interface NoteFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
}

/** A labelled multi-line text field (comment, reason) with help text and error tied to it. */
export function NoteField({ label, value, onChange, description, errorMessage, isRequired, isDisabled }: NoteFieldProps) {
  return (
    <AriaTextField value={value} onChange={onChange} isInvalid={Boolean(errorMessage)} isRequired={isRequired} isDisabled={isDisabled} className="sb-field">
      <Label className="sb-field__label">{label}</Label>
      <TextArea className="sb-field__input person-handling__note" rows={3} />
      {description && (
        <Text slot="description" className="sb-field__description">
          {description}
        </Text>
      )}
      <FieldError className="sb-field__error">{errorMessage}</FieldError>
    </AriaTextField>
  );
}
