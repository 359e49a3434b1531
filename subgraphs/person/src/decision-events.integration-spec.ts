import { createTestDatabase } from '@statsbidrag/db';
import { PERSONS } from '@statsbidrag/demo-data';
import { luhnCheckDigit } from '@statsbidrag/domain';
import type { DecisionNotice, DecisionRecorded, DeliveredEvent, PersonIdentityChanged, RecoveryChanged } from '@statsbidrag/events';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { randomUUID } from 'node:crypto';
import { decisionNotificationConsumer } from './notification/application/decision-notifications.js';
import { recoveryNotificationConsumer } from './notification/application/recovery-notifications.js';
import { SmtpMailSender } from './notification/infra/smtp-mail-sender.js';
import { purgeDuePersons } from './retention/application/purge.js';
import { createPersonSubgraph } from './subgraph.js';
import { startTestSmtp, type TestSmtp } from './testing/test-smtp.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
let smtp: TestSmtp;
let sender: SmtpMailSender;
const LINKS = { portal: 'https://portal.example.org', sdf: 'https://sdf.example.org' };

beforeAll(async () => {
  smtp = await startTestSmtp();
  sender = new SmtpMailSender(smtp.url);
  db = await createTestDatabase('person_decision_events');
  const definition = createPersonSubgraph({ mailSender: sender, links: LINKS });
  await migrateSubgraph(definition, db.url);
  await seedSubgraph(definition, db.url);
  await seedSubgraph(definition, db.url);
  subgraph = await startSubgraph(definition, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  sender?.close();
  await smtp?.close();
  await db?.drop();
});

const sql = async <T,>(query: string, params: unknown[] = []) => (await subgraph.orm.em.fork().getConnection().execute(query, params)) as T[];
async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}
type NotificationRow = { recipient_username: string; title: string; body: string; link: string };
const notificationsFor = (link: string) => sql<NotificationRow>('select recipient_username, title, body, link from person.notification where link = ? order by recipient_username', [link]);
const mailsTo = (link: string) => smtp.received.filter((m) => m.text.includes(link)).sort((a, b) => a.to[0]!.localeCompare(b.to[0]!));

/** A demo person's name and identity number: never in an e-mail. */
const jarvaPerson = PERSONS.find((p) => p.districtCode === 'JARVA' && p.personalIdentityNumber)!;

describe('decisions.decision-recorded with a notice (MiG’s notices)', () => {
  const decision = (over: Partial<DecisionRecorded> = {}): DecisionRecorded => ({
    decisionId: randomUUID(), claimId: randomUUID(), personId: jarvaPerson.id, districtCode: 'JARVA', decidedOn: '2026-11-02',
    outcome: 'AVSLAG', outcomeLabel: 'Avslag', grantedAmount: 0, paidAmount: 0, label: 'Beslut 1.1.3-2026-77 (BIF 2024-01-01–2024-03-31)', at: '2026-11-02T10:00:00.000Z',
    notify: { kind: 'AVSLAG', officerUsername: 'jarva.handlaggare', recordedBy: 'samordnare' }, ...over,
  });

  it('reaches the claim’s officer, every coordinator and the district’s contact person, in the app and by an e-mail with only a link', async () => {
    const payload = decision();
    const event = { id: randomUUID(), topic: 'decisions.decision-recorded' as const, payload };
    await subgraph.events.boss.publish('decisions.decision-recorded', event);
    const link = `/beslut/${payload.decisionId}`;
    const rows = await eventually(() => notificationsFor(link), (r) => r.length >= 4);
    expect(rows.map((r) => r.recipient_username)).toEqual(['jarva.handlaggare', 'jarva.kontakt', 'samordnare', 'samordnare2']);
    expect(rows[0]).toEqual({
      recipient_username: 'jarva.handlaggare', title: 'Beslut från MiG: avslag', link,
      body: `MiG har fattat beslut (avslag): Beslut 1.1.3-2026-77 (BIF 2024-01-01–2024-03-31), Järva.\n\nÖppna beslutet: ${link}`,
    });

    await eventually(async () => mailsTo(link), (m) => m.length >= 4);
    const mails = mailsTo(link);
    expect(mails.map((m) => [m.to[0], m.subject, m.text.trim()])).toEqual([
      ['handlaggare.jarva@example.org', 'Beslut från MiG: avslag', `Öppna beslutet: https://sdf.example.org${link}`],
      ['kontakt.jarva@example.org', 'Beslut från MiG: avslag', `Öppna beslutet: https://sdf.example.org${link}`],
      ['sami.samordnare@example.org', 'Beslut från MiG: avslag', `Öppna beslutet: https://portal.example.org${link}`],
      ['sara.samordnare@example.org', 'Beslut från MiG: avslag', `Öppna beslutet: https://portal.example.org${link}`],
    ]);
    for (const mail of mails) {
      expect(mail.text).not.toContain(jarvaPerson.lastName);
      expect(mail.text).not.toContain(jarvaPerson.personalIdentityNumber!.slice(2));
      expect(mail.text).not.toContain('1.1.3-2026-77');
    }

    // redelivered by the queue, and the same notice again in a later event of the decision: nobody hears twice
    await subgraph.events.boss.publish('decisions.decision-recorded', event);
    await subgraph.events.boss.publish('decisions.decision-recorded', { ...event, id: randomUUID(), payload: { ...payload, paidAmount: 0, at: '2026-11-03T10:00:00.000Z' } });
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await notificationsFor(link)).toHaveLength(4);
    expect(mailsTo(link)).toHaveLength(4);
    const queued = await sql<{ n: string }>(`select count(*) as n from person.outbox_event where topic = 'person.mail-requested' and payload->>'text' like ?`, [`%${link}`]);
    expect(Number(queued[0]!.n)).toBe(4);
  });

  it('names each kind in the title, tells everyone once when the officer is a coordinator, and nobody without a notice', async () => {
    const handle = (payload: DecisionRecorded) =>
      subgraph.orm.em.fork().transactional((tx) => decisionNotificationConsumer(LINKS).handle(tx as never, { id: randomUUID(), topic: 'decisions.decision-recorded', payload } as DeliveredEvent<'decisions.decision-recorded'>));
    const titles: [DecisionNotice['kind'], string][] = [
      ['AVVISNING', 'Beslut från MiG: avvisning'],
      ['DELVIS_BEVILJAD', 'Beslut från MiG: delvis beviljad'],
      ['ATERKRAV', 'Beslut från MiG: återkrav'],
      ['BEVILJAD_EFTER_NY_PROVNING', 'Beslut från MiG: beviljad efter ny prövning'],
    ];
    for (const [kind, title] of titles) {
      const payload = decision({ notify: { kind, officerUsername: 'samordnare', recordedBy: 'import' } });
      await handle(payload);
      const rows = await notificationsFor(`/beslut/${payload.decisionId}`);
      expect(rows.map((r) => [r.recipient_username, r.title])).toEqual([['jarva.kontakt', title], ['samordnare', title], ['samordnare2', title]]);
    }
    const silent = decision({ notify: undefined });
    await handle(silent);
    expect(await notificationsFor(`/beslut/${silent.decisionId}`)).toEqual([]);
  });
});

describe('decisions.recovery-changed with a notice (återkrav)', () => {
  const recoveryId = randomUUID();
  const link = `/aterkrav/${recoveryId}`;
  let minute = 0;
  const change = (notify: RecoveryChanged['notify']): RecoveryChanged => ({
    recoveryId, personId: jarvaPerson.id, districtCode: 'FARSTA', compensationCode: 'BIF', periodFrom: '2024-01-01', periodTo: '2024-03-31', amount: 1_250_000, offsetAmount: 0,
    remainingAmount: 1_250_000, status: 'OPEN', decisionId: null, appealDeadline: '2026-12-15', label: 'Återkrav BIF 2024-01-01–2024-03-31',
    at: new Date(Date.UTC(2026, 10, 24, 10, minute++)).toISOString(), ...(notify ? { notify } : {}),
  });
  const deliver = (payload: RecoveryChanged, id = randomUUID()) =>
    subgraph.orm.em.fork().transactional((tx) => recoveryNotificationConsumer(LINKS).handle(tx as never, { id, topic: 'decisions.recovery-changed', payload }));
  const recipients = async (title: string) => (await notificationsFor(link)).filter((r) => r.title === title).map((r) => r.recipient_username);

  it('asks the district’s contact person to take a stand on a new recovery and on AmF’s proposed action, once each', async () => {
    const started = change({ kind: 'STARTED', by: 'samordnare', fromSide: 'AMF' });
    await deliver(started);
    await deliver(started); // redelivered
    expect(await recipients('Återkrav att ta ställning till')).toEqual(['farsta.kontakt']);
    const [row] = await notificationsFor(link);
    expect(row!.body).toBe(`AmF har startat ett återkrav med förslag till åtgärd: Återkrav BIF 2024-01-01–2024-03-31, Farsta. Ta ställning till om beslutet ska överklagas.\n\nÖppna återkravet: ${link}`);
    await deliver(change({ kind: 'ACTION_PROPOSED', by: 'samordnare', fromSide: 'AMF' }));
    expect(await recipients('Återkrav att ta ställning till')).toEqual(['farsta.kontakt', 'farsta.kontakt']);

    const mail = await smtp.waitFor((m) => m.subject === 'Återkrav att ta ställning till' && m.text.includes(link), 'återkrav till Farsta', 30_000);
    expect(mail.to).toEqual(['kontakt.farsta@example.org']);
    expect(mail.text.trim()).toBe(`Öppna återkravet: https://sdf.example.org${link}`);
  });

  it('sends a message to the other side and the appeal decision to the coordinators, never to the one who acted', async () => {
    await deliver(change({ kind: 'MESSAGE', by: 'farsta.kontakt', fromSide: 'DISTRICT' }));
    expect(await recipients('Nytt meddelande om återkrav')).toEqual(['samordnare', 'samordnare2']);
    await deliver(change({ kind: 'MESSAGE', by: 'samordnare', fromSide: 'AMF' }));
    expect(await recipients('Nytt meddelande om återkrav')).toEqual(['farsta.kontakt', 'samordnare', 'samordnare2']);
    await deliver(change({ kind: 'APPEAL_DECIDED', by: 'samordnare2', fromSide: 'DISTRICT' }));
    expect(await recipients('Återkrav: beslut om överklagande')).toEqual(['samordnare']);
    await deliver(change(undefined));
    expect(await notificationsFor(link)).toHaveLength(6);
    const messageMail = await smtp.waitFor((m) => m.subject === 'Nytt meddelande om återkrav' && m.to[0] === 'sara.samordnare@example.org', 'meddelande till samordnaren', 30_000);
    expect(messageMail.text.trim()).toBe(`Öppna återkravet: https://portal.example.org${link}`);
  });
});

describe('person.identity-changed', () => {
  type Row = { payload: PersonIdentityChanged };
  const identityEvents = (personId: string) =>
    sql<Row>(`select payload from person.outbox_event where topic = 'person.identity-changed' and payload->>'personId' = ? order by created_at, payload->>'at'`, [personId]).then((r) => r.map((x) => x.payload));
  const as = (who: keyof typeof testIdentities, variables: Record<string, unknown>) => ({ identity: testIdentities[who], secret: TEST_INTERNAL_SECRET, variables });
  /** A samordningsnummer (day + 60): never a real person's personnummer. */
  const coordinationNumber = (yymmdd: string, serial: string) => `${yymmdd}-${serial}${luhnCheckDigit(yymmdd + serial)}`;

  it('is recorded once for every demo person, however often the demo data is seeded', async () => {
    const rows = await sql<{ person_id: string; n: string }>(`select payload->>'personId' as person_id, count(*) as n from person.outbox_event where topic = 'person.identity-changed' group by 1`);
    const counts = new Map(rows.map((r) => [r.person_id, Number(r.n)]));
    expect(PERSONS.every((p) => counts.get(p.id) === 1)).toBe(true);
    const [event] = await identityEvents(jarvaPerson.id);
    expect(event).toMatchObject({
      personId: jarvaPerson.id, personalIdentityNumber: jarvaPerson.personalIdentityNumber, migIndividualNumber: jarvaPerson.migIndividualNumber ?? null,
      registrations: [{ from: jarvaPerson.registeredAt, districtCode: 'JARVA' }], mergedInto: null, purged: false,
    });
  });

  it('is recorded when a person is registered, when an identifier changes (not a name), on an EPS extract and when the person is purged', async () => {
    const pin = coordinationNumber('850172', '123');
    const registered = await callSubgraph<{ registerPerson: { id: string } }>(
      subgraph.url, 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
      as('coordinator', { input: { firstName: 'Test', lastName: 'Identitetsson', personalIdentityNumber: pin, districtCode: 'JARVA' } }),
    );
    expect(registered.body.errors).toBeUndefined();
    const personId = registered.body.data!.registerPerson.id;
    const today = new Date().toISOString().slice(0, 10);
    let events = await identityEvents(personId);
    expect(events).toEqual([
      { personId, personalIdentityNumber: `19${pin.replace('-', '')}`, migIndividualNumber: null, birthDate: '1985-01-12', registrations: [{ from: today, districtCode: 'JARVA' }], mergedInto: null, purged: false, movedOutOn: null, at: expect.any(String) },
    ]);

    const update = (i: Record<string, unknown>) =>
      callSubgraph(subgraph.url, 'mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }', as('coordinator', { i: { personId, ...i } }));
    expect((await update({ firstName: 'Ny' })).body.errors).toBeUndefined();
    expect(await identityEvents(personId)).toHaveLength(1);
    expect((await update({ migIndividualNumber: '7654321' })).body.errors).toBeUndefined();
    events = await identityEvents(personId);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ migIndividualNumber: '7654321', personalIdentityNumber: `19${pin.replace('-', '')}` });

    const HEADER = 'Personnummer;Individnummer;Förnamn;Efternamn;Adress;Postnummer;Folkbokföringsdatum;Eps_stadsdelsnamnd;Eps_Stadsdelsnamndskod';
    const newcomer = coordinationNumber('900161', '234');
    const file = Buffer.from('\uFEFF' + [HEADER, `${pin};;Ny;Identitetsson;Farstavägen 1;12347;2026-01-05;Farsta;FARSTA`, `${newcomer};;Nya;Personsson;Farstavägen 2;12347;2025-06-01;Farsta;FARSTA`].join('\r\n') + '\r\n', 'utf8').toString('base64');
    const imported = await callSubgraph(subgraph.url, 'mutation($input: ImportEpsExtractInput!) { importEpsExtract(input: $input) { appliedCount } }', as('coordinator', { input: { fileName: 'eps-identitet.csv', contentBase64: file } }));
    expect(imported.body.errors).toBeUndefined();
    events = await identityEvents(personId);
    expect(events).toHaveLength(3);
    expect(events[2]!.registrations).toEqual([{ from: today, districtCode: 'JARVA' }, { from: '2026-01-05', districtCode: 'FARSTA' }].sort((a, b) => a.from.localeCompare(b.from)));
    const [created] = await sql<Row>(`select payload from person.outbox_event where topic = 'person.identity-changed' and payload->>'personalIdentityNumber' = ?`, [`19${newcomer.replace('-', '')}`]);
    expect(created!.payload).toMatchObject({ registrations: [{ from: '2025-06-01', districtCode: 'FARSTA' }], purged: false });

    await sql(`update person.person set purge_on = ? where id = ?`, [today, personId]);
    const run = await purgeDuePersons(subgraph.orm.em.fork(), 'gallringsjobb', today);
    expect(run.purged.map((p) => p.personId)).toContain(personId);
    events = await identityEvents(personId);
    expect(events).toHaveLength(4);
    expect(events[3]).toMatchObject({ personalIdentityNumber: null, migIndividualNumber: null, birthDate: null, purged: true, mergedInto: null });
    expect(events[3]!.registrations.map((r) => r.districtCode).sort()).toEqual(['FARSTA', 'JARVA']);
  });
});
