import type { SubgraphDefinition } from '@statsbidrag/graphql-kit';
import { ClaimAttachmentEntity } from './attachment/infra/attachment.entity.js';
import {
  ClaimEditEntity,
  ClaimEntity,
  ClaimProposalImportEntity,
  ClaimStatusChangeEntity,
  ClaimSupplementRequestEntity,
  ClaimTypeEntity,
} from './claim/infra/claim.entity.js';
import { ClaimMessageEntity } from './message/infra/message.entity.js';
import { MigApplicationClaimEntity, MigApplicationEntity } from './mig-application/infra/mig-application.entity.js';
import { createLoaders, type ClaimsContext } from './context.js';
import { CLAIMS_PORT } from './environment.js';
import { ClaimDecisionStatusEntity } from './decision-status/claim-decision-status.entity.js';
import { decisionStatusConsumer } from './decision-status/decision-status-consumer.js';
import { clearFreeTextOfPurgedPerson } from './events/person-purged.js';
import { ClaimTypeOfficerEntity } from './organisation/claim-type-officer.entity.js';
import { defaultOfficerConsumer } from './organisation/default-officer-consumer.js';
import { migrations } from './migrations/index.js';
import { buildClaimsSchema } from './schema.js';
import { seedClaimsDemoData } from './seed-data.js';

export const claimsSubgraph: SubgraphDefinition<ClaimsContext> = {
  name: 'claims',
  defaultPort: CLAIMS_PORT,
  entities: [
    ClaimEntity,
    ClaimStatusChangeEntity,
    ClaimSupplementRequestEntity,
    ClaimTypeEntity,
    ClaimTypeOfficerEntity,
    ClaimEditEntity,
    ClaimProposalImportEntity,
    ClaimAttachmentEntity,
    ClaimMessageEntity,
    MigApplicationEntity,
    MigApplicationClaimEntity,
    ClaimDecisionStatusEntity,
  ],
  migrations,
  buildSchema: buildClaimsSchema,
  createContext: (em, identity) => ({ em, identity, loaders: createLoaders(em, identity) }),
  seed: seedClaimsDemoData,
  events: { consumers: [clearFreeTextOfPurgedPerson, defaultOfficerConsumer, decisionStatusConsumer] },
};
