import { jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { ConfirmDialog } from './confirm-dialog.js';

describe('ConfirmDialog', () => {
  it('asks the question as an alert dialog and reports the answer', () => {
    const onConfirm = jest.fn();
    const onCancel = jest.fn();
    const { rerender } = render(
      <ConfirmDialog isOpen title="Importera eps.csv?" confirmLabel="Importera" onConfirm={onConfirm} onCancel={onCancel}>
        <p>Adresser uppdateras.</p>
      </ConfirmDialog>,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Importera eps.csv?' });
    expect(dialog.textContent).toContain('Adresser uppdateras.');
    fireEvent.click(screen.getByRole('button', { name: 'Importera' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    rerender(<ConfirmDialog isOpen={false} title="Importera eps.csv?" confirmLabel="Importera" onConfirm={onConfirm} onCancel={onCancel} />);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
