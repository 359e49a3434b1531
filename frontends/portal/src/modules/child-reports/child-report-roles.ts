import { Role } from '@statsbidrag/domain';

/** Roles that handle the districts' reports about asylum-seeking children. */
export const CHILD_REPORT_ROLES: readonly Role[] = [Role.ADMINISTRATOR, Role.COORDINATOR];

export const CHILD_REPORTS_PATH = '/barnanmalningar';
