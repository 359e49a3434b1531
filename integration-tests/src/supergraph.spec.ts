import { composeSupergraph } from '@statsbidrag/gateway';
import { printSubgraphSchema } from '@apollo/subgraph';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SUBGRAPH_DEFINITIONS } from './subgraphs.js';
import { supergraphPath } from './platform.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('composition artefacts', () => {
  it.each(SUBGRAPH_DEFINITIONS.map((d) => [d.name, d] as const))('%s: committed schema.graphql matches the code (run `pnpm --filter <subgraph> schema`)', async (name, def) => {
    const printed = printSubgraphSchema(await def.buildSchema()).trim() + '\n';
    expect(readFileSync(`${root}/subgraphs/${name}/schema.graphql`, 'utf8')).toBe(printed);
  });

  it('the subgraphs compose, and gateway/supergraph.graphql is up to date (run `pnpm --filter @statsbidrag/gateway compose`)', () => {
    const composed = composeSupergraph(`${root}/subgraphs`);
    expect(readFileSync(supergraphPath, 'utf8')).toBe(composed);
  });
});
