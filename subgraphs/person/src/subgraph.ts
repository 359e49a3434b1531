import type { SubgraphDefinition } from '@statsbidrag/graphql-kit';
import { AuditEntryEntity } from './audit/infra/audit-entry.entity.js';
import { createPersonContext, type PersonContext } from './context.js';
import { DistrictEntity, UnitEntity } from './district/infra/district.entity.js';
import { EpsImportEntity } from './eps/infra/eps-import.entity.js';
import { ApplicantProfileEntity, OrganisationChangeEntity } from './organisation/infra/organisation.entity.js';
import { migrations } from './migrations/index.js';
import { PersonEntity, RegistrationEntity } from './person/infra/person.entity.js';
import { buildPersonSchema } from './schema.js';
import { seedPersonDemoData } from './seed-data.js';
import { StaffMemberEntity } from './staff/infra/staff.entity.js';
import { PERSON_PORT } from './environment.js';

export const personSubgraph: SubgraphDefinition<PersonContext> = {
  name: 'person',
  defaultPort: PERSON_PORT,
  entities: [DistrictEntity, UnitEntity, StaffMemberEntity, PersonEntity, RegistrationEntity, EpsImportEntity, AuditEntryEntity, ApplicantProfileEntity, OrganisationChangeEntity],
  migrations,
  buildSchema: buildPersonSchema,
  createContext: createPersonContext,
  seed: seedPersonDemoData,
};
