import { Role } from '@statsbidrag/domain';

/** Roles that handle the districts' reports about asylum-seeking children. */
export const CHILD_REPORT_ROLES: readonly Role[] = [Role.ADMINISTRATOR, Role.COORDINATOR];

/** Roles that may correct a report's data in the portal (the district's own staff do it in the SDF app). */
export const CHILD_REPORT_EDIT_ROLES: readonly Role[] = [Role.ADMINISTRATOR, Role.COORDINATOR];

export const CHILD_REPORTS_PATH = '/barnanmalningar';
