import { Alert, AppLink, DataTable, ErrorMessage, Spinner, formatDate, formatDateTime, formatKronor, formatPeriod, graphqlErrorText, type DataTableColumn } from '@statsbidrag/ui';
import { useQuery } from 'urql';
import { SDF_PERSON_QUERY, type SdfOpenCase, type SdfPerson, type SdfPersonClaim, type SdfRegistration } from '../graphql/person.query.js';
import { usePersonSearchTerm } from '../hooks/use-person-search-term.js';
import { caseContextText, closedText, identityNumberLabel, identityNumberText, PERSON_NOT_FOUND, personNameText, PERSONS_PATH } from '../person-format.js';
import '../persons.css';
import { AddressStatus } from './address-status.js';
import { FlatRateScheduleSection } from './flat-rate-schedule-section.js';
import { Missing } from './missing.js';

export interface PersonCardPageProps {
  id: string;
  /** Client-side navigation of the host. */
  navigate: (url: string) => void;
}

const registrationColumns: DataTableColumn<SdfRegistration>[] = [
  { id: 'registeredAt', label: 'Folkbokförd', text: (r) => formatDate(r.registeredAt), allowsSorting: true, isRowHeader: true, cellTestId: 'registration-date' },
  { id: 'address', label: 'Adress', text: (r) => r.address ?? '', render: (r) => r.address ?? <Missing />, allowsSorting: true, cellTestId: 'registration-address' },
  { id: 'postalCode', label: 'Postnummer', text: (r) => r.postalCode ?? '', render: (r) => r.postalCode ?? <Missing />, cellTestId: 'registration-postal-code' },
  { id: 'district', label: 'Stadsdel', text: (r) => r.district?.name ?? '', render: (r) => r.district?.name ?? <Missing />, allowsSorting: true, cellTestId: 'registration-district' },
];

const caseColumns: DataTableColumn<SdfOpenCase>[] = [
  { id: 'label', label: 'Ärende', text: (c) => c.label, isRowHeader: true, allowsSorting: true, cellTestId: 'open-case-label' },
  { id: 'context', label: 'Slag', text: (c) => caseContextText(c.context), allowsSorting: true },
  { id: 'status', label: 'Status', text: (c) => c.statusLabel, allowsSorting: true, cellTestId: 'open-case-status' },
];

const claimColumns: DataTableColumn<SdfPersonClaim>[] = [
  { id: 'claimType', label: 'Ersättningstyp', text: (c) => `${c.claimType.name} (${c.claimType.code})`, isRowHeader: true, allowsSorting: true, cellTestId: 'person-claim-type' },
  { id: 'period', label: 'Period', text: (c) => formatPeriod(c.periodFrom, c.periodTo), sortValue: (c) => c.periodFrom ?? '', allowsSorting: true, cellTestId: 'person-claim-period' },
  { id: 'status', label: 'Status', text: (c) => c.statusLabel, allowsSorting: true, cellTestId: 'person-claim-status' },
  { id: 'amount', label: 'Belopp', text: (c) => formatKronor(c.amount), sortValue: (c) => c.amount ?? -1, allowsSorting: true, align: 'end', cellTestId: 'person-claim-amount' },
];

/** Newest first, whatever order the server sends. */
function newestFirst(registrations: readonly SdfRegistration[]): SdfRegistration[] {
  return [...registrations].sort((a, b) => (a.registeredAt < b.registeredAt ? 1 : a.registeredAt > b.registeredAt ? -1 : 0));
}

/** A protected person's addresses are never shown, whatever the API sends. */
function shownRegistrations(person: SdfPerson): SdfRegistration[] {
  const rows = newestFirst(person.registrations);
  return person.protectedIdentity ? rows.map((r) => ({ ...r, address: null, postalCode: null })) : rows;
}

/** The read-only person card of the SDF app: identity, district, address, registrations, closure, open cases, claims and the generalschablon plan. */
export function PersonCardPage({ id, navigate }: PersonCardPageProps) {
  const { search } = usePersonSearchTerm();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SDF_PERSON_QUERY, variables: { id } });
  const person = data?.person;

  let content;
  if (error && !data) {
    content = (
      <>
        <h1 id="sdf-person-heading">Person</h1>
        <ErrorMessage title="Personen kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })} data-testid="person-error">
          <p>{graphqlErrorText(error, 'Personregistret svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      </>
    );
  } else if (!data) {
    content = (
      <>
        <h1 id="sdf-person-heading">Person</h1>
        <Spinner label="Laddar personen…" />
      </>
    );
  } else if (!person) {
    content = (
      <>
        <h1 id="sdf-person-heading">Person</h1>
        <Alert tone="warning" title={PERSON_NOT_FOUND} data-testid="person-not-found">
          <p>Kontrollera länken, eller sök fram personen igen.</p>
        </Alert>
      </>
    );
  } else {
    content = <PersonDetails person={person} partialError={error ? graphqlErrorText(error, 'En del uppgifter kunde inte hämtas.') : null} />;
  }

  return (
    <article aria-labelledby="sdf-person-heading" aria-busy={fetching}>
      <p className="sdf-person__back">
        <AppLink href={`${PERSONS_PATH}${search}`} onNavigate={navigate}>
          <span aria-hidden="true">← </span>
          Tillbaka till sökningen
        </AppLink>
      </p>
      {content}
    </article>
  );
}

function PersonDetails({ person, partialError }: { person: SdfPerson; partialError: string | null }) {
  const protectedIdentity = person.protectedIdentity;
  return (
    <>
      <h1 id="sdf-person-heading" data-testid="person-name">
        {personNameText(person)}
      </h1>
      {person.purgedAt && (
        <Alert tone="warning" title={`Gallrad ${formatDateTime(person.purgedAt)}`} data-testid="person-purged">
          <p>Personuppgifterna är gallrade. Belopp i ärenden finns kvar utan personuppgifter.</p>
        </Alert>
      )}
      {protectedIdentity && (
        <Alert tone="warning" title="Skyddad identitet" data-testid="protected-identity">
          <p>Personen har skyddade personuppgifter. Endast MiG individnummer visas. Lämna inte ut uppgifter om personen.</p>
        </Alert>
      )}
      {partialError && (
        <Alert tone="warning" title="En del uppgifter kunde inte hämtas" data-testid="person-partial-error">
          <p>{partialError}</p>
        </Alert>
      )}

      <section className="sdf-person__section" aria-labelledby="sdf-person-identity-heading">
        <h2 id="sdf-person-identity-heading">Identitet och adress</h2>
        <dl className="sb-facts">
          <dt>{identityNumberLabel(person)}</dt>
          <dd data-testid="person-identity">{identityNumberText(person) || <Missing />}</dd>
          <dt>MiG individnummer</dt>
          <dd data-testid="person-mig">{person.migIndividualNumber ?? <Missing />}</dd>
          {!protectedIdentity && (
            <>
              <dt>Födelsedatum</dt>
              <dd data-testid="person-birth-date">{formatDate(person.birthDate) || <Missing />}</dd>
            </>
          )}
          <dt>Stadsdel</dt>
          <dd data-testid="person-district">{person.district?.name ?? <Missing />}</dd>
          <dt>Adressläge</dt>
          <dd>
            <AddressStatus status={person.addressStatus} label={person.addressStatusLabel} />
          </dd>
        </dl>
      </section>

      <section className="sdf-person__section" aria-labelledby="sdf-person-registrations-heading">
        <h2 id="sdf-person-registrations-heading">Folkbokföringshistorik</h2>
        <DataTable
          label="Folkbokföringshistorik"
          columns={registrationColumns}
          rows={shownRegistrations(person)}
          getRowId={(r) => r.id}
          emptyText="Det finns ingen folkbokföring registrerad för personen."
          rowTestId="registration-row"
        />
      </section>

      <section className="sdf-person__section" aria-labelledby="sdf-person-closure-heading">
        <h2 id="sdf-person-closure-heading">Avslut och gallring</h2>
        <dl className="sb-facts">
          <dt>Avslutad</dt>
          <dd data-testid="person-closed">{closedText(person) || 'Nej, hanteringen pågår'}</dd>
          <dt>Utflyttning</dt>
          <dd data-testid="person-moved-out">{formatDate(person.movedOutOn) || <Missing />}</dd>
          <dt>Gallringsdatum</dt>
          <dd data-testid="person-purge-on">{formatDate(person.purgeOn) || <Missing />}</dd>
        </dl>
      </section>

      <section className="sdf-person__section" aria-labelledby="sdf-person-cases-heading">
        <h2 id="sdf-person-cases-heading">Pågående ärenden</h2>
        <DataTable
          label="Pågående ärenden"
          columns={caseColumns}
          rows={person.openCases}
          getRowId={(c) => `${c.context}:${c.caseId}`}
          emptyText="Personen har inga pågående ärenden."
          rowTestId="open-case-row"
        />
      </section>

      <section className="sdf-person__section" aria-labelledby="sdf-person-claims-heading">
        <h2 id="sdf-person-claims-heading">Återsökningar</h2>
        <DataTable
          label="Personens återsökningar"
          columns={claimColumns}
          rows={person.claims}
          getRowId={(c) => c.id}
          emptyText="Personen har inga återsökningar i din stadsdel."
          rowTestId="person-claim-row"
        />
      </section>

      <FlatRateScheduleSection schedule={person.flatRateSchedule} />
    </>
  );
}
