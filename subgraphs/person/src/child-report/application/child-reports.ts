import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeDistrict, districtScope, hasAnyRole, isUuid, type Identity } from '@statsbidrag/domain';
import { DomainError, ErrorCode, ForbiddenError, NotFoundError, ValidationError } from '@statsbidrag/graphql-kit';
import { randomUUID } from 'node:crypto';
import { isValidOn } from '../../district/domain/district-validity.js';
import { DistrictEntity, UnitEntity } from '../../district/infra/district.entity.js';
import { notifyDistrictContact } from '../../notification/application/notify-district-contact.js';
import type { PublicLinks } from '../../notification/domain/public-links.js';
import type { ChildReportEvent } from '../../notification/domain/child-report-message.js';
import {
  markReportedToMig,
  startHandling,
  validateChildReport,
  type ChildResponsibilityStatus,
  type FieldProblem,
  type NewChildReportInput,
} from '../domain/child-report.js';
import { ChildReportStatusChangeEntity, ChildResponsibilityReportEntity, type ChildResponsibilityReportRow } from '../infra/child-report.entity.js';

/** AmF roles that may report on a district's behalf and handle reports. */
export const CHILD_REPORT_HANDLERS = ['ADMINISTRATOR', 'COORDINATOR'] as const;
/** Roles that may report a child. District roles only for their own district. */
export const CHILD_REPORT_REPORTERS = ['DISTRICT_OFFICER', 'DISTRICT_CONTACT', ...CHILD_REPORT_HANDLERS] as const;

function refuse(problems: FieldProblem[]): never {
  throw ValidationError.of(problems);
}

function recordStatus(em: EntityManager, identity: Identity, reportId: string, from: ChildResponsibilityStatus | null, to: ChildResponsibilityStatus, changedFields: string[] | null = null): void {
  em.create(ChildReportStatusChangeEntity, { id: randomUUID(), reportId, at: new Date(), username: identity.sub, fromStatus: from, toStatus: to, changedFields });
}

/**
 * Runs a change in one transaction together with the contact person's in-app notification and
 * the queued e-mail (sent by the mail queue after the commit, retried while SMTP is down).
 */
async function changeAndNotify(
  em: EntityManager,
  links: PublicLinks,
  event: ChildReportEvent,
  change: (tx: EntityManager) => Promise<{ report: ChildResponsibilityReportRow; changedFields?: string[] }>,
): Promise<ChildResponsibilityReportRow> {
  return em.transactional(async (tx) => {
    const { report, changedFields } = await change(tx as EntityManager);
    if (event !== 'UPDATED' || changedFields?.length) await notifyDistrictContact(tx as EntityManager, event, report, { changedFields: changedFields ?? [], links });
    await tx.flush();
    return report;
  });
}

export interface ReportChildInput extends NewChildReportInput {
  officerUsername?: string | null;
}

/** A district (or AmF on its behalf) reports that it is responsible for an asylum-seeking child. */
export async function reportChildResponsibility(em: EntityManager, links: PublicLinks, identity: Identity, input: ReportChildInput): Promise<ChildResponsibilityReportRow> {
  const result = validateChildReport(input);
  if (!result.ok) refuse(result.problems);
  const value = result.value;
  const onBehalf = hasAnyRole(identity, CHILD_REPORT_HANDLERS);
  if (!onBehalf && !canSeeDistrict(identity, value.districtCode)) {
    throw new ForbiddenError('Du kan bara anmäla ansvar för asylsökande barn för din egen stadsdel.');
  }
  const district = await em.findOne(DistrictEntity, { code: value.districtCode });
  if (!district || !isValidOn(district, new Date().toISOString().slice(0, 10))) {
    throw new ValidationError('districtCode', `Stadsdelen ${value.districtCode} finns inte eller har upphört.`, 'UNKNOWN_DISTRICT');
  }
  if (value.unitCode) {
    const unit = await em.findOne(UnitEntity, { code: value.unitCode });
    if (!unit || unit.districtCode !== district.code) {
      throw new ValidationError('unitCode', `Enheten ${value.unitCode} hör inte till ${district.name}.`, 'UNKNOWN_UNIT');
    }
  }
  const officerUsername = input.officerUsername?.trim() || identity.sub;
  return changeAndNotify(em, links, 'CREATED', async (tx) => {
    const report = tx.create(ChildResponsibilityReportEntity, {
      id: randomUUID(),
      ...value,
      officerUsername,
      status: 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN',
      handledBy: null,
      reportedToMigAt: null,
      note: null,
    });
    recordStatus(tx, identity, report.id, null, 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN');
    return { report };
  });
}

async function lockReport(tx: EntityManager, id: string): Promise<ChildResponsibilityReportRow> {
  const report = isUuid(id) ? await tx.findOne(ChildResponsibilityReportEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!report) throw new NotFoundError('Anmälan finns inte.');
  return report;
}

/** An AmF administrator starts handling a report (INKOMMEN → HANDLAGGS). */
export async function startHandlingChildReport(em: EntityManager, links: PublicLinks, identity: Identity, id: string): Promise<ChildResponsibilityReportRow> {
  return changeAndNotify(em, links, 'HANDLING_STARTED', async (tx) => {
    const report = await lockReport(tx, id);
    const from = report.status as ChildResponsibilityStatus;
    const next = startHandling(from);
    if (!next.ok) throw new DomainError(ErrorCode.CONFLICT, next.message, { reason: next.reason, status: from });
    report.status = next.value.status;
    report.handledBy = identity.sub;
    recordStatus(tx, identity, report.id, from, next.value.status);
    return { report };
  });
}

/** Marks a report as reported to MiG (HANDLAGGS → RAPPORTERAD_TILL_MIG) with the date and a note. */
export async function markChildReportReportedToMig(
  em: EntityManager,
  links: PublicLinks,
  identity: Identity,
  input: { id: string; reportedAt: string; note?: string | null },
): Promise<ChildResponsibilityReportRow> {
  return changeAndNotify(em, links, 'REPORTED_TO_MIG', async (tx) => {
    const report = await lockReport(tx, input.id);
    const from = report.status as ChildResponsibilityStatus;
    const next = markReportedToMig(from, { reportedAt: input.reportedAt, note: input.note ?? null, receivedOn: report.createdAt.toISOString().slice(0, 10) });
    if (!next.ok) {
      if ('problems' in next) refuse(next.problems);
      throw new DomainError(ErrorCode.CONFLICT, next.message, { reason: next.reason, status: from });
    }
    report.status = next.value.status;
    report.reportedToMigAt = next.value.reportedToMigAt;
    report.note = next.value.note;
    report.handledBy ??= identity.sub;
    recordStatus(tx, identity, report.id, from, next.value.status);
    return { report };
  });
}

export interface ChildReportUpdate {
  id: string;
  unitCode?: string | null;
  officerUsername?: string | null;
  firstName: string;
  lastName: string;
  birthDate: string;
  migIndividualNumber?: string | null;
  question?: string | null;
}

const EDITABLE = ['unitCode', 'officerUsername', 'firstName', 'lastName', 'birthDate', 'migIndividualNumber', 'question'] as const;

/**
 * Corrects a report's data (the district stays: a report for the wrong district is a new report).
 * The district's own staff and AmF may edit; the change is kept in the history with the fields
 * that changed, and the contact person is notified (in the app and by e-mail) when anything did.
 */
export async function updateChildReport(em: EntityManager, links: PublicLinks, identity: Identity, input: ChildReportUpdate): Promise<ChildResponsibilityReportRow> {
  return changeAndNotify(em, links, 'UPDATED', async (tx) => {
    const report = await lockReport(tx, input.id);
    if (!canSeeDistrict(identity, report.districtCode) && !hasAnyRole(identity, CHILD_REPORT_HANDLERS)) throw new NotFoundError('Anmälan finns inte.');
    const result = validateChildReport({ ...input, districtCode: report.districtCode });
    if (!result.ok) refuse(result.problems);
    const value = result.value;
    if (value.unitCode && value.unitCode !== report.unitCode) {
      const unit = await tx.findOne(UnitEntity, { code: value.unitCode });
      if (!unit || unit.districtCode !== report.districtCode) throw new ValidationError('unitCode', `Enheten ${value.unitCode} hör inte till stadsdelen.`, 'UNKNOWN_UNIT');
    }
    const next = { ...value, officerUsername: input.officerUsername?.trim() || report.officerUsername };
    const changed = EDITABLE.filter((f) => (report[f] ?? null) !== (next[f] ?? null));
    if (!changed.length) return { report, changedFields: [] };
    tx.assign(report, Object.fromEntries(changed.map((f) => [f, next[f]])));
    const status = report.status as ChildResponsibilityStatus;
    recordStatus(tx, identity, report.id, status, status, [...changed]);
    return { report, changedFields: [...changed] };
  });
}

/** One report, or null when it does not exist or belongs to another district than the caller's. */
export async function findChildReport(em: EntityManager, identity: Identity, id: string): Promise<ChildResponsibilityReportRow | null> {
  if (!isUuid(id)) return null;
  const report = await em.findOne(ChildResponsibilityReportEntity, { id });
  return report && canSeeDistrict(identity, report.districtCode) ? report : null;
}

/** Reports newest first, limited to the caller's districts. */
export async function findChildReports(
  em: EntityManager,
  identity: Identity,
  filter: { statuses?: ChildResponsibilityStatus[] | null; districtCode?: string | null },
  limit: number,
  offset: number,
): Promise<[ChildResponsibilityReportRow[], number]> {
  const scope = districtScope(identity);
  const codes: string[][] = [];
  if (scope !== null) codes.push(scope);
  if (filter.districtCode?.trim()) codes.push([filter.districtCode.trim()]);
  const where: Record<string, unknown> = {};
  if (codes.length) where.districtCode = { $in: codes.reduce((a, b) => a.filter((c) => b.includes(c))) };
  if (filter.statuses?.length) where.status = { $in: [...filter.statuses] };
  return em.findAndCount(ChildResponsibilityReportEntity, where, { orderBy: { createdAt: 'desc', id: 'asc' }, limit, offset });
}
