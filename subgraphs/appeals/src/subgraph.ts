import type { SubgraphDefinition } from '@statsbidrag/graphql-kit';
import { AppealEntity } from './appeal/infra/appeal.entity.js';
import { createLoaders, type AppealsContext } from './context.js';
import { APPEALS_PORT } from './environment.js';
import { migrations } from './migrations/index.js';
import { buildAppealsSchema } from './schema.js';
import { seedAppealsDemoData } from './seed-data.js';

export const appealsSubgraph: SubgraphDefinition<AppealsContext> = {
  name: 'appeals',
  defaultPort: APPEALS_PORT,
  entities: [AppealEntity],
  migrations,
  buildSchema: buildAppealsSchema,
  createContext: (em, identity) => ({ em, identity, loaders: createLoaders(em, identity) }),
  seed: seedAppealsDemoData,
};
