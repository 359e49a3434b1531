import { createTestDatabase } from '@statsbidrag/db';
import { CLAIMS, PERSONS } from '@statsbidrag/demo-data';
import { isClaimOpen } from '@statsbidrag/domain';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { claimsSubgraph } from './subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;

beforeAll(async () => {
  db = await createTestDatabase('claims_events');
  await migrateSubgraph(claimsSubgraph, db.url);
  await seedSubgraph(claimsSubgraph, db.url);
  await seedSubgraph(claimsSubgraph, db.url);
  subgraph = await startSubgraph(claimsSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

type OutboxRow = { topic: string; payload: { caseId: string; personId: string; open: boolean; label: string; statusLabel: string }; published_at: Date | null };
const outbox = async (where = 'true', params: unknown[] = []) =>
  (await subgraph.orm.em.fork().getConnection().execute(`select topic, payload, published_at from claims.outbox_event where ${where}`, params)) as OutboxRow[];

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('claims tells other subgraphs about its cases', () => {
  it('records each demo claim’s state once, however often demo data is seeded, and publishes it', async () => {
    const rows = await eventually(() => outbox(`topic = 'claims.case-state-changed'`), (r) => r.every((e) => e.published_at !== null));
    expect(rows).toHaveLength(CLAIMS.length);
    expect(rows.every((e) => e.published_at !== null)).toBe(true);
    const open = rows.filter((e) => e.payload.open).length;
    expect(open).toBe(CLAIMS.filter((c) => isClaimOpen(c.status)).length);
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(CLAIMS.length);
  });

  it('records a started claim as an open case of the person, in the same transaction', async () => {
    const person = PERSONS.find((p) => p.districtCode === 'JARVA')!;
    const input = { personId: person.id, districtCode: 'JARVA', claimTypeCode: 'GSKA', amount: 100_000, periodFrom: '2026-04-01', periodTo: '2026-06-30' };
    const res = await callSubgraph<{ initiateClaim: { id: string } }>(subgraph.url, 'mutation($input: InitiateClaimInput!) { initiateClaim(input: $input) { id } }', {
      identity: testIdentities.jarvaOfficer, secret: TEST_INTERNAL_SECRET, variables: { input },
    });
    const id = res.body.data!.initiateClaim.id;
    const [event] = await outbox(`payload->>'caseId' = ?`, [id]);
    expect(event).toMatchObject({ topic: 'claims.case-state-changed', payload: { caseId: id, personId: person.id, open: true, label: 'Återsökning GSKA 2026-04-01–2026-06-30', statusLabel: 'Initierad av SDF' } });

    const refused = await callSubgraph(subgraph.url, 'mutation($input: InitiateClaimInput!) { initiateClaim(input: $input) { id } }', {
      identity: testIdentities.jarvaOfficer, secret: TEST_INTERNAL_SECRET, variables: { input: { ...input, amount: 0 } },
    });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await outbox(`topic = 'claims.case-state-changed'`)).toHaveLength(CLAIMS.length + 1);
  });

  it('clears the free text of a purged person’s claims and keeps their amounts', async () => {
    const claim = CLAIMS[0]!;
    await subgraph.orm.em.fork().getConnection().execute(`update claims.claim set question = 'Gäller Amina, f. 1970', rejection_reason_text = 'Amina har flyttat' where person_id = ?`, [claim.personId]);
    await subgraph.orm.em.fork().getConnection().execute(`update claims.claim_status_change set reason = 'Amina Hassan saknar beslut' where claim_id in (select id from claims.claim where person_id = ?)`, [claim.personId]);
    await subgraph.events.boss.publish('person.purged', { id: '00000000-0000-4000-8000-00000000abcd', topic: 'person.purged', payload: { personId: claim.personId, purgedAt: new Date().toISOString() } });
    const rows = await eventually(
      async () => (await subgraph.orm.em.fork().getConnection().execute('select question, amount_ore from claims.claim where person_id = ?', [claim.personId])) as { question: string | null; amount_ore: string }[],
      (r) => r.every((x) => x.question === null),
    );
    expect(rows.map((r) => r.question)).toEqual(rows.map(() => null));
    const texts = (await subgraph.orm.em.fork().getConnection().execute(
      'select c.rejection_reason_text, h.reason from claims.claim c join claims.claim_status_change h on h.claim_id = c.id where c.person_id = ?', [claim.personId],
    )) as { rejection_reason_text: string | null; reason: string | null }[];
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => t.rejection_reason_text === null && t.reason === '(gallrad)')).toBe(true);
    expect(rows.some((r) => Number(r.amount_ore) === claim.amountOre)).toBe(true);
  });

  it('gives a new claim the default officer of its claim type, as the organisation last said', async () => {
    const publish = (username: string | null, at: string) =>
      subgraph.events.boss.publish('person.default-officer-changed', { id: crypto.randomUUID(), topic: 'person.default-officer-changed', payload: { claimTypeCode: 'BIF', username, at } });
    await publish('samordnare2', '2026-11-20T10:00:00.000Z');
    await publish('samordnare', '2026-11-01T10:00:00.000Z'); // older, delivered late: ignored
    await eventually(
      async () => (await subgraph.orm.em.fork().getConnection().execute(`select username from claims.claim_type_officer where claim_type_code = 'BIF'`)) as { username: string }[],
      (r) => r[0]?.username === 'samordnare2',
    );
    await new Promise((r) => setTimeout(r, 1_000));
    const person = PERSONS.find((p) => p.districtCode === 'JARVA')!;
    const start = (claimTypeCode: string) =>
      callSubgraph<{ initiateClaim: { responsibleUsername: string | null; responsibleLabel: string } }>(subgraph.url, 'mutation($input: InitiateClaimInput!) { initiateClaim(input: $input) { responsibleUsername responsibleLabel } }', {
        identity: testIdentities.jarvaOfficer, secret: TEST_INTERNAL_SECRET,
        variables: { input: { personId: person.id, districtCode: 'JARVA', claimTypeCode, amount: 100_000, periodFrom: '2026-04-01', periodTo: '2026-06-30' } },
      });
    expect((await start('BIF')).body.data!.initiateClaim).toEqual({ responsibleUsername: 'samordnare2', responsibleLabel: 'samordnare2' });
    expect((await start('GSKA')).body.data!.initiateClaim).toEqual({ responsibleUsername: null, responsibleLabel: 'Statsbidragsgruppen' });
  });
});
