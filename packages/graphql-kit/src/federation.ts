/* eslint-disable @typescript-eslint/no-unsafe-function-type -- type-graphql's metadata identifies resolver classes as Function */
import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { assertEveryResolverAuthorized } from './authorization.js';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])\n';

/** A `__resolveReference` that has declared its authorization (see `authorizedReference`). */
export interface ReferenceResolver<TContext> {
  __resolveReference: (reference: Record<string, unknown>, context: TContext) => unknown;
  authorized: true;
}

/**
 * Wraps an entity reference resolver. `check` runs before the lookup and must throw when the
 * caller may not resolve this entity at all; row-level (district) checks belong in `resolve`.
 */
export function authorizedReference<TContext, TRef extends Record<string, unknown>>(
  check: (context: TContext) => void,
  resolve: (reference: TRef, context: TContext) => unknown,
): ReferenceResolver<TContext> {
  return {
    authorized: true,
    __resolveReference: (reference, context) => {
      check(context);
      return resolve(reference as TRef, context);
    },
  };
}

export interface FederatedSchemaOptions<TContext> extends Omit<BuildSchemaOptions, 'skipCheck'> {
  /** `__resolveReference` per entity type name. */
  referenceResolvers?: Record<string, ReferenceResolver<TContext>>;
}

/**
 * Builds an Apollo Federation 2 subgraph schema from type-graphql resolvers. Fails when a
 * resolver or an entity reference lacks authorization (docs/adr/0003-tokens-and-authorization.md).
 */
export async function buildFederatedSchema<TContext>(options: FederatedSchemaOptions<TContext>): Promise<GraphQLSchema> {
  const { referenceResolvers = {}, ...buildOptions } = options;
  assertEveryResolverAuthorized(buildOptions.resolvers as unknown as Function[]);
  for (const [type, r] of Object.entries(referenceResolvers)) {
    if (!r.authorized) throw new Error(`Referensupplösaren för ${type} saknar behörighetskontroll.`);
  }
  const schema = await buildSchema({ ...buildOptions, skipCheck: true });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [type, r] of Object.entries(referenceResolvers)) {
    resolvers[type] = { ...resolvers[type], __resolveReference: r.__resolveReference };
  }
  const typeDefs = parse(FEDERATION_LINK + printSchemaWithDirectives(schema));
  return buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
}
