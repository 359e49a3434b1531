import { createTestDatabase } from '@statsbidrag/db';
import type { Identity } from '@statsbidrag/domain';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { PersonIdentityEntity } from '../copies/infra/copies.entity.js';
import { DecisionEntity } from '../decision/infra/decision.entity.js';
import { demoDecisions } from '../seed-data.js';
import { decisionsSubgraph } from '../subgraph.js';
import { offsetRecoveries } from './application/offset-recoveries.js';
import { isRecoveryCode, recordImportedRecovery } from './application/record-imported-recovery.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;

const identities = {
  ...testIdentities,
  administrator: { sub: 'administrator', name: 'Ada Administratör', roles: ['ADMINISTRATOR'], districtCodes: [] } as Identity,
  jarvaContact: { sub: 'jarva.kontakt', name: 'Kim Kontakt (Järva)', roles: ['DISTRICT_CONTACT'], districtCodes: ['JARVA'] } as Identity,
  farstaContact: { sub: 'farsta.kontakt', name: 'Kim Kontakt (Farsta)', roles: ['DISTRICT_CONTACT'], districtCodes: ['FARSTA'] } as Identity,
};
type Who = keyof typeof identities;

type GqlError = { message: string; extensions: Record<string, unknown> };
async function call<T>(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: T; errors?: GqlError[] }> {
  const res = await callSubgraph<T>(subgraph.url, query, { identity: identities[who], secret: TEST_INTERNAL_SECRET, variables });
  return res.body as { data?: T; errors?: GqlError[] };
}

const FIELDS = `id personId person { id } districtCode district { code } compensationCode periodFrom periodTo amount offsetAmount remainingAmount reason
  status statusLabel decisionId decision { id } migCaseNumber decidedAt appealDeadline proposedAction appealDecision appealDecidedBy appealDecidedAt
  source createdBy createdAt offsets { id month amount importId createdAt } messages { id side authorUsername body fileName contentType createdAt }`;
type Recovery = {
  id: string; personId: string; districtCode: string | null; district: { code: string } | null; compensationCode: string; periodFrom: string; periodTo: string;
  amount: number; offsetAmount: number; remainingAmount: number; reason: string; status: string; statusLabel: string; decisionId: string | null;
  decision: { id: string } | null; decidedAt: string; appealDeadline: string; proposedAction: string | null; appealDecision: string | null;
  appealDecidedBy: string | null; source: string; createdBy: string; offsets: { month: string; amount: number; importId: string }[];
  messages: { id: string; side: string; authorUsername: string; body: string; fileName: string | null; contentType: string | null }[];
};
const START = `mutation($input: StartRecoveryInput!) { startRecovery(input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { recovery(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: RecoveryFilterInput, $first: Int) { recoveries(filter: $filter, first: $first) { totalCount edges { node { id districtCode status amount remainingAmount } } pageInfo { hasNextPage } } }`;
const SUMMARY = '{ recoverySummary { districtCode district { code } count openCount amount offsetAmount remainingAmount } }';
const MESSAGE = 'mutation($input: RecoveryMessageInput!) { postRecoveryMessage(input: $input) { id side authorUsername body fileName contentType } }';
const DOCUMENT = 'query($id: ID!) { recoveryDocument(messageId: $id) { fileName contentType contentBase64 } }';
const DECIDE = 'mutation($id: ID!, $d: RecoveryAppealDecision!, $c: String) { decideRecoveryAppeal(id: $id, decision: $d, comment: $c) { id status statusLabel appealDecision appealDecidedBy decision { id } } }';
const CANCEL = 'mutation($id: ID!, $reason: String!) { cancelRecovery(id: $id, reason: $reason) { id status statusLabel remainingAmount } }';
const PROPOSE = 'mutation($id: ID!, $a: String!) { proposeRecoveryAction(id: $id, proposedAction: $a) { id proposedAction } }';

// Persons known to the decisions subgraph through the person copy (no personal data: ids only).
const moved = randomUUID(); // Farsta until 2024-06-01, then Järva
const farstaPerson = randomUUID();
const homeless = randomUUID(); // registered without a district
const unknown = randomUUID(); // not in the copy

const em = (): EntityManager => subgraph.orm.em.fork() as EntityManager;
const sql = <T>(query: string, params: unknown[] = []) => em().getConnection().execute(query, params) as Promise<T[]>;
type OutboxRow = { topic: string; payload: Record<string, unknown> };
const events = (topic: string, key: string, id: string) =>
  sql<OutboxRow>(`select topic, payload from decisions.outbox_event where topic = ? and payload->>'${key}' = ? order by created_at`, [topic, id]);

const base = { compensationCode: 'FSKA', periodFrom: '2025-01-01', periodTo: '2025-03-31', amount: 150_000, reason: 'Dubbel utbetalning för perioden.' };
async function start(input: Record<string, unknown>, who: Who = 'coordinator'): Promise<Recovery> {
  const res = await call<{ startRecovery: Recovery }>(who, START, { input: { ...base, ...input } });
  expect(res.errors).toBeUndefined();
  return res.data!.startRecovery;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

beforeAll(async () => {
  db = await createTestDatabase('decisions_recovery');
  await migrateSubgraph(decisionsSubgraph, db.url);
  await seedSubgraph(decisionsSubgraph, db.url);
  subgraph = await startSubgraph(decisionsSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
  const fork = em();
  const copy = (personId: string, registrations: { from: string; districtCode: string | null }[]) =>
    fork.create(PersonIdentityEntity, { personId, registrations, stateAt: new Date() });
  copy(moved, [{ from: '2020-01-01', districtCode: 'FARSTA' }, { from: '2024-06-01', districtCode: 'JARVA' }]);
  copy(farstaPerson, [{ from: '2019-03-01', districtCode: 'FARSTA' }]);
  copy(homeless, [{ from: '2019-03-01', districtCode: null }]);
  await fork.flush();
  await sql('update decisions.decision_settings set appeal_days = 30 where id = 1');
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('recoveries (återkrav) in the decisions subgraph, called directly', () => {
  let jarvaRecovery: Recovery;
  let farstaRecovery: Recovery;

  it('starts a recovery by hand in the district the person belonged to when the period began, with the appeal deadline from the settings', async () => {
    jarvaRecovery = await start({ personId: moved, compensationCode: ' fska ', decidedAt: '2026-01-10', migCaseNumber: '1.1.3-2026-555', proposedAction: 'Granska underlaget.' });
    expect(jarvaRecovery).toMatchObject({
      personId: moved, districtCode: 'JARVA', district: { code: 'JARVA' }, compensationCode: 'FSKA', amount: 150_000, offsetAmount: 0, remainingAmount: 150_000,
      status: 'OPEN', statusLabel: 'Öppet', decidedAt: '2026-01-10', appealDeadline: '2026-02-09', source: 'MANUAL', createdBy: 'samordnare',
      offsets: [], messages: [], proposedAction: 'Granska underlaget.',
    });
    const earlier = await start({ personId: moved, periodFrom: '2024-01-01', periodTo: '2024-03-31', amount: 20_000 }, 'administrator');
    expect(earlier.districtCode).toBe('FARSTA');
    farstaRecovery = await start({ personId: farstaPerson, compensationCode: 'GSKA', amount: 80_000 });
    expect(farstaRecovery.districtCode).toBe('FARSTA');

    const [started] = await events('decisions.recovery-changed', 'recoveryId', jarvaRecovery.id);
    expect(started!.payload).toMatchObject({
      recoveryId: jarvaRecovery.id, districtCode: 'JARVA', amount: 150_000, remainingAmount: 150_000, status: 'OPEN', appealDeadline: '2026-02-09',
      label: 'Återkrav FSKA 2025-01-01–2025-03-31', notify: { kind: 'STARTED', by: 'samordnare', fromSide: 'AMF' },
    });
  });

  it('keeps a recovery without a known district as its own row; an unknown person needs a district', async () => {
    const none = await start({ personId: homeless, amount: 1_000 });
    expect(none.districtCode).toBeNull();
    const refused = await call('coordinator', START, { input: { ...base, personId: unknown } });
    expect(refused.errors?.[0]).toMatchObject({ message: 'Personen är okänd i beslutsdelen; ange stadsdel.', extensions: { code: 'BAD_USER_INPUT', field: 'districtCode', reason: 'UNKNOWN_PERSON' } });
    const named = await start({ personId: unknown, districtCode: 'farsta', amount: 5_000 });
    expect(named.districtCode).toBe('FARSTA');
  });

  it('lists recoveries per person and per district, and sums them per district for the summary', async () => {
    const perPerson = await call<{ recoveries: { totalCount: number; edges: { node: { id: string } }[] } }>('analyst', LIST, { filter: { personId: moved } });
    expect(perPerson.data?.recoveries.totalCount).toBe(2);
    const perDistrict = await call<{ recoveries: { totalCount: number; edges: { node: { districtCode: string } }[] } }>('coordinator', LIST, { filter: { districtCode: 'FARSTA' } });
    expect(perDistrict.data?.recoveries.totalCount).toBe(3);
    expect(perDistrict.data?.recoveries.edges.every((e) => e.node.districtCode === 'FARSTA')).toBe(true);

    type Row = { districtCode: string | null; district: { code: string } | null; count: number; openCount: number; amount: number; offsetAmount: number; remainingAmount: number };
    const summary = await call<{ recoverySummary: Row[] }>('coordinator', SUMMARY);
    expect(summary.data?.recoverySummary).toEqual([
      { districtCode: 'FARSTA', district: { code: 'FARSTA' }, count: 3, openCount: 3, amount: 105_000, offsetAmount: 0, remainingAmount: 105_000 },
      { districtCode: 'JARVA', district: { code: 'JARVA' }, count: 1, openCount: 1, amount: 150_000, offsetAmount: 0, remainingAmount: 150_000 },
      { districtCode: null, district: null, count: 1, openCount: 1, amount: 1_000, offsetAmount: 0, remainingAmount: 1_000 },
    ]);
    const jarvaSummary = await call<{ recoverySummary: Row[] }>('jarvaOfficer', SUMMARY);
    expect(jarvaSummary.data?.recoverySummary.map((r) => r.districtCode)).toEqual(['JARVA']);
  });

  it('does not let a Järva user see Farsta\'s recoveries, in lists, by id or by writing to them', async () => {
    const all = await call<{ recoveries: { totalCount: number; edges: { node: { districtCode: string } }[] } }>('jarvaOfficer', LIST, { first: 500 });
    expect(all.data?.recoveries.totalCount).toBe(1);
    expect(all.data?.recoveries.edges[0]?.node.districtCode).toBe('JARVA');
    const filtered = await call<{ recoveries: { totalCount: number } }>('jarvaOfficer', LIST, { filter: { districtCode: 'FARSTA' } });
    expect(filtered.data?.recoveries.totalCount).toBe(0);
    const byId = await call<{ recovery: Recovery | null }>('jarvaOfficer', GET, { id: farstaRecovery.id });
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.recovery).toBeNull();
    const write = await call('jarvaOfficer', MESSAGE, { input: { recoveryId: farstaRecovery.id, body: 'Hej' } });
    expect(write.errors?.[0]).toMatchObject({ message: 'Återkravet finns inte, eller hör inte till din stadsdel.', extensions: { code: 'NOT_FOUND' } });
    const decide = await call('jarvaContact', DECIDE, { id: farstaRecovery.id, d: 'ACCEPT' });
    expect(decide.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('keeps a message thread with documents from both sides; each side hears of the other\'s messages', async () => {
    const proposed = await call<{ proposeRecoveryAction: { proposedAction: string } }>('coordinator', PROPOSE, { id: jarvaRecovery.id, a: 'Ta fram underlag för överklagande.' });
    expect(proposed.data?.proposeRecoveryAction.proposedAction).toBe('Ta fram underlag för överklagande.');
    const fromDistrict = await call<{ postRecoveryMessage: { id: string; side: string; fileName: string; contentType: string } }>('jarvaOfficer', MESSAGE, {
      input: { recoveryId: jarvaRecovery.id, body: 'Här är insatsbeslutet.', fileName: 'insatsbeslut.pdf', contentType: 'application/pdf', contentBase64: PDF.toString('base64') },
    });
    expect(fromDistrict.errors).toBeUndefined();
    expect(fromDistrict.data?.postRecoveryMessage).toMatchObject({ side: 'DISTRICT', fileName: 'insatsbeslut.pdf', contentType: 'application/pdf' });
    const fromAmf = await call<{ postRecoveryMessage: { id: string; side: string } }>('coordinator', MESSAGE, {
      input: { recoveryId: jarvaRecovery.id, body: 'Tack, bifogar MiG:s beslut.', fileName: 'beslut.png', contentBase64: PNG.toString('base64') },
    });
    expect(fromAmf.data?.postRecoveryMessage).toMatchObject({ side: 'AMF' });

    const thread = await call<{ recovery: Recovery }>('jarvaOfficer', GET, { id: jarvaRecovery.id });
    expect(thread.data?.recovery.messages.map((m) => [m.side, m.authorUsername, m.body, m.contentType])).toEqual([
      ['DISTRICT', 'jarva.handlaggare', 'Här är insatsbeslutet.', 'application/pdf'],
      ['AMF', 'samordnare', 'Tack, bifogar MiG:s beslut.', 'image/png'],
    ]);
    const pdfBack = await call<{ recoveryDocument: { fileName: string; contentBase64: string } }>('coordinator', DOCUMENT, { id: fromDistrict.data!.postRecoveryMessage.id });
    expect(Buffer.from(pdfBack.data!.recoveryDocument.contentBase64, 'base64').equals(PDF)).toBe(true);
    const pngBack = await call<{ recoveryDocument: { contentType: string; contentBase64: string } }>('jarvaOfficer', DOCUMENT, { id: fromAmf.data!.postRecoveryMessage.id });
    expect(pngBack.data?.recoveryDocument.contentType).toBe('image/png');
    expect(Buffer.from(pngBack.data!.recoveryDocument.contentBase64, 'base64').equals(PNG)).toBe(true);
    const hidden = await call<{ recoveryDocument: unknown }>('farstaOfficer', DOCUMENT, { id: fromAmf.data!.postRecoveryMessage.id });
    expect(hidden.data?.recoveryDocument).toBeNull();

    const notices = (await events('decisions.recovery-changed', 'recoveryId', jarvaRecovery.id)).map((e) => e.payload.notify);
    expect(notices).toEqual([
      { kind: 'STARTED', by: 'samordnare', fromSide: 'AMF' },
      { kind: 'ACTION_PROPOSED', by: 'samordnare', fromSide: 'AMF' },
      { kind: 'MESSAGE', by: 'jarva.handlaggare', fromSide: 'DISTRICT' },
      { kind: 'MESSAGE', by: 'samordnare', fromSide: 'AMF' },
    ]);

    const script = await call('jarvaOfficer', MESSAGE, { input: { recoveryId: jarvaRecovery.id, body: 'Fil', fileName: 'underlag.pdf', contentBase64: Buffer.from('MZ\x90\x00 not a pdf').toString('base64') } });
    expect(script.errors?.[0]).toMatchObject({
      message: 'Filen underlag.pdf kan inte bifogas. Tillåtna filtyper är PDF, Word, Excel, PNG och JPEG.',
      extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64', reason: 'UNSUPPORTED_TYPE' },
    });
    const empty = await call('coordinator', MESSAGE, { input: { recoveryId: jarvaRecovery.id, body: '   ' } });
    expect(empty.errors?.[0]).toMatchObject({ message: 'Skriv ett meddelande.', extensions: { code: 'BAD_USER_INPUT', field: 'body', reason: 'REQUIRED' } });
  });

  it('lets the district\'s contact person appeal: the recovery and its decision are marked appealed, once, and only until the deadline', async () => {
    const decision = demoDecisions().find((d) => d.districtCode === 'JARVA')!;
    const withDecision = await start({ personId: moved, decisionId: decision.id, amount: 40_000 }); // decided today: the deadline is ahead
    expect(withDecision.decision).toEqual({ id: decision.id });
    const before = (await events('decisions.decision-recorded', 'decisionId', decision.id)).length;

    const officer = await call('jarvaOfficer', DECIDE, { id: withDecision.id, d: 'APPEAL' });
    expect(officer.errors?.[0]).toMatchObject({ message: 'Du saknar behörighet för detta.', extensions: { code: 'FORBIDDEN' } });

    const appealed = await call<{ decideRecoveryAppeal: Record<string, unknown> }>('jarvaContact', DECIDE, { id: withDecision.id, d: 'APPEAL', c: 'Vi överklagar, se underlaget.' });
    expect(appealed.errors).toBeUndefined();
    expect(appealed.data?.decideRecoveryAppeal).toMatchObject({ status: 'APPEALED', statusLabel: 'Överklagat', appealDecision: 'APPEAL', appealDecidedBy: 'jarva.kontakt', decision: { id: decision.id } });
    const marked = await em().findOneOrFail(DecisionEntity, { id: decision.id });
    expect(marked.appealed).toBe(true);
    const republished = await events('decisions.decision-recorded', 'decisionId', decision.id);
    expect(republished).toHaveLength(before + 1);
    expect(republished.at(-1)!.payload).toMatchObject({ decisionId: decision.id, districtCode: 'JARVA' });
    const [, appealEvent] = (await events('decisions.recovery-changed', 'recoveryId', withDecision.id)).map((e) => e.payload);
    expect(appealEvent).toMatchObject({ status: 'APPEALED', decisionId: decision.id, notify: { kind: 'APPEAL_DECIDED', by: 'jarva.kontakt', fromSide: 'DISTRICT' } });

    const again = await call('coordinator', DECIDE, { id: withDecision.id, d: 'ACCEPT' });
    expect(again.errors?.[0]).toMatchObject({ message: 'Det är redan beslutat om återkravet ska överklagas (överklaga).', extensions: { code: 'CONFLICT' } });

    const old = await start({ personId: moved, amount: 10_000, decidedAt: '2025-01-02' });
    const late = await call('jarvaContact', DECIDE, { id: old.id, d: 'APPEAL' });
    expect(late.errors?.[0]).toMatchObject({ message: 'Tiden för att överklaga gick ut 2025-02-01.', extensions: { code: 'BAD_USER_INPUT', reason: 'DEADLINE_PASSED' } });
    const accepted = await call<{ decideRecoveryAppeal: { status: string; appealDecision: string } }>('coordinator', DECIDE, { id: old.id, d: 'ACCEPT' });
    expect(accepted.data?.decideRecoveryAppeal).toEqual(expect.objectContaining({ status: 'OPEN', appealDecision: 'ACCEPT' }));
  });

  it('offsets recoveries at payments oldest first, carries a remainder forward, never twice per import, and then refuses to cancel', async () => {
    const cancelled = await start({ personId: farstaPerson, amount: 7_000 });
    const cancel = await call<{ cancelRecovery: { status: string; statusLabel: string; remainingAmount: number } }>('coordinator', CANCEL, { id: cancelled.id, reason: 'Registrerat av misstag.' });
    expect(cancel.data?.cancelRecovery).toEqual({ id: cancelled.id, status: 'CANCELLED', statusLabel: 'Makulerat', remainingAmount: 0 });

    const big = await start({ personId: moved, amount: 100_000 });
    type Node = { id: string; remainingAmount: number };
    const open = await call<{ recoveries: { edges: { node: Node }[] } }>('coordinator', LIST, { filter: { openOnly: true }, first: 500 });
    const older = open.data!.recoveries.edges.map((e) => e.node).filter((n) => n.id !== big.id);
    const olderRemaining = older.reduce((s, n) => s + n.remainingAmount, 0);
    expect(olderRemaining).toBeGreaterThan(0);

    const january = randomUUID();
    const first = await em().transactional((tx) => offsetRecoveries(tx as EntityManager, { importId: january, month: '2026-01', available: olderRemaining + 30_000 }));
    expect(first).toEqual({ offset: olderRemaining + 30_000, touched: older.length + 1 });
    const again = await offsetRecoveries(em(), { importId: january, month: '2026-01', available: 1_000_000 });
    expect(again).toEqual({ offset: 0, touched: 0 });

    const afterJanuary = await call<{ recovery: Recovery }>('jarvaOfficer', GET, { id: big.id });
    expect(afterJanuary.data?.recovery).toMatchObject({ status: 'OFFSET_PARTLY', statusLabel: 'Delvis kvittat', offsetAmount: 30_000, remainingAmount: 70_000 });
    const settled = await call<{ recovery: Recovery }>('coordinator', GET, { id: older[0]!.id });
    expect(settled.data?.recovery).toMatchObject({ status: 'SETTLED', statusLabel: 'Kvittat', remainingAmount: 0 });

    const february = randomUUID();
    expect(await offsetRecoveries(em(), { importId: february, month: '2026-02', available: 50_000 })).toEqual({ offset: 50_000, touched: 1 });
    const afterFebruary = await call<{ recovery: Recovery }>('jarvaOfficer', GET, { id: big.id });
    expect(afterFebruary.data?.recovery).toMatchObject({
      status: 'OFFSET_PARTLY', offsetAmount: 80_000, remainingAmount: 20_000,
      offsets: [{ month: '2026-01', amount: 30_000, importId: january }, { month: '2026-02', amount: 50_000, importId: february }],
    });
    const lastEvent = (await events('decisions.recovery-changed', 'recoveryId', big.id)).at(-1)!.payload;
    expect(lastEvent).toMatchObject({ offsetAmount: 80_000, remainingAmount: 20_000, status: 'OFFSET_PARTLY' });
    expect(lastEvent.notify).toBeUndefined();

    const refused = await call('coordinator', CANCEL, { id: big.id, reason: 'Fel belopp.' });
    expect(refused.errors?.[0]).toMatchObject({ message: 'Återkravet kan inte makuleras: 800 kr är redan kvittat mot en utbetalning.', extensions: { code: 'CONFLICT', reason: 'ALREADY_OFFSET' } });
    const unchangedCancelled = await call<{ recovery: Recovery }>('coordinator', GET, { id: cancelled.id });
    expect(unchangedCancelled.data?.recovery).toMatchObject({ status: 'CANCELLED', offsetAmount: 0, offsets: [] });
    expect(unchangedCancelled.data?.recovery.messages.map((m) => m.body)).toEqual(['Makulerat: Registrerat av misstag.']);
  });

  it('records MiG\'s recovery decision from an import (code Å…) once, visible to the district', async () => {
    expect(isRecoveryCode('ÅFSKA')).toBe(true);
    expect(isRecoveryCode('FSKA')).toBe(false);
    const importId = randomUUID();
    const row = { importId, importedBy: 'samordnare', personId: farstaPerson, districtCode: 'FARSTA', compensationCode: 'Å-FSKA', periodFrom: '2025-04-01', periodTo: '2025-06-30', amount: -45_600, migCaseNumber: '1.1.3-2026-777', decidedAt: '2025-01-02' };
    const outcome = await em().transactional(async (tx) => {
      const a = await recordImportedRecovery(tx as EntityManager, row);
      const b = await recordImportedRecovery(tx as EntityManager, { ...row, importId: randomUUID() });
      return [a.created, b.created, a.recovery.id === b.recovery.id];
    });
    expect(outcome).toEqual([true, false, true]);
    const list = await call<{ recoveries: { totalCount: number; edges: { node: { id: string; amount: number; status: string } }[] } }>('farstaOfficer', LIST, { filter: { compensationCode: 'å-fska' } });
    expect(list.data?.recoveries.totalCount).toBe(1);
    const got = await call<{ recovery: Recovery }>('farstaOfficer', GET, { id: list.data!.recoveries.edges[0]!.node.id });
    expect(got.data?.recovery).toMatchObject({ source: 'IMPORT', amount: 45_600, status: 'OPEN', migCaseNumber: '1.1.3-2026-777', appealDeadline: '2025-02-01', createdBy: 'samordnare' });
  });

  it('refuses invalid input with a Swedish message, a stable code and the field', async () => {
    const zero = await call('coordinator', START, { input: { ...base, personId: moved, amount: 0 } });
    expect(zero.errors?.[0]).toMatchObject({ message: 'Beloppet ska vara större än 0 kr.', extensions: { code: 'BAD_USER_INPUT', field: 'amount', reason: 'NOT_POSITIVE' } });
    const negative = await call('coordinator', START, { input: { ...base, personId: moved, amount: -100 } });
    expect(negative.errors?.[0]).toMatchObject({ extensions: { field: 'amount', reason: 'NOT_POSITIVE' } });
    const badPerson = await call('coordinator', START, { input: { ...base, personId: '19121212-1212' } });
    expect(badPerson.errors?.[0]).toMatchObject({ message: 'Personens id har fel format.', extensions: { code: 'BAD_USER_INPUT', field: 'personId', reason: 'FORMAT' } });
    const period = await call('coordinator', START, { input: { ...base, personId: moved, periodFrom: '2025-04-01' } });
    expect(period.errors?.[0]).toMatchObject({ extensions: { field: 'periodTo', reason: 'PERIOD_ORDER' } });
    const code = await call('coordinator', START, { input: { ...base, personId: moved, compensationCode: 'X'.repeat(21), reason: '' } });
    expect(code.errors?.[0]).toMatchObject({ message: 'Ersättningstypen får vara högst 20 tecken. Ange skälet till återkravet.', extensions: { field: 'compensationCode', reason: 'TOO_LONG' } });
    expect((code.errors?.[0]?.extensions.problems as unknown[]).length).toBe(2);
    const noDecision = await call('coordinator', START, { input: { ...base, personId: moved, decisionId: randomUUID() } });
    expect(noDecision.errors?.[0]).toMatchObject({ message: 'Beslutet finns inte.', extensions: { field: 'decisionId', reason: 'UNKNOWN_DECISION' } });
    const noReason = await call('coordinator', CANCEL, { id: jarvaRecovery.id, reason: ' ' });
    expect(noReason.errors?.[0]).toMatchObject({ message: 'Ange varför återkravet makuleras.', extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    const missing = await call('coordinator', PROPOSE, { id: randomUUID(), a: 'Något' });
    expect(missing.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('lets only AmF\'s coordinator and administrator start, propose and cancel', async () => {
    for (const who of ['analyst', 'jarvaOfficer', 'jarvaContact'] as const) {
      const res = await call(who, START, { input: { ...base, personId: moved } });
      expect(res.errors?.[0]).toMatchObject({ message: 'Du saknar behörighet för detta.', extensions: { code: 'FORBIDDEN' } });
      const cancel = await call(who, CANCEL, { id: jarvaRecovery.id, reason: 'Nej' });
      expect(cancel.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    const analystMessage = await call('analyst', MESSAGE, { input: { recoveryId: jarvaRecovery.id, body: 'Hej' } });
    expect(analystMessage.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
