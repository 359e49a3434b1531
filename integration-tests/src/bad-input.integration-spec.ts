import { signDevUserToken } from '@statsbidrag/auth';
import { startTestPlatform, TEST_DEV_SECRET, type TestPlatform } from './platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

const coordinator = { sub: 'samordnare', name: 'Sara', roles: ['COORDINATOR' as const], districtCodes: [] };

function noInternals(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|node_modules|\/src\/|\.ts:|select .* from|insert into/i);
}

describe('bad input through the gateway', () => {
  it('answers 401 with a reason for missing, expired, foreign-signed and garbled tokens', async () => {
    const cases: [string | null, string][] = [
      [null, 'TOKEN_MISSING'],
      [await signDevUserToken(coordinator, TEST_DEV_SECRET, -60), 'TOKEN_EXPIRED'],
      [await signDevUserToken(coordinator, 'a-foreign-secret-a-foreign-secret-xx'), 'TOKEN_INVALID'],
      ['garbage', 'TOKEN_INVALID'],
    ];
    for (const [token, reason] of cases) {
      const res = await platform.query('{ claims { totalCount } }', { token });
      expect(res.status).toBe(401);
      expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason } });
      expect(res.body.errors?.[0]?.message).toMatch(/inlogg/i);
    }
  });

  it('answers malformed GraphQL, unknown fields and wrong variable types with 400 and a Swedish message', async () => {
    const malformed = await platform.query('{ claims { totalCount ', { as: 'samordnare' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(malformed.body.errors?.[0]?.message).toMatch(/^Frågan kunde inte tolkas/);

    const unknown = await platform.query('{ claims { secretField } }', { as: 'samordnare' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]).toMatchObject({ message: 'Fältet "secretField" finns inte på typen "ClaimConnection".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });

    const wrongType = await platform.query('query($n: Int) { claims(first: $n) { totalCount } }', { as: 'samordnare', variables: { n: 'femtio' } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(wrongType.body.errors?.[0]?.message).toMatch(/^Ogiltigt värde för variabel/);

    // Custom scalars are checked by the subgraph that owns them; its message and code come through.
    const badMoney = await platform.query('mutation { initiateClaim(input: { personId: "x", districtCode: "JARVA", claimTypeCode: "BIF", amount: 1.5, periodFrom: "2026-01-01", periodTo: "2026-01-31" }) { id } }', { as: 'samordnare' });
    expect(badMoney.body.data ?? null).toBeNull();
    expect(badMoney.body.errors?.[0]?.message).toMatch(/heltal i öre/);
    expect(badMoney.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const r of [malformed, unknown, wrongType, badMoney]) noInternals(r.body);
  });

  it('rejects a too deeply nested query', async () => {
    const deep = '{ person(id: "00000000-0000-0000-0000-000000000000") { claims { person { claims { person { claims { person { claims { person { claims { person { claims { id } } } } } } } } } } } } }';
    const res = await platform.query(deep, { as: 'samordnare' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toMatch(/för djupt nästlad/);
  });

  it('passes domain errors from subgraphs through with their code and field', async () => {
    const res = await platform.query(
      'mutation { initiateClaim(input: { personId: "1b4e28ba-2fa1-41d2-883f-0016d3cca427", districtCode: "FARSTA", claimTypeCode: "BIF", amount: 100, periodFrom: "2026-01-01", periodTo: "2026-01-31" }) { id } }',
      { as: 'jarva.handlaggare' },
    );
    expect(res.status).toBe(200);
    expect(res.body.errors?.[0]).toMatchObject({ message: 'Du kan bara starta återsökningar för din egen stadsdel.', extensions: { code: 'FORBIDDEN' } });
    noInternals(res.body);
  });

  it('is still up and answering after all of the above', async () => {
    const res = await platform.query<{ claims: { totalCount: number } }>('{ claims(first: 1) { totalCount } }', { as: 'samordnare' });
    expect(res.status).toBe(200);
    expect(res.body.data!.claims.totalCount).toBeGreaterThan(0);
    const health = await fetch(`${platform.gateway.origin}/health`);
    expect(health.status).toBe(200);
  });

  it('does not let anyone reach a subgraph directly without the gateway’s identity', async () => {
    for (const s of Object.values(platform.subgraphs)) {
      const res = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await platform.tokenFor('samordnare')}` }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(res.status).toBe(401);
    }
  });
});
