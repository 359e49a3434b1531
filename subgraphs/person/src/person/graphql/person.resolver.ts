import { decodeCursor, pageSize, toPage } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PersonContext } from '../../context.js';
import { District, toDistrict } from '../../district/graphql/district.type.js';
import { canSeePerson, personScopeFilter, toPersonView } from '../application/person-access.js';
import { registerPerson } from '../application/register-person.js';
import { PersonEntity } from '../infra/person.entity.js';
import { Person, PersonConnection } from './person.type.js';
import { RegisterPersonInput } from './register-person.input.js';

const WRITERS = ['COORDINATOR', 'ADMINISTRATOR', 'DISTRICT_OFFICER', 'DISTRICT_CONTACT'] as const;

@Resolver(() => Person)
export class PersonResolver {
  @Authorized()
  @Query(() => Person, { nullable: true, description: 'En person. Tomt om personen inte finns eller inte hör till din stadsdel.' })
  async person(@Arg('id', () => ID) id: string, @Ctx() { loaders, identity }: PersonContext): Promise<Person | null> {
    const row = await loaders.person.load(id);
    return row && canSeePerson(identity, row) ? toPersonView(row, identity) : null;
  }

  @Authorized()
  @Query(() => PersonConnection, { description: 'Sök personer på namn, personnummer/samordningsnummer eller MiG-individnummer.' })
  async persons(
    @Ctx() { em, identity }: PersonContext,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PersonConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const term = search?.trim();
    const digits = term?.replace(/[^0-9]/g, '') ?? '';
    const searchFilter = term
      ? {
          $or: [
            { firstName: { $ilike: `%${term}%` } },
            { lastName: { $ilike: `%${term}%` } },
            ...(digits.length >= 6 ? [{ personalIdentityNumber: { $like: `%${digits}%` } }, { migIndividualNumber: digits }] : []),
          ],
        }
      : {};
    const where = { ...searchFilter, ...(personScopeFilter(identity) ?? {}) };
    const [rows, total] = await em.findAndCount(PersonEntity, where, { orderBy: { lastName: 'asc', firstName: 'asc', id: 'asc' }, limit, offset });
    return toPage(rows.map((r) => toPersonView(r, identity)), offset, total);
  }

  @Authorized([...WRITERS])
  @Mutation(() => Person, { description: 'Registrera en person (eller hitta den befintliga med samma identitet).' })
  async registerPerson(@Arg('input', () => RegisterPersonInput) input: RegisterPersonInput, @Ctx() { em, identity }: PersonContext): Promise<Person> {
    const { person } = await registerPerson(em, identity, input);
    return toPersonView(person, identity);
  }

  @Authorized()
  @FieldResolver(() => District, { nullable: true, description: 'Stadsdel där personen är folkbokförd nu.' })
  async district(@Root() person: Person, @Ctx() { loaders }: PersonContext): Promise<District | null> {
    const row = person.districtCode ? await loaders.district.load(person.districtCode) : null;
    return row ? toDistrict(row) : null;
  }
}
