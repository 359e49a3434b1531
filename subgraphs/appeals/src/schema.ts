import { authChecker, buildFederatedSchema } from '@statsbidrag/graphql-kit';
import type { GraphQLSchema } from 'graphql';
import { appealReference } from './appeal/graphql/appeal.reference.js';
import { AppealResolver } from './appeal/graphql/appeal.resolver.js';
import type { AppealsContext } from './context.js';
import { decisionReference } from './decision/graphql/decision.reference.js';
import { DecisionAppealResolver } from './decision/graphql/decision.resolver.js';

export const APPEALS_RESOLVERS = [AppealResolver, DecisionAppealResolver] as const;

export function buildAppealsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<AppealsContext>({
    resolvers: APPEALS_RESOLVERS,
    authChecker,
    referenceResolvers: { Appeal: appealReference, Decision: decisionReference },
  });
}
