import { Role } from '@statsbidrag/domain';
import { gql } from 'urql';

export const AUDIT_LOG_PATH = '/granskningslogg';

/** The audit log of identifier reads is the system administrator's. */
export const AUDIT_LOG_ROLES: readonly Role[] = [Role.SYSTEM_ADMIN];

export interface AuditEntry {
  id: string;
  at: string;
  username: string;
  personId: string;
  subjectType: string;
  fields: string[];
  operation: string;
}

export interface AuditLogFilter {
  personId: string | null;
  username: string | null;
  /** ISO timestamps (start of the from-day, end of the to-day in Swedish time). */
  from: string | null;
  to: string | null;
}

export interface AuditLogVariables {
  filter: AuditLogFilter;
  first: number;
  after: string | null;
}

export const AUDIT_LOG_QUERY = gql<{ auditLog: { totalCount: number; edges: { node: AuditEntry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }, AuditLogVariables>`
  query AuditLog($filter: AuditLogFilterInput, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          at
          username
          personId
          subjectType
          fields
          operation
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const FIELD_LABELS: Record<string, string> = {
  personalIdentityNumber: 'Personnummer',
  migIndividualNumber: 'MiG individnummer',
  birthDate: 'Födelsedatum',
};

export function auditFieldsText(fields: readonly string[]): string {
  return fields.map((f) => FIELD_LABELS[f] ?? f).join(', ');
}

/** Where the read data lives: the person card, or the child-responsibility report. */
export function auditSubjectLink(entry: Pick<AuditEntry, 'subjectType' | 'personId'>): { href: string; label: string } {
  return entry.subjectType === 'CHILD_REPORT'
    ? { href: `/barnanmalningar/${entry.personId}`, label: 'Barnanmälan' }
    : { href: `/personer/${entry.personId}`, label: 'Personkort' };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

/** Midnight in Stockholm at the start of a day (ÅÅÅÅ-MM-DD), as an instant. */
export function stockholmDayStart(date: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  const asStockholm = new Date(utcMidnight.toLocaleString('en-US', { timeZone: 'Europe/Stockholm' }));
  const asUtc = new Date(utcMidnight.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(utcMidnight.getTime() - (asStockholm.getTime() - asUtc.getTime()));
}

/** The filter for whole Swedish days: from the start of `from` to the end of `to`. */
export function dayRange(from: string | null, to: string | null): { from: string | null; to: string | null } {
  const next = (d: string) => new Date(new Date(`${d}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
  return {
    from: from ? stockholmDayStart(from).toISOString() : null,
    to: to ? new Date(stockholmDayStart(next(to)).getTime() - 1).toISOString() : null,
  };
}
