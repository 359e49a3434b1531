import { authorizedReference } from '@statsbidrag/graphql-kit';
import type { PersonContext } from '../../context.js';
import { canSeePerson, toPersonView } from '../application/person-access.js';

/** Person references from other subgraphs: batched, and null for persons outside the caller's districts. */
export const personReference = authorizedReference<PersonContext, { id: string }>(
  () => undefined,
  async (ref, { loaders, identity }) => {
    const row = await loaders.person.load(ref.id);
    return row && canSeePerson(identity, row) ? toPersonView(row, identity) : null;
  },
);
