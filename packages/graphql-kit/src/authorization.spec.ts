import 'reflect-metadata';
import { Authorized, Query, Resolver } from 'type-graphql';
import { findUnauthorizedResolvers, buildFederatedSchema, authChecker, authorizedReference } from './index.js';

@Resolver()
class Guarded {
  @Authorized()
  @Query(() => String)
  ok(): string {
    return 'ok';
  }
}

@Resolver()
class Forgotten {
  @Query(() => String)
  leaky(): string {
    return 'secret';
  }
}

@Authorized(['COORDINATOR'])
@Resolver()
class GuardedClass {
  @Query(() => String)
  classLevel(): string {
    return 'ok';
  }
}

describe('authorization lint', () => {
  it('finds resolvers without @Authorized', () => {
    expect(findUnauthorizedResolvers([Guarded, GuardedClass])).toEqual([]);
    expect(findUnauthorizedResolvers([Guarded, Forgotten])).toEqual(['Forgotten.leaky']);
  });

  it('refuses to build a subgraph schema with an unguarded resolver', async () => {
    await expect(buildFederatedSchema({ resolvers: [Forgotten], authChecker })).rejects.toThrow(/Forgotten\.leaky/);
  });

  it('refuses an entity reference that was not declared with its authorization', async () => {
    const unguarded = { __resolveReference: () => null } as unknown as ReturnType<typeof authorizedReference>;
    await expect(buildFederatedSchema({ resolvers: [Guarded], authChecker, referenceResolvers: { Thing: unguarded } })).rejects.toThrow(/Thing saknar behörighetskontroll/);
  });
});
