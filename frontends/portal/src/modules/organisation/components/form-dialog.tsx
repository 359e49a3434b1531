import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

export interface FormDialogProps {
  isOpen: boolean;
  /** The dialog's heading and accessible name, e.g. "Ny stadsdel". */
  title: string;
  /** Called on Escape (the form's own Avbryt button calls it too). */
  onClose: () => void;
  children: ReactNode;
  'data-testid'?: string;
}

/**
 * A modal dialog around an edit form (react-aria): focus moves into it and stays there, Escape
 * closes it, and focus returns to the button that opened it.
 */
export function FormDialog({ isOpen, title, onClose, children, ...rest }: FormDialogProps) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      isDismissable={false}
      isKeyboardDismissDisabled={false}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      className="sb-modal-overlay"
    >
      <Modal className="sb-modal">
        <Dialog className="sb-dialog" data-testid={rest['data-testid']}>
          <Heading slot="title" className="sb-dialog__title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
