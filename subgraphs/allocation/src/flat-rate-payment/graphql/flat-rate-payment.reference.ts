import { authorizedReference } from '@statsbidrag/graphql-kit';
import type { AllocationContext } from '../../context.js';
import { canSeeFlatRatePayment } from '../application/flat-rate-access.js';
import { toFlatRatePayment } from './flat-rate-payment.type.js';

/** FlatRatePayment references: batched, and null for payments outside the caller's districts. */
export const flatRatePaymentReference = authorizedReference<AllocationContext, { id: string }>(
  () => undefined,
  async (ref, { loaders, identity }) => {
    const row = await loaders.flatRatePayment.load(ref.id);
    return row && canSeeFlatRatePayment(identity, row) ? toFlatRatePayment(row) : null;
  },
);
