import { CENTRAL_ROLES } from '@statsbidrag/domain';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { PersonContext } from '../../context.js';
import { toCompensationType } from '../../compensation-type/graphql/compensation-type.type.js';
import { listDefaultOfficers, setDefaultOfficer, type ClaimTypeAssignment } from '../application/default-officers.js';
import { GRANTS_TEAM_NAME } from '../domain/default-officer.js';
import { ClaimTypeDefaultOfficer, SetDefaultOfficerInput } from './default-officer.type.js';
import { toStaffMember } from './staff-member.type.js';

async function toView(a: ClaimTypeAssignment, { loaders }: PersonContext): Promise<ClaimTypeDefaultOfficer> {
  const username = a.setting?.officerUsername ?? null;
  const staff = username ? await loaders.staff.load(username) : null;
  return {
    claimTypeCode: a.claimType.code,
    claimType: toCompensationType(a.claimType),
    grantsTeam: !staff,
    officer: staff ? toStaffMember(staff) : null,
    assigneeName: staff?.name ?? GRANTS_TEAM_NAME,
    updatedAt: a.setting?.updatedAt ?? null,
    updatedBy: a.setting?.updatedBy ?? null,
  };
}

@Resolver(() => ClaimTypeDefaultOfficer)
export class DefaultOfficerResolver {
  @Authorized([...CENTRAL_ROLES])
  @Query(() => [ClaimTypeDefaultOfficer], {
    description: 'Varje återsökningstyp (ersättningskod som betalas efter ansökan och gäller i dag) med sin standardhandläggare, sorterade på kod. AmF:s roller.',
  })
  async defaultOfficers(@Ctx() context: PersonContext): Promise<ClaimTypeDefaultOfficer[]> {
    return Promise.all((await listDefaultOfficers(context.em)).map((a) => toView(a, context)));
  }

  @Authorized(['SYSTEM_ADMIN'])
  @Mutation(() => ClaimTypeDefaultOfficer, { description: 'Sätt standardhandläggare för en återsökningstyp (tomt användarnamn = Statsbidragsgruppen). Endast systemansvarig; sparas i historiken.' })
  async setDefaultOfficer(@Arg('input', () => SetDefaultOfficerInput) input: SetDefaultOfficerInput, @Ctx() context: PersonContext): Promise<ClaimTypeDefaultOfficer> {
    return toView(await setDefaultOfficer(context.em, context.identity, input), context);
  }
}
