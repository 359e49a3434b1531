import { canSeeDistrict, districtScope, type Identity } from '@statsbidrag/domain';
import type { DecisionRow } from '../infra/decision.entity.js';

/** Central roles see every decision; district roles only decisions about their districts. */
export function canSeeDecision(identity: Identity, row: Pick<DecisionRow, 'districtCode'>): boolean {
  return canSeeDistrict(identity, row.districtCode);
}

/** MikroORM filter limiting decisions to the caller's districts (undefined = no limit). */
export function decisionScopeFilter(identity: Identity): { districtCode: { $in: string[] } } | undefined {
  const scope = districtScope(identity);
  return scope === null ? undefined : { districtCode: { $in: scope } };
}
