import { authChecker, buildFederatedSchema } from '@statsbidrag/graphql-kit';
import type { GraphQLSchema } from 'graphql';
import type { AllocationContext } from './context.js';
import { flatRatePaymentReference } from './flat-rate-payment/graphql/flat-rate-payment.reference.js';
import { FlatRatePaymentResolver } from './flat-rate-payment/graphql/flat-rate-payment.resolver.js';
import { personReference } from './person/graphql/person.reference.js';
import { PersonFlatRatesResolver } from './person/graphql/person.resolver.js';
import { FlatRateForecastRowResolver, FlatRateScheduleResolver } from './schedule/graphql/flat-rate-schedule.resolver.js';

export const ALLOCATION_RESOLVERS = [FlatRatePaymentResolver, PersonFlatRatesResolver, FlatRateScheduleResolver, FlatRateForecastRowResolver] as const;

export function buildAllocationSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<AllocationContext>({
    resolvers: ALLOCATION_RESOLVERS,
    authChecker,
    referenceResolvers: { FlatRatePayment: flatRatePaymentReference, Person: personReference },
  });
}
