import type { SubgraphDefinition } from '@statsbidrag/graphql-kit';
import { createLoaders, type AllocationContext } from './context.js';
import { ALLOCATION_PORT } from './environment.js';
import { FlatRatePaymentEntity } from './flat-rate-payment/infra/flat-rate-payment.entity.js';
import { migrations } from './migrations/index.js';
import { buildAllocationSchema } from './schema.js';
import { seedAllocationDemoData } from './seed-data.js';

export const allocationSubgraph: SubgraphDefinition<AllocationContext> = {
  name: 'allocation',
  defaultPort: ALLOCATION_PORT,
  entities: [FlatRatePaymentEntity],
  migrations,
  buildSchema: buildAllocationSchema,
  createContext: (em, identity) => ({ em, identity, loaders: createLoaders(em, identity) }),
  seed: seedAllocationDemoData,
};
