import { Alert, AppLink, Button, DataTable, ErrorMessage, Spinner, formatDate, formatDateTime, formatKronor, formatPeriod, type DataTableColumn, graphqlErrorText } from '@statsbidrag/ui';
import { useCallback, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { PERSON_CARD_QUERY, type PersonCardPerson, type PersonClaim, type PersonFlatRate, type PersonRegistration } from '../graphql/person-card.query.js';
import { usePersonSearchParams } from '../hooks/use-person-search-params.js';
import { clearPersonCardMessage, peekPersonCardMessage } from '../person-card-message.js';
import { HANDLING_HISTORY_ROLES, PERSON_DATA_ROLES, hasRole } from '../person-handling-roles.js';
import { districtText, identityNumberLabel, identityNumberText, PERSONS_PATH, registrationSourceText } from '../person-format.js';
import { AddressStatus } from './address-status.js';
import { DistrictOnDate } from './district-on-date.js';
import { FlatRateScheduleSection } from './flat-rate-schedule-section.js';
import { Missing } from './missing.js';
import { PersonDataDialog } from './person-data-dialog.js';
import { PersonHandlingSection } from './person-handling-section.js';

export const PERSON_NOT_FOUND = 'Personen finns inte eller hör inte till dina stadsdelar';

export interface PersonCardProps {
  id: string;
  /** Client-side navigation of the host. */
  navigate: (url: string) => void;
  /** The viewer's roles: the handling history (AmF) and the closure and retention actions depend on them. */
  roles: readonly string[];
}

const registrationColumns: DataTableColumn<PersonRegistration>[] = [
  { id: 'registeredAt', label: 'Datum', text: (r) => formatDate(r.registeredAt), allowsSorting: true, isRowHeader: true, cellTestId: 'registration-date' },
  { id: 'address', label: 'Adress', text: (r) => r.address ?? '', render: (r) => r.address ?? <Missing />, allowsSorting: true, cellTestId: 'registration-address' },
  { id: 'postalCode', label: 'Postnummer', text: (r) => r.postalCode ?? '', render: (r) => r.postalCode ?? <Missing />, cellTestId: 'registration-postal-code' },
  { id: 'district', label: 'Stadsdel', text: (r) => r.district?.name ?? '', render: (r) => r.district?.name ?? <Missing />, allowsSorting: true, cellTestId: 'registration-district' },
  { id: 'source', label: 'Källa', text: (r) => registrationSourceText(r.source), allowsSorting: true, cellTestId: 'registration-source' },
];

const claimColumns: DataTableColumn<PersonClaim>[] = [
  { id: 'claimType', label: 'Ersättningstyp', text: (c) => `${c.claimType.name} (${c.claimType.code})`, isRowHeader: true, allowsSorting: true, cellTestId: 'person-claim-type' },
  { id: 'district', label: 'Stadsdel', text: (c) => c.district.name, allowsSorting: true },
  { id: 'status', label: 'Status', text: (c) => c.statusLabel, allowsSorting: true, cellTestId: 'person-claim-status' },
  { id: 'amount', label: 'Belopp', text: (c) => formatKronor(c.amount), sortValue: (c) => c.amount ?? -1, allowsSorting: true, align: 'end', cellTestId: 'person-claim-amount' },
  { id: 'period', label: 'Period', text: (c) => formatPeriod(c.periodFrom, c.periodTo), sortValue: (c) => c.periodFrom ?? '', allowsSorting: true },
];

const flatRateColumns: DataTableColumn<PersonFlatRate>[] = [
  { id: 'paymentDate', label: 'Utbetalningsdatum', text: (f) => formatDate(f.paymentDate), isRowHeader: true, allowsSorting: true, cellTestId: 'flat-rate-date' },
  { id: 'kind', label: 'Slag', text: (f) => f.kindLabel, allowsSorting: true, cellTestId: 'flat-rate-kind' },
  { id: 'code', label: 'Ersättningskod', text: (f) => f.compensationCode, allowsSorting: true },
  { id: 'amount', label: 'Belopp', text: (f) => formatKronor(f.amount), sortValue: (f) => f.amount, allowsSorting: true, align: 'end', cellTestId: 'flat-rate-amount' },
];

/** Newest first, whatever order the server sends. */
function newestFirst(registrations: readonly PersonRegistration[]): PersonRegistration[] {
  return [...registrations].sort((a, b) => (a.registeredAt < b.registeredAt ? 1 : a.registeredAt > b.registeredAt ? -1 : 0));
}

/** "Personkort": identifiers, district and address status, population-registration history, district on a date, claims, flat-rate payments and the generalschablon plan. */
export function PersonCard({ id, navigate, roles }: PersonCardProps) {
  const { search } = usePersonSearchParams();
  const withHistory = hasRole(roles, HANDLING_HISTORY_ROLES);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PERSON_CARD_QUERY, variables: { id, withHistory } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const person = data?.person;
  // A message left for this card by the page that navigated here ("… är registrerad."), shown once.
  const [message] = useState(() => peekPersonCardMessage(id));
  useEffect(() => clearPersonCardMessage(id), [id]);

  const backLink = (
    <p className="person-card__back">
      <AppLink href={`${PERSONS_PATH}${search}`} onNavigate={navigate}>
        <span aria-hidden="true">← </span>
        {search ? 'Tillbaka till sökresultatet' : 'Till personsök'}
      </AppLink>
    </p>
  );

  let content;
  if (error && !data) {
    content = (
      <>
        <h1 id="person-heading">Personkort</h1>
        <ErrorMessage title="Personen kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, 'Personregistret svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      </>
    );
  } else if (!data || (fetching && !person)) {
    content = (
      <>
        <h1 id="person-heading">Personkort</h1>
        <Spinner label="Laddar personen…" />
      </>
    );
  } else if (!person) {
    content = (
      <>
        <h1 id="person-heading">Personkort</h1>
        <Alert tone="warning" title={PERSON_NOT_FOUND} data-testid="person-not-found">
          <p>Kontrollera länken, eller sök fram personen igen.</p>
        </Alert>
      </>
    );
  } else {
    content = <PersonDetails person={person} roles={roles} navigate={navigate} message={message} onChanged={refresh} partialError={error ? graphqlErrorText(error, 'En del uppgifter kunde inte hämtas.') : null} />;
  }

  return (
    <article className="person-card" aria-labelledby="person-heading" aria-busy={fetching}>
      {backLink}
      {content}
    </article>
  );
}

interface PersonDetailsProps {
  person: PersonCardPerson;
  roles: readonly string[];
  navigate: (url: string) => void;
  /** A message from the page that navigated here, e.g. after registering the person. */
  message: string | null;
  onChanged: () => void;
  partialError: string | null;
}

function PersonDetails({ person, roles, navigate, message, onChanged, partialError }: PersonDetailsProps) {
  const identity = identityNumberText(person);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(message);
  const mayEdit = !person.purgedAt && hasRole(roles, PERSON_DATA_ROLES);
  return (
    <>
      <h1 id="person-heading">{person.fullName}</h1>
      {saved && <Alert tone="success" title={saved} data-testid="person-data-saved" />}
      {person.purgedAt && (
        <Alert tone="warning" title={`Gallrad ${formatDateTime(person.purgedAt)}`} data-testid="person-purged">
          <p>Personuppgifterna är gallrade. Belopp i ärenden finns kvar utan personuppgifter, och inget kan längre ändras för personen.</p>
        </Alert>
      )}
      {person.protectedIdentity && (
        <Alert tone="warning" title="Skyddad identitet" data-testid="protected-identity">
          <p>Personen har skyddade personuppgifter. Lämna inte ut uppgifter om personen och visa dem inte för obehöriga.</p>
        </Alert>
      )}
      {partialError && (
        <Alert tone="warning" title="En del uppgifter kunde inte hämtas">
          <p>{partialError}</p>
        </Alert>
      )}
      <dl className="sb-facts person-card__facts">
        <dt>{identityNumberLabel(person)}</dt>
        <dd data-testid="person-identity">{identity || <Missing />}</dd>
        <dt>Individnummer (MiG)</dt>
        <dd data-testid="person-mig">{person.migIndividualNumber ?? <Missing />}</dd>
        <dt>Födelsedatum</dt>
        <dd>{formatDate(person.birthDate) || <Missing />}</dd>
        <dt>Stadsdel</dt>
        <dd data-testid="person-district">{districtText(person.district) || <Missing />}</dd>
        <dt>Adressstatus</dt>
        <dd>
          <AddressStatus status={person.addressStatus} label={person.addressStatusLabel} />
        </dd>
      </dl>
      {mayEdit && (
        <div className="sb-toolbar person-data__actions" role="group" aria-label="Åtgärder för personuppgifter">
          <Button
            variant="secondary"
            onPress={() => {
              setSaved(null);
              setEditing(true);
            }}
          >
            Ändra personuppgifter
          </Button>
        </div>
      )}
      {editing && (
        <PersonDataDialog
          person={person}
          navigate={navigate}
          onDone={(done) => {
            setEditing(false);
            if (done) {
              setSaved(done);
              onChanged();
            }
          }}
        />
      )}

      <section className="person-card__section" aria-labelledby="registrations-heading">
        <h2 id="registrations-heading">Folkbokföringshistorik</h2>
        <DataTable
          label="Folkbokföringshistorik"
          columns={registrationColumns}
          rows={newestFirst(person.registrations)}
          getRowId={(r) => r.id}
          emptyText="Det finns ingen folkbokföringsadress registrerad för personen."
          rowTestId="registration-row"
        />
      </section>

      <PersonHandlingSection person={person} roles={roles} onChanged={onChanged} />

      <DistrictOnDate personId={person.id} />

      <section className="person-card__section" aria-labelledby="person-claims-heading">
        <h2 id="person-claims-heading">Återsökningar</h2>
        <DataTable
          label="Personens återsökningar"
          columns={claimColumns}
          rows={person.claims}
          getRowId={(c) => c.id}
          emptyText="Personen har inga återsökningar som du får se."
          rowTestId="person-claim-row"
        />
      </section>

      <section className="person-card__section" aria-labelledby="flat-rates-heading">
        <h2 id="flat-rates-heading">Schablonersättningar</h2>
        <DataTable
          label="Personens schablonersättningar"
          columns={flatRateColumns}
          rows={person.flatRates}
          getRowId={(f) => f.id}
          emptyText="Inga schablonersättningar har betalats ut för personen."
          rowTestId="flat-rate-row"
        />
      </section>

      <FlatRateScheduleSection schedule={person.flatRateSchedule} roles={roles} navigate={navigate} />
    </>
  );
}
