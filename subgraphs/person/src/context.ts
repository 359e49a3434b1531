import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader, type IdentityContext } from '@statsbidrag/graphql-kit';
import type DataLoader from 'dataloader';
import { DistrictEntity, type DistrictRow } from './district/infra/district.entity.js';
import { PersonEntity, type PersonRow } from './person/infra/person.entity.js';

export interface PersonContext extends IdentityContext {
  em: EntityManager;
  loaders: {
    district: DataLoader<string, DistrictRow | null>;
    person: DataLoader<string, PersonRow | null>;
  };
}

/** Per-request context: a forked EntityManager and DataLoaders (one query per batch). */
export function createLoaders(em: EntityManager): PersonContext['loaders'] {
  return {
    district: batchLoader(
      (codes) => em.find(DistrictEntity, { code: { $in: [...codes] } }),
      (d) => d.code,
    ),
    person: batchLoader(
      (ids) => em.find(PersonEntity, { id: { $in: [...ids] } }),
      (p) => p.id,
    ),
  };
}
