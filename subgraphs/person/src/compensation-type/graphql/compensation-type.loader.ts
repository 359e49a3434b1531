import { batchLoader } from '@statsbidrag/graphql-kit';
import type DataLoader from 'dataloader';
import type { PersonContext } from '../../context.js';
import { CompensationTypeEntity, type CompensationTypeRow } from '../infra/compensation-type.entity.js';

const loaders = new WeakMap<PersonContext, DataLoader<string, CompensationTypeRow | null>>();

/** The request's compensation-type loader (one statement per batch of codes), created on first use. */
export function compensationTypeLoader(context: PersonContext): DataLoader<string, CompensationTypeRow | null> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = batchLoader(
      (codes: readonly string[]) => context.em.find(CompensationTypeEntity, { code: { $in: [...codes] } }),
      (t) => t.code,
    );
    loaders.set(context, loader);
  }
  return loader;
}
