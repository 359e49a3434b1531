import { createTestDatabase } from '@statsbidrag/db';
import type { CaseStateChanged, ClaimMessagePosted } from '@statsbidrag/events';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { TEST_INTERNAL_SECRET } from '@statsbidrag/graphql-kit/testing';
import { randomUUID } from 'node:crypto';
import { SkippingMailSender } from './notification/application/mail-sender.js';
import { createPersonSubgraph } from './subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;

beforeAll(async () => {
  db = await createTestDatabase('claim_notify');
  const definition = createPersonSubgraph({ mailSender: new SkippingMailSender(), links: { portal: 'https://portal.example.org', sdf: 'https://sdf.example.org' } });
  await migrateSubgraph(definition, db.url);
  await seedSubgraph(definition, db.url);
  subgraph = await startSubgraph(definition, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

const sql = async <T,>(query: string, params: unknown[] = []) => (await subgraph.orm.em.fork().getConnection().execute(query, params)) as T[];
const state = (over: Partial<CaseStateChanged>): CaseStateChanged => ({
  context: 'claims', caseId: randomUUID(), personId: randomUUID(), decisionId: null, districtCode: 'JARVA', label: 'Återsökning GSKA 2026-01-01–2026-03-31',
  status: 'ATERSOK_AVVISA_AMF', statusLabel: 'Återsökning avvisad av AmF', open: false, at: new Date().toISOString(), ...over,
});
async function publish(payload: CaseStateChanged): Promise<void> {
  await subgraph.events.boss.publish('claims.case-state-changed', { id: randomUUID(), topic: 'claims.case-state-changed', payload });
}
async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('claim changes reach the district', () => {
  it('notifies the district contact and the claim’s officer (not the one who changed it), in the app and by e-mail with SDF links', async () => {
    await publish(state({ notify: { changedBy: 'samordnare', officerUsername: 'jarva.handlaggare', reason: 'Saknar underlag: Insatsbeslut saknas' } }));
    const rows = await eventually(() => sql<{ recipient_username: string; title: string; body: string; link: string }>('select recipient_username, title, body, link from person.notification order by recipient_username'), (r) => r.length === 2);
    expect(rows.map((r) => r.recipient_username)).toEqual(['jarva.handlaggare', 'jarva.kontakt']);
    expect(rows[0]).toMatchObject({ title: 'Återsökning GSKA 2026-01-01–2026-03-31: Återsökning avvisad av AmF', link: expect.stringMatching(/^\/atersokningar\/[0-9a-f-]{36}$/) });
    expect(rows[0]!.body).toContain('(Järva) har fått status "Återsökning avvisad av AmF". Ändrad av Sara Samordnare.');
    expect(rows[0]!.body).toContain('Motivering: Saknar underlag: Insatsbeslut saknas');
    const mails = await sql<{ payload: { to: string; text: string } }>(`select payload from person.outbox_event where topic = 'person.mail-requested' order by payload->>'to'`);
    expect(mails.map((m) => m.payload.to)).toHaveLength(2);
    expect(mails.every((m) => m.payload.text.endsWith(`Öppna återsökningen: https://sdf.example.org${rows[0]!.link}`))).toBe(true);
  });

  it('does not notify the one who made the change, nor anyone for demo data', async () => {
    await sql('delete from person.notification');
    await publish(state({ notify: { changedBy: 'jarva.kontakt', officerUsername: null, reason: null } }));
    await publish(state({}));
    const marker = state({ districtCode: 'FARSTA', notify: { changedBy: 'samordnare', officerUsername: null, reason: null } });
    await publish(marker);
    const rows = await eventually(() => sql<{ recipient_username: string }>('select recipient_username from person.notification'), (r) => r.length >= 1);
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await sql<{ recipient_username: string }>('select recipient_username from person.notification')).map((r) => r.recipient_username)).toEqual(['farsta.kontakt']);
    expect(rows.length).toBe(1);
  });

  it('tells the other side about a message on a claim, never its text', async () => {
    await sql('delete from person.notification');
    const claimId = randomUUID();
    const message = (over: Partial<ClaimMessagePosted>): ClaimMessagePosted => ({
      claimId, districtCode: 'JARVA', label: 'Återsökning GSKA 2026-01-01–2026-03-31', fromSide: 'DISTRICT', authorUsername: 'jarva.handlaggare',
      officerUsername: 'jarva.handlaggare', responsibleUsername: null, ...over,
    });
    const post = (payload: ClaimMessagePosted) => subgraph.events.boss.publish('claims.message-posted', { id: randomUUID(), topic: 'claims.message-posted', payload });
    const recipients = async () => (await sql<{ recipient_username: string }>('select recipient_username from person.notification order by recipient_username')).map((r) => r.recipient_username);

    // The district asks while Statsbidragsgruppen is responsible: every coordinator hears of it.
    await post(message({}));
    expect(await eventually(recipients, (r) => r.length >= 2)).toEqual(['samordnare', 'samordnare2']);
    const [row] = await sql<{ title: string; body: string; link: string }>(`select title, body, link from person.notification where recipient_username = 'samordnare'`);
    expect(row).toEqual({
      title: 'Nytt meddelande: Återsökning GSKA 2026-01-01–2026-03-31',
      body: `Hedda Handläggare (Järva) har skrivit ett meddelande på återsökningen Återsökning GSKA 2026-01-01–2026-03-31 (Järva).\n\nÖppna återsökningen: /atersokningar/${claimId}`,
      link: `/atersokningar/${claimId}`,
    });

    // With a responsible officer only that officer; AmF's answer reaches the contact and the officer, with SDF links.
    await sql('delete from person.notification');
    await post(message({ responsibleUsername: 'samordnare2' }));
    expect(await eventually(recipients, (r) => r.length >= 1)).toEqual(['samordnare2']);
    await sql('delete from person.notification');
    await post(message({ fromSide: 'AMF', authorUsername: 'samordnare2', responsibleUsername: 'samordnare2' }));
    expect(await eventually(recipients, (r) => r.length >= 2)).toEqual(['jarva.handlaggare', 'jarva.kontakt']);
    const mails = await sql<{ payload: { to: string; text: string } }>(`select payload from person.outbox_event where topic = 'person.mail-requested' and payload->>'text' like '%skrivit ett meddelande%'`);
    expect(mails.some((m) => m.payload.text.endsWith(`Öppna återsökningen: https://sdf.example.org/atersokningar/${claimId}`))).toBe(true);
  });
});
