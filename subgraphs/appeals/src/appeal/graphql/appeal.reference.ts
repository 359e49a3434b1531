import { authorizedReference } from '@statsbidrag/graphql-kit';
import type { AppealsContext } from '../../context.js';
import { canSeeAppeal } from '../application/appeal-access.js';
import { toAppeal } from './appeal.type.js';

/** Appeal references: batched, and null for appeals outside the caller's districts. */
export const appealReference = authorizedReference<AppealsContext, { id: string }>(
  () => undefined,
  async (ref, { loaders, identity }) => {
    const row = await loaders.appeal.load(ref.id);
    return row && canSeeAppeal(identity, row) ? toAppeal(row) : null;
  },
);
