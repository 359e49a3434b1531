import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { batchLoader, groupLoader, type IdentityContext } from '@statsbidrag/graphql-kit';
import DataLoader from 'dataloader';
import { AuditTrail } from './audit/application/audit-trail.js';
import { NO_PUBLIC_LINKS, type PublicLinks } from './notification/domain/public-links.js';
import { PersonCaseEntity, type PersonCaseRow } from './case/infra/person-case.entity.js';
import { ChildReportStatusChangeEntity, type ChildReportStatusChangeRow } from './child-report/infra/child-report.entity.js';
import { DistrictEntity, UnitEntity, type DistrictRow, type UnitRow } from './district/infra/district.entity.js';
import { StaffMemberEntity, type StaffMemberRow } from './staff/infra/staff.entity.js';
import { PersonChangeEntity, PersonEntity, RegistrationEntity, type PersonChangeRow, type PersonRow, type RegistrationRow } from './person/infra/person.entity.js';

export interface PersonContext extends IdentityContext {
  em: EntityManager;
  loaders: {
    district: DataLoader<string, DistrictRow | null>;
    person: DataLoader<string, PersonRow | null>;
    /** A person's registrations, newest first. */
    registrations: DataLoader<string, RegistrationRow[]>;
    staff: DataLoader<string, StaffMemberRow | null>;
    /** A district's units, by name. */
    units: DataLoader<string, UnitRow[]>;
    /** Every district (a dozen rows), read once per request. */
    allDistricts(): Promise<DistrictRow[]>;
    /** A child-responsibility report's status history, oldest first. */
    childReportHistory: DataLoader<string, ChildReportStatusChangeRow[]>;
    /** A person's open cases in other subgraphs (from their events), oldest first. */
    openCases: DataLoader<string, PersonCaseRow[]>;
    /** A person's handling history (closure, purge date…), newest first. */
    personChanges: DataLoader<string, PersonChangeRow[]>;
  };
  /** The apps' public addresses, for links in e-mails. */
  links: PublicLinks;
  /** Identifier reads of this request, written to the audit log in one statement per pass. */
  audit: AuditTrail;
}

/** Per-request DataLoaders (one query per batch). */
export function createLoaders(em: EntityManager): PersonContext['loaders'] {
  // Districts are a few dozen rows: every lookup in a request reads them all once (one statement,
  // however the district fields and districtOn of a page interleave).
  let allDistricts: Promise<DistrictRow[]> | null = null;
  const loadAllDistricts = () => (allDistricts ??= em.find(DistrictEntity, {}, { orderBy: { code: 'asc' } }));
  const district = new DataLoader<string, DistrictRow | null>(async (codes) => {
    const byCode = new Map((await loadAllDistricts()).map((d) => [d.code, d]));
    return codes.map((code) => byCode.get(code) ?? null);
  });
  return {
    district,
    person: batchLoader(
      (ids) => em.find(PersonEntity, { id: { $in: [...ids] } }),
      (p) => p.id,
    ),
    registrations: groupLoader(
      (personIds) => em.find(RegistrationEntity, { personId: { $in: [...personIds] } }, { orderBy: { registeredAt: 'desc', createdAt: 'desc', id: 'asc' } }),
      (r) => r.personId,
    ),
    staff: batchLoader(
      (usernames) => em.find(StaffMemberEntity, { username: { $in: [...usernames] } }),
      (s) => s.username,
    ),
    units: groupLoader(
      (districtCodes) => em.find(UnitEntity, { districtCode: { $in: [...districtCodes] } }, { orderBy: { name: 'asc', code: 'asc' } }),
      (u) => u.districtCode,
    ),
    childReportHistory: groupLoader(
      (reportIds) => em.find(ChildReportStatusChangeEntity, { reportId: { $in: [...reportIds] } }, { orderBy: { at: 'asc', id: 'asc' } }),
      (c) => c.reportId,
    ),
    openCases: groupLoader(
      (personIds) => em.find(PersonCaseEntity, { personId: { $in: [...personIds] }, open: true }, { orderBy: { stateAt: 'asc', caseId: 'asc' } }),
      (c) => c.personId!,
    ),
    personChanges: groupLoader(
      (personIds) => em.find(PersonChangeEntity, { personId: { $in: [...personIds] } }, { orderBy: { at: 'desc', id: 'asc' } }),
      (c) => c.personId,
    ),
    allDistricts: loadAllDistricts,
  };
}

export function createPersonContext(em: EntityManager, identity: Identity, links: PublicLinks = NO_PUBLIC_LINKS): PersonContext {
  return { em, identity, loaders: createLoaders(em), audit: new AuditTrail(em, identity), links };
}
