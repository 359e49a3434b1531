import { authChecker, buildFederatedSchema } from '@statsbidrag/graphql-kit';
import type { GraphQLSchema } from 'graphql';
import type { PersonContext } from './context.js';
import { districtReference } from './district/graphql/district.reference.js';
import { DistrictResolver } from './district/graphql/district.resolver.js';
import { personReference } from './person/graphql/person.reference.js';
import { PersonResolver } from './person/graphql/person.resolver.js';
import { ViewerResolver } from './staff/graphql/viewer.resolver.js';

export const PERSON_RESOLVERS = [DistrictResolver, PersonResolver, ViewerResolver] as const;

export function buildPersonSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<PersonContext>({
    resolvers: PERSON_RESOLVERS,
    authChecker,
    referenceResolvers: { District: districtReference, Person: personReference },
  });
}
