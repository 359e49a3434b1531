import { authChecker, buildFederatedSchema } from '@statsbidrag/graphql-kit';
import type { GraphQLSchema } from 'graphql';
import type { AllocationContext } from './context.js';
import { flatRatePaymentReference } from './flat-rate-payment/graphql/flat-rate-payment.reference.js';
import { FlatRatePaymentResolver } from './flat-rate-payment/graphql/flat-rate-payment.resolver.js';
import { FlatRateImportResolver } from './import/graphql/import.resolver.js';
import { personReference } from './person/graphql/person.reference.js';
import { PersonFlatRatesResolver } from './person/graphql/person.resolver.js';

export const ALLOCATION_RESOLVERS = [FlatRatePaymentResolver, PersonFlatRatesResolver, FlatRateImportResolver] as const;

export function buildAllocationSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<AllocationContext>({
    resolvers: ALLOCATION_RESOLVERS,
    authChecker,
    referenceResolvers: { FlatRatePayment: flatRatePaymentReference, Person: personReference },
  });
}
