import { authChecker, buildFederatedSchema } from '@statsbidrag/graphql-kit';
import type { GraphQLSchema } from 'graphql';
import { claimReference, personReference } from './claim/graphql/claim.reference.js';
import { ClaimResolver } from './claim/graphql/claim.resolver.js';
import { ClaimTransitionsResolver } from './claim/graphql/claim-transitions.resolver.js';
import { ClaimDetailsResolver } from './claim/graphql/claim-details.resolver.js';
import type { ClaimsContext } from './context.js';
import { PersonClaimsResolver } from './person/graphql/person-claims.resolver.js';

export const CLAIMS_RESOLVERS = [ClaimResolver, ClaimTransitionsResolver, PersonClaimsResolver, ClaimDetailsResolver] as const;

export function buildClaimsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<ClaimsContext>({
    resolvers: CLAIMS_RESOLVERS,
    authChecker,
    referenceResolvers: { Claim: claimReference, Person: personReference },
  });
}
