import { Alert, Button, ConfirmDialog, DataTable, ErrorMessage, Select, Spinner, TextField, formatDateTime, formatKronor, graphqlErrorText, type DataTableColumn } from '@statsbidrag/ui';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  AMF_STAFF_QUERY,
  DISTRICT_STAFF_QUERY,
  ASSIGN_CLAIM_RESPONSIBLE_MUTATION,
  CLAIM_DETAILS_QUERY,
  type ClaimDetailChange,
  type ClaimDetailsNode,
  type ClaimEdit,
} from '../graphql/claim-details.graphql.js';
import { ClaimDetailsDialog } from './claim-details-dialog.js';

/** After the application went to MiG, AmF's officer may hand the claim back to the group. */
const AFTER_SENT = ['ATERSOKNING_INSKICKAD_MIG', 'BESLUTAD', 'DELVIS_BEVILJAT', 'UTBETALD', 'FARDIGBEHANDLAT'];
const GROUP = 'Statsbidragsgruppen';

/** A value of an edit as a user reads it. */
export function changeText(change: ClaimDetailChange, value: string | null): string {
  if (value == null) return change.field === 'RESPONSIBLE' ? GROUP : '–';
  if (change.field === 'AMOUNT') return formatKronor(Number(value));
  return value;
}

interface EditLine { id: string; edit: ClaimEdit; change: ClaimDetailChange }

const editColumns: DataTableColumn<EditLine>[] = [
  { id: 'at', label: 'När', text: (l) => formatDateTime(l.edit.at), isRowHeader: true, cellTestId: 'edit-at' },
  { id: 'who', label: 'Vem', text: (l) => l.edit.changedBy, cellTestId: 'edit-who' },
  { id: 'field', label: 'Uppgift', text: (l) => l.change.fieldLabel, cellTestId: 'edit-field' },
  { id: 'before', label: 'Före', text: (l) => changeText(l.change, l.change.before), cellTestId: 'edit-before' },
  { id: 'after', label: 'Efter', text: (l) => changeText(l.change, l.change.after), cellTestId: 'edit-after' },
  { id: 'reason', label: 'Anledning', text: (l) => l.edit.reason ?? '', cellTestId: 'edit-reason' },
];

function AssignResponsibleDialog({ claim, staff, onClose, onDone }: { claim: ClaimDetailsNode; staff: { username: string; name: string }[] | null; onClose: () => void; onDone: (m: string) => void }) {
  const [username, setUsername] = useState(claim.responsibleUsername ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [{ fetching }, assign] = useMutation(ASSIGN_CLAIM_RESPONSIBLE_MUTATION);
  const submit = async () => {
    if (fetching) return;
    const next = username.trim() || null;
    if (next === (claim.responsibleUsername ?? null)) {
      setError('Inga ändringar att spara.');
      return;
    }
    const result = await assign({ input: { claimId: claim.id, username: next, ...(reason.trim() ? { reason: reason.trim() } : {}) } });
    if (result.error) {
      setError(graphqlErrorText(result.error, 'Tjänsten för återsökningar svarar inte just nu. Försök igen om en stund.'));
      return;
    }
    onDone(`Ansvarig AmF är nu ${next ? (staff?.find((s) => s.username === next)?.name ?? next) : GROUP}.`);
  };
  return (
    <ConfirmDialog isOpen title="Tilldela ansvarig" confirmLabel={fetching ? 'Sparar…' : 'Spara'} onConfirm={() => void submit()} onCancel={onClose} data-testid="assign-responsible-dialog">
      {staff ? (
        <Select
          label="Ansvarig handläggare på AmF"
          options={[{ id: '', label: GROUP }, ...staff.map((s) => ({ id: s.username, label: `${s.name} (${s.username})` }))]}
          selectedKey={username}
          onSelectionChange={(key) => setUsername(key ?? '')}
          data-testid="assign-responsible-select"
        />
      ) : (
        <TextField label="Ansvarig handläggare på AmF (användarnamn)" description={`Tomt = ${GROUP}.`} value={username} onChange={setUsername} data-testid="assign-responsible-username" />
      )}
      <TextField label="Anledning (frivillig)" value={reason} onChange={setReason} data-testid="assign-responsible-reason" />
      {error && (
        <p className="sb-field__error" role="alert" data-testid="assign-responsible-error">
          {error}
        </p>
      )}
    </ConfirmDialog>
  );
}

/**
 * "Handläggning" on the claim page: unit and officer at the district, responsible officer at AmF,
 * "Ändra uppgifter" (the details the server says the viewer may change), "Tilldela ansvarig" and
 * "Lämna tillbaka till Statsbidragsgruppen" (AmF), and the history of edits ("Ändringar").
 */
export function ClaimDetailsSection({ claimId }: { claimId: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: CLAIM_DETAILS_QUERY, variables: { id: claimId } });
  const isCoordinator = data?.me.roles.includes('COORDINATOR') ?? false;
  const [{ data: staffData }] = useQuery({ query: AMF_STAFF_QUERY, variables: {}, pause: !isCoordinator });
  const districtCode = data?.claim?.district.code ?? '';
  const [{ data: districtStaff }] = useQuery({ query: DISTRICT_STAFF_QUERY, variables: { districtCode }, pause: !districtCode });
  const [dialog, setDialog] = useState<'edit' | 'assign' | 'handBack' | null>(null);
  const [done, setDone] = useState<string>();
  const [handBackError, setHandBackError] = useState<string>();
  const [{ fetching: handingBack }, assign] = useMutation(ASSIGN_CLAIM_RESPONSIBLE_MUTATION);

  if (!data) {
    return error ? (
      <ErrorMessage title="Handläggningen kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <p>{graphqlErrorText(error, 'Tjänsten för återsökningar svarar inte just nu. Försök igen om en stund.')}</p>
      </ErrorMessage>
    ) : (
      <Spinner label="Laddar handläggningen…" />
    );
  }
  const claim = data.claim;
  if (!claim) return null;

  const finish = (message: string) => {
    setDialog(null);
    setDone(message);
    reexecute({ requestPolicy: 'network-only' });
  };
  const unitName = claim.unitCode ? (claim.district.units.find((u) => u.code === claim.unitCode)?.name ?? claim.unitCode) : 'Inte tilldelad';
  const staff = staffData?.staffMembers.edges.map((e) => e.node).filter((s) => s.active) ?? null;
  const officers = (districtStaff?.staffMembers.edges ?? [])
    .map((e) => e.node)
    .filter((s) => s.active && s.roles.some((r) => r === 'DISTRICT_OFFICER' || r === 'DISTRICT_CONTACT'));
  const lines: EditLine[] = claim.edits.flatMap((edit, i) => edit.changes.map((change) => ({ id: `${i}-${change.field}`, edit, change })));
  const canHandBack = isCoordinator && claim.responsibleUsername !== null && AFTER_SENT.includes(claim.status);

  return (
    <section aria-labelledby="claim-details-heading" data-testid="claim-details-section">
      <h2 id="claim-details-heading">Handläggning</h2>
      {done && (
        <Alert tone="success" data-testid="claim-details-done">
          <p>{done}</p>
        </Alert>
      )}
      <dl className="sb-facts">
        <dt>Enhet</dt>
        <dd data-testid="claim-unit">{unitName}</dd>
        <dt>Handläggare SDF</dt>
        <dd data-testid="claim-officer">{claim.officerUsername ?? 'Inte tilldelad'}</dd>
        <dt>Ansvarig AmF</dt>
        <dd data-testid="claim-responsible">{claim.responsibleLabel}</dd>
      </dl>
      <div className="sb-toolbar" role="group" aria-label="Ändra handläggningen">
        {claim.editableDetails.length > 0 && (
          <Button variant="secondary" onPress={() => { setDone(undefined); setDialog('edit'); }} data-testid="claim-details-edit">
            Ändra uppgifter
          </Button>
        )}
        {isCoordinator && (
          <Button variant="secondary" onPress={() => { setDone(undefined); setDialog('assign'); }} data-testid="claim-details-assign">
            Tilldela ansvarig
          </Button>
        )}
        {canHandBack && (
          <Button variant="secondary" onPress={() => { setDone(undefined); setHandBackError(undefined); setDialog('handBack'); }} data-testid="claim-details-hand-back">
            Lämna tillbaka till Statsbidragsgruppen
          </Button>
        )}
      </div>

      <h3>Ändringar</h3>
      <DataTable label="Ändringar av uppgifterna" columns={editColumns} rows={lines} getRowId={(l) => l.id} emptyText="Inga ändringar." rowTestId="edit-row" data-testid="claim-edits" />

      {dialog === 'edit' && <ClaimDetailsDialog claim={claim} claimTypes={data.claimTypes} officers={officers} onClose={() => setDialog(null)} onDone={finish} />}
      {dialog === 'assign' && <AssignResponsibleDialog claim={claim} staff={staff} onClose={() => setDialog(null)} onDone={finish} />}
      {dialog === 'handBack' && (
        <ConfirmDialog
          isOpen
          title="Lämna tillbaka till Statsbidragsgruppen?"
          confirmLabel={handingBack ? 'Sparar…' : 'Ja, lämna tillbaka'}
          onCancel={() => setDialog(null)}
          onConfirm={() =>
            void assign({ input: { claimId: claim.id, username: null } }).then((result) =>
              result.error ? setHandBackError(graphqlErrorText(result.error, 'Tjänsten för återsökningar svarar inte just nu.')) : finish(`Ansvarig AmF är nu ${GROUP}.`),
            )
          }
          data-testid="hand-back-dialog"
        >
          <p>Du är inte längre ansvarig för återsökningen; den hanteras av {GROUP}.</p>
          {handBackError && (
            <p className="sb-field__error" role="alert">
              {handBackError}
            </p>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}

export default ClaimDetailsSection;
