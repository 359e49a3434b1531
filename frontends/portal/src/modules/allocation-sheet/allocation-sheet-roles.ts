import { Role } from '@statsbidrag/domain';

export const ALLOCATION_PATH = '/fordelning';
export const ALLOCATION_MONTH_PATH = `${ALLOCATION_PATH}/:month`;
export const UNALLOCATED_PATH = `${ALLOCATION_PATH}/:month/ej-fordelade`;
export const sheetPath = (month: string): string => `${ALLOCATION_PATH}/${encodeURIComponent(month)}`;
export const unallocatedPath = (month: string): string => `${sheetPath(month)}/ej-fordelade`;

/** May see and work on the allocation sheets (api: allocationSheet…, saveAllocationSheet…); the subgraph decides too. */
export const ALLOCATION_ROLES: readonly Role[] = [Role.COORDINATOR, Role.ADMINISTRATOR];

/** ÅÅÅÅ-MM */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month before today's (the sheet is made after MiG's payments of a month): "2025-02" in March 2025. */
export function previousMonth(now: Date = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export const SERVICE_DOWN = 'Fördelningstjänsten svarar inte just nu. Försök igen om en stund.';
