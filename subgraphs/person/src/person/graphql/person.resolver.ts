import { DateScalar, decodeCursor, pageSize, toPage } from '@statsbidrag/graphql-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { operationLabel, type AuditedPersonField } from '../../audit/application/audit-trail.js';
import type { PersonContext } from '../../context.js';
import { District, toDistrict } from '../../district/graphql/district.type.js';
import { ADDRESS_STATUS_LABELS } from '../domain/address-status.js';
import { districtOn } from '../domain/registration-history.js';
import { canSeePerson, toPersonView, toRegistrationView } from '../application/person-access.js';
import { registerPerson } from '../application/register-person.js';
import { searchPersons } from '../application/search-persons.js';
import { Person, PersonConnection, Registration } from './person.type.js';
import { RegisterPersonInput } from './register-person.input.js';
import { UpdatePersonInput } from './update-person.input.js';
import { updatePerson } from '../application/update-person.js';

const WRITERS = ['COORDINATOR', 'ADMINISTRATOR', 'DISTRICT_OFFICER', 'DISTRICT_CONTACT'] as const;

/** Returns an identifier after its read is in the audit log (nothing is logged for a value withheld or missing). */
function audited<T>(ctx: PersonContext, info: GraphQLResolveInfo, person: Person, field: AuditedPersonField, value: T | null): Promise<T | null> | null {
  if (value === null || value === undefined) return null;
  return ctx.audit.disclose({ personId: person.id, field, operation: operationLabel(info.operation) }, value);
}

@Resolver(() => Person)
export class PersonResolver {
  @Authorized()
  @Query(() => Person, { nullable: true, description: 'En person. Tomt om personen inte finns eller inte hör till din stadsdel.' })
  async person(@Arg('id', () => ID) id: string, @Ctx() { loaders, identity }: PersonContext): Promise<Person | null> {
    const row = await loaders.person.load(id);
    return row && canSeePerson(identity, row) ? toPersonView(row, identity) : null;
  }

  @Authorized()
  @Query(() => PersonConnection, {
    description:
      'Sök personer på namn, personnummer/samordningsnummer (10 eller 12 siffror, med eller utan - eller +, eller minst 6 siffror av det), MiG:s individnummer och/eller födelsedatum. Stadsdelsanvändare ser bara sin stadsdels personer.',
  })
  async persons(
    @Ctx() { em, identity }: PersonContext,
    @Arg('search', () => String, { nullable: true, description: 'Namn, personnummer/samordningsnummer eller individnummer.' }) search?: string | null,
    @Arg('birthDate', () => DateScalar, { nullable: true, description: 'Födelsedatum (exakt).' }) birthDate?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PersonConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const [rows, total] = await searchPersons(em, identity, { search: search ?? null, birthDate: birthDate ?? null, limit, offset });
    return toPage(rows.map((r) => toPersonView(r, identity)), offset, total);
  }

  @Authorized([...WRITERS])
  @Mutation(() => Person, { description: 'Registrera en person (eller hitta den befintliga med samma identitet).' })
  async registerPerson(@Arg('input', () => RegisterPersonInput) input: RegisterPersonInput, @Ctx() { em, identity }: PersonContext): Promise<Person> {
    const { person } = await registerPerson(em, identity, input);
    return toPersonView(person, identity);
  }

  @Authorized(['COORDINATOR', 'ADMINISTRATOR'])
  @Mutation(() => Person, {
    description:
      'Aktualisera personuppgifter (namn, identiteter, födelsedatum, skyddad identitet). En identitet som redan tillhör en annan person nekas (CONFLICT, reason DUPLICATE_IDENTIFIER, existingPersonId). Ändringen sparas i historiken.',
  })
  async updatePerson(@Arg('input', () => UpdatePersonInput) input: UpdatePersonInput, @Ctx() { em, identity }: PersonContext): Promise<Person> {
    const { personId, ...update } = input;
    return toPersonView(await updatePerson(em, identity, personId, update), identity);
  }

  @Authorized()
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Personnummer eller samordningsnummer, 12 siffror. Tomt vid skyddad identitet för den som inte får se det. Varje läsning loggas.',
  })
  personalIdentityNumber(@Root() person: Person, @Ctx() ctx: PersonContext, @Info() info: GraphQLResolveInfo): Promise<string | null> | null {
    return audited(ctx, info, person, 'personalIdentityNumber', person.personalIdentityNumber);
  }

  @Authorized()
  @FieldResolver(() => String, { nullable: true, description: 'MiG:s individnummer (dossiernummer), 7–8 siffror. Varje läsning loggas.' })
  migIndividualNumber(@Root() person: Person, @Ctx() ctx: PersonContext, @Info() info: GraphQLResolveInfo): Promise<string | null> | null {
    return audited(ctx, info, person, 'migIndividualNumber', person.migIndividualNumber);
  }

  @Authorized()
  @FieldResolver(() => DateScalar, { nullable: true, description: 'Födelsedatum. Tomt vid skyddad identitet för den som inte får se det. Varje läsning loggas.' })
  birthDate(@Root() person: Person, @Ctx() ctx: PersonContext, @Info() info: GraphQLResolveInfo): Promise<string | null> | null {
    return audited(ctx, info, person, 'birthDate', person.birthDate);
  }

  @Authorized()
  @FieldResolver(() => String, { description: 'Adressläget på svenska.' })
  addressStatusLabel(@Root() person: Person): string {
    return ADDRESS_STATUS_LABELS[person.addressStatus];
  }

  @Authorized()
  @FieldResolver(() => District, { nullable: true, description: 'Stadsdel där personen är folkbokförd nu.' })
  async district(@Root() person: Person, @Ctx() { loaders }: PersonContext): Promise<District | null> {
    const row = person.districtCode ? await loaders.district.load(person.districtCode) : null;
    return row ? toDistrict(row) : null;
  }

  @Authorized()
  @FieldResolver(() => [Registration], { description: 'Folkbokföringshistorik, senaste först. Adresser visas inte vid skyddad identitet för den som inte får se dem.' })
  async registrations(@Root() person: Person, @Ctx() { loaders }: PersonContext): Promise<Registration[]> {
    return (await loaders.registrations.load(person.id)).map((r) => toRegistrationView(r, person));
  }

  @Authorized()
  @FieldResolver(() => District, {
    nullable: true,
    description:
      'Stadsdelen personen hörde till ett visst datum: folkbokföringen som gällde då, och om den stadsdelen inte fanns längre, den som tog över (t.ex. Rinkeby-Kista → Järva från 2023-07-01). Tom om personen inte var folkbokförd då.',
  })
  async districtOn(
    @Root() person: Person,
    @Ctx() { loaders }: PersonContext,
    @Arg('date', () => DateScalar, { description: 'Datum, ÅÅÅÅ-MM-DD.' }) date: string,
  ): Promise<District | null> {
    const [registrations, districts] = await Promise.all([loaders.registrations.load(person.id), loaders.allDistricts()]);
    const district = districtOn(registrations, date, districts);
    return district ? toDistrict(district) : null;
  }
}

@Resolver(() => Registration)
export class RegistrationResolver {
  @Authorized()
  @FieldResolver(() => District, { nullable: true, description: 'Stadsdelen adressen hörde till (tom om okänd).' })
  async district(@Root() registration: Registration, @Ctx() { loaders }: PersonContext): Promise<District | null> {
    const row = registration.districtCode ? await loaders.district.load(registration.districtCode) : null;
    return row ? toDistrict(row) : null;
  }
}
