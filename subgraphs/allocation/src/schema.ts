import { authChecker, buildFederatedSchema } from '@statsbidrag/graphql-kit';
import type { GraphQLSchema } from 'graphql';
import { AllocationSheetResolver } from './allocation-sheet/graphql/allocation-sheet.resolver.js';
import type { AllocationContext } from './context.js';
import { DistrictViewResolver } from './district-view/graphql/district-view.resolver.js';
import { flatRatePaymentReference } from './flat-rate-payment/graphql/flat-rate-payment.reference.js';
import { FlatRatePaymentResolver } from './flat-rate-payment/graphql/flat-rate-payment.resolver.js';
import { FlatRateImportResolver } from './import/graphql/import.resolver.js';
import { ScannedFlatRateDecisionResolver } from './import/graphql/scanned-decision.resolver.js';
import { personReference } from './person/graphql/person.reference.js';
import { PersonFlatRatesResolver } from './person/graphql/person.resolver.js';
import { FlatRateForecastRowResolver, FlatRateScheduleResolver } from './schedule/graphql/flat-rate-schedule.resolver.js';

export const ALLOCATION_RESOLVERS = [
  FlatRatePaymentResolver, PersonFlatRatesResolver, FlatRateImportResolver, FlatRateScheduleResolver, FlatRateForecastRowResolver, AllocationSheetResolver, DistrictViewResolver, ScannedFlatRateDecisionResolver,
] as const;

export function buildAllocationSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<AllocationContext>({
    resolvers: ALLOCATION_RESOLVERS,
    authChecker,
    referenceResolvers: { FlatRatePayment: flatRatePaymentReference, Person: personReference },
  });
}
