import { authChecker, buildFederatedSchema } from '@statsbidrag/graphql-kit';
import type { GraphQLSchema } from 'graphql';
import { AuditLogResolver } from './audit/graphql/audit-log.resolver.js';
import { ChildResponsibilityReportResolver } from './child-report/graphql/child-report.resolver.js';
import { compensationTypeReference } from './compensation-type/graphql/compensation-type.reference.js';
import { CompensationTypeResolver } from './compensation-type/graphql/compensation-type.resolver.js';
import { PersonHandlingResolver } from './closure/graphql/closure.resolver.js';
import type { PersonContext } from './context.js';
import { RetentionResolver } from './retention/graphql/retention.resolver.js';
import { DistrictAdminResolver, UnitAdminResolver } from './district/graphql/district-admin.resolver.js';
import { districtReference } from './district/graphql/district.reference.js';
import { DistrictResolver } from './district/graphql/district.resolver.js';
import { EpsImportResolver } from './eps/graphql/eps-import.resolver.js';
import { ApplicantProfileResolver, DistrictOrganisationResolver, OrganisationChangeResolver, StaffMemberResolver } from './organisation/graphql/organisation.resolver.js';
import { DefaultOfficerResolver } from './organisation/graphql/default-officer.resolver.js';
import { NotificationResolver } from './notification/graphql/notification.resolver.js';
import { personReference } from './person/graphql/person.reference.js';
import { PersonResolver, RegistrationResolver } from './person/graphql/person.resolver.js';
import { ViewerResolver } from './staff/graphql/viewer.resolver.js';

export const PERSON_RESOLVERS = [DistrictResolver, PersonResolver, RegistrationResolver, EpsImportResolver, AuditLogResolver, ViewerResolver,
  ApplicantProfileResolver, StaffMemberResolver, OrganisationChangeResolver, DistrictOrganisationResolver, ChildResponsibilityReportResolver, NotificationResolver,
  DistrictAdminResolver, UnitAdminResolver, DefaultOfficerResolver, CompensationTypeResolver, PersonHandlingResolver, RetentionResolver] as const;

export function buildPersonSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<PersonContext>({
    resolvers: PERSON_RESOLVERS,
    authChecker,
    referenceResolvers: { District: districtReference, Person: personReference, CompensationType: compensationTypeReference },
  });
}
