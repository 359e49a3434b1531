import type { SubgraphDefinition } from '@statsbidrag/graphql-kit';
import { createLoaders, type DecisionsContext } from './context.js';
import { DecisionEntity } from './decision/infra/decision.entity.js';
import { DECISIONS_PORT } from './environment.js';
import { migrations } from './migrations/index.js';
import { buildDecisionsSchema } from './schema.js';
import { seedDecisionsDemoData } from './seed-data.js';

export const decisionsSubgraph: SubgraphDefinition<DecisionsContext> = {
  name: 'decisions',
  defaultPort: DECISIONS_PORT,
  entities: [DecisionEntity],
  migrations,
  buildSchema: buildDecisionsSchema,
  createContext: (em, identity) => ({ em, identity, loaders: createLoaders(em, identity) }),
  seed: seedDecisionsDemoData,
};
