import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './button.js';

export interface ConfirmDialogProps {
  isOpen: boolean;
  /** The question, e.g. "Importera eps.csv?" (the dialog's accessible name). */
  title: string;
  /** What will happen. */
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  /** Also called on Escape. */
  onCancel: () => void;
  /** danger: the action cannot be undone. */
  tone?: 'primary' | 'danger';
  'data-testid'?: string;
}

/**
 * Asks before an action (react-aria modal `alertdialog`): focus moves into the dialog and is kept
 * there, Escape cancels, and focus returns to the button that opened it.
 */
export function ConfirmDialog({ isOpen, title, children, confirmLabel, cancelLabel = 'Avbryt', onConfirm, onCancel, tone = 'primary', ...rest }: ConfirmDialogProps) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      isDismissable={false}
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      className="sb-modal-overlay"
    >
      <Modal className="sb-modal">
        <Dialog role="alertdialog" className="sb-dialog" data-testid={rest['data-testid']}>
          <Heading slot="title" className="sb-dialog__title">
            {title}
          </Heading>
          {children && <div className="sb-dialog__body">{children}</div>}
          <div className="sb-dialog__actions">
            <Button variant={tone} onPress={onConfirm} autoFocus>
              {confirmLabel}
            </Button>
            <Button variant="secondary" onPress={onCancel}>
              {cancelLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
