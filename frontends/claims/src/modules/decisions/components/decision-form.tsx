import { Alert, Button, Select, TextField, formatKronorPlain, graphqlErrorText, parseDateInput, parseKronorInput } from '@statsbidrag/ui';
import { useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { NOTHING_GRANTED, OUTCOME_OPTIONS, SERVICE_DOWN } from '../decision-labels.js';
import type { DecisionNode, DecisionOutcome, NamedCode, RegisterDecisionInput } from '../graphql/decisions.graphql.js';

/** The form's fields as typed. */
export interface DecisionFormValues {
  migCaseNumber: string;
  migIndividualNumber: string;
  birthData: string;
  firstName: string;
  lastName: string;
  periodFrom: string;
  periodTo: string;
  grantedAmount: string;
  reference: string;
  claimTypeCode: string;
  outcome: string;
  decidedAt: string;
  claimId: string;
}

export type DecisionFormField = keyof DecisionFormValues;
export type DecisionFormErrors = Partial<Record<DecisionFormField, string>>;

export const EMPTY_DECISION_FORM: DecisionFormValues = {
  migCaseNumber: '',
  migIndividualNumber: '',
  birthData: '',
  firstName: '',
  lastName: '',
  periodFrom: '',
  periodTo: '',
  grantedAmount: '',
  reference: '',
  claimTypeCode: '',
  outcome: '',
  decidedAt: '',
  claimId: '',
};

/** "Efternamn, Förnamn" or "Förnamn Efternamn" → first and last name (the last word is the last name). */
export function splitName(name: string | null): { firstName: string; lastName: string } {
  const text = (name ?? '').trim();
  if (!text) return { firstName: '', lastName: '' };
  const comma = text.indexOf(',');
  if (comma >= 0) return { lastName: text.slice(0, comma).trim(), firstName: text.slice(comma + 1).trim() };
  const space = text.lastIndexOf(' ');
  return space < 0 ? { firstName: '', lastName: text } : { firstName: text.slice(0, space).trim(), lastName: text.slice(space + 1).trim() };
}

/** A decision's values in the form ("Rätta beslut"). */
export function formValuesOf(d: DecisionNode): DecisionFormValues {
  return {
    ...splitName(d.personName),
    migCaseNumber: d.migCaseNumber,
    migIndividualNumber: d.migIndividualNumber ?? '',
    birthData: d.birthData ?? '',
    periodFrom: d.periodFrom ?? '',
    periodTo: d.periodTo ?? '',
    grantedAmount: formatKronorPlain(d.grantedAmount),
    reference: d.reference ?? '',
    claimTypeCode: d.claimTypeCode ?? '',
    outcome: d.outcome,
    decidedAt: d.decidedAt,
    claimId: d.claim?.id ?? '',
  };
}

export type DecisionFormCheck = { ok: true; input: RegisterDecisionInput } | { ok: false; errors: DecisionFormErrors };

const text = (value: string): string | null => value.trim() || null;

/** Checks the form like the server does and builds RegisterDecisionInput (amount in öre). */
export function checkDecisionForm(v: DecisionFormValues, today?: string): DecisionFormCheck {
  const errors: DecisionFormErrors = {};
  if (!v.migCaseNumber.trim()) errors.migCaseNumber = 'Ange MiG:s diarienummer.';
  if (!v.outcome) errors.outcome = 'Välj beslutets utfall.';
  const decidedAt = parseDateInput(v.decidedAt, { label: 'Beslutsdatum', notInFuture: true, ...(today ? { today } : {}) });
  if (!decidedAt.ok) errors.decidedAt = decidedAt.message;
  else if (!decidedAt.value) errors.decidedAt = 'Ange beslutsdatum.';
  const from = parseDateInput(v.periodFrom, { label: 'Period från' });
  const to = parseDateInput(v.periodTo, { label: 'Period till' });
  if (!from.ok) errors.periodFrom = from.message;
  if (!to.ok) errors.periodTo = to.message;
  if (from.ok && to.ok && from.value && to.value && from.value > to.value) errors.periodTo = 'Period till kan inte vara före period från.';
  const birth = parseDateInput(v.birthData, { label: 'Födelsedata', notInFuture: true, ...(today ? { today } : {}) });
  if (!birth.ok) errors.birthData = birth.message;
  const individual = v.migIndividualNumber.replace(/\s/g, '');
  if (individual && !/^\d{7,8}$/.test(individual)) errors.migIndividualNumber = 'Individnumret ska vara 7 eller 8 siffror.';
  const amount = parseKronorInput(v.grantedAmount, { label: 'Beviljat belopp', allowZero: true });
  if (!amount.ok) errors.grantedAmount = amount.message;
  else if (amount.value === null) errors.grantedAmount = 'Ange beviljat belopp (0 vid avslag eller avvisning).';
  else if (v.outcome && NOTHING_GRANTED.includes(v.outcome as DecisionOutcome) && amount.value > 0) errors.grantedAmount = 'Vid avslag eller avvisning är beviljat belopp 0 kr.';
  else if (v.outcome && !NOTHING_GRANTED.includes(v.outcome as DecisionOutcome) && amount.value === 0) errors.grantedAmount = 'Beviljat belopp måste vara större än noll när ersättning beviljas.';
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      migCaseNumber: v.migCaseNumber.trim(),
      outcome: v.outcome as DecisionOutcome,
      decidedAt: (decidedAt as { value: string }).value,
      grantedAmount: (amount as { value: number }).value,
      claimId: text(v.claimId),
      claimTypeCode: text(v.claimTypeCode),
      periodFrom: (from as { value: string }).value || null,
      periodTo: (to as { value: string }).value || null,
      migIndividualNumber: individual || null,
      birthData: (birth as { value: string }).value || null,
      firstName: text(v.firstName),
      lastName: text(v.lastName),
      reference: text(v.reference),
    },
  };
}

const FIELDS = new Set<string>(Object.keys(EMPTY_DECISION_FORM));

/** Field messages of a refused mutation (`extensions.field`, or `extensions.problems`), by form field; the rest in `form`. */
export function serverFieldErrors(error: CombinedError): { fields: DecisionFormErrors; form: string } {
  const fields: DecisionFormErrors = {};
  for (const e of error.graphQLErrors) {
    const problems = Array.isArray(e.extensions?.problems) ? (e.extensions.problems as { field?: unknown; message?: unknown }[]) : [{ field: e.extensions?.field, message: e.message }];
    for (const p of problems) {
      const field = typeof p.field === 'string' ? p.field.replace(/^input\./, '') : '';
      if (FIELDS.has(field) && typeof p.message === 'string') fields[field as DecisionFormField] ??= p.message;
    }
  }
  return { fields, form: graphqlErrorText(error, SERVICE_DOWN) };
}

export interface DecisionFormProps {
  initial?: DecisionFormValues;
  claimTypes: readonly NamedCode[];
  submitLabel: string;
  /** Sends the input; answers with the error of a refused mutation, or null when done. */
  onSubmit: (input: RegisterDecisionInput) => Promise<CombinedError | null>;
  onCancel?: () => void;
  /** Today as ÅÅÅÅ-MM-DD (tests). */
  today?: string;
}

/**
 * "MiG beslutsunderlag": the fields of a decision as MiG lists them. Checks every field before
 * sending and shows the server's message at its field (`extensions.field`).
 */
export function DecisionForm({ initial = EMPTY_DECISION_FORM, claimTypes, submitLabel, onSubmit, onCancel, today }: DecisionFormProps) {
  const [values, setValues] = useState<DecisionFormValues>(initial);
  const [errors, setErrors] = useState<DecisionFormErrors>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const field = (name: DecisionFormField) => ({
    value: values[name],
    onChange: (value: string) => setValues((v) => ({ ...v, [name]: value })),
    errorMessage: errors[name],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setFormError(undefined);
    const checked = checkDecisionForm(values, today);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError('Rätta uppgifterna som är markerade.');
      return;
    }
    setErrors({});
    setSaving(true);
    const error = await onSubmit(checked.input);
    setSaving(false);
    if (error) {
      const { fields, form } = serverFieldErrors(error);
      setErrors(fields);
      setFormError(form);
    }
  };

  const claimTypeOptions = claimTypes.map((t) => ({ id: t.code, label: `${t.name} (${t.code})` }));
  if (values.claimTypeCode && !claimTypes.some((t) => t.code === values.claimTypeCode)) claimTypeOptions.push({ id: values.claimTypeCode, label: values.claimTypeCode });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="MiG beslutsunderlag" data-testid="decision-form">
      <fieldset className="sb-fieldset">
        <legend>Ärende och person</legend>
        <div className="sb-toolbar">
          <TextField label="Diarienummer" isRequired {...field('migCaseNumber')} />
          <TextField label="Återsökningens id (frivilligt)" description="Kopplar beslutet till återsökningen. Annars matchas det på diarienummer." {...field('claimId')} />
        </div>
        <div className="sb-toolbar">
          <TextField label="Individnummer" description="MiG:s dossiernummer, 7 eller 8 siffror." inputMode="numeric" {...field('migIndividualNumber')} />
          <TextField label="Födelsedata" description="ÅÅÅÅ-MM-DD" {...field('birthData')} />
          <TextField label="Förnamn" {...field('firstName')} />
          <TextField label="Efternamn" {...field('lastName')} />
        </div>
      </fieldset>
      <fieldset className="sb-fieldset">
        <legend>Beslut</legend>
        <div className="sb-toolbar">
          <Select
            label="Ersättning"
            options={claimTypeOptions}
            selectedKey={values.claimTypeCode || null}
            onSelectionChange={(key) => setValues((v) => ({ ...v, claimTypeCode: key ?? '' }))}
            errorMessage={errors.claimTypeCode}
            data-testid="decision-form-claim-type"
          />
          <Select
            label="Utfall"
            options={OUTCOME_OPTIONS}
            selectedKey={values.outcome || null}
            onSelectionChange={(key) => setValues((v) => ({ ...v, outcome: key ?? '' }))}
            errorMessage={errors.outcome}
            errorTestId="decision-form-outcome-error"
            data-testid="decision-form-outcome"
          />
          <TextField label="Beslutsdatum" description="ÅÅÅÅ-MM-DD" isRequired {...field('decidedAt')} />
        </div>
        <div className="sb-toolbar">
          <TextField label="Period från" description="ÅÅÅÅ-MM-DD" {...field('periodFrom')} />
          <TextField label="Period till" description="ÅÅÅÅ-MM-DD" {...field('periodTo')} />
          <TextField label="Beviljat belopp (kr)" description="Till exempel 12 345,50. 0 vid avslag eller avvisning." inputMode="decimal" isRequired {...field('grantedAmount')} />
          <TextField label="Referens" {...field('reference')} />
        </div>
      </fieldset>
      {formError && (
        <Alert tone="error" title="Beslutet sparades inte" data-testid="decision-form-error">
          {formError}
        </Alert>
      )}
      <div className="sb-toolbar">
        <Button type="submit" isDisabled={saving}>
          {saving ? 'Sparar…' : submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onPress={onCancel}>
            Avbryt
          </Button>
        )}
      </div>
    </form>
  );
}
