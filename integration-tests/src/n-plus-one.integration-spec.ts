import { queryCounter } from '@statsbidrag/db';
import { startTestPlatform, type TestPlatform } from './platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

const LIST = `query($first: Int) { claims(first: $first) { totalCount edges { node {
  id amount claimType { name }
  person { fullName district { name } }
  district { name }
} } } }`;

async function statementsFor(first: number): Promise<Record<string, number>> {
  const token = await platform.tokenFor('samordnare');
  const { result, queries } = await queryCounter.measure(() => platform.query<{ claims: { edges: unknown[] } }>(LIST, { token, variables: { first } }));
  expect(result.body.errors).toBeUndefined();
  expect(result.body.data!.claims.edges).toHaveLength(first);
  const perSchema: Record<string, number> = {};
  for (const q of queries) perSchema[q.schema] = (perSchema[q.schema] ?? 0) + 1;
  return perSchema;
}

describe('no N+1', () => {
  it('lists 50 claims with person and district using at most one statement per subgraph per level', async () => {
    const counts = await statementsFor(50);
    // claims: level 1 = the page (count included), level 2 = claim types.
    expect(counts.claims).toBeLessThanOrEqual(2);
    // person: level 2 = persons + districts of the claims, level 3 = the persons' districts.
    expect(counts.person).toBeLessThanOrEqual(3);
  });

  it('costs the same number of statements for 5 claims as for 50', async () => {
    expect(await statementsFor(5)).toEqual(await statementsFor(50));
  });
});
