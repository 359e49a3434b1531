import type { SubgraphDefinition } from '@statsbidrag/graphql-kit';
import { closeOcr } from '@statsbidrag/ocr';
import { createLoaders, type DecisionsContext } from './context.js';
import { IMPORT_ENTITIES } from '@statsbidrag/import-engine';
import { ClaimCopyEntity, PersonIdentityEntity } from './copies/infra/copies.entity.js';
import { DecisionEntity } from './decision/infra/decision.entity.js';
import { PaymentLineEntity } from './payment/infra/payment-line.entity.js';
import { RecoveryEntity, RecoveryMessageEntity, RecoveryOffsetEntity } from './recovery/infra/recovery.entity.js';
import { DecisionSettingsEntity } from './settings/infra/decision-settings.entity.js';
import { COPY_CONSUMERS } from './copies/application/copy-consumers.js';
import { importTask } from './import/application/import-jobs.js';
import { DECISIONS_PORT } from './environment.js';
import { migrations } from './migrations/index.js';
import { buildDecisionsSchema } from './schema.js';
import { seedDecisionsDemoData } from './seed-data.js';

export const decisionsSubgraph: SubgraphDefinition<DecisionsContext> = {
  name: 'decisions',
  defaultPort: DECISIONS_PORT,
  entities: [
    DecisionEntity, DecisionSettingsEntity, ClaimCopyEntity, PersonIdentityEntity, PaymentLineEntity,
    RecoveryEntity, RecoveryOffsetEntity, RecoveryMessageEntity, ...IMPORT_ENTITIES,
  ],
  migrations,
  buildSchema: buildDecisionsSchema,
  createContext: (em, identity, runtime) => ({ em, identity, queue: runtime.events, loaders: createLoaders(em, identity) }),
  events: { consumers: COPY_CONSUMERS, tasks: [importTask] },
  seed: seedDecisionsDemoData,
  // The OCR worker (created on the first scanned list) ends with the subgraph.
  onClose: closeOcr,
};
