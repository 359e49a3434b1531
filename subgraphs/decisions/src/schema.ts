import { authChecker, buildFederatedSchema } from '@statsbidrag/graphql-kit';
import type { GraphQLSchema } from 'graphql';
import { claimReference } from './claim/graphql/claim.reference.js';
import { ClaimDecisionResolver } from './claim/graphql/claim.resolver.js';
import type { DecisionsContext } from './context.js';
import { decisionReference } from './decision/graphql/decision.reference.js';
import { DecisionResolver } from './decision/graphql/decision.resolver.js';
import { ImportResolver } from './import/graphql/import.resolver.js';
import { PaymentResolver } from './payment/graphql/payment.resolver.js';
import { RecoveryDistrictSummaryResolver, RecoveryResolver } from './recovery/graphql/recovery.resolver.js';

export const DECISIONS_RESOLVERS = [
  DecisionResolver,
  ClaimDecisionResolver,
  ImportResolver,
  PaymentResolver,
  RecoveryResolver,
  RecoveryDistrictSummaryResolver,
] as const;

export function buildDecisionsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<DecisionsContext>({
    resolvers: DECISIONS_RESOLVERS,
    authChecker,
    referenceResolvers: { Decision: decisionReference, Claim: claimReference },
  });
}
