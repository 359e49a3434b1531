import { authChecker, buildFederatedSchema } from '@statsbidrag/graphql-kit';
import type { GraphQLSchema } from 'graphql';
import { claimReference, personReference } from './claim/graphql/claim.reference.js';
import { ATTACHMENT_RESOLVERS } from './attachment/graphql/claim-attachments.resolver.js';
import { ClaimResolver } from './claim/graphql/claim.resolver.js';
import { ClaimTransitionsResolver } from './claim/graphql/claim-transitions.resolver.js';
import { ClaimDetailsResolver } from './claim/graphql/claim-details.resolver.js';
import { ClaimListFieldsResolver } from './claim/graphql/claim-list-fields.resolver.js';
import type { ClaimsContext } from './context.js';
import { ClaimMessageResolver } from './message/graphql/claim-message.resolver.js';
import { ClaimMigApplicationsResolver, MigApplicationResolver } from './mig-application/graphql/mig-application.resolver.js';
import { PersonClaimsResolver } from './person/graphql/person-claims.resolver.js';

export const CLAIMS_RESOLVERS = [
  ClaimResolver,
  ClaimTransitionsResolver,
  PersonClaimsResolver,
  ClaimListFieldsResolver,
  ClaimDetailsResolver,
  ClaimMessageResolver,
  ...ATTACHMENT_RESOLVERS,
  MigApplicationResolver,
  ClaimMigApplicationsResolver,
] as const;

export function buildClaimsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<ClaimsContext>({
    resolvers: CLAIMS_RESOLVERS,
    authChecker,
    referenceResolvers: { Claim: claimReference, Person: personReference },
  });
}
