import { createTestDatabase, queryCounter } from '@statsbidrag/db';
import { PERSONS } from '@statsbidrag/demo-data';
import type { Identity } from '@statsbidrag/domain';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { claimsSubgraph } from './subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;

const identities = {
  ...testIdentities,
  jarvaContact: { sub: 'jarva.kontakt', name: 'Kim Kontaktperson (Järva)', roles: ['DISTRICT_CONTACT'], districtCodes: ['JARVA'] } as Identity,
  administrator: { sub: 'administrator', name: 'Adam Administratör', roles: ['ADMINISTRATOR'], districtCodes: [] } as Identity,
};
type Who = keyof typeof identities;

beforeAll(async () => {
  db = await createTestDatabase('claims_transitions');
  await migrateSubgraph(claimsSubgraph, db.url);
  await seedSubgraph(claimsSubgraph, db.url);
  subgraph = await startSubgraph(claimsSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

const CLAIM_FIELDS = `id status statusLabel rejectionReason rejectionReasonLabel rejectionReasonText migCaseNumber sentToMigAt sentChannel
  history { at changedBy fromStatus toStatus toStatusLabel reason }
  supplementRequests { description replyBy answeredAt answer overdue }
  allowedTransitions { command label toStatus toStatusLabel }`;

interface ClaimView {
  id: string;
  status: string;
  statusLabel: string;
  rejectionReason: string | null;
  rejectionReasonLabel: string | null;
  rejectionReasonText: string | null;
  migCaseNumber: string | null;
  sentToMigAt: string | null;
  sentChannel: string | null;
  history: { at: string; changedBy: string; fromStatus: string | null; toStatus: string; toStatusLabel: string; reason: string | null }[];
  supplementRequests: { description: string; replyBy: string; answeredAt: string | null; answer: string | null; overdue: boolean }[];
  allowedTransitions: { command: string; label: string; toStatus: string; toStatusLabel: string }[];
}
interface GqlError { message: string; extensions?: Record<string, unknown> }

const MUTATIONS = {
  markClaimDocumentsReceived: 'MarkClaimDocumentsReceivedInput',
  confirmClaim: 'ConfirmClaimInput',
  declineClaim: 'DeclineClaimInput',
  acceptClaim: 'AcceptClaimInput',
  rejectClaim: 'RejectClaimInput',
  startPreparingClaim: 'StartPreparingClaimInput',
  requestClaimSupplement: 'RequestClaimSupplementInput',
  answerClaimSupplement: 'AnswerClaimSupplementInput',
  resumeClaimPreparation: 'ResumeClaimPreparationInput',
  markClaimSentToMig: 'MarkClaimSentToMigInput',
} as const;
type MutationName = keyof typeof MUTATIONS;

async function run(who: Who, mutation: MutationName, input: Record<string, unknown>): Promise<{ claim?: ClaimView; error?: GqlError }> {
  const res = await callSubgraph<Record<string, ClaimView>>(subgraph.url, `mutation($input: ${MUTATIONS[mutation]}!) { ${mutation}(input: $input) { ${CLAIM_FIELDS} } }`, {
    identity: identities[who], secret: TEST_INTERNAL_SECRET, variables: { input },
  });
  const error = res.body.errors?.[0] as GqlError | undefined;
  return { claim: res.body.data?.[mutation] ?? undefined, ...(error ? { error } : {}) };
}

async function ok(who: Who, mutation: MutationName, input: Record<string, unknown>): Promise<ClaimView> {
  const { claim, error } = await run(who, mutation, input);
  expect(error).toBeUndefined();
  return claim!;
}

async function refused(who: Who, mutation: MutationName, input: Record<string, unknown>): Promise<GqlError> {
  const { claim, error } = await run(who, mutation, input);
  expect(claim).toBeUndefined();
  expect(error).toBeDefined();
  return error!;
}

async function view(who: Who, id: string): Promise<ClaimView | null> {
  const res = await callSubgraph<{ claim: ClaimView | null }>(subgraph.url, `query($id: ID!) { claim(id: $id) { ${CLAIM_FIELDS} } }`, {
    identity: identities[who], secret: TEST_INTERNAL_SECRET, variables: { id },
  });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.claim;
}

const sql = async <T>(query: string, params: unknown[] = []) => (await subgraph.orm.em.fork().getConnection().execute(query, params)) as T[];
const events = (claimId: string) =>
  sql<{ payload: { status: string; statusLabel: string; open: boolean } }>(`select payload from claims.outbox_event where payload->>'caseId' = ? order by payload->>'at', id`, [claimId]).then((rows) =>
    rows.map((r) => ({ status: r.payload.status, open: r.payload.open })),
  );

const jarvaPerson = PERSONS.find((p) => p.districtCode === 'JARVA')!;
let period = 0;
/** A fresh claim for a Järva person: started by the district (INITIERAD_AV_SDF) or proposed by AmF (INITIERAD_TILL_SDF). */
async function newClaim(by: 'jarvaOfficer' | 'coordinator'): Promise<string> {
  period++;
  const month = String((period % 12) + 1).padStart(2, '0');
  const input = { personId: jarvaPerson.id, districtCode: 'JARVA', claimTypeCode: 'GSKA', amount: 50_000 + period, periodFrom: `2025-${month}-01`, periodTo: `2025-${month}-28` };
  const res = await callSubgraph<{ initiateClaim: { id: string } }>(subgraph.url, 'mutation($input: InitiateClaimInput!) { initiateClaim(input: $input) { id } }', {
    identity: identities[by], secret: TEST_INTERNAL_SECRET, variables: { input },
  });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.initiateClaim.id;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('a district claim from INITIERAD_AV_SDF to ATERSOKNING_INSKICKAD_MIG', () => {
  it('goes through every step as the right role, refuses the wrong role and another district at each step, and keeps the history', async () => {
    const claimId = await newClaim('jarvaOfficer');

    // 1a: the district marks its documents as received
    expect((await refused('coordinator', 'markClaimDocumentsReceived', { claimId })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await refused('farstaOfficer', 'markClaimDocumentsReceived', { claimId })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await ok('jarvaOfficer', 'markClaimDocumentsReceived', { claimId, comment: 'Ekonomiskt underlag bifogat.' })).toMatchObject({ status: 'UNDERLAG_FRAN_SDF_INKOMMEN', statusLabel: 'Underlag från SDF inkommet', allowedTransitions: [] });

    // 2a: the coordinator accepts
    expect((await view('coordinator', claimId))!.allowedTransitions.map((t) => t.command)).toEqual(['ACCEPT', 'REJECT']);
    expect((await refused('jarvaOfficer', 'acceptClaim', { claimId })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await refused('administrator', 'acceptClaim', { claimId })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await ok('coordinator', 'acceptClaim', { claimId })).toMatchObject({ status: 'ATERSOK_ACCEPTERAD_AMF' });
    const twice = await refused('coordinator', 'acceptClaim', { claimId });
    expect(twice).toMatchObject({
      message: 'Återsökningen kan inte accepteras: den har status "Återsökning accepterad av AmF".',
      extensions: { code: 'CONFLICT', reason: 'WRONG_STATUS', status: 'ATERSOK_ACCEPTERAD_AMF' },
    });

    // 4: preparation starts
    expect((await refused('jarvaOfficer', 'startPreparingClaim', { claimId })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    const preparing = await ok('coordinator', 'startPreparingClaim', { claimId });
    expect(preparing.status).toBe('ATERSOK_FORBEREDS_AMF');
    expect(preparing.allowedTransitions.map((t) => t.command)).toEqual(['REQUEST_SUPPLEMENT', 'MARK_SENT_TO_MIG']);
    expect((await view('jarvaOfficer', claimId))!.allowedTransitions).toEqual([]);

    // 3: supplement requested and answered
    const replyBy = inDays(14);
    expect((await refused('jarvaOfficer', 'requestClaimSupplement', { claimId, description: 'Insatsbeslut', replyBy })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    const requested = await ok('coordinator', 'requestClaimSupplement', { claimId, description: 'Insatsbeslut för perioden saknas.', replyBy });
    expect(requested).toMatchObject({ status: 'KOMPLETTERING_FRAN_SDF_BEGARD', supplementRequests: [{ description: 'Insatsbeslut för perioden saknas.', replyBy, answer: null, answeredAt: null, overdue: false }] });
    expect((await view('jarvaContact', claimId))!.allowedTransitions).toEqual([{ command: 'ANSWER_SUPPLEMENT', label: 'Skicka komplettering', toStatus: 'KOMPLETTERING_FRAN_SDF_INKOMMEN', toStatusLabel: 'Komplettering från SDF inkommen' }]);
    expect((await refused('coordinator', 'answerClaimSupplement', { claimId, answer: 'x' })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await refused('farstaOfficer', 'answerClaimSupplement', { claimId, answer: 'x' })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    const answered = await ok('jarvaContact', 'answerClaimSupplement', { claimId, answer: 'Insatsbeslutet är bifogat.' });
    expect(answered).toMatchObject({ status: 'KOMPLETTERING_FRAN_SDF_INKOMMEN', supplementRequests: [{ answer: 'Insatsbeslutet är bifogat.', overdue: false }] });
    expect(answered.supplementRequests[0]!.answeredAt).not.toBeNull();

    expect((await refused('jarvaOfficer', 'resumeClaimPreparation', { claimId })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await ok('coordinator', 'resumeClaimPreparation', { claimId })).toMatchObject({ status: 'ATERSOK_FORBEREDS_AMF' });

    // 5.2: sent to MiG
    expect((await refused('jarvaOfficer', 'markClaimSentToMig', { claimId, migCaseNumber: '1', channel: 'POST' })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    const sent = await ok('coordinator', 'markClaimSentToMig', { claimId, migCaseNumber: ' 4321-2026-000123 ', channel: 'E_TJANST' });
    expect(sent).toMatchObject({ status: 'ATERSOKNING_INSKICKAD_MIG', statusLabel: 'Återsökning inskickad till MiG', migCaseNumber: '4321-2026-000123', sentChannel: 'E_TJANST' });
    // after sending, AmF may only note that MiG granted part of it (MiG's decision does the rest)
    expect(sent.allowedTransitions.map((t) => t.command)).toEqual(['MARK_PARTLY_GRANTED']);
    expect((await view('jarvaOfficer', claimId))!.allowedTransitions).toEqual([]);
    expect(sent.sentToMigAt).not.toBeNull();

    expect(sent.history.map((h) => [h.changedBy, h.fromStatus, h.toStatus, h.reason])).toEqual([
      ['jarva.handlaggare', null, 'INITIERAD_AV_SDF', null],
      ['jarva.handlaggare', 'INITIERAD_AV_SDF', 'UNDERLAG_FRAN_SDF_INKOMMEN', 'Ekonomiskt underlag bifogat.'],
      ['samordnare', 'UNDERLAG_FRAN_SDF_INKOMMEN', 'ATERSOK_ACCEPTERAD_AMF', null],
      ['samordnare', 'ATERSOK_ACCEPTERAD_AMF', 'ATERSOK_FORBEREDS_AMF', null],
      ['samordnare', 'ATERSOK_FORBEREDS_AMF', 'KOMPLETTERING_FRAN_SDF_BEGARD', `Insatsbeslut för perioden saknas. (svar senast ${replyBy})`],
      ['jarva.kontakt', 'KOMPLETTERING_FRAN_SDF_BEGARD', 'KOMPLETTERING_FRAN_SDF_INKOMMEN', 'Insatsbeslutet är bifogat.'],
      ['samordnare', 'KOMPLETTERING_FRAN_SDF_INKOMMEN', 'ATERSOK_FORBEREDS_AMF', null],
      ['samordnare', 'ATERSOK_FORBEREDS_AMF', 'ATERSOKNING_INSKICKAD_MIG', 'Diarienummer 4321-2026-000123 (MiG:s e-tjänst)'],
    ]);
    expect(sent.history.at(-1)!.toStatusLabel).toBe('Återsökning inskickad till MiG');
    const times = sent.history.map((h) => h.at);
    expect([...times].sort()).toEqual(times);

    // one open-case event per change, in the same order
    expect(await events(claimId)).toEqual(sent.history.map((h) => ({ status: h.toStatus, open: true })));
    // the district sees the same history for its own claim; another district sees nothing
    expect((await view('jarvaOfficer', claimId))!.history).toHaveLength(8);
    expect(await view('farstaOfficer', claimId)).toBeNull();
  });
});

describe('an AmF proposal from INITIERAD_TILL_SDF', () => {
  it('is confirmed by its own district, then accepted, prepared and sent by post', async () => {
    const claimId = await newClaim('coordinator');
    expect((await view('coordinator', claimId))!.allowedTransitions).toEqual([]);
    expect((await view('jarvaOfficer', claimId))!.allowedTransitions.map((t) => t.command)).toEqual(['CONFIRM', 'DECLINE']);
    expect((await refused('coordinator', 'confirmClaim', { claimId })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await refused('farstaOfficer', 'confirmClaim', { claimId })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await refused('coordinator', 'acceptClaim', { claimId })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS', status: 'INITIERAD_TILL_SDF' });

    // The district's contact person assigns unit and officer before the proposal can be confirmed.
    expect(await refused('jarvaOfficer', 'confirmClaim', { claimId })).toMatchObject({
      message: 'Ange enhet och handläggare innan du bekräftar.', extensions: { code: 'BAD_USER_INPUT', field: 'unitCode', reason: 'REQUIRED' },
    });
    const assigned = await callSubgraph<{ updateClaimDetails: { id: string } }>(subgraph.url, 'mutation($input: UpdateClaimDetailsInput!) { updateClaimDetails(input: $input) { id } }', {
      identity: identities.jarvaContact, secret: TEST_INTERNAL_SECRET, variables: { input: { claimId, unitCode: 'JARVA_FH', officerUsername: 'jarva.handlaggare' } },
    });
    expect(assigned.body.errors).toBeUndefined();
    expect(await ok('jarvaOfficer', 'confirmClaim', { claimId })).toMatchObject({ status: 'ATERSOKNING_BEKRAFTAD_SDF', statusLabel: 'Återsökning bekräftad av SDF' });
    expect(await ok('coordinator', 'acceptClaim', { claimId, comment: 'Bekräftat av Järva.' })).toMatchObject({ status: 'ATERSOK_ACCEPTERAD_AMF' });
    await ok('coordinator', 'startPreparingClaim', { claimId });
    const sent = await ok('coordinator', 'markClaimSentToMig', { claimId, migCaseNumber: '4321-2026-000124', channel: 'POST' });
    expect(sent).toMatchObject({ status: 'ATERSOKNING_INSKICKAD_MIG', sentChannel: 'POST', migCaseNumber: '4321-2026-000124' });
    expect(sent.history.map((h) => h.toStatus)).toEqual(['INITIERAD_TILL_SDF', 'ATERSOKNING_BEKRAFTAD_SDF', 'ATERSOK_ACCEPTERAD_AMF', 'ATERSOK_FORBEREDS_AMF', 'ATERSOKNING_INSKICKAD_MIG']);
    expect(sent.history[2]!.reason).toBe('Bekräftat av Järva.');
    expect(await events(claimId)).toHaveLength(6);
  });

  it('declined by the district needs a reason and closes the case', async () => {
    const claimId = await newClaim('coordinator');
    const blank = await refused('jarvaContact', 'declineClaim', { claimId, reason: '  ' });
    expect(blank).toMatchObject({ message: 'Ange varför stadsdelen avvisar förslaget.', extensions: { code: 'BAD_USER_INPUT', field: 'reason', reason: 'REQUIRED', problems: [{ field: 'reason', reason: 'REQUIRED' }] } });
    expect((await refused('coordinator', 'declineClaim', { claimId, reason: 'x' })).extensions).toMatchObject({ code: 'FORBIDDEN' });

    const declined = await ok('jarvaContact', 'declineClaim', { claimId, reason: 'Personen har inte haft insatsen.' });
    expect(declined).toMatchObject({ status: 'ATERSOKNING_AVVISAD_SDF', rejectionReason: null, rejectionReasonText: 'Personen har inte haft insatsen.', allowedTransitions: [] });
    expect(declined.history.at(-1)).toMatchObject({ changedBy: 'jarva.kontakt', reason: 'Personen har inte haft insatsen.' });
    expect(await events(claimId)).toEqual([{ status: 'INITIERAD_TILL_SDF', open: true }, { status: 'ATERSOKNING_AVVISAD_SDF', open: false }]);
    expect(await refused('jarvaOfficer', 'confirmClaim', { claimId })).toMatchObject({
      message: 'Återsökningen kan inte bekräftas: den har status "Återsökning avvisad av SDF".', extensions: { code: 'CONFLICT', reason: 'WRONG_STATUS' },
    });
  });
});

describe('AmF rejects', () => {
  it('with a reason from the list and a text, which closes the case', async () => {
    const claimId = await newClaim('jarvaOfficer');
    const noText = await refused('coordinator', 'rejectClaim', { claimId, reasonCode: 'DUBBLETT', reason: '' });
    expect(noText.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const unknown = await run('coordinator', 'rejectClaim', { claimId, reasonCode: 'TRIST', reason: 'x' });
    expect(unknown.error?.extensions?.code).toBe('BAD_USER_INPUT');

    const rejected = await ok('coordinator', 'rejectClaim', { claimId, reasonCode: 'UTANFOR_PERIOD', reason: 'Kostnaden är äldre än två år.' });
    expect(rejected).toMatchObject({
      status: 'ATERSOK_AVVISA_AMF', statusLabel: 'Återsökning avvisad av AmF', rejectionReason: 'UTANFOR_PERIOD', rejectionReasonLabel: 'Utanför period/preskriberad', rejectionReasonText: 'Kostnaden är äldre än två år.',
    });
    expect(rejected.history.at(-1)!.reason).toBe('Utanför period/preskriberad: Kostnaden är äldre än två år.');
    expect((await events(claimId)).at(-1)).toEqual({ status: 'ATERSOK_AVVISA_AMF', open: false });
    expect(await refused('coordinator', 'acceptClaim', { claimId })).toMatchObject({
      message: 'Återsökningen kan inte accepteras: den har status "Återsökning avvisad av AmF".', extensions: { code: 'CONFLICT', reason: 'WRONG_STATUS', status: 'ATERSOK_AVVISA_AMF' },
    });
  });
});

describe('refused steps change nothing', () => {
  it('leaves status, history, supplement requests and outbox as they were', async () => {
    const claimId = await newClaim('jarvaOfficer');
    await ok('coordinator', 'acceptClaim', { claimId });
    await ok('coordinator', 'startPreparingClaim', { claimId });
    const before = await view('coordinator', claimId);
    const eventsBefore = await events(claimId);

    const past = await refused('coordinator', 'requestClaimSupplement', { claimId, description: 'Underlag', replyBy: inDays(-2) });
    expect(past).toMatchObject({ message: 'Senaste svarsdatum kan inte ligga i det förflutna.', extensions: { code: 'BAD_USER_INPUT', field: 'replyBy', reason: 'IN_PAST' } });
    const both = await refused('coordinator', 'requestClaimSupplement', { claimId, description: ' ', replyBy: inDays(-2) });
    expect(both.extensions?.problems).toEqual([
      { field: 'description', reason: 'REQUIRED', message: 'Beskriv vilken komplettering som behövs.' },
      { field: 'replyBy', reason: 'IN_PAST', message: 'Senaste svarsdatum kan inte ligga i det förflutna.' },
    ]);
    const noCaseNumber = await refused('coordinator', 'markClaimSentToMig', { claimId, migCaseNumber: '   ', channel: 'POST' });
    expect(noCaseNumber).toMatchObject({ message: 'Ange MiG:s diarienummer för ansökan.', extensions: { code: 'BAD_USER_INPUT', field: 'migCaseNumber', reason: 'REQUIRED' } });
    await refused('jarvaOfficer', 'markClaimDocumentsReceived', { claimId });
    await refused('farstaOfficer', 'answerClaimSupplement', { claimId, answer: 'x' });
    await refused('jarvaOfficer', 'requestClaimSupplement', { claimId, description: 'x', replyBy: inDays(3) });

    expect(await view('coordinator', claimId)).toEqual(before);
    expect(await events(claimId)).toEqual(eventsBefore);
    expect(await sql(`select id from claims.claim_supplement_request where claim_id = ?`, [claimId])).toEqual([]);
  });

  it('lets only one of two simultaneous decisions through; the other sees the new status', async () => {
    const claimId = await newClaim('jarvaOfficer');
    const [accept, reject] = await Promise.all([
      run('coordinator', 'acceptClaim', { claimId }),
      run('coordinator', 'rejectClaim', { claimId, reasonCode: 'OVRIGT', reason: 'Samtidigt.' }),
    ]);
    const winner = accept.claim ?? reject.claim;
    const loser = accept.claim ? reject.error : accept.error;
    expect([accept.claim, reject.claim].filter(Boolean)).toHaveLength(1);
    expect(loser?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS', status: winner!.status });
    expect((await view('coordinator', claimId))!.history).toHaveLength(2);
    expect(await events(claimId)).toHaveLength(2);
  });

  it('answers NOT_FOUND for a claim that does not exist or is not a uuid', async () => {
    expect((await refused('coordinator', 'acceptClaim', { claimId: '00000000-0000-4000-8000-000000000000' })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused('coordinator', 'acceptClaim', { claimId: 'nope' })).toMatchObject({ message: 'Återsökningen finns inte.', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('supplement requests', () => {
  it('are flagged overdue when unanswered after the reply-by date, and no longer once answered', async () => {
    const claimId = await newClaim('jarvaOfficer');
    await ok('coordinator', 'acceptClaim', { claimId });
    await ok('coordinator', 'startPreparingClaim', { claimId });
    await ok('coordinator', 'requestClaimSupplement', { claimId, description: 'Medicinskt underlag', replyBy: inDays(1) });
    expect((await view('jarvaOfficer', claimId))!.supplementRequests).toMatchObject([{ overdue: false }]);

    await sql(`update claims.claim_supplement_request set reply_by = '2026-01-02' where claim_id = ?`, [claimId]);
    expect((await view('jarvaOfficer', claimId))!.supplementRequests).toMatchObject([{ replyBy: '2026-01-02', overdue: true }]);

    await ok('jarvaOfficer', 'answerClaimSupplement', { claimId, answer: 'Bifogat nu.' });
    expect((await view('coordinator', claimId))!.supplementRequests).toMatchObject([{ replyBy: '2026-01-02', answer: 'Bifogat nu.', overdue: false }]);

    // a second round: a new request, the first stays answered
    await ok('coordinator', 'resumeClaimPreparation', { claimId });
    await ok('coordinator', 'requestClaimSupplement', { claimId, description: 'Ekonomiskt underlag', replyBy: inDays(7) });
    const second = await ok('jarvaOfficer', 'answerClaimSupplement', { claimId, answer: 'Här.' });
    expect(second.supplementRequests.map((s) => [s.description, s.answer])).toEqual([['Medicinskt underlag', 'Bifogat nu.'], ['Ekonomiskt underlag', 'Här.']]);
  });
});

describe('history, supplements and allowed transitions in a list', () => {
  it('are loaded in one statement each for a page of 50 claims: page, history, supplements (no N+1)', async () => {
    const q = '{ claims(first: 50) { edges { node { id history { toStatus } supplementRequests { overdue } allowedTransitions { command } } } } }';
    const { result, queries } = await queryCounter.measure(() =>
      callSubgraph<{ claims: { edges: { node: ClaimView }[] } }>(subgraph.url, q, { identity: identities.coordinator, secret: TEST_INTERNAL_SECRET }),
    );
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.claims.edges).toHaveLength(50);
    expect(queries.filter((x) => x.schema === 'claims')).toHaveLength(3);
  });
});
