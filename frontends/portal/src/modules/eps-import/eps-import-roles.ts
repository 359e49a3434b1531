import { Role } from '@statsbidrag/domain';

/** Roles that may import an EPS extract (docs/CONTRACT.md: importEpsExtract, epsImports). */
export const EPS_IMPORT_ROLES: readonly Role[] = [Role.COORDINATOR, Role.ADMINISTRATOR, Role.SYSTEM_ADMIN];

export const EPS_IMPORT_PATH = '/eps-import';
