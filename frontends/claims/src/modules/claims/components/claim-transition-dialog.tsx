import { Alert, ConfirmDialog, Select, TextField, graphqlErrorText, parseDateInput } from '@statsbidrag/ui';
import { useEffect, useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { TRANSITION_MUTATIONS, type ClaimCommand, type ClaimTransition } from '../graphql/claim-detail.graphql.js';

/** Select options for AmF's rejection reason (ClaimRejectionReason). */
export const REJECTION_REASON_OPTIONS = [
  { id: 'SAKNAR_UNDERLAG', label: 'Saknar underlag' },
  { id: 'FEL_ERSATTNINGSTYP', label: 'Fel ersättningstyp' },
  { id: 'UTANFOR_PERIOD', label: 'Utanför period/preskriberad' },
  { id: 'DUBBLETT', label: 'Dubblett' },
  { id: 'OVRIGT', label: 'Övrigt' },
];

/** Select options for how the application went to MiG (ClaimSentChannel). */
export const SENT_CHANNEL_OPTIONS = [
  { id: 'POST', label: 'Per post' },
  { id: 'E_TJANST', label: 'Via MiG:s e-tjänst' },
];

type Field = 'comment' | 'reason' | 'reasonCode' | 'description' | 'replyBy' | 'answer' | 'migCaseNumber' | 'channel';
type Values = Partial<Record<Field, string>>;
type Errors = Partial<Record<Field, string>>;

/** The fields each step asks for; `required` ones are checked before sending (the server checks again). */
const STEP_FIELDS: Record<ClaimCommand, { fields: Field[]; required: Field[]; confirm?: string }> = {
  MARK_DOCUMENTS_RECEIVED: { fields: ['comment'], required: [] },
  CONFIRM: { fields: ['comment'], required: [] },
  DECLINE: { fields: ['reason'], required: ['reason'], confirm: 'Vill du avvisa AmF:s förslag? Återsökningen avslutas och kan inte öppnas igen.' },
  ACCEPT: { fields: ['comment'], required: [] },
  REJECT: { fields: ['reasonCode', 'reason'], required: ['reasonCode', 'reason'], confirm: 'Vill du avvisa återsökningen? Den avslutas och kan inte öppnas igen.' },
  START_PREPARING: { fields: ['comment'], required: [] },
  REQUEST_SUPPLEMENT: { fields: ['description', 'replyBy'], required: ['description', 'replyBy'] },
  ANSWER_SUPPLEMENT: { fields: ['answer'], required: ['answer'] },
  RESUME_PREPARATION: { fields: ['comment'], required: [] },
  MARK_SENT_TO_MIG: { fields: ['migCaseNumber', 'channel', 'comment'], required: ['migCaseNumber', 'channel'] },
  FINISH: { fields: ['comment'], required: [] },
  MARK_PARTLY_GRANTED: { fields: ['comment'], required: [] },
};

const LABELS: Record<Field, string> = {
  comment: 'Kommentar (frivillig)',
  reason: 'Anledning',
  reasonCode: 'Orsak',
  description: 'Vad behöver kompletteras?',
  replyBy: 'Svara senast (ÅÅÅÅ-MM-DD)',
  answer: 'Svar på kompletteringen',
  migCaseNumber: 'MiG:s diarienummer',
  channel: 'Inskickad',
};

const REQUIRED_MESSAGES: Record<Field, string> = {
  comment: '',
  reason: 'Skriv en anledning.',
  reasonCode: 'Välj orsak till avvisningen.',
  description: 'Beskriv vad som behöver kompletteras.',
  replyBy: 'Ange senaste svarsdatum.',
  answer: 'Skriv ett svar.',
  migCaseNumber: 'Ange MiG:s diarienummer för ansökan.',
  channel: 'Ange om ansökan skickades per post eller via e-tjänsten.',
};

/** The input of the step's mutation: empty optional fields are left out. */
export function inputOf(claimId: string, command: ClaimCommand, values: Values): Record<string, unknown> {
  const input: Record<string, unknown> = { claimId };
  for (const field of STEP_FIELDS[command].fields) {
    const value = values[field]?.trim();
    if (value) input[field] = value;
  }
  return input;
}

/** Messages of a refused step per field: `extensions.problems` (every broken field) or `extensions.field`. */
export function serverFieldErrors(error: CombinedError, fields: readonly Field[]): Errors {
  const errors: Errors = {};
  for (const e of error.graphQLErrors) {
    const problems = e.extensions?.problems;
    if (Array.isArray(problems)) {
      for (const p of problems as { field?: unknown; message?: unknown }[]) {
        if (typeof p.field === 'string' && fields.includes(p.field as Field) && typeof p.message === 'string') errors[p.field as Field] ??= p.message;
      }
    }
    const field = e.extensions?.field;
    if (typeof field === 'string' && fields.includes(field as Field)) errors[field as Field] ??= e.message;
  }
  return errors;
}

export interface ClaimTransitionDialogProps {
  claimId: string;
  transition: ClaimTransition;
  onClose: () => void;
  /** After the server made the change. */
  onDone: (message: string) => void;
  /** Today as ÅÅÅÅ-MM-DD (tests). */
  today?: string;
}

/**
 * One status step ("Acceptera", "Begär komplettering" …): the fields the step needs, a second question
 * before a rejection, and the server's refusals next to their fields. Render it only while open.
 */
export function ClaimTransitionDialog({ claimId, transition, onClose, onDone, today }: ClaimTransitionDialogProps) {
  const step = STEP_FIELDS[transition.command];
  const [values, setValues] = useState<Values>({});
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string>();
  const [stage, setStage] = useState<'form' | 'confirm'>('form');
  const [{ fetching }, execute] = useMutation(TRANSITION_MUTATIONS[transition.command]);
  const set = (field: Field) => (value: string | null) => setValues((v) => ({ ...v, [field]: value ?? '' }));

  const check = (): Values | null => {
    const found: Errors = {};
    const checked = { ...values };
    for (const field of step.required) if (!values[field]?.trim()) found[field] = REQUIRED_MESSAGES[field];
    if (step.fields.includes('replyBy') && !found.replyBy) {
      const date = parseDateInput(values.replyBy ?? '', { label: 'Svarsdatum', ...(today ? { today } : {}) });
      if (!date.ok) found.replyBy = date.message;
      else checked.replyBy = date.value;
    }
    setErrors(found);
    return Object.keys(found).length ? null : checked;
  };

  const send = async (checked: Values) => {
    if (fetching) return;
    setFormError(undefined);
    const result = await execute({ input: inputOf(claimId, transition.command, checked) });
    if (result.error) {
      const fieldErrors = serverFieldErrors(result.error, step.fields);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFormError(graphqlErrorText(result.error, 'Tjänsten för återsökningar svarar inte just nu. Försök igen om en stund.'));
      setStage('form');
      return;
    }
    onDone(`Klart: återsökningen har nu status "${transition.toStatusLabel}".`);
  };

  const submit = () => {
    const checked = check();
    if (!checked) return;
    if (step.confirm) setStage('confirm');
    else void send(checked);
  };

  // The dialog puts focus on its confirm button; a form starts at its first field instead (this
  // effect runs after the dialog's own). Also back from the second question.
  useEffect(() => {
    if (stage !== 'form') return;
    const first = document.querySelector<HTMLElement>('[data-testid="claim-transition-dialog"] :is(input, .sb-select__button)');
    first?.focus();
  }, [stage]);

  const danger = transition.command === 'REJECT' || transition.command === 'DECLINE';
  return (
    <>
      <ConfirmDialog
        isOpen={stage === 'form'}
        title={transition.label}
        confirmLabel={fetching ? 'Sparar…' : transition.label}
        onConfirm={submit}
        onCancel={onClose}
        tone={danger ? 'danger' : 'primary'}
        data-testid="claim-transition-dialog"
      >
        <p>Återsökningen får status "{transition.toStatusLabel}".</p>
        {formError && (
          <Alert tone="error" title="Ändringen gjordes inte" data-testid="claim-transition-error">
            <p>{formError}</p>
          </Alert>
        )}
        <form
          className="sb-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          {step.fields.map((field) =>
            field === 'reasonCode' || field === 'channel' ? (
              <div key={field}>
                <Select
                  label={LABELS[field]}
                  options={field === 'reasonCode' ? REJECTION_REASON_OPTIONS : SENT_CHANNEL_OPTIONS}
                  selectedKey={values[field] || null}
                  onSelectionChange={set(field)}
                  errorMessage={errors[field]}
                  errorTestId={`claim-error-${field}`}
                  data-testid={`claim-field-${field}`}
                />
              </div>
            ) : (
              <TextField
                key={field}
                label={LABELS[field]}
                name={field}
                value={values[field] ?? ''}
                onChange={set(field)}
                isRequired={step.required.includes(field)}
                errorMessage={errors[field]}
                description={field === 'replyBy' ? 'Till exempel 2026-12-31.' : undefined}
                data-testid={`claim-field-${field}`}
              />
            ),
          )}
        </form>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={stage === 'confirm'}
        title={`${transition.label}?`}
        confirmLabel={fetching ? 'Sparar…' : `Ja, ${transition.label.toLocaleLowerCase('sv-SE')}`}
        cancelLabel="Nej, gå tillbaka"
        onConfirm={() => void send(values)}
        onCancel={() => setStage('form')}
        tone="danger"
        data-testid="claim-transition-confirm"
      >
        <p>{step.confirm}</p>
      </ConfirmDialog>
    </>
  );
}
