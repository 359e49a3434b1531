import { decodeCursor, pageSize, toPage, ValidationError } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PersonContext } from '../../context.js';
import { District, toDistrict } from '../../district/graphql/district.type.js';
import { findApplicantProfile, updateApplicantProfile } from '../application/applicant-profile.js';
import { setDistrictContact } from '../application/district-contact.js';
import { ORGANISATION_ENTITY_TYPES, type OrganisationEntityType } from '../application/organisation-history.js';
import { findStaffMembers, upsertStaffMember } from '../application/staff-members.js';
import { OrganisationChangeEntity } from '../infra/organisation.entity.js';
import { ApplicantProfile, toApplicantProfile, UpdateApplicantProfileInput } from './applicant-profile.type.js';
import { OrganisationChange, toOrganisationChange } from './organisation-change.type.js';
import { StaffMember, StaffMemberConnection, StaffMemberFilterInput, toStaffMember, UpsertStaffMemberInput } from './staff-member.type.js';
import { SetDistrictContactInput, toUnit, Unit } from './unit.type.js';

const STAFF_READERS = ['SYSTEM_ADMIN', 'COORDINATOR', 'ADMINISTRATOR', 'DISTRICT_CONTACT', 'DISTRICT_OFFICER'] as const;

@Resolver(() => ApplicantProfile)
export class ApplicantProfileResolver {
  @Authorized()
  @Query(() => ApplicantProfile, { nullable: true, description: 'Uppgiftslämnaren (ansökande kommun). Tomt om den inte är inlagd.' })
  async applicantProfile(@Ctx() { em }: PersonContext): Promise<ApplicantProfile | null> {
    const row = await findApplicantProfile(em);
    return row ? toApplicantProfile(row) : null;
  }

  @Authorized(['SYSTEM_ADMIN'])
  @Mutation(() => ApplicantProfile, { description: 'Ändra uppgiftslämnaren. Endast systemansvarig; ändringen sparas i historiken.' })
  async updateApplicantProfile(@Arg('input', () => UpdateApplicantProfileInput) input: UpdateApplicantProfileInput, @Ctx() { em, identity }: PersonContext): Promise<ApplicantProfile> {
    return toApplicantProfile(await updateApplicantProfile(em, identity, input));
  }
}

@Resolver(() => StaffMember)
export class StaffMemberResolver {
  @Authorized([...STAFF_READERS])
  @Query(() => StaffMemberConnection, { description: 'Medarbetare med roller, sorterade på namn. Stadsdelens medarbetare ser bara sin stadsdels medarbetare.' })
  async staffMembers(
    @Ctx() { em, identity }: PersonContext,
    @Arg('filter', () => StaffMemberFilterInput, { nullable: true }) filter?: StaffMemberFilterInput | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<StaffMemberConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const [rows, total] = await findStaffMembers(em, filter ?? {}, limit, offset, identity);
    return toPage(rows.map(toStaffMember), offset, total);
  }

  @Authorized(['SYSTEM_ADMIN'])
  @Mutation(() => StaffMember, { description: 'Skapa eller ändra en medarbetare. Endast systemansvarig; ändringen sparas i historiken.' })
  async upsertStaffMember(@Arg('input', () => UpsertStaffMemberInput) input: UpsertStaffMemberInput, @Ctx() { em, identity }: PersonContext): Promise<StaffMember> {
    return toStaffMember(await upsertStaffMember(em, identity, input));
  }
}

@Resolver(() => OrganisationChange)
export class OrganisationChangeResolver {
  @Authorized(['SYSTEM_ADMIN'])
  @Query(() => [OrganisationChange], { description: 'Historik över ändringar i organisationen, senaste först. Endast systemansvarig.' })
  async organisationChanges(
    @Ctx() { em }: PersonContext,
    @Arg('entityType', () => String, { nullable: true, description: 'APPLICANT_PROFILE, DISTRICT, STAFF_MEMBER, UNIT, DEFAULT_OFFICER eller COMPENSATION_TYPE.' }) entityType?: string | null,
    @Arg('entityKey', () => String, { nullable: true, description: 'Stadsdelskod, användarnamn, enhetskod, ersättningskod eller DEFAULT.' }) entityKey?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
  ): Promise<OrganisationChange[]> {
    const limit = pageSize(first);
    const where: Record<string, unknown> = {};
    if (entityType) {
      if (!ORGANISATION_ENTITY_TYPES.includes(entityType as OrganisationEntityType)) {
        throw new ValidationError('entityType', `Okänd typ: ${entityType}. Använd ${ORGANISATION_ENTITY_TYPES.join(', ')}.`);
      }
      where.entityType = entityType;
    }
    if (entityKey) where.entityKey = entityKey.trim();
    const rows = await em.find(OrganisationChangeEntity, where, { orderBy: { at: 'desc', id: 'asc' }, limit });
    return rows.map(toOrganisationChange);
  }
}

@Resolver(() => District)
export class DistrictOrganisationResolver {
  @Authorized(['SYSTEM_ADMIN'])
  @Mutation(() => District, { description: 'Sätt stadsdelens kontaktperson. Endast systemansvarig; ändringen sparas i historiken.' })
  async setDistrictContact(@Arg('input', () => SetDistrictContactInput) input: SetDistrictContactInput, @Ctx() { em, identity }: PersonContext): Promise<District> {
    return toDistrict(await setDistrictContact(em, identity, input));
  }

  @Authorized()
  @FieldResolver(() => StaffMember, { nullable: true, description: 'Stadsdelens kontaktperson (tom om ingen är utsedd).' })
  async contact(@Root() district: District, @Ctx() { loaders }: PersonContext): Promise<StaffMember | null> {
    const staff = district.contactUsername ? await loaders.staff.load(district.contactUsername) : null;
    return staff ? toStaffMember(staff) : null;
  }

  @Authorized()
  @FieldResolver(() => [Unit], { description: 'Stadsdelens enheter, sorterade på namn. Utan argument bara aktiva enheter.' })
  async units(
    @Root() district: District,
    @Ctx() { loaders }: PersonContext,
    @Arg('includeInactive', { defaultValue: false, description: 'Ta med även avvecklade enheter.' }) includeInactive?: boolean,
  ): Promise<Unit[]> {
    return (await loaders.units.load(district.code)).filter((u) => includeInactive || u.active !== false).map(toUnit);
  }
}
