import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@statsbidrag/domain';
import { escapeLike, parsePersonSearch } from '../domain/person-search.js';
import { PersonEntity, type PersonRow } from '../infra/person.entity.js';
import { canSeeProtectedIdentity, personScopeFilter } from './person-access.js';

export interface PersonSearchInput {
  search?: string | null;
  birthDate?: string | null;
  limit: number;
  offset: number;
}

type Where = Record<string, unknown>;

/**
 * The MikroORM filter of a person search. Name (first, last or "first last"), personnummer/
 * samordningsnummer (any accepted form, or ≥ 6 digits of one), MiG individnummer, birth date;
 * always within the caller's districts. For a caller who may not see protected identities, only
 * the MiG individnummer can find a protected person: a search by name, personnummer or birth date
 * never matches one, so it cannot be used to probe what is hidden.
 */
export function personSearchFilter(identity: Identity, input: Pick<PersonSearchInput, 'search' | 'birthDate'>, today = new Date()): Where {
  const hiddenFields = canSeeProtectedIdentity(identity) ? {} : { protectedIdentity: false };
  const and: Where[] = [];
  const scope = personScopeFilter(identity);
  if (scope) and.push(scope);
  if (input.birthDate) and.push({ birthDate: input.birthDate, ...hiddenFields });
  const search = parsePersonSearch(input.search, today);
  if (search) {
    const contains = (s: string) => ({ $ilike: `%${escapeLike(s)}%` });
    const byName: Where[] = [{ firstName: contains(search.text) }, { lastName: contains(search.text) }];
    if (search.words.length > 1) {
      byName.push({ $and: search.words.map((w) => ({ $or: [{ firstName: contains(w) }, { lastName: contains(w) }] })) });
    }
    const or: Where[] = [{ ...hiddenFields, $or: byName }];
    if (search.identityNumber) or.push({ ...hiddenFields, personalIdentityNumber: search.identityNumber });
    if (search.identityDigits) or.push({ ...hiddenFields, personalIdentityNumber: { $like: `%${search.identityDigits}%` } });
    if (search.migIndividualNumber) or.push({ migIndividualNumber: search.migIndividualNumber });
    and.push({ $or: or });
  }
  return and.length ? { $and: and } : {};
}

export async function searchPersons(em: EntityManager, identity: Identity, input: PersonSearchInput): Promise<[PersonRow[], number]> {
  return em.findAndCount(PersonEntity, personSearchFilter(identity, input) as never, {
    orderBy: { lastName: 'asc', firstName: 'asc', id: 'asc' },
    limit: input.limit,
    offset: input.offset,
  });
}
