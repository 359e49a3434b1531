import { CLAIMS, DEMO_DEFAULT_OFFICERS, PERSONS } from '@statsbidrag/demo-data';
import { isClaimOpen } from '@statsbidrag/domain';
import { startTestPlatform, type TestPlatform } from './platform.js';

/*
 * Closure and purge need to know about claims and appeals, which live in other subgraphs. They
 * learn it from events (claims → person, decisions + appeals → person, person → claims), never by
 * calling each other: these tests run the real chain through the queue.
 */
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

const today = new Date().toISOString().slice(0, 10);
type OpenCases = { person: { openCases: { context: string; caseId: string; label: string }[] } | null };
const OPEN_CASES = 'query($id: ID!) { person(id: $id) { openCases { context caseId label } } }';
const CLOSE = 'mutation($input: ClosePersonHandlingInput!) { closePersonHandling(input: $input) { closedOn purgeOn } }';

// Events cross subgraphs through the queue; on a loaded 2-core CI machine that can take a while.
async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}
const openCasesOf = async (personId: string) => (await platform.query<OpenCases>(OPEN_CASES, { as: 'samordnare', variables: { id: personId } })).body.data!.person!.openCases;

const openClaimsOf = (personId: string) => CLAIMS.filter((c) => c.personId === personId && isClaimOpen(c.status));
const withOpenClaim = PERSONS.find((p) => openClaimsOf(p.id).length > 0)!;

describe('closure across subgraphs', () => {
  it('knows every demo person’s open claims from the claims subgraph’s events', async () => {
    const cases = await eventually(() => openCasesOf(withOpenClaim.id), (c) => c.filter((x) => x.context === 'claims').length === openClaimsOf(withOpenClaim.id).length);
    expect(cases.filter((c) => c.context === 'claims').map((c) => c.caseId).sort()).toEqual(openClaimsOf(withOpenClaim.id).map((c) => c.id).sort());
  });

  it('links open demo appeals to their persons through the decisions they name', async () => {
    const appeals = await platform.query<{ appeals: { edges: { node: { id: string; status: string; decision: { id: string } | null } }[] } }>(
      '{ appeals(first: 100) { edges { node { id status } } } }', { as: 'samordnare' },
    );
    const openAppealIds = appeals.body.data!.appeals.edges.filter((e) => !['DECIDED', 'WITHDRAWN'].includes(e.node.status)).map((e) => e.node.id);
    expect(openAppealIds.length).toBeGreaterThan(0);
    const all = await eventually(
      async () => (await Promise.all(PERSONS.map((p) => openCasesOf(p.id)))).flat().filter((c) => c.context === 'appeals').map((c) => c.caseId).sort(),
      (ids) => ids.length === openAppealIds.length,
    );
    expect(all).toEqual(openAppealIds.sort());
  });

  it('refuses to close a person while one of their claims is open, naming the claim', async () => {
    await eventually(() => openCasesOf(withOpenClaim.id), (c) => c.length > 0);
    const refused = await platform.query(CLOSE, { as: 'samordnare', variables: { input: { personId: withOpenClaim.id, closedOn: today, reason: 'AVLIDIT' } } });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OPEN_CASES' });
    expect(refused.body.errors?.[0]?.message).toContain(`Återsökning ${openClaimsOf(withOpenClaim.id)[0]!.claimTypeCode}`);
  });

  it('sees a claim started now as an open case of the person within moments', async () => {
    const person = PERSONS.find((p) => p.districtCode === 'JARVA' && CLAIMS.every((c) => c.personId !== p.id || !isClaimOpen(c.status)))!;
    const before = await eventually(() => openCasesOf(person.id), () => true);
    const started = await platform.query<{ initiateClaim: { id: string } }>(
      'mutation($input: InitiateClaimInput!) { initiateClaim(input: $input) { id } }',
      { as: 'jarva.handlaggare', variables: { input: { personId: person.id, districtCode: 'JARVA', claimTypeCode: 'GSKA', amount: 500_000, periodFrom: '2026-07-01', periodTo: '2026-09-30' } } },
    );
    expect(started.body.errors).toBeUndefined();
    const after = await eventually(() => openCasesOf(person.id), (c) => c.length === before.length + 1);
    expect(after.map((c) => c.caseId)).toContain(started.body.data!.initiateClaim.id);
  });
});

describe('purge across subgraphs', () => {
  it('empties the person’s data, keeps the claims’ amounts under the anonymised person, and clears the claims’ free text', async () => {
    const person = PERSONS.find((p) => CLAIMS.some((c) => c.personId === p.id) && CLAIMS.every((c) => c.personId !== p.id || !isClaimOpen(c.status)))!;
    await eventually(() => openCasesOf(person.id), (c) => c.length === 0);
    // no appeal in the way either
    const close = await eventually(
      () => platform.query<{ closePersonHandling: { closedOn: string } }>(CLOSE, { as: 'samordnare', variables: { input: { personId: person.id, closedOn: today, reason: 'FLYTTAT_TILL_ANNAN_KOMMUN' } } }),
      (r) => !r.body.errors,
    );
    expect(close.body.errors).toBeUndefined();
    const set = await platform.query('mutation($i: SetPurgeDateInput!) { setPurgeDate(input: $i) { purgeOn } }', { as: 'systemansvarig', variables: { i: { personId: person.id, purgeOn: today } } });
    expect(set.body.errors).toBeUndefined();
    await platform.subgraphs.claims!.orm.em.fork().getConnection().execute(`update claims.claim set question = 'Gäller familjen i trappuppgång B' where person_id = ?`, [person.id]);
    const run = await platform.query<{ runPurge: { purged: { personId: string }[] } }>('mutation { runPurge { purged { personId } } }', { as: 'systemansvarig' });
    expect(run.body.data!.runPurge.purged.map((p) => p.personId)).toContain(person.id);

    const CLAIMS_OF = 'query($id: ID!) { person(id: $id) { fullName personalIdentityNumber claims { amount question } } }';
    const seen = await eventually(
      () => platform.query<{ person: { fullName: string; personalIdentityNumber: string | null; claims: { amount: number; question: string | null }[] } }>(CLAIMS_OF, { as: 'samordnare', variables: { id: person.id } }),
      (r) => !!r.body.data?.person && r.body.data.person.claims.every((c) => c.question === null),
    );
    const view = seen.body.data!.person;
    expect(view.fullName).toBe('Gallrad person');
    expect(view.personalIdentityNumber).toBeNull();
    const amounts = CLAIMS.filter((c) => c.personId === person.id).map((c) => c.amountOre).sort();
    expect(view.claims.map((c) => c.amount).sort()).toEqual(amounts);
  });
});

describe('default officer across subgraphs', () => {
  const START = 'mutation($input: InitiateClaimInput!) { initiateClaim(input: $input) { responsibleUsername responsibleLabel } }';
  const person = PERSONS.find((p) => p.districtCode === 'JARVA')!;
  const start = (claimTypeCode: string) =>
    platform.query<{ initiateClaim: { responsibleUsername: string | null; responsibleLabel: string } }>(START, {
      as: 'jarva.handlaggare',
      variables: { input: { personId: person.id, districtCode: 'JARVA', claimTypeCode, amount: 200_000, periodFrom: '2026-07-01', periodTo: '2026-09-30' } },
    });

  it('gives new claims the default officer the system administrator set for the claim type', async () => {
    const [code, officer] = Object.entries(DEMO_DEFAULT_OFFICERS)[0]!;
    const seeded = await eventually(() => start(code), (r) => r.body.data?.initiateClaim.responsibleUsername === officer);
    expect(seeded.body.data!.initiateClaim).toEqual({ responsibleUsername: officer, responsibleLabel: officer });

    const set = await platform.query('mutation($input: SetDefaultOfficerInput!) { setDefaultOfficer(input: $input) { claimTypeCode } }', { as: 'systemansvarig', variables: { input: { claimTypeCode: code, username: null } } });
    expect(set.body.errors).toBeUndefined();
    const after = await eventually(() => start(code), (r) => r.body.data?.initiateClaim.responsibleUsername === null);
    expect(after.body.data!.initiateClaim).toEqual({ responsibleUsername: null, responsibleLabel: 'Statsbidragsgruppen' });
  });
});

