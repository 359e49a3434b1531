import { canSeeDistrict, districtScope, type Identity } from '@statsbidrag/domain';
import type { FlatRatePaymentRow } from '../infra/flat-rate-payment.entity.js';

/** Central roles see every payment; district roles only payments allocated to their districts. */
export function canSeeFlatRatePayment(identity: Identity, row: Pick<FlatRatePaymentRow, 'districtCode'>): boolean {
  return canSeeDistrict(identity, row.districtCode);
}

/** MikroORM filter limiting payments to the caller's districts (undefined = no limit). */
export function flatRateScopeFilter(identity: Identity): { districtCode: { $in: string[] } } | undefined {
  const scope = districtScope(identity);
  return scope === null ? undefined : { districtCode: { $in: scope } };
}
