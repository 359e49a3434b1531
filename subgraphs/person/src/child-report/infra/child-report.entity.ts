import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Ansvar för asylsökande barn: a district reports that it is responsible for an asylum-seeking child. */
export const ChildResponsibilityReportEntity = defineEntity({
  name: 'ChildResponsibilityReport',
  tableName: 'child_responsibility_report',
  properties: {
    id: p.uuid().primary(),
    districtCode: p.string().index(),
    unitCode: p.string().nullable(),
    officerUsername: p.string(),
    firstName: p.string(),
    lastName: p.string(),
    birthDate: p.date(),
    migIndividualNumber: p.string().nullable(),
    question: p.text().nullable(),
    /** ChildResponsibilityStatus (see domain/child-report.ts). */
    status: p.string().index(),
    handledBy: p.string().nullable(),
    reportedToMigAt: p.date().nullable(),
    note: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type ChildResponsibilityReportRow = InferEntity<typeof ChildResponsibilityReportEntity>;

/** Status history of a report: who moved it, when, from which status to which (append-only). */
export const ChildReportStatusChangeEntity = defineEntity({
  name: 'ChildReportStatusChange',
  tableName: 'child_report_status_change',
  properties: {
    id: p.uuid().primary(),
    reportId: p.uuid().index(),
    at: p.datetime(),
    username: p.string(),
    fromStatus: p.string().nullable(),
    toStatus: p.string(),
    /** For a data edit (status unchanged): which fields changed, e.g. firstName, birthDate. */
    changedFields: p.json<string[]>().nullable(),
  },
});
export type ChildReportStatusChangeRow = InferEntity<typeof ChildReportStatusChangeEntity>;
