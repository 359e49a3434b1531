import { composeServices } from '@apollo/composition';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';

/** The subgraphs, their default local URLs and ports (docs/CONTRACT.md). */
export const SUBGRAPHS = [
  { name: 'person', port: 4001 },
  { name: 'claims', port: 4002 },
  { name: 'allocation', port: 4003 },
  { name: 'decisions', port: 4004 },
  { name: 'appeals', port: 4005 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export function defaultSubgraphUrl(name: SubgraphName): string {
  const s = SUBGRAPHS.find((x) => x.name === name)!;
  return `http://127.0.0.1:${s.port}/graphql`;
}

/**
 * Composes the supergraph from each subgraph's committed `schema.graphql` with
 * @apollo/composition (rover cannot be downloaded here). Throws with every composition error.
 */
export function composeSupergraph(subgraphsDir: string): string {
  const services = SUBGRAPHS.filter((s) => existsSync(join(subgraphsDir, s.name, 'schema.graphql'))).map((s) => ({
    name: s.name,
    url: defaultSubgraphUrl(s.name),
    typeDefs: parse(readFileSync(join(subgraphsDir, s.name, 'schema.graphql'), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors?.length || !result.supergraphSdl) {
    throw new Error(`Supergrafen kunde inte komponeras:\n${(result.errors ?? []).map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl.trim() + '\n';
}
