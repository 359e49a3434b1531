import { Alert, Button, ConfirmDialog, ErrorMessage, TextField, downloadWorkbook, formatKronor, graphqlErrorText, type ExcelColumn } from '@statsbidrag/ui';
import { useState } from 'react';
import { useClient, useMutation, type CombinedError } from 'urql';
import { SERVICE_DOWN } from '../allocation-sheet-roles.js';
import {
  AGRESSO_PAYMENT_FILE_QUERY,
  APPROVE_ALLOCATION_SHEET_MUTATION,
  EXPORT_ALLOCATION_SHEET_QUERY,
  RETURN_ALLOCATION_SHEET_MUTATION,
  REVIEW_ALLOCATION_SHEET_MUTATION,
  SAVE_ALLOCATION_SHEET_MUTATION,
  type AllocationLine,
  type AllocationSheet,
} from '../graphql/allocation-sheet.graphql.js';
import { AGE_BANDS, districtText, fetchOnce, saveExportedFile } from '../sheet-format.js';
import { NOT_RECONCILED } from './sheet-tables.js';

export interface SheetActionsProps {
  sheet: AllocationSheet;
  /** The sheet shown is the live proposal or the month's latest version (older versions are only read). */
  current: boolean;
  /** The latest saved version is approved: saving the proposal makes a correcting version. */
  latestApproved: boolean;
  /** After a change: the version the server answered. */
  onChanged: (sheet: AllocationSheet, message: string) => void;
}

const PROPOSAL_COLUMNS: ExcelColumn<AllocationLine>[] = [
  { header: 'Ersättningskod', value: (l) => l.compensationCode },
  { header: 'Stadsdel', value: (l) => districtText(l.district, l.kindLabel) },
  { header: 'Typ', value: (l) => l.kindLabel },
  { header: 'Utbetalt', value: (l) => l.paid, format: 'kronorFromOre' },
  { header: 'Återkrav', value: (l) => l.recovered, format: 'kronorFromOre' },
  { header: 'Belopp', value: (l) => l.amount, format: 'kronorFromOre' },
  ...AGE_BANDS.map<ExcelColumn<AllocationLine>>((band) => ({ header: `${band} år`, value: (l) => l.ageBands?.find((b) => b.band === band)?.amount, format: 'kronorFromOre' })),
];

/** What may be done with the sheet shown, by its status; an approved sheet is locked. */
export function SheetActions({ sheet, current, latestApproved, onChanged }: SheetActionsProps) {
  const client = useClient();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<'approve' | 'return' | 'correct' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonProblem, setReasonProblem] = useState<string | null>(null);
  const [, save] = useMutation(SAVE_ALLOCATION_SHEET_MUTATION);
  const [, review] = useMutation(REVIEW_ALLOCATION_SHEET_MUTATION);
  const [, approve] = useMutation(APPROVE_ALLOCATION_SHEET_MUTATION);
  const [, sendBack] = useMutation(RETURN_ALLOCATION_SHEET_MUTATION);
  const context = { additionalTypenames: ['AllocationSheet'] };

  const run = async (action: () => Promise<{ error?: CombinedError; data?: AllocationSheet | null }>, message: (s: AllocationSheet) => string) => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await action();
      if (result.error) setProblem(graphqlErrorText(result.error, SERVICE_DOWN));
      else if (result.data) {
        setNote('');
        onChanged(result.data, message(result.data));
      }
    } finally {
      setBusy(false);
    }
  };
  const saveSheet = (correcting: boolean) =>
    run(
      async () => {
        const r = await save({ month: sheet.month, note: note.trim() || null }, context);
        return { error: r.error, data: r.data?.saveAllocationSheet };
      },
      (s) => (correcting ? `Version ${s.version} (rättelse) är sparad som utkast.` : `Utkastet är sparat som version ${s.version}.`),
    );
  const id = sheet.id;

  const download = async (kind: 'excel' | 'agresso') => {
    setBusy(true);
    setProblem(null);
    try {
      if (kind === 'agresso' && id) saveExportedFile((await fetchOnce(client, AGRESSO_PAYMENT_FILE_QUERY, { id })).agressoPaymentFile);
      else if (id) saveExportedFile((await fetchOnce(client, EXPORT_ALLOCATION_SHEET_QUERY, { id })).exportAllocationSheet);
      else await downloadWorkbook(`fordelningsark-${sheet.month}-forslag.xlsx`, [{ name: `Förslag ${sheet.month}`, columns: PROPOSAL_COLUMNS, rows: sheet.lines }]);
    } catch (error) {
      setProblem(error instanceof Error && 'graphQLErrors' in error ? graphqlErrorText(error as CombinedError, SERVICE_DOWN) : 'Exporten misslyckades. Försök igen.');
    } finally {
      setBusy(false);
    }
  };

  const closeDialog = () => {
    setDialog(null);
    setReason('');
    setReasonProblem(null);
  };

  const editable = current && !sheet.locked;
  const notReconciled = !sheet.reconciliation.ok;
  return (
    <div className="allocation__actions" data-testid="sheet-actions">
      {sheet.locked && (
        <Alert tone="info" title="Arket är godkänt och låst" data-testid="sheet-locked">
          <p>
            Godkänt {sheet.approvedAt ? `${sheet.approvedAt.slice(0, 10)} ` : ''}
            {sheet.approvedBy ? `av ${sheet.approvedBy}` : ''}. Det kan inte ändras; en rättelse görs som en ny version.
          </p>
        </Alert>
      )}
      {editable && (sheet.status === 'PROPOSAL' || sheet.status === 'DRAFT') && (
        <TextField label="Anteckning (valfri)" value={note} onChange={setNote} description="Sparas med versionen, till exempel vad som har ändrats." />
      )}
      <div className="sb-toolbar">
        {editable && (sheet.status === 'PROPOSAL' || sheet.status === 'DRAFT') && (
          <Button isDisabled={busy} onPress={() => void saveSheet(sheet.status === 'PROPOSAL' && latestApproved)}>
            {sheet.status === 'PROPOSAL' && latestApproved ? 'Ny version (rättelse)' : 'Spara utkast'}
          </Button>
        )}
        {editable && sheet.status === 'DRAFT' && id && (
          <Button
            variant="secondary"
            isDisabled={busy}
            onPress={() =>
              void run(
                async () => {
                  const r = await review({ id }, context);
                  return { error: r.error, data: r.data?.reviewAllocationSheet };
                },
                (s) => `Version ${s.version} är markerad som granskad.`,
              )
            }
          >
            Markera som granskad
          </Button>
        )}
        {editable && sheet.status === 'REVIEWED' && id && (
          <>
            <Button isDisabled={busy || notReconciled} onPress={() => setDialog('approve')} aria-describedby={notReconciled ? 'approve-blocked' : undefined}>
              Godkänn och lås
            </Button>
            <Button variant="secondary" isDisabled={busy} onPress={() => setDialog('return')}>
              Skicka tillbaka
            </Button>
          </>
        )}
        {current && sheet.status === 'APPROVED' && (
          <Button variant="secondary" isDisabled={busy} onPress={() => setDialog('correct')}>
            Ny version (rättelse)
          </Button>
        )}
        <span className="sb-toolbar__spacer" />
        <Button variant="secondary" isDisabled={busy} onPress={() => void download('excel')}>
          Exportera till Excel
        </Button>
        {sheet.status === 'APPROVED' && id && (
          <Button variant="secondary" isDisabled={busy} onPress={() => void download('agresso')}>
            Betalfil till Agresso
          </Button>
        )}
      </div>
      {editable && sheet.status === 'REVIEWED' && notReconciled && (
        <p id="approve-blocked" className="sb-field__error" data-testid="approve-blocked">
          {NOT_RECONCILED}.
        </p>
      )}
      {problem && <ErrorMessage title="Det gick inte" data-testid="sheet-action-error">{problem}</ErrorMessage>}

      <ConfirmDialog
        isOpen={dialog === 'approve'}
        title={`Godkänna och låsa fördelningsarket för ${sheet.month}?`}
        confirmLabel="Godkänn och lås"
        tone="danger"
        onCancel={closeDialog}
        onConfirm={() => {
          closeDialog();
          if (id)
            void run(
              async () => {
                const r = await approve({ id }, context);
                return { error: r.error, data: r.data?.approveAllocationSheet };
              },
              (s) => `Version ${s.version} är godkänd och låst.`,
            );
        }}
      >
        <p>
          Version {sheet.version} med totalt {formatKronor(sheet.total)} blir underlag för utbetalning till stadsdelarna. Ett godkänt ark kan inte ändras efteråt; en rättelse
          görs som en ny version.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={dialog === 'return'}
        title="Skicka tillbaka arket?"
        confirmLabel="Skicka tillbaka"
        onCancel={closeDialog}
        onConfirm={() => {
          const text = reason.trim();
          if (!text) {
            setReasonProblem('Skriv varför arket skickas tillbaka.');
            return;
          }
          closeDialog();
          if (id)
            void run(
              async () => {
                const r = await sendBack({ id, reason: text }, context);
                return { error: r.error, data: r.data?.returnAllocationSheet };
              },
              (s) => `Version ${s.version} är tillbakaskickad och är ett utkast igen.`,
            );
        }}
      >
        <p>Arket blir ett utkast igen, som kan sparas om och granskas på nytt.</p>
        <TextField label="Motivering" value={reason} onChange={(v) => (setReason(v), setReasonProblem(null))} errorMessage={reasonProblem ?? undefined} isRequired />
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={dialog === 'correct'}
        title="Göra en ny version (rättelse)?"
        confirmLabel="Ny version (rättelse)"
        onCancel={closeDialog}
        onConfirm={() => {
          closeDialog();
          void saveSheet(true);
        }}
      >
        <p>Den godkända versionen ligger kvar oförändrad. En ny version räknas fram ur dagens uppgifter och sparas som utkast, som sedan granskas och godkänns.</p>
        <TextField label="Anteckning (valfri)" value={note} onChange={setNote} />
      </ConfirmDialog>
    </div>
  );
}
