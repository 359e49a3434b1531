import { DataTable, ErrorMessage, Spinner, formatDateTime, type DataTableColumn, graphqlErrorText } from '@statsbidrag/ui';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ORGANISATION_CHANGES_QUERY, type OrganisationChange } from '../graphql/organisation.graphql.js';

export const HISTORY_SIZE = 20;

function parseJson(value: string | null): Record<string, unknown> {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The fields whose values differ between the before and after JSON of a change. */
export function changedFields(change: Pick<OrganisationChange, 'before' | 'after'>, labels: Readonly<Record<string, string>>): string[] {
  const before = parseJson(change.before);
  const after = parseJson(change.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== 'updatedAt' && k !== 'updatedBy');
  return keys.filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)).map((k) => labels[k] ?? k);
}

export interface OrganisationHistoryProps {
  entityType: 'APPLICANT_PROFILE' | 'DISTRICT' | 'STAFF_MEMBER' | 'UNIT' | 'DEFAULT_OFFICER' | 'COMPENSATION_TYPE';
  entityKey?: string | null;
  /** Swedish names of the fields, by JSON key. */
  fieldLabels: Readonly<Record<string, string>>;
  title?: string;
}

/** "Ändringshistorik": who changed what and when, newest first (refreshed when a mutation returns the entity). */
export function OrganisationHistory({ entityType, entityKey = null, fieldLabels, title = 'Ändringshistorik' }: OrganisationHistoryProps) {
  const context = useMemo(() => ({ additionalTypenames: ['ApplicantProfile', 'District', 'StaffMember', 'OrganisationChange', 'Unit', 'ClaimTypeDefaultOfficer', 'CompensationType'] }), []);
  const variables = useMemo(() => ({ entityType, entityKey, first: HISTORY_SIZE }), [entityType, entityKey]);
  const [{ data, error }, reexecute] = useQuery({ query: ORGANISATION_CHANGES_QUERY, variables, context });
  const columns = useMemo<DataTableColumn<OrganisationChange>[]>(
    () => [
      { id: 'at', label: 'Tidpunkt', text: (c) => formatDateTime(c.at), sortValue: (c) => c.at, isRowHeader: true },
      { id: 'username', label: 'Ändrad av', text: (c) => c.username },
      { id: 'fields', label: 'Ändrade uppgifter', text: (c) => (c.before ? changedFields(c, fieldLabels).join(', ') || 'Inga ändringar' : 'Nyskapad'), cellTestId: 'organisation-change-fields' },
    ],
    [fieldLabels],
  );
  const headingId = `organisation-history-${entityType}`;
  return (
    <section className="organisation__history" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {error && !data ? (
        <ErrorMessage title="Historiken kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, 'Tjänsten svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar historik…" />
      ) : (
        <DataTable label={title} columns={columns} rows={data.organisationChanges} getRowId={(c) => c.id} emptyText="Inga ändringar är gjorda ännu." rowTestId="organisation-change-row" />
      )}
    </section>
  );
}
