import { canSeeDistrict, districtScope, hasAnyRole, isCentral, type Identity } from '@statsbidrag/domain';
import type { RecoverySide } from '../domain/recovery.js';
import type { RecoveryRow } from '../infra/recovery.entity.js';

/** Central roles see every recovery; district roles only those of their districts (never one without a district). */
export function canSeeRecovery(identity: Identity, row: Pick<RecoveryRow, 'districtCode'>): boolean {
  return canSeeDistrict(identity, row.districtCode);
}

/** MikroORM filter limiting recoveries to the caller's districts (undefined = no limit). */
export function recoveryScopeFilter(identity: Identity): { districtCode: { $in: string[] } } | undefined {
  const scope = districtScope(identity);
  return scope === null ? undefined : { districtCode: { $in: scope } };
}

/** The side of the thread the caller writes for: AmF for central roles, otherwise the district. */
export function sideOf(identity: Identity): RecoverySide {
  return isCentral(identity) ? 'AMF' : 'DISTRICT';
}

/** Decides whether to appeal: the coordinator, or the contact person of the recovery's district. */
export function mayDecideAppeal(identity: Identity, row: Pick<RecoveryRow, 'districtCode'>): boolean {
  if (hasAnyRole(identity, ['COORDINATOR'])) return true;
  return hasAnyRole(identity, ['DISTRICT_CONTACT']) && row.districtCode != null && identity.districtCodes.includes(row.districtCode);
}
