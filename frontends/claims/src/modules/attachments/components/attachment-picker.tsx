import { Button, FileField, Select, formatFileSize } from '@statsbidrag/ui';
import { useState } from 'react';
import { ATTACHMENT_ACCEPT, ATTACHMENT_HELP, ATTACHMENT_KIND_LABELS, ATTACHMENT_KIND_OPTIONS, clientFileProblem } from '../attachment-rules.js';
import type { AttachmentKind } from '../graphql/attachments.graphql.js';
import type { AttachmentPick } from '../upload-attachments.js';

export interface AttachmentPickerProps {
  /** The files chosen so far. */
  value: readonly AttachmentPick[];
  onChange: (picks: AttachmentPick[]) => void;
  /** Kinds the claim type requires; those without a file are listed as missing. */
  requiredKinds?: readonly AttachmentKind[];
  /** The heading level of the picker's heading (default 2). */
  headingLevel?: 2 | 3;
  isDisabled?: boolean;
}

/** "Saknas: Insatsbeslut, Medicinskt underlag" – or null when nothing is missing. */
export function missingText(required: readonly AttachmentKind[], present: readonly AttachmentKind[]): string | null {
  const missing = required.filter((k) => !present.includes(k));
  return missing.length ? `Saknas: ${missing.map((k) => ATTACHMENT_KIND_LABELS[k]).join(', ')}` : null;
}

/**
 * Choose files per kind before a claim exists (the parent sends them with `uploadAttachments` once
 * it has the claim's id). Checks size and type as far as the browser can.
 */
export function AttachmentPicker({ value, onChange, requiredKinds = [], headingLevel = 2, isDisabled }: AttachmentPickerProps) {
  const [kind, setKind] = useState<AttachmentKind | null>(requiredKinds.find((k) => !value.some((p) => p.kind === k)) ?? null);
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [errors, setErrors] = useState<{ kind?: string; file?: string }>({});
  const Heading = `h${headingLevel}` as const;
  const missing = missingText(requiredKinds, value.map((p) => p.kind));

  const add = () => {
    const found: { kind?: string; file?: string } = {};
    if (!kind) found.kind = 'Välj vad filen är.';
    if (!file) found.file = 'Välj en fil.';
    else {
      const problem = clientFileProblem(file);
      if (problem) found.file = problem;
    }
    setErrors(found);
    if (found.kind || found.file || !kind || !file) return;
    onChange([...value, { kind, file }]);
    setFile(null);
    setFileKey((k) => k + 1);
    setKind(requiredKinds.find((k) => k !== kind && !value.some((p) => p.kind === k)) ?? null);
  };

  return (
    <div className="attachment-picker" data-testid="attachment-picker">
      <Heading>Bilagor</Heading>
      {missing && (
        <p className="sb-muted" data-testid="attachment-picker-missing">
          {missing}
        </p>
      )}
      {value.length > 0 && (
        <ul data-testid="attachment-picker-list">
          {value.map((pick, index) => (
            <li key={`${pick.file.name}-${index}`} data-testid="attachment-pick">
              {ATTACHMENT_KIND_LABELS[pick.kind]}: {pick.file.name} ({formatFileSize(pick.file.size)}){' '}
              <Button variant="secondary" isDisabled={isDisabled} onPress={() => onChange(value.filter((_, i) => i !== index))} aria-label={`Ta bort ${pick.file.name} ur listan`}>
                Ta bort
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="sb-form">
        <div>
          <Select label="Vad är filen?" options={ATTACHMENT_KIND_OPTIONS} selectedKey={kind} onSelectionChange={(k) => setKind((k as AttachmentKind | null) ?? null)} isDisabled={isDisabled} data-testid="attachment-picker-kind" />
          {errors.kind && (
            <p className="sb-field__error" role="alert">
              {errors.kind}
            </p>
          )}
        </div>
        <FileField key={fileKey} label="Fil" description={ATTACHMENT_HELP} accept={ATTACHMENT_ACCEPT} errorMessage={errors.file} onChange={setFile} isDisabled={isDisabled} data-testid="attachment-picker-file" />
        <Button variant="secondary" onPress={add} isDisabled={isDisabled} data-testid="attachment-picker-add">
          Lägg till fil
        </Button>
      </div>
    </div>
  );
}
