import { useState, type FormEvent } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { CombinedError } from 'urql';
import { Alert } from '../components/alert.js';
import { Button } from '../components/button.js';
import { Select } from '../components/select.js';
import { TextField } from '../components/text-field.js';
import { graphqlErrorText } from '../forms/graphql-error-text.js';
import { changedFields, checkChildReportForm, formValuesOf, serverFieldErrors, updateInputOf, type ChildReportFormValues, type EditableChildReport, type FieldErrors, type UpdateChildReportInput } from './child-report-fields.js';

/** The select's key for "no unit" (unit codes are capitals, digits and underscores, never a dash). */
const NO_UNIT = '-';

export const SAVED_MESSAGE = 'Uppgifterna är sparade. Kontaktpersonen har aviserats.';

export interface ChildReportEditDialogProps {
  report: EditableChildReport & { fullName: string };
  /** The units of the report's district that may be chosen. */
  units: readonly { code: string; name: string }[];
  /** Sends `updateChildReport` (each app with the fields it shows); resolves with its error, if any. */
  save: (input: UpdateChildReportInput) => Promise<{ error?: CombinedError | undefined }>;
  /** While the app's mutation runs. */
  saving: boolean;
  onClose: () => void;
  /** After a change was saved. */
  onSaved: (message: string) => void;
}

/**
 * "Ändra uppgifter": a modal form pre-filled with the report. Sends every editable field, and only
 * when something changed; the server's problems are shown next to their fields.
 * Render it only while open.
 */
export function ChildReportEditDialog({ report, units, save, saving, onClose, onSaved }: ChildReportEditDialogProps) {
  const [values, setValues] = useState<ChildReportFormValues>(() => formValuesOf(report));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [unchanged, setUnchanged] = useState(false);

  const unitOptions = [{ id: NO_UNIT, label: 'Ingen enhet' }, ...units.map((u) => ({ id: u.code, label: u.name }))];
  // A unit no longer offered (e.g. deactivated) is still the report's unit until changed.
  if (report.unitCode && !units.some((u) => u.code === report.unitCode)) unitOptions.push({ id: report.unitCode, label: report.unitCode });
  const set = (field: keyof ChildReportFormValues) => (value: string | null) => {
    setUnchanged(false);
    setValues((v) => ({ ...v, [field]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setFormError(undefined);
    setUnchanged(false);
    const checked = checkChildReportForm(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    if (changedFields(report, checked.value).length === 0) {
      setUnchanged(true);
      return;
    }
    const result = await save(updateInputOf(report, checked.value));
    if (result.error) {
      const fieldErrors = serverFieldErrors(result.error);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFormError(graphqlErrorText(result.error, 'Tjänsten svarar inte just nu. Försök igen om en stund.'));
      return;
    }
    onSaved(SAVED_MESSAGE);
  };

  return (
    <ModalOverlay
      isOpen
      isDismissable={false}
      isKeyboardDismissDisabled={saving}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      className="sb-modal-overlay"
    >
      <Modal className="sb-modal" style={{ maxHeight: '90vh', overflowY: 'auto' }}>
        <Dialog className="sb-dialog" data-testid="child-report-edit-dialog">
          <Heading slot="title" className="sb-dialog__title">
            Ändra uppgifter: {report.fullName}
          </Heading>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <Select
              label="Enhet"
              options={unitOptions}
              selectedKey={values.unitCode ?? NO_UNIT}
              onSelectionChange={(key) => set('unitCode')(key === NO_UNIT ? null : key)}
            />
            {errors.unitCode && <p className="sb-field__error">{errors.unitCode}</p>}
            <TextField label="Barnets förnamn" value={values.firstName} onChange={set('firstName')} errorMessage={errors.firstName} isRequired />
            <TextField label="Barnets efternamn" value={values.lastName} onChange={set('lastName')} errorMessage={errors.lastName} isRequired />
            <TextField label="Födelsedatum" description="ÅÅÅÅ-MM-DD" value={values.birthDate} onChange={set('birthDate')} errorMessage={errors.birthDate} isRequired />
            <TextField
              label="MiG individnummer (valfritt)"
              description="7–8 siffror"
              inputMode="numeric"
              value={values.migIndividualNumber}
              onChange={set('migIndividualNumber')}
              errorMessage={errors.migIndividualNumber}
            />
            <TextField label="Fråga till Statsbidragsgruppen (valfri)" value={values.question} onChange={set('question')} errorMessage={errors.question} maxLength={4000} />
            {unchanged && <Alert tone="info" title="Inget har ändrats." data-testid="child-report-edit-unchanged" />}
            {formError && (
              <Alert tone="error" title="Uppgifterna kunde inte sparas" data-testid="child-report-edit-error">
                {formError}
              </Alert>
            )}
            <div className="sb-dialog__actions">
              <Button type="submit" isDisabled={saving}>
                Spara
              </Button>
              <Button variant="secondary" onPress={onClose} isDisabled={saving}>
                Avbryt
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
