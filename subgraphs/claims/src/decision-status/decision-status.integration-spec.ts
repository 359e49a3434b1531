import { createTestDatabase } from '@statsbidrag/db';
import { CLAIMS, PERSONS } from '@statsbidrag/demo-data';
import type { Identity } from '@statsbidrag/domain';
import type { DecisionRecorded, DeliveredEvent } from '@statsbidrag/events';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { randomUUID } from 'node:crypto';
import { claimsSubgraph } from '../subgraph.js';
import { decisionStatusConsumer } from './decision-status-consumer.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;

const identities = {
  ...testIdentities,
  administrator: { sub: 'administrator', name: 'Adam Administratör', roles: ['ADMINISTRATOR'], districtCodes: [] } as Identity,
  jarvaContact: { sub: 'jarva.kontakt', name: 'Kim Kontaktperson (Järva)', roles: ['DISTRICT_CONTACT'], districtCodes: ['JARVA'] } as Identity,
};
type Who = keyof typeof identities;

beforeAll(async () => {
  db = await createTestDatabase('claims_decision_status');
  await migrateSubgraph(claimsSubgraph, db.url);
  await seedSubgraph(claimsSubgraph, db.url);
  await seedSubgraph(claimsSubgraph, db.url);
  subgraph = await startSubgraph(claimsSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

interface GqlError { message: string; extensions?: Record<string, unknown> }
interface ClaimView {
  id: string;
  status: string;
  statusLabel: string;
  history: { changedBy: string; fromStatus: string | null; toStatus: string; reason: string | null }[];
  allowedTransitions: { command: string; label: string }[];
}
const CLAIM_FIELDS = 'id status statusLabel history { changedBy fromStatus toStatus reason } allowedTransitions { command label }';

async function gql<T>(who: Who, query: string, variables: Record<string, unknown>): Promise<{ data?: T; error?: GqlError }> {
  const res = await callSubgraph<T>(subgraph.url, query, { identity: identities[who], secret: TEST_INTERNAL_SECRET, variables });
  const error = res.body.errors?.[0] as GqlError | undefined;
  return { ...(res.body.data ? { data: res.body.data } : {}), ...(error ? { error } : {}) };
}
async function step(who: Who, mutation: string, inputType: string, input: Record<string, unknown>): Promise<{ claim?: ClaimView; error?: GqlError }> {
  const { data, error } = await gql<Record<string, ClaimView | null>>(who, `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${CLAIM_FIELDS} } }`, { input });
  return { ...(data?.[mutation] ? { claim: data[mutation]! } : {}), ...(error ? { error } : {}) };
}
async function view(claimId: string): Promise<ClaimView> {
  const { data, error } = await gql<{ claim: ClaimView }>('coordinator', `query($id: ID!) { claim(id: $id) { ${CLAIM_FIELDS} } }`, { id: claimId });
  expect(error).toBeUndefined();
  return data!.claim;
}

const sql = async <T>(query: string, params: unknown[] = []) => (await subgraph.orm.em.fork().getConnection().execute(query, params)) as T[];
type ClaimChangedRow = { payload: Record<string, unknown> & { claimId: string; status: string; at: string } };
const claimChangedEvents = (claimId: string) =>
  sql<ClaimChangedRow>(`select payload from claims.outbox_event where topic = 'claims.claim-changed' and payload->>'claimId' = ? order by created_at, payload->>'at'`, [claimId]).then((r) => r.map((x) => x.payload));
const caseStateEvents = (claimId: string) =>
  sql<{ payload: { status: string; notify?: unknown } }>(`select payload from claims.outbox_event where topic = 'claims.case-state-changed' and payload->>'caseId' = ? order by created_at`, [claimId]).then((r) => r.map((x) => x.payload));

const jarvaPerson = PERSONS.find((p) => p.districtCode === 'JARVA')!;
let serial = 0;
async function newClaim(): Promise<string> {
  serial++;
  const month = String((serial % 12) + 1).padStart(2, '0');
  const input = { personId: jarvaPerson.id, districtCode: 'JARVA', claimTypeCode: 'BIF', amount: 120_000 + serial, periodFrom: `2024-${month}-01`, periodTo: `2024-${month}-28` };
  const { data, error } = await gql<{ initiateClaim: { id: string } }>('jarvaOfficer', 'mutation($input: InitiateClaimInput!) { initiateClaim(input: $input) { id } }', { input });
  expect(error).toBeUndefined();
  return data!.initiateClaim.id;
}
/** A claim taken through steps 1a–5.2: sent to MiG with a diarienummer. */
async function sentClaim(): Promise<string> {
  const claimId = await newClaim();
  for (const [mutation, type, extra] of [
    ['acceptClaim', 'AcceptClaimInput', {}],
    ['startPreparingClaim', 'StartPreparingClaimInput', {}],
    ['markClaimSentToMig', 'MarkClaimSentToMigInput', { migCaseNumber: `1.1.3-2026-${1000 + serial}`, channel: 'E_TJANST' }],
  ] as const) {
    expect((await step('coordinator', mutation, type, { claimId, ...extra })).error).toBeUndefined();
  }
  return claimId;
}

/** Delivers a decision event to the consumer as the bus does: one transaction. */
async function deliver(payload: Partial<DecisionRecorded> & { claimId: string | null; at: string }, id: string = randomUUID()): Promise<string> {
  const event: DeliveredEvent<'decisions.decision-recorded'> = {
    id,
    topic: 'decisions.decision-recorded',
    payload: { decisionId: 'beslut-1', personId: jarvaPerson.id, districtCode: 'JARVA', decidedOn: '2026-11-02', label: 'Beslut 1.1.3-2026-1 (BIF 2024-01-01–2024-01-28)', ...payload },
  };
  await subgraph.orm.em.fork().transactional((tx) => decisionStatusConsumer.handle(tx as never, event));
  return id;
}

describe('claims.claim-changed: the decisions subgraph’s copy of each claim', () => {
  it('is recorded once for every demo claim, however often the demo data is seeded', async () => {
    const rows = await sql<{ claim_id: string; n: string }>(`select payload->>'claimId' as claim_id, count(*) as n from claims.outbox_event where topic = 'claims.claim-changed' group by 1`);
    const demo = new Set(CLAIMS.map((c) => c.id));
    expect(rows.filter((r) => demo.has(r.claim_id))).toHaveLength(CLAIMS.length);
    expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
    const first = CLAIMS[0]!;
    expect((await claimChangedEvents(first.id))[0]).toMatchObject({
      claimId: first.id, personId: first.personId, districtCode: first.districtCode, claimTypeCode: first.claimTypeCode,
      periodFrom: first.periodFrom, periodTo: first.periodTo, amount: first.amountOre, status: first.status, migCaseNumber: null,
    });
  });

  it('is recorded when a claim is started, its details are edited and it is sent to MiG, with the fields as they then are', async () => {
    const claimId = await newClaim();
    expect(await claimChangedEvents(claimId)).toEqual([
      expect.objectContaining({ claimId, personId: jarvaPerson.id, districtCode: 'JARVA', claimTypeCode: 'BIF', amount: 120_000 + serial, status: 'INITIERAD_AV_SDF', officerUsername: 'jarva.handlaggare', migCaseNumber: null }),
    ]);
    const edited = await gql('jarvaOfficer', 'mutation($input: UpdateClaimDetailsInput!) { updateClaimDetails(input: $input) { id } }', { input: { claimId, amount: 987_654, reason: 'Rättat belopp' } });
    expect(edited.error).toBeUndefined();
    expect((await claimChangedEvents(claimId)).at(-1)).toMatchObject({ amount: 987_654, status: 'INITIERAD_AV_SDF' });

    const refused = await gql('jarvaOfficer', 'mutation($input: UpdateClaimDetailsInput!) { updateClaimDetails(input: $input) { id } }', { input: { claimId, amount: -5 } });
    expect(refused.error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await claimChangedEvents(claimId)).toHaveLength(2);

    for (const [mutation, type, extra] of [
      ['acceptClaim', 'AcceptClaimInput', {}],
      ['startPreparingClaim', 'StartPreparingClaimInput', {}],
      ['markClaimSentToMig', 'MarkClaimSentToMigInput', { migCaseNumber: '1.1.3-2026-4711', channel: 'POST' }],
    ] as const) {
      expect((await step('coordinator', mutation, type, { claimId, ...extra })).error).toBeUndefined();
    }
    const events = await claimChangedEvents(claimId);
    expect(events.map((e) => e.status)).toEqual(['INITIERAD_AV_SDF', 'INITIERAD_AV_SDF', 'ATERSOK_ACCEPTERAD_AMF', 'ATERSOK_FORBEREDS_AMF', 'ATERSOKNING_INSKICKAD_MIG']);
    expect(events.at(-1)).toMatchObject({ migCaseNumber: '1.1.3-2026-4711', amount: 987_654 });
  });
});

describe('decisions.decision-recorded moves the claim', () => {
  it('to BESLUTAD, DELVIS_BEVILJAT and UTBETALD as MiG decides and pays, newest event first; older or repeated events change nothing', async () => {
    const claimId = await sentClaim();
    const historyBefore = (await view(claimId)).history.length;
    const outboxBefore = (await caseStateEvents(claimId)).length;

    const avslag = await deliver({ claimId, outcome: 'AVSLAG', outcomeLabel: 'Avslag', paidAmount: 0, at: '2026-11-02T10:00:00.000Z', notify: { kind: 'AVSLAG', officerUsername: 'jarva.handlaggare', recordedBy: 'samordnare' } });
    let claim = await view(claimId);
    expect(claim).toMatchObject({ status: 'BESLUTAD', statusLabel: 'Beslutad' });
    expect(claim.history.at(-1)).toEqual({ changedBy: 'samordnare', fromStatus: 'ATERSOKNING_INSKICKAD_MIG', toStatus: 'BESLUTAD', reason: 'MiG:s beslut: Avslag (Beslut 1.1.3-2026-1 (BIF 2024-01-01–2024-01-28))' });
    // the other subgraphs learn the new state; the person subgraph notifies from the decision event, not from this one
    const states = await caseStateEvents(claimId);
    expect(states).toHaveLength(outboxBefore + 1);
    expect(states.at(-1)).toMatchObject({ status: 'BESLUTAD' });
    expect(states.at(-1)!.notify).toBeUndefined();
    expect((await claimChangedEvents(claimId)).at(-1)).toMatchObject({ status: 'BESLUTAD' });

    // redelivered: nothing new
    await deliver({ claimId, outcome: 'AVSLAG', outcomeLabel: 'Avslag', paidAmount: 0, at: '2026-11-02T10:00:00.000Z' }, avslag);
    expect((await view(claimId)).history).toHaveLength(historyBefore + 1);
    expect(await caseStateEvents(claimId)).toHaveLength(outboxBefore + 1);

    // a newer decision after a new review, paid: UTBETALD
    await deliver({ claimId, decisionId: 'beslut-2', outcome: 'BEVILJAD_EFTER_NY_PROVNING', outcomeLabel: 'Beviljad efter ny prövning', grantedAmount: 120_000, paidAmount: 120_000, at: '2026-11-20T10:00:00.000Z' });
    claim = await view(claimId);
    expect(claim.status).toBe('UTBETALD');
    expect(claim.history.at(-1)).toMatchObject({ changedBy: 'system', fromStatus: 'BESLUTAD', toStatus: 'UTBETALD', reason: expect.stringContaining('Beviljad efter ny prövning, utbetald') });

    // older events delivered late: ignored, the claim stays paid
    await deliver({ claimId, outcome: 'DELVIS_BEVILJAD', outcomeLabel: 'Delvis beviljad', paidAmount: 0, at: '2026-11-10T10:00:00.000Z' });
    await deliver({ claimId, outcome: 'AVSLAG', paidAmount: 0, at: '2026-11-02T10:00:00.000Z' }, avslag);
    expect((await view(claimId)).status).toBe('UTBETALD');
    expect((await view(claimId)).history).toHaveLength(historyBefore + 2);

    // a newer event that says otherwise wins
    await deliver({ claimId, decisionId: 'beslut-2', outcome: 'DELVIS_BEVILJAD_EFTER_NY_PROVNING', outcomeLabel: 'Delvis beviljad efter ny prövning', paidAmount: 0, at: '2026-11-21T10:00:00.000Z' });
    expect((await view(claimId)).status).toBe('DELVIS_BEVILJAT');
  });

  it('ignores a decision for no claim, an unknown claim, an unknown outcome or an event from before issue 5', async () => {
    const claimId = await sentClaim();
    await deliver({ claimId: null, outcome: 'AVSLAG', at: '2026-11-02T10:00:00.000Z' });
    await deliver({ claimId: randomUUID(), outcome: 'AVSLAG', at: '2026-11-02T10:00:00.000Z' });
    await deliver({ claimId: 'inte-ett-id', outcome: 'AVSLAG', at: '2026-11-02T10:00:00.000Z' });
    await deliver({ claimId, outcome: 'OKAND', at: '2026-11-02T10:00:00.000Z' });
    await deliver({ claimId, at: '2026-11-02T10:00:00.000Z' });
    expect((await view(claimId)).status).toBe('ATERSOKNING_INSKICKAD_MIG');
    expect(await sql(`select * from claims.claim_decision_status where claim_id = ?`, [claimId])).toEqual([]);
  });

  it('never moves a claim that is still being prepared or that AmF has finished', async () => {
    const preparing = await newClaim();
    await step('coordinator', 'acceptClaim', 'AcceptClaimInput', { claimId: preparing });
    await deliver({ claimId: preparing, outcome: 'BEVILJAD', paidAmount: 0, at: '2026-11-02T10:00:00.000Z' });
    expect((await view(preparing)).status).toBe('ATERSOK_ACCEPTERAD_AMF');

    const claimId = await sentClaim();
    await deliver({ claimId, outcome: 'BEVILJAD', paidAmount: 0, at: '2026-11-02T10:00:00.000Z' });
    expect((await step('coordinator', 'finishClaim', 'FinishClaimInput', { claimId })).claim?.status).toBe('FARDIGBEHANDLAT');
    await deliver({ claimId, outcome: 'BEVILJAD', paidAmount: 50_000, at: '2026-11-25T10:00:00.000Z' });
    expect((await view(claimId)).status).toBe('FARDIGBEHANDLAT');
  });

  it('is wired to the queue: a published decision reaches the claim', async () => {
    const claimId = await sentClaim();
    const payload: DecisionRecorded = { decisionId: 'beslut-q', claimId, personId: jarvaPerson.id, districtCode: 'JARVA', decidedOn: '2026-11-03', outcome: 'DELVIS_BEVILJAD', paidAmount: 0, at: '2026-11-03T09:00:00.000Z' };
    await subgraph.events.boss.publish('decisions.decision-recorded', { id: randomUUID(), topic: 'decisions.decision-recorded', payload });
    const until = Date.now() + 30_000;
    let status = '';
    while (Date.now() < until && status !== 'DELVIS_BEVILJAT') {
      status = (await view(claimId)).status;
      if (status !== 'DELVIS_BEVILJAT') await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe('DELVIS_BEVILJAT');
  });
});

describe('the hand steps after MiG’s decision', () => {
  it('let the administrator finish a paid claim and the coordinator mark a decided one partly granted, with history', async () => {
    const paid = await sentClaim();
    await deliver({ claimId: paid, outcome: 'BEVILJAD', paidAmount: 120_000, at: '2026-11-05T10:00:00.000Z' });
    expect((await view(paid)).allowedTransitions).toEqual([
      { command: 'FINISH', label: 'Markera som färdigbehandlad' },
      { command: 'MARK_PARTLY_GRANTED', label: 'Markera som delvis beviljad' },
    ]);
    const finished = await step('administrator', 'finishClaim', 'FinishClaimInput', { claimId: paid, comment: 'Slutreglerad.' });
    expect(finished.error).toBeUndefined();
    expect(finished.claim).toMatchObject({ status: 'FARDIGBEHANDLAT', statusLabel: 'Färdigbehandlat', allowedTransitions: [] });
    expect(finished.claim!.history.at(-1)).toEqual({ changedBy: 'administrator', fromStatus: 'UTBETALD', toStatus: 'FARDIGBEHANDLAT', reason: 'Slutreglerad.' });
    expect((await caseStateEvents(paid)).at(-1)).toMatchObject({ status: 'FARDIGBEHANDLAT', notify: { changedBy: 'administrator' } });
    expect((await claimChangedEvents(paid)).at(-1)).toMatchObject({ status: 'FARDIGBEHANDLAT' });

    const decided = await sentClaim();
    await deliver({ claimId: decided, outcome: 'BEVILJAD', paidAmount: 0, at: '2026-11-05T10:00:00.000Z' });
    const partly = await step('coordinator', 'markClaimPartlyGranted', 'MarkClaimPartlyGrantedInput', { claimId: decided });
    expect(partly.claim).toMatchObject({ status: 'DELVIS_BEVILJAT', allowedTransitions: [{ command: 'FINISH', label: 'Markera som färdigbehandlad' }] });
  });

  it('are refused to the district, to BI and on a claim MiG has not decided', async () => {
    const claimId = await sentClaim();
    await deliver({ claimId, outcome: 'AVSLAG', paidAmount: 0, at: '2026-11-05T10:00:00.000Z' });
    for (const who of ['jarvaOfficer', 'jarvaContact', 'analyst'] as const) {
      expect((await step(who, 'finishClaim', 'FinishClaimInput', { claimId })).error?.extensions?.code).toBe('FORBIDDEN');
      expect((await step(who, 'markClaimPartlyGranted', 'MarkClaimPartlyGrantedInput', { claimId })).error?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await view(claimId)).status).toBe('BESLUTAD');

    const undecided = await sentClaim();
    const wrong = await step('coordinator', 'finishClaim', 'FinishClaimInput', { claimId: undecided });
    expect(wrong.error).toMatchObject({
      message: 'Återsökningen kan inte markeras som färdigbehandlad: den har status "Återsökning inskickad till MiG".', extensions: { code: 'CONFLICT', reason: 'WRONG_STATUS' },
    });
    const missing = await step('administrator', 'finishClaim', 'FinishClaimInput', { claimId: randomUUID() });
    expect(missing.error?.extensions?.code).toBe('NOT_FOUND');
  });
});
