import { authorizedReference } from '@statsbidrag/graphql-kit';
import type { AllocationContext } from '../../context.js';
import { personRef } from './person.type.js';

/**
 * Person representations from the gateway. This subgraph holds no person data, only the key: the
 * district scope is applied to the payments in `Person.flatRates`.
 */
export const personReference = authorizedReference<AllocationContext, { id: string }>(
  () => undefined,
  (ref) => personRef(ref.id),
);
