import { Alert, Button, DataTable, formatDate, formatDateTime, type DataTableColumn } from '@statsbidrag/ui';
import { useState } from 'react';
import type { PersonCardPerson, PersonCase, PersonChange } from '../graphql/person-card.query.js';
import { caseKindText } from '../mutation-problems.js';
import { HANDLING_ROLES, PURGE_DATE_ROLES, hasRole } from '../person-handling-roles.js';
import { CloseHandlingDialog, DeactivatePersonalDataDialog, MoveOutDialog, PurgeDateDialog, ReopenHandlingDialog } from './handling-dialogs.js';
import { Missing } from './missing.js';
import './person-handling.css';

export interface PersonHandlingSectionProps {
  person: PersonCardPerson;
  /** The viewer's roles: which actions are offered. */
  roles: readonly string[];
  /** Called after a change so that the card is fetched again. */
  onChanged: () => void;
}

type DialogKind = 'close' | 'reopen' | 'moveOut' | 'deactivate' | 'purgeDate';

const openCaseColumns: DataTableColumn<PersonCase>[] = [
  { id: 'label', label: 'Ärende', text: (c) => c.label, isRowHeader: true, allowsSorting: true, cellTestId: 'open-case-label' },
  { id: 'kind', label: 'Slag', text: (c) => caseKindText(c.context), allowsSorting: true },
  { id: 'status', label: 'Status', text: (c) => c.statusLabel, allowsSorting: true, cellTestId: 'open-case-status' },
  { id: 'stateAt', label: 'Sedan', text: (c) => formatDate(c.stateAt), sortValue: (c) => c.stateAt, allowsSorting: true },
];

const historyColumns: DataTableColumn<PersonChange>[] = [
  { id: 'at', label: 'Tidpunkt', text: (h) => formatDateTime(h.at), sortValue: (h) => h.at, isRowHeader: true, allowsSorting: true, cellTestId: 'handling-history-at' },
  { id: 'action', label: 'Ändring', text: (h) => h.actionLabel, allowsSorting: true, cellTestId: 'handling-history-action' },
  { id: 'note', label: 'Kommentar', text: (h) => h.note ?? '', render: (h) => h.note ?? <Missing /> },
  { id: 'username', label: 'Av', text: (h) => h.username, allowsSorting: true },
];

/** "Gallringsdatum": the date and whether it was set by hand or computed. */
export function purgeDateText(person: Pick<PersonCardPerson, 'purgeOn' | 'purgeOnSetManually'>): string {
  if (!person.purgeOn) return '';
  return `${formatDate(person.purgeOn)} ${person.purgeOnSetManually ? '(satt för hand)' : '(beräknat)'}`;
}

/** "Pågår", or "Avslutad 2026-03-01 – Avlidit". */
export function handlingStateText(person: Pick<PersonCardPerson, 'closedOn' | 'closureReasonLabel'>): string {
  if (!person.closedOn) return 'Pågår';
  return `Avslutad ${formatDate(person.closedOn)}${person.closureReasonLabel ? ` – ${person.closureReasonLabel}` : ''}`;
}

/**
 * "Avslut och gallring" on the person card: whether the grant handling goes on or was closed, move-out,
 * deactivation, the purge date, the open claims and appeals that block closure and purge, the history
 * (AmF), and the actions the viewer's roles allow. A purged person has no actions.
 */
export function PersonHandlingSection({ person, roles, onChanged }: PersonHandlingSectionProps) {
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const purged = Boolean(person.purgedAt);
  const mayHandle = !purged && hasRole(roles, HANDLING_ROLES);
  const maySetPurgeDate = !purged && hasRole(roles, PURGE_DATE_ROLES);
  const closed = Boolean(person.closedOn);

  const open = (kind: DialogKind) => {
    setSaved(null);
    setDialog(kind);
  };
  const done = (message?: string) => {
    setDialog(null);
    if (message) {
      setSaved(message);
      onChanged();
    }
  };
  const dialogProps = { person, onDone: done };

  return (
    <section className="person-card__section person-handling" aria-labelledby="handling-heading" data-testid="person-handling">
      <h2 id="handling-heading">Avslut och gallring</h2>
      {saved && <Alert tone="success" title={saved} data-testid="handling-saved" />}
      <dl className="sb-facts person-card__facts">
        <dt>Hantering av statsbidrag</dt>
        <dd data-testid="handling-state">{handlingStateText(person)}</dd>
        {closed && (
          <>
            <dt>Kommentar</dt>
            <dd data-testid="closure-note">{person.closureNote ?? <Missing />}</dd>
            <dt>Avslutad av</dt>
            <dd data-testid="closed-by">{person.closedBy ?? <Missing />}</dd>
          </>
        )}
        <dt>Utflyttningsdatum</dt>
        <dd data-testid="moved-out-on">{formatDate(person.movedOutOn) || <Missing />}</dd>
        <dt>Personuppgiftshantering</dt>
        <dd data-testid="personal-data-state">
          {purged ? 'Gallrad' : person.personalDataDeactivatedOn ? `Avaktualiserad ${formatDate(person.personalDataDeactivatedOn)}` : 'Aktuell'}
        </dd>
        <dt>Gallringsdatum</dt>
        <dd data-testid="purge-date">{purgeDateText(person) || <span className="sb-muted">Inget – beräknas när hanteringen avslutas</span>}</dd>
        {purged && (
          <>
            <dt>Gallrad</dt>
            <dd data-testid="purged-at">{formatDateTime(person.purgedAt)}</dd>
          </>
        )}
      </dl>

      {(mayHandle || maySetPurgeDate) && (
        <div className="sb-toolbar person-handling__actions" role="group" aria-label="Åtgärder för avslut och gallring">
          {mayHandle && !closed && <Button onPress={() => open('close')}>Avsluta hantering</Button>}
          {mayHandle && closed && <Button onPress={() => open('reopen')}>Öppna igen</Button>}
          {mayHandle && (
            <Button variant="secondary" onPress={() => open('moveOut')}>
              Registrera utflyttning
            </Button>
          )}
          {mayHandle && !person.personalDataDeactivatedOn && (
            <Button variant="secondary" onPress={() => open('deactivate')}>
              Avaktualisera personuppgiftshantering
            </Button>
          )}
          {maySetPurgeDate && (
            <Button variant="secondary" onPress={() => open('purgeDate')}>
              Ändra gallringsdatum
            </Button>
          )}
        </div>
      )}

      <h3 id="open-cases-heading">Pågående ärenden</h3>
      <p className="sb-muted">Pågående återsökningar och överklaganden hindrar avslut och gallring.</p>
      <DataTable
        label="Pågående ärenden"
        columns={openCaseColumns}
        rows={person.openCases}
        getRowId={(c) => `${c.context}:${c.caseId}`}
        emptyText="Personen har inga pågående ärenden."
        rowTestId="open-case-row"
      />

      {person.handlingHistory && (
        <>
          <h3 id="handling-history-heading">Historik</h3>
          <DataTable
            label="Historik över personuppgifter, avslut och gallring"
            columns={historyColumns}
            rows={person.handlingHistory}
            getRowId={(h) => h.id}
            emptyText="Inga ändringar av personuppgifter, avslut eller gallring."
            rowTestId="handling-history-row"
          />
        </>
      )}

      {dialog === 'close' && <CloseHandlingDialog {...dialogProps} />}
      {dialog === 'reopen' && <ReopenHandlingDialog {...dialogProps} />}
      {dialog === 'moveOut' && <MoveOutDialog {...dialogProps} />}
      {dialog === 'deactivate' && <DeactivatePersonalDataDialog {...dialogProps} />}
      {dialog === 'purgeDate' && <PurgeDateDialog {...dialogProps} />}
    </section>
  );
}
