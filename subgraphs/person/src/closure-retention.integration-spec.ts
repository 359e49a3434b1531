import { createTestDatabase } from '@statsbidrag/db';
import { PERSONS } from '@statsbidrag/demo-data';
import type { Identity } from '@statsbidrag/domain';
import type { CaseStateChanged, DecisionRecorded, EventTopic } from '@statsbidrag/events';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { randomUUID } from 'node:crypto';
import { addDays, isoDay } from './closure/domain/closure.js';
import { personSubgraph } from './subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;

const identities = {
  ...testIdentities,
  administrator: { sub: 'administrator', name: 'Ada Administratör', roles: ['ADMINISTRATOR'], districtCodes: [] } as Identity,
  systemAdmin: { sub: 'systemansvarig', name: 'Sam Systemansvarig', roles: ['SYSTEM_ADMIN'], districtCodes: [] } as Identity,
};
type Who = keyof typeof identities;
type Gql<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
async function gql<T = Record<string, unknown>>(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<Gql<T>> {
  return (await callSubgraph<T>(subgraph.url, query, { identity: identities[who], secret: TEST_INTERNAL_SECRET, variables })).body as Gql<T>;
}

const today = isoDay(new Date());
const jarva = PERSONS.filter((p) => p.districtCode === 'JARVA');
const [withCases, plain, purgeMe, blocked, nightly] = [jarva[0]!, jarva[1]!, jarva[2]!, jarva[3]!, jarva[4]!];

const CARD = `query($id: ID!) { person(id: $id) { id fullName personalIdentityNumber migIndividualNumber birthDate closedOn closureReason closureReasonLabel closureNote closedBy movedOutOn personalDataDeactivatedOn purgeOn purgeOnSetManually purgedAt
  openCases { context caseId label statusLabel open } registrations { address postalCode registeredAt } } }`;
type Card = { person: Record<string, unknown> & { openCases: { context: string; caseId: string; label: string; statusLabel: string }[]; registrations: { address: string | null }[] } };
const card = async (id: string, who: Who = 'coordinator') => (await gql<Card>(who, CARD, { id })).data!.person;

const CLOSE = 'mutation($input: ClosePersonHandlingInput!) { closePersonHandling(input: $input) { id closedOn closureReason closureReasonLabel purgeOn purgeOnSetManually } }';

async function publish<T extends EventTopic>(topic: T, payload: unknown): Promise<void> {
  await subgraph.events.boss.publish(topic, { id: randomUUID(), topic, payload });
}
function caseState(over: Partial<CaseStateChanged> & Pick<CaseStateChanged, 'caseId'>): CaseStateChanged {
  return { context: 'claims', personId: null, decisionId: null, districtCode: 'JARVA', label: 'Återsökning GSKA 2026-01-01–2026-03-31', status: 'INITIERAD_AV_SDF', statusLabel: 'Initierad av SDF', open: true, at: new Date().toISOString(), ...over };
}
async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}
const openCaseIds = async (personId: string) => (await card(personId)).openCases.map((c) => c.caseId).sort();

beforeAll(async () => {
  db = await createTestDatabase('person_closure');
  await migrateSubgraph(personSubgraph, db.url);
  await seedSubgraph(personSubgraph, db.url);
  subgraph = await startSubgraph(personSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

const claimId = randomUUID();
const appealId = randomUUID();
const decisionId = randomUUID();

describe('open cases, from the other subgraphs’ events', () => {
  it('lists a person’s open claim, and an appeal once the decision it names is known (whatever the order)', async () => {
    await publish('claims.case-state-changed', caseState({ caseId: claimId, personId: withCases.id }));
    // the appeal arrives before the decision that links it to the person
    await publish('appeals.case-state-changed', caseState({ context: 'appeals', caseId: appealId, decisionId, label: 'Överklagan AMN 2026/101', status: 'APPEALED', statusLabel: 'Överklagat' }));
    expect(await eventually(() => openCaseIds(withCases.id), (ids) => ids.length === 1)).toEqual([claimId]);
    const decision: DecisionRecorded = { decisionId, claimId, personId: withCases.id, districtCode: 'JARVA', decidedOn: '2026-05-01' };
    await publish('decisions.decision-recorded', decision);
    expect(await eventually(() => openCaseIds(withCases.id), (ids) => ids.length === 2)).toEqual([claimId, appealId].sort());
    expect((await card(withCases.id)).openCases.find((c) => c.context === 'appeals')).toMatchObject({ label: 'Överklagan AMN 2026/101', statusLabel: 'Överklagat' });
  });

  it('shows a district user only the open cases of their own district', async () => {
    const otherDistrictClaim = randomUUID();
    await publish('claims.case-state-changed', caseState({ caseId: otherDistrictClaim, personId: withCases.id, districtCode: 'FARSTA', label: 'Återsökning BIF 2026-01-01–2026-03-31' }));
    await eventually(() => openCaseIds(withCases.id), (ids) => ids.length === 3);
    expect((await card(withCases.id, 'jarvaOfficer')).openCases.map((c) => c.caseId).sort()).toEqual([claimId, appealId].sort());
    await publish('claims.case-state-changed', caseState({ caseId: otherDistrictClaim, personId: withCases.id, districtCode: 'FARSTA', status: 'ATERSOKNING_AVVISAD_SDF', statusLabel: 'Återsökning avvisad av SDF', open: false }));
    await eventually(() => openCaseIds(withCases.id), (ids) => ids.length === 2);
  });
});

describe('closing a person’s grant handling (avslut)', () => {
  it('is refused while a claim or an appeal is open, naming them', async () => {
    const res = await gql('coordinator', CLOSE, { input: { personId: withCases.id, closedOn: today, reason: 'AVLIDIT' } });
    expect(res.errors?.[0]?.message).toBe(
      'Hanteringen kan inte avslutas: personen har 1 pågående återsökning och 1 pågående överklagan: Återsökning GSKA 2026-01-01–2026-03-31 (Initierad av SDF); Överklagan AMN 2026/101 (Överklagat).',
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OPEN_CASES' });
    expect((res.errors?.[0]?.extensions?.openCases as { caseId: string }[]).map((c) => c.caseId).sort()).toEqual([claimId, appealId].sort());
    expect((await card(withCases.id)).closedOn).toBeNull();
  });

  it('succeeds once the cases are settled, with a purge date three weeks after the last one settled (later than the closure date)', async () => {
    await publish('claims.case-state-changed', caseState({ caseId: claimId, personId: withCases.id, status: 'UTBETALD', statusLabel: 'Utbetald', open: false }));
    await publish('appeals.case-state-changed', caseState({ context: 'appeals', caseId: appealId, decisionId, label: 'Överklagan AMN 2026/101', status: 'DECIDED', statusLabel: 'Avgjort', open: false }));
    await eventually(() => openCaseIds(withCases.id), (ids) => ids.length === 0);
    // an old event delivered late does not reopen the claim
    await publish('claims.case-state-changed', caseState({ caseId: claimId, personId: withCases.id, at: '2026-01-02T00:00:00.000Z' }));
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await openCaseIds(withCases.id)).toEqual([]);

    const closedOn = addDays(today, -3);
    const res = await gql<{ closePersonHandling: Record<string, unknown> }>('coordinator', CLOSE, { input: { personId: withCases.id, closedOn, reason: 'AVLIDIT' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.closePersonHandling).toMatchObject({ closedOn, closureReason: 'AVLIDIT', closureReasonLabel: 'Avlidit', purgeOn: addDays(today, 21), purgeOnSetManually: false });
    const again = await gql('coordinator', CLOSE, { input: { personId: withCases.id, closedOn, reason: 'AVLIDIT' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CLOSED' });
  });

  it('checks the input, the role and the district', async () => {
    const future = await gql('coordinator', CLOSE, { input: { personId: plain.id, closedOn: addDays(today, 1), reason: 'AVLIDIT' } });
    expect(future.errors?.[0]).toMatchObject({ message: 'Datum för avslut kan inte ligga i framtiden.', extensions: { code: 'BAD_USER_INPUT', field: 'closedOn', reason: 'IN_FUTURE' } });
    const other = await gql('administrator', CLOSE, { input: { personId: plain.id, closedOn: today, reason: 'OVRIGT' } });
    expect(other.errors?.[0]?.extensions).toMatchObject({ field: 'note', reason: 'REQUIRED' });
    const both = await gql('coordinator', CLOSE, { input: { personId: plain.id, closedOn: addDays(today, 5), reason: 'OVRIGT' } });
    expect(both.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'closedOn', reason: 'IN_FUTURE', message: 'Datum för avslut kan inte ligga i framtiden.' },
      { field: 'note', reason: 'REQUIRED', message: 'Beskriv orsaken när avslutsorsaken är Övrigt.' },
    ]);
    const badEnum = await gql('coordinator', CLOSE, { input: { personId: plain.id, closedOn: today, reason: 'FLYTTAT' } });
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const who of ['jarvaOfficer', 'analyst', 'systemAdmin'] as const) {
      expect((await gql(who, CLOSE, { input: { personId: plain.id, closedOn: today, reason: 'AVLIDIT' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const unknown = await gql('coordinator', CLOSE, { input: { personId: randomUUID(), closedOn: today, reason: 'AVLIDIT' } });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Personen finns inte.', extensions: { code: 'NOT_FOUND' } });
    expect((await card(plain.id)).closedOn).toBeNull();
  });

  it('reopens with a reason, registers move-out and deactivates personal-data handling, all in the history', async () => {
    await gql('administrator', CLOSE, { input: { personId: plain.id, closedOn: today, reason: 'OVRIGT', note: 'Dubbelregistrerad' } });
    const noReason = await gql('coordinator', 'mutation($i: ReopenPersonHandlingInput!) { reopenPersonHandling(input: $i) { id } }', { i: { personId: plain.id, reason: ' ' } });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ field: 'reason', reason: 'REQUIRED' });
    const reopened = await gql<{ reopenPersonHandling: Record<string, unknown> }>('coordinator', 'mutation($i: ReopenPersonHandlingInput!) { reopenPersonHandling(input: $i) { closedOn closureReason purgeOn } }', { i: { personId: plain.id, reason: 'Fel person' } });
    expect(reopened.data!.reopenPersonHandling).toEqual({ closedOn: null, closureReason: null, purgeOn: null });

    const moved = await gql<{ registerMoveOut: { movedOutOn: string } }>('coordinator', 'mutation($i: RegisterMoveOutInput!) { registerMoveOut(input: $i) { movedOutOn } }', { i: { personId: plain.id, movedOutOn: '2026-06-30' } });
    expect(moved.data!.registerMoveOut.movedOutOn).toBe('2026-06-30');
    const deactivated = await gql<{ deactivatePersonalData: { personalDataDeactivatedOn: string; purgeOn: string } }>(
      'coordinator', 'mutation($i: DeactivatePersonalDataInput!) { deactivatePersonalData(input: $i) { personalDataDeactivatedOn purgeOn } }', { i: { personId: plain.id, deactivatedOn: today } },
    );
    expect(deactivated.data!.deactivatePersonalData).toEqual({ personalDataDeactivatedOn: today, purgeOn: addDays(today, 21) });

    const history = await gql<{ person: { handlingHistory: { action: string; actionLabel: string; username: string; note: string | null }[] } }>('coordinator', 'query($id: ID!) { person(id: $id) { handlingHistory { action actionLabel username note } } }', { id: plain.id });
    expect(history.data!.person.handlingHistory.map((h) => [h.action, h.username, h.note])).toEqual([
      ['PERSONAL_DATA_DEACTIVATED', 'samordnare', null],
      ['MOVED_OUT', 'samordnare', null],
      ['REOPENED', 'samordnare', 'Fel person'],
      ['CLOSED', 'administrator', 'Dubbelregistrerad'],
    ]);
    expect(history.data!.person.handlingHistory[0]!.actionLabel).toBe('Personuppgiftshanteringen avaktualiserad');
    const districtView = await gql('jarvaOfficer', 'query($id: ID!) { person(id: $id) { handlingHistory { action } } }', { id: plain.id });
    expect(districtView.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const SET_PURGE = 'mutation($i: SetPurgeDateInput!) { setPurgeDate(input: $i) { purgeOn purgeOnSetManually } }';
const RUN = `mutation { runPurge { purged { personId purgedBy purgeOn fields registrationsAnonymised districtCode } skipped { person { id } openCases { caseId label } } } }`;
type Run = { runPurge: { purged: { personId: string; purgedBy: string; purgeOn: string; fields: string[]; registrationsAnonymised: number }[]; skipped: { person: { id: string }; openCases: { caseId: string }[] }[] } };

describe('retention (gallring)', () => {
  it('sets a purge date by hand (not in the past) and goes back to the computed one', async () => {
    const past = await gql('systemAdmin', SET_PURGE, { i: { personId: purgeMe.id, purgeOn: addDays(today, -1) } });
    expect(past.errors?.[0]?.extensions).toMatchObject({ field: 'purgeOn', reason: 'IN_PAST' });
    expect((await gql<{ setPurgeDate: unknown }>('systemAdmin', SET_PURGE, { i: { personId: purgeMe.id, purgeOn: '2030-01-01' } })).data!.setPurgeDate).toEqual({ purgeOn: '2030-01-01', purgeOnSetManually: true });
    expect((await gql<{ setPurgeDate: unknown }>('coordinator', SET_PURGE, { i: { personId: purgeMe.id, purgeOn: null } })).data!.setPurgeDate).toEqual({ purgeOn: null, purgeOnSetManually: false });
    expect((await gql('jarvaOfficer', SET_PURGE, { i: { personId: purgeMe.id, purgeOn: '2030-01-01' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('purges persons past their date with no open case, keeps those with one, and records what it removed', async () => {
    const blockingClaim = randomUUID();
    await publish('claims.case-state-changed', caseState({ caseId: blockingClaim, personId: blocked.id }));
    await eventually(() => openCaseIds(blocked.id), (ids) => ids.length === 1);
    for (const p of [purgeMe, blocked]) await gql('systemAdmin', SET_PURGE, { i: { personId: p.id, purgeOn: today } });

    const candidates = await gql<{ purgeCandidates: { person: { id: string }; openCases: { caseId: string }[] }[] }>('administrator', '{ purgeCandidates { person { id } openCases { caseId } } }');
    expect(candidates.data!.purgeCandidates.map((c) => [c.person.id, c.openCases.map((o) => o.caseId)])).toEqual(expect.arrayContaining([[purgeMe.id, []], [blocked.id, [blockingClaim]]]));
    const count = await gql<{ purgeCandidateCount: number }>('administrator', '{ purgeCandidateCount }');
    expect(count.data!.purgeCandidateCount).toBe(candidates.data!.purgeCandidates.length);

    expect((await gql('coordinator', RUN)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const run = (await gql<Run>('systemAdmin', RUN)).data!.runPurge;
    expect(run.purged.map((p) => p.personId)).toEqual([purgeMe.id]);
    expect(run.purged[0]).toMatchObject({ purgedBy: 'systemansvarig', purgeOn: today, registrationsAnonymised: 1, districtCode: 'JARVA' });
    expect(run.purged[0]!.fields).toEqual(expect.arrayContaining(['firstName', 'personalIdentityNumber', 'migIndividualNumber', 'birthDate', 'registrations.address']));
    expect(run.skipped).toEqual([{ person: { id: blocked.id }, openCases: [{ caseId: blockingClaim, label: 'Återsökning GSKA 2026-01-01–2026-03-31' }] }]);

    const purged = await card(purgeMe.id);
    expect(purged).toMatchObject({ fullName: 'Gallrad person', personalIdentityNumber: null, migIndividualNumber: null, birthDate: null });
    expect(purged.purgedAt).toEqual(expect.any(String));
    expect(purged.registrations.map((r) => r.address)).toEqual([null]);
    expect((await card(blocked.id)).fullName).toBe(`${blocked.firstName} ${blocked.lastName}`);

    // nothing identifies the person any more: searching by the old identifiers finds nothing
    const search = await gql<{ persons: { totalCount: number } }>('coordinator', 'query($s: String) { persons(search: $s) { totalCount } }', { s: purgeMe.personalIdentityNumber });
    expect(search.data!.persons.totalCount).toBe(0);
    // the other subgraphs are told
    const events = (await subgraph.orm.em.fork().getConnection().execute(`select payload from person.outbox_event where topic = 'person.purged'`)) as { payload: { personId: string } }[];
    expect(events.map((e) => e.payload.personId)).toEqual([purgeMe.id]);
    // a purged person cannot be changed, and a second run purges nothing
    expect((await gql('coordinator', CLOSE, { input: { personId: purgeMe.id, closedOn: today, reason: 'AVLIDIT' } })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PURGED' });
    expect((await gql<Run>('systemAdmin', RUN)).data!.runPurge.purged).toEqual([]);

    const log = await gql<{ purgeRecords: { totalCount: number; edges: { node: { personId: string } }[] } }>('systemAdmin', 'query($f: PurgeRecordFilterInput) { purgeRecords(filter: $f) { totalCount edges { node { personId } } } }', { f: { from: today, to: today } });
    expect(log.data!.purgeRecords.edges.map((e) => e.node.personId)).toEqual([purgeMe.id]);
    const bad = await gql('systemAdmin', 'query($f: PurgeRecordFilterInput) { purgeRecords(filter: $f) { totalCount } }', { f: { from: today, to: addDays(today, -1) } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect((await gql('administrator', '{ purgeRecords { totalCount } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('runs every night at 02:00 Swedish time as a queue job, which purges as the job user', async () => {
    const schedules = await subgraph.events.boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron, s.options?.tz])).toContainEqual(['person.purge-due-persons', '0 2 * * *', 'Europe/Stockholm']);
    await gql('systemAdmin', SET_PURGE, { i: { personId: nightly.id, purgeOn: today } });
    await subgraph.events.runJobNow('purge-due-persons');
    const record = await eventually(
      async () => ((await subgraph.orm.em.fork().getConnection().execute('select purged_by from person.purge_record where person_id = ?', [nightly.id])) as { purged_by: string }[])[0],
      (r) => r !== undefined,
    );
    expect(record).toEqual({ purged_by: 'gallringsjobb' });
    expect((await card(nightly.id)).fullName).toBe('Gallrad person');
  });
});
