import { authorizedReference } from '@statsbidrag/graphql-kit';
import type { PersonContext } from '../../context.js';
import { toDistrict } from './district.type.js';

/** District names and dates are not personal data: any signed-in caller may resolve them. */
export const districtReference = authorizedReference<PersonContext, { code: string }>(
  () => undefined,
  async (ref, { loaders }) => {
    const row = await loaders.district.load(ref.code);
    return row ? toDistrict(row) : null;
  },
);
