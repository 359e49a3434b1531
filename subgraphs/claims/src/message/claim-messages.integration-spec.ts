import { createTestDatabase } from '@statsbidrag/db';
import { CLAIMS } from '@statsbidrag/demo-data';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import type { Identity } from '@statsbidrag/domain';
import { claimsSubgraph } from '../subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;

beforeAll(async () => {
  db = await createTestDatabase('claims_messages');
  await migrateSubgraph(claimsSubgraph, db.url);
  await seedSubgraph(claimsSubgraph, db.url);
  subgraph = await startSubgraph(claimsSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

const jarvaClaim = CLAIMS.find((c) => c.districtCode === 'JARVA')!;
const POST = 'mutation($input: PostClaimMessageInput!) { postClaimMessage(input: $input) { id body visibility fromSide authorUsername createdAt } }';
const READ = 'query($id: ID!) { claim(id: $id) { messages { body visibility fromSide authorUsername } } }';
const post = (identity: Identity, input: Record<string, unknown>) =>
  callSubgraph<{ postClaimMessage: { body: string; visibility: string; fromSide: string } }>(subgraph.url, POST, { identity, secret: TEST_INTERNAL_SECRET, variables: { input } });
const read = async (identity: Identity) =>
  (await callSubgraph<{ claim: { messages: { body: string; visibility: string; fromSide: string; authorUsername: string }[] } | null }>(subgraph.url, READ, {
    identity, secret: TEST_INTERNAL_SECRET, variables: { id: jarvaClaim.id },
  })).body.data!.claim;
const messageEvents = async () =>
  (await subgraph.orm.em.fork().getConnection().execute(`select payload from claims.outbox_event where topic = 'claims.message-posted' order by created_at`)) as { payload: Record<string, unknown> }[];

describe('messages on a claim (questions, answers and AmF notes)', () => {
  it('lets the district ask and AmF answer, and tells the other side each time', async () => {
    const asked = await post(testIdentities.jarvaOfficer, { claimId: jarvaClaim.id, body: '  Räcker fakturan som underlag?  ' });
    expect(asked.body.data!.postClaimMessage).toMatchObject({ body: 'Räcker fakturan som underlag?', visibility: 'SHARED', fromSide: 'DISTRICT' });
    const answered = await post(testIdentities.coordinator, { claimId: jarvaClaim.id, body: 'Ja, om den är attesterad.' });
    expect(answered.body.data!.postClaimMessage).toMatchObject({ visibility: 'SHARED', fromSide: 'AMF' });

    const events = await messageEvents();
    expect(events.map((e) => e.payload)).toEqual([
      expect.objectContaining({ claimId: jarvaClaim.id, districtCode: 'JARVA', fromSide: 'DISTRICT', authorUsername: 'jarva.handlaggare' }),
      expect.objectContaining({ claimId: jarvaClaim.id, fromSide: 'AMF', authorUsername: 'samordnare' }),
    ]);
    // The text may name the person: it never leaves the claims subgraph.
    expect(JSON.stringify(events)).not.toContain('fakturan');
  });

  it('keeps AmF’s internal notes from the district and tells no one about them', async () => {
    const before = (await messageEvents()).length;
    const note = await post(testIdentities.coordinator, { claimId: jarvaClaim.id, body: 'Intern: kontrollera mot MiG-beslutet.', internal: true });
    expect(note.body.data!.postClaimMessage.visibility).toBe('INTERNAL');
    expect(await messageEvents()).toHaveLength(before);

    const district = await read(testIdentities.jarvaOfficer);
    expect(district!.messages.map((m) => m.body)).toEqual(['Räcker fakturan som underlag?', 'Ja, om den är attesterad.']);
    const amf = await read(testIdentities.coordinator);
    expect(amf!.messages.map((m) => m.visibility)).toEqual(['SHARED', 'SHARED', 'INTERNAL']);
  });

  it('refuses empty text, internal notes from a district and another district’s claim', async () => {
    const empty = await post(testIdentities.jarvaOfficer, { claimId: jarvaClaim.id, body: '   ' });
    expect(empty.body.errors?.[0]).toMatchObject({ message: 'Skriv ett meddelande.', extensions: { code: 'BAD_USER_INPUT' } });
    const internal = await post(testIdentities.jarvaOfficer, { claimId: jarvaClaim.id, body: 'Hemligt', internal: true });
    expect(internal.body.errors?.[0]?.message).toBe('Bara AmF kan skriva interna anteckningar.');
    const other = await post(testIdentities.farstaOfficer, { claimId: jarvaClaim.id, body: 'Hej' });
    expect(other.body.errors?.[0]).toMatchObject({ message: 'Återsökningen finns inte.', extensions: { code: 'NOT_FOUND' } });
    expect(await read(testIdentities.farstaOfficer)).toBeNull();
    const analyst = await post(testIdentities.analyst, { claimId: jarvaClaim.id, body: 'Hej' });
    expect(analyst.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await read(testIdentities.coordinator))!.messages).toHaveLength(3);
  });

  it('replaces the messages of a purged person’s claims', async () => {
    await subgraph.events.boss.publish('person.purged', { id: '00000000-0000-4000-8000-00000000beef', topic: 'person.purged', payload: { personId: jarvaClaim.personId, purgedAt: new Date().toISOString() } });
    const until = Date.now() + 15_000;
    let bodies: string[] = [];
    while (Date.now() < until) {
      bodies = (await read(testIdentities.coordinator))!.messages.map((m) => m.body);
      if (bodies.every((b) => b === '(gallrad)')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(bodies).toEqual(['(gallrad)', '(gallrad)', '(gallrad)']);
  });
});
