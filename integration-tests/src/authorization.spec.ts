/* eslint-disable @typescript-eslint/no-unsafe-function-type -- type-graphql identifies resolver classes as Function */
import { findUnauthorizedResolvers } from '@statsbidrag/graphql-kit';
import { ALLOCATION_RESOLVERS } from '@statsbidrag/subgraph-allocation';
import { APPEALS_RESOLVERS } from '@statsbidrag/subgraph-appeals';
import { CLAIMS_RESOLVERS } from '@statsbidrag/subgraph-claims';
import { DECISIONS_RESOLVERS } from '@statsbidrag/subgraph-decisions';
import { PERSON_RESOLVERS } from '@statsbidrag/subgraph-person';

describe('authorization lint over the whole platform', () => {
  it.each([
    ['person', PERSON_RESOLVERS],
    ['claims', CLAIMS_RESOLVERS],
    ['allocation', ALLOCATION_RESOLVERS],
    ['decisions', DECISIONS_RESOLVERS],
    ['appeals', APPEALS_RESOLVERS],
  ] as const)('%s: every query, mutation and field resolver declares @Authorized', (_name, resolvers) => {
    expect(resolvers.length).toBeGreaterThan(0);
    expect(findUnauthorizedResolvers(resolvers as unknown as Function[])).toEqual([]);
  });
});
