import { canSeeDistrict, districtScope, type Identity } from '@statsbidrag/domain';
import type { AppealRow } from '../infra/appeal.entity.js';

/** Central roles see every appeal; district roles only appeals about their districts. */
export function canSeeAppeal(identity: Identity, row: Pick<AppealRow, 'districtCode'>): boolean {
  return canSeeDistrict(identity, row.districtCode);
}

/** MikroORM filter limiting appeals to the caller's districts (undefined = no limit). */
export function appealScopeFilter(identity: Identity): { districtCode: { $in: string[] } } | undefined {
  const scope = districtScope(identity);
  return scope === null ? undefined : { districtCode: { $in: scope } };
}
