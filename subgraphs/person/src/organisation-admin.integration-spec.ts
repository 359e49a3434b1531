import { createTestDatabase, queryCounter } from '@statsbidrag/db';
import { CLAIM_TYPES, COMPENSATION_TYPES, DEMO_DEFAULT_OFFICERS } from '@statsbidrag/demo-data';
import type { Identity } from '@statsbidrag/domain';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities, type GraphQLHttpResult } from '@statsbidrag/graphql-kit/testing';
import { personSubgraph } from './subgraph.js';

/** Organisation admin, part 2: districts, units, default officers and the compensation-type code table, on a real PostgreSQL. */
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
const identities = {
  ...testIdentities,
  systemAdmin: { sub: 'systemansvarig', name: 'Sven Systemansvarig', roles: ['SYSTEM_ADMIN'], districtCodes: [] } as Identity,
  jarvaContact: { sub: 'jarva.kontakt', name: 'Kim Kontakt (Järva)', roles: ['DISTRICT_CONTACT'], districtCodes: ['JARVA'] } as Identity,
};
type Who = keyof typeof identities;
const call = <T = Record<string, unknown>>(who: Who, query: string, variables?: Record<string, unknown>): Promise<GraphQLHttpResult<T>> =>
  callSubgraph<T>(subgraph.url, query, { identity: identities[who], secret: TEST_INTERNAL_SECRET, variables });

beforeAll(async () => {
  db = await createTestDatabase('person');
  await migrateSubgraph(personSubgraph, db.url);
  await seedSubgraph(personSubgraph, db.url);
  subgraph = await startSubgraph(personSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

interface Change { entityType: string; entityKey: string; username: string; before: string | null; after: string | null }
const changes = async (t: string, k: string): Promise<Change[]> =>
  (
    await call<{ organisationChanges: Change[] }>(
      'systemAdmin',
      'query($t: String, $k: String) { organisationChanges(entityType: $t, entityKey: $k, first: 50) { entityType entityKey username before after } }',
      { t, k },
    )
  ).body.data!.organisationChanges;
const json = (v: string | null) => (v == null ? null : (JSON.parse(v) as Record<string, unknown>));
const firstError = (res: GraphQLHttpResult<unknown>) => res.body.errors?.[0];
const expectRefused = (res: GraphQLHttpResult<unknown>, field: string, reason: string) => {
  expect(res.body.data ?? null).toBeNull();
  expect(firstError(res)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
};
const expectForbidden = (res: GraphQLHttpResult<unknown>) => {
  expect(firstError(res)).toMatchObject({ message: 'Du saknar behörighet för detta.', extensions: { code: 'FORBIDDEN' } });
};

describe('districts', () => {
  const CREATE = 'mutation($input: DistrictInput!) { createDistrict(input: $input) { code name validFrom validTo successor { code name } } }';
  const UPDATE = 'mutation($input: DistrictInput!) { updateDistrict(input: $input) { code name validFrom validTo successor { code name } } }';
  const district = { code: 'STORA_ESSINGEN', name: 'Stora Essingen', validFrom: '2027-01-01', validTo: null, successorCode: null };

  it('is created by the system administrator, listed from its first day, with a history row', async () => {
    const res = await call('systemAdmin', CREATE, { input: { ...district, code: 'stora essingen' } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.createDistrict).toEqual({ code: 'STORA_ESSINGEN', name: 'Stora Essingen', validFrom: '2027-01-01', validTo: null, successor: null });
    const listed = await call<{ districts: { code: string }[] }>('jarvaOfficer', '{ districts(validOn: "2027-01-01") { code } }');
    expect(listed.body.data?.districts.map((d) => d.code)).toContain('STORA_ESSINGEN');
    const today = await call<{ districts: { code: string }[] }>('jarvaOfficer', '{ districts { code } }');
    expect(today.body.data?.districts.map((d) => d.code)).not.toContain('STORA_ESSINGEN');
    const [created] = await changes('DISTRICT', 'STORA_ESSINGEN');
    expect(created).toMatchObject({ username: 'systemansvarig', before: null });
    expect(json(created!.after)).toEqual({ code: 'STORA_ESSINGEN', name: 'Stora Essingen', validFrom: '2027-01-01', validTo: null, successorCode: null });
  });

  it('is ended into a successor valid the day after, with before and after in the history', async () => {
    const res = await call('systemAdmin', UPDATE, { input: { ...district, name: 'Essingeöarna', validTo: '2027-12-31', successorCode: 'KUNGSHOLMEN' } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.updateDistrict).toEqual({ code: 'STORA_ESSINGEN', name: 'Essingeöarna', validFrom: '2027-01-01', validTo: '2027-12-31', successor: { code: 'KUNGSHOLMEN', name: 'Kungsholmen' } });
    const [latest] = await changes('DISTRICT', 'STORA_ESSINGEN');
    expect(json(latest!.before)).toMatchObject({ name: 'Stora Essingen', validTo: null, successorCode: null });
    expect(json(latest!.after)).toMatchObject({ name: 'Essingeöarna', validTo: '2027-12-31', successorCode: 'KUNGSHOLMEN' });
  });

  it('refuses each broken rule with a Swedish message, the field and a stable reason', async () => {
    const cases: [string, Record<string, unknown>, string, string, RegExp][] = [
      [CREATE, { ...district, code: 'NY1', name: '  ' }, 'name', 'REQUIRED', /^Namn måste anges\.$/],
      [CREATE, { ...district, code: '1-NY' }, 'code', 'FORMAT', /versaler A–Z/],
      [CREATE, { ...district, code: 'FARSTA', name: 'Farsta 2' }, 'code', 'DUPLICATE_CODE', /koden FARSTA/],
      [CREATE, { ...district, code: 'NY2', name: 'Farsta' }, 'name', 'DUPLICATE_NAME', /Farsta \(FARSTA\) gäller redan/],
      [CREATE, { ...district, code: 'NY3', validFrom: '2027-02-01', validTo: '2027-01-31' }, 'validTo', 'VALID_TO_BEFORE_FROM', /kan inte vara före/],
      [CREATE, { ...district, code: 'NY4', validTo: '2027-06-30', successorCode: 'FINNS_EJ' }, 'successorCode', 'UNKNOWN_SUCCESSOR', /Efterträdaren FINNS_EJ finns inte/],
      [CREATE, { ...district, code: 'NY5', validTo: '2027-06-30', successorCode: 'NY5' }, 'successorCode', 'SELF_SUCCESSOR', /efterträda sig själv/],
      [CREATE, { ...district, code: 'NY6', successorCode: 'FARSTA' }, 'validTo', 'SUCCESSOR_NEEDS_VALID_TO', /slutdatum/],
      [CREATE, { ...district, code: 'NY7', validTo: '2027-06-30', successorCode: 'RINKEBY_KISTA' }, 'successorCode', 'SUCCESSOR_NOT_VALID', /Rinkeby-Kista gäller inte 2027-07-01/],
      [UPDATE, { ...district, code: 'FINNS_EJ' }, 'code', 'UNKNOWN_DISTRICT', /Stadsdelen FINNS_EJ finns inte/],
      [UPDATE, { code: 'JARVA', name: 'Järva', validFrom: '2023-08-01' }, 'validFrom', 'PREDECESSOR_GAP', /efterträdare från 2023-07-01/],
    ];
    for (const [mutation, input, field, reason, message] of cases) {
      const res = await call(`systemAdmin`, mutation, { input });
      expectRefused(res, field, reason);
      expect(firstError(res)?.message).toMatch(message);
    }
    expect(await changes('DISTRICT', 'NY1')).toEqual([]);
    const jarva = await call<{ districts: { code: string; validFrom: string }[] }>('coordinator', '{ districts { code validFrom } }');
    expect(jarva.body.data?.districts.find((d) => d.code === 'JARVA')?.validFrom).toBe('2023-07-01');
  });

  it('refuses a successor that would close a cycle', async () => {
    await call('systemAdmin', CREATE, { input: { code: 'CYKEL_B', name: 'Cykel B', validFrom: '2030-01-01' } });
    const a = await call('systemAdmin', CREATE, { input: { code: 'CYKEL_A', name: 'Cykel A', validFrom: '2029-01-01', validTo: '2029-12-31', successorCode: 'CYKEL_B' } });
    expect(a.body.errors).toBeUndefined();
    const cycle = await call('systemAdmin', UPDATE, { input: { code: 'CYKEL_B', name: 'Cykel B', validFrom: '2030-01-01', validTo: '2030-12-31', successorCode: 'CYKEL_A' } });
    expectRefused(cycle, 'successorCode', 'SUCCESSOR_CYCLE');
    expect(firstError(cycle)?.message).toMatch(/Cykel A leder tillbaka/);
  });

  it('lists every problem of an input in extensions.problems, one per field', async () => {
    const res = await call('systemAdmin', CREATE, { input: { code: '?', name: '', validFrom: '2027-02-01', validTo: '2027-01-01' } });
    expect((firstError(res)?.extensions?.problems as { field: string; reason: string }[]).map((p) => `${p.field}:${p.reason}`)).toEqual([
      'code:FORMAT',
      'name:REQUIRED',
      'validTo:VALID_TO_BEFORE_FROM',
    ]);
  });

  it('is refused to a coordinator and a district user', async () => {
    expectForbidden(await call('coordinator', CREATE, { input: { ...district, code: 'NY8' } }));
    expectForbidden(await call('jarvaContact', UPDATE, { input: { code: 'JARVA', name: 'Järva', validFrom: '2023-07-01' } }));
    expect(await changes('DISTRICT', 'NY8')).toEqual([]);
  });
});

describe('units', () => {
  const CREATE = 'mutation($input: UnitInput!) { createUnit(input: $input) { code name districtCode active } }';
  const UPDATE = 'mutation($input: UnitInput!) { updateUnit(input: $input) { code name districtCode active } }';
  const DEACTIVATE = 'mutation($input: DeactivateUnitInput!) { deactivateUnit(input: $input) { code name districtCode active } }';
  type Units = { districts: { code: string; units: { code: string; name: string; active: boolean }[] }[] };
  const unitsOf = async (who: Who, code: string, includeInactive = false) =>
    (await call<Units>(who, 'query($all: Boolean) { districts { code units(includeInactive: $all) { code name active } } }', { all: includeInactive })).body.data!.districts.find(
      (d) => d.code === code,
    )!.units;

  it('is created in a current district and listed for district users', async () => {
    const res = await call('systemAdmin', CREATE, { input: { code: 'jarva mottagning', name: 'Mottagningsenheten Järva', districtCode: 'JARVA' } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.createUnit).toEqual({ code: 'JARVA_MOTTAGNING', name: 'Mottagningsenheten Järva', districtCode: 'JARVA', active: true });
    expect((await unitsOf('jarvaOfficer', 'JARVA')).map((u) => u.code)).toContain('JARVA_MOTTAGNING');
    const [created] = await changes('UNIT', 'JARVA_MOTTAGNING');
    expect(created!.before).toBeNull();
    expect(json(created!.after)).toEqual({ code: 'JARVA_MOTTAGNING', name: 'Mottagningsenheten Järva', districtCode: 'JARVA', active: true });
  });

  it('is renamed and moved to another district, with history', async () => {
    const res = await call('systemAdmin', UPDATE, { input: { code: 'JARVA_MOTTAGNING', name: 'Mottagningsenheten Farsta', districtCode: 'FARSTA' } });
    expect(res.body.data?.updateUnit).toEqual({ code: 'JARVA_MOTTAGNING', name: 'Mottagningsenheten Farsta', districtCode: 'FARSTA', active: true });
    expect((await unitsOf('coordinator', 'JARVA')).map((u) => u.code)).not.toContain('JARVA_MOTTAGNING');
    expect((await unitsOf('coordinator', 'FARSTA')).map((u) => u.name)).toContain('Mottagningsenheten Farsta');
    const [moved] = await changes('UNIT', 'JARVA_MOTTAGNING');
    expect(json(moved!.before)).toMatchObject({ name: 'Mottagningsenheten Järva', districtCode: 'JARVA' });
    expect(json(moved!.after)).toMatchObject({ name: 'Mottagningsenheten Farsta', districtCode: 'FARSTA' });
  });

  it('is deactivated, not deleted: gone from the default list, kept with includeInactive, and no longer editable', async () => {
    const res = await call('systemAdmin', DEACTIVATE, { input: { code: 'JARVA_MOTTAGNING' } });
    expect(res.body.data?.deactivateUnit).toMatchObject({ code: 'JARVA_MOTTAGNING', active: false });
    expect((await unitsOf('farstaOfficer', 'FARSTA')).map((u) => u.code)).not.toContain('JARVA_MOTTAGNING');
    expect(await unitsOf('systemAdmin', 'FARSTA', true)).toContainEqual({ code: 'JARVA_MOTTAGNING', name: 'Mottagningsenheten Farsta', active: false });
    const [deactivated] = await changes('UNIT', 'JARVA_MOTTAGNING');
    expect([json(deactivated!.before)?.active, json(deactivated!.after)?.active]).toEqual([true, false]);
    expectRefused(await call('systemAdmin', DEACTIVATE, { input: { code: 'JARVA_MOTTAGNING' } }), 'code', 'UNIT_INACTIVE');
    expectRefused(await call('systemAdmin', UPDATE, { input: { code: 'JARVA_MOTTAGNING', name: 'Ny', districtCode: 'FARSTA' } }), 'code', 'UNIT_INACTIVE');
    // its code stays taken
    expectRefused(await call('systemAdmin', CREATE, { input: { code: 'JARVA_MOTTAGNING', name: 'Ny', districtCode: 'JARVA' } }), 'code', 'DUPLICATE_CODE');
  });

  it('refuses each broken rule with the field and reason', async () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      [CREATE, { code: 'X', name: 'Enhet', districtCode: 'JARVA' }, 'code', 'FORMAT'],
      [CREATE, { code: 'JARVA_IFO', name: 'Enhet', districtCode: 'JARVA' }, 'code', 'DUPLICATE_CODE'],
      [CREATE, { code: 'JARVA_TOM', name: ' ', districtCode: 'JARVA' }, 'name', 'REQUIRED'],
      [CREATE, { code: 'JARVA_TVA', name: 'Individ- och familjeomsorg Järva', districtCode: 'JARVA' }, 'name', 'DUPLICATE_NAME'],
      [CREATE, { code: 'RK_NY', name: 'Enhet', districtCode: 'RINKEBY_KISTA' }, 'districtCode', 'UNKNOWN_DISTRICT'],
      [UPDATE, { code: 'FINNS_EJ', name: 'Enhet', districtCode: 'JARVA' }, 'code', 'UNKNOWN_UNIT'],
      [UPDATE, { code: 'JARVA_IFO', name: 'IFO', districtCode: 'SPANGA_TENSTA' }, 'districtCode', 'UNKNOWN_DISTRICT'],
      [DEACTIVATE, { code: 'FINNS_EJ' }, 'code', 'UNKNOWN_UNIT'],
    ];
    for (const [mutation, input, field, reason] of cases) expectRefused(await call('systemAdmin', mutation, { input }), field, reason);
    expect(firstError(await call('systemAdmin', CREATE, { input: { code: 'RK_NY', name: 'Enhet', districtCode: 'RINKEBY_KISTA' } }))?.message).toBe(
      'Stadsdelen RINKEBY_KISTA finns inte eller har upphört.',
    );
  });

  it('can be added to a district that starts later, not to one that has ended', async () => {
    const res = await call('systemAdmin', CREATE, { input: { code: 'ESSINGEN_IFO', name: 'IFO Essingen', districtCode: 'STORA_ESSINGEN' } });
    expect(res.body.data?.createUnit).toMatchObject({ code: 'ESSINGEN_IFO', districtCode: 'STORA_ESSINGEN' });
    expectRefused(await call('systemAdmin', CREATE, { input: { code: 'RK_IFO2', name: 'IFO', districtCode: 'RINKEBY_KISTA' } }), 'districtCode', 'UNKNOWN_DISTRICT');
  });

  it('is refused to a coordinator and a district contact, while they still read the units', async () => {
    expectForbidden(await call('coordinator', CREATE, { input: { code: 'JARVA_X', name: 'X', districtCode: 'JARVA' } }));
    expectForbidden(await call('jarvaContact', DEACTIVATE, { input: { code: 'JARVA_IFO' } }));
    expect((await unitsOf('jarvaContact', 'JARVA')).map((u) => u.code)).toContain('JARVA_IFO');
  });
});

describe('default officer per claim type', () => {
  const LIST = '{ defaultOfficers { claimTypeCode claimType { name group } grantsTeam assigneeName officer { username } } }';
  const SET = 'mutation($input: SetDefaultOfficerInput!) { setDefaultOfficer(input: $input) { claimTypeCode grantsTeam assigneeName officer { username name } updatedBy } }';
  type Row = { claimTypeCode: string; claimType: { name: string; group: string }; grantsTeam: boolean; assigneeName: string; officer: { username: string } | null };
  const list = async (who: Who = 'coordinator') => (await call<{ defaultOfficers: Row[] }>(who, LIST)).body.data!.defaultOfficers;

  it('lists every claim type with its seeded officer or Statsbidragsgruppen, and no schablon or återkrav codes', async () => {
    const rows = await list();
    const byCode = new Map(rows.map((r) => [r.claimTypeCode, r]));
    for (const t of CLAIM_TYPES) {
      const officer = DEMO_DEFAULT_OFFICERS[t.code];
      expect(byCode.get(t.code)).toMatchObject(officer ? { grantsTeam: false, officer: { username: officer } } : { grantsTeam: true, assigneeName: 'Statsbidragsgruppen', officer: null });
    }
    expect(byCode.get('HVBAS')?.assigneeName).toBe('Sara Samordnare');
    expect(byCode.get('GSKA')?.claimType).toEqual({ name: 'GRUNDSKOLA - ASYL', group: 'SKOLA' });
    for (const code of ['NSCH', 'EKBP', 'Å-GSK', 'BUV-A', 'PRELH', 'SFI']) expect(byCode.has(code)).toBe(false);
    expect(rows.map((r) => r.claimTypeCode)).toEqual([...rows.map((r) => r.claimTypeCode)].sort());
  });

  it('is set to an AmF officer and back to Statsbidragsgruppen, with history', async () => {
    const set = await call('systemAdmin', SET, { input: { claimTypeCode: 'gska', username: 'administrator' } });
    expect(set.body.errors).toBeUndefined();
    expect(set.body.data?.setDefaultOfficer).toEqual({
      claimTypeCode: 'GSKA',
      grantsTeam: false,
      assigneeName: 'Anna Administratör',
      officer: { username: 'administrator', name: 'Anna Administratör' },
      updatedBy: 'systemansvarig',
    });
    expect((await list('analyst')).find((r) => r.claimTypeCode === 'GSKA')?.assigneeName).toBe('Anna Administratör');
    const back = await call('systemAdmin', SET, { input: { claimTypeCode: 'GSKA', username: null } });
    expect(back.body.data?.setDefaultOfficer).toMatchObject({ grantsTeam: true, assigneeName: 'Statsbidragsgruppen', officer: null });
    const history = await changes('DEFAULT_OFFICER', 'GSKA');
    expect(history.map((c) => [json(c.before), json(c.after)])).toEqual([
      [{ officerUsername: 'administrator' }, { officerUsername: null }],
      [{ officerUsername: null }, { officerUsername: 'administrator' }],
    ]);
  });

  it('refuses an unknown claim type, a schablon, an unknown, inactive or district user', async () => {
    await call('systemAdmin', 'mutation($input: UpsertStaffMemberInput!) { upsertStaffMember(input: $input) { username } }', {
      input: { username: 'slutat', name: 'Sigge Slutat', email: 'sigge@example.org', roles: ['COORDINATOR'], districtCodes: [], active: false },
    });
    const cases: [Record<string, unknown>, string, string, RegExp][] = [
      [{ claimTypeCode: 'FINNS', username: 'samordnare' }, 'claimTypeCode', 'UNKNOWN_CLAIM_TYPE', /finns inte bland ersättningskoderna/],
      [{ claimTypeCode: 'NSCH', username: 'samordnare' }, 'claimTypeCode', 'NOT_CLAIM_TYPE', /betalas utan ansökan/],
      [{ claimTypeCode: 'Å-GSK', username: 'samordnare' }, 'claimTypeCode', 'NOT_CLAIM_TYPE', /återkrav/],
      [{ claimTypeCode: 'BIF', username: 'ingen' }, 'username', 'UNKNOWN_USER', /^Användaren ingen finns inte\.$/],
      [{ claimTypeCode: 'BIF', username: 'slutat' }, 'username', 'INACTIVE_USER', /Sigge Slutat är inaktiverad/],
      [{ claimTypeCode: 'BIF', username: 'jarva.handlaggare' }, 'username', 'NOT_AMF_STAFF', /arbetar i en stadsdel/],
    ];
    for (const [input, field, reason, message] of cases) {
      const res = await call('systemAdmin', SET, { input });
      expectRefused(res, field, reason);
      expect(firstError(res)?.message).toMatch(message);
    }
    expect(await changes('DEFAULT_OFFICER', 'BIF')).toEqual([]);
  });

  it('goes back to Statsbidragsgruppen when the officer is deactivated', async () => {
    await call('systemAdmin', 'mutation($input: UpsertStaffMemberInput!) { upsertStaffMember(input: $input) { username } }', {
      input: { username: 'tillfallig', name: 'Tova Tillfällig', email: 'tova@example.org', roles: ['COORDINATOR'], districtCodes: [] },
    });
    await call('systemAdmin', SET, { input: { claimTypeCode: 'UTR', username: 'tillfallig' } });
    expect((await list()).find((r) => r.claimTypeCode === 'UTR')?.assigneeName).toBe('Tova Tillfällig');
    await call('systemAdmin', 'mutation($input: UpsertStaffMemberInput!) { upsertStaffMember(input: $input) { username } }', {
      input: { username: 'tillfallig', name: 'Tova Tillfällig', email: 'tova@example.org', roles: ['COORDINATOR'], districtCodes: [], active: false },
    });
    expect((await list()).find((r) => r.claimTypeCode === 'UTR')).toMatchObject({ grantsTeam: true, assigneeName: 'Statsbidragsgruppen' });
    const [latest] = await changes('DEFAULT_OFFICER', 'UTR');
    expect([json(latest!.before), json(latest!.after)]).toEqual([{ officerUsername: 'tillfallig' }, { officerUsername: null }]);
  });

  it('is read with one statement per table, whatever the number of claim types', async () => {
    const { result, queries } = await queryCounter.measure(() => call<{ defaultOfficers: Row[] }>('coordinator', LIST));
    expect(result.body.data!.defaultOfficers.length).toBeGreaterThanOrEqual(CLAIM_TYPES.length);
    const sql = queries.filter((q) => q.schema === 'person').map((q) => q.sql);
    expect(sql.map((s) => /from "person"\."(\w+)"/.exec(s)?.[1]).sort()).toEqual(['compensation_type', 'default_officer', 'staff_member']);
  });

  it('is read by AmF roles only and set by the system administrator only', async () => {
    expectForbidden(await call('jarvaOfficer', LIST));
    expectForbidden(await call('coordinator', SET, { input: { claimTypeCode: 'BIF', username: 'samordnare' } }));
    expectForbidden(await call('jarvaContact', SET, { input: { claimTypeCode: 'BIF', username: null } }));
  });
});

describe('compensation types', () => {
  const LIST = `query($filter: CompensationTypeFilterInput) {
    compensationTypes(filter: $filter) { totalCount edges { node { code group groupName name paidWithApplication isRecovery isClaimType validFrom validTo } } }
  }`;
  const CREATE = 'mutation($input: CompensationTypeInput!) { createCompensationType(input: $input) { code group groupName name paidWithApplication validFrom validTo updatedBy } }';
  const UPDATE = 'mutation($input: CompensationTypeInput!) { updateCompensationType(input: $input) { code name paidWithApplication validTo updatedBy } }';
  type Node = { code: string; group: string; name: string; paidWithApplication: boolean; isRecovery: boolean; isClaimType: boolean; validFrom: string; validTo: string | null };
  const codes = async (filter: Record<string, unknown>, who: Who = 'coordinator') =>
    (await call<{ compensationTypes: { totalCount: number; edges: { node: Node }[] } }>(who, LIST, { filter })).body.data!.compensationTypes.edges.map((e) => e.node.code);
  const ekup = { code: 'INI20', group: 'SCHABLON', groupName: 'Schablonersättningar (2010:1122)', name: 'INITIAL SCHABLON UNDER 20 ÅR', paidWithApplication: false, validFrom: '2024-07-01', validTo: null };

  it('is seeded with every code of the reference facts, with the right way of payment', async () => {
    const res = await call<{ compensationTypes: { totalCount: number; edges: { node: Node }[] } }>('analyst', LIST, {});
    const nodes = new Map(res.body.data!.compensationTypes.edges.map((e) => [e.node.code, e.node]));
    expect(res.body.data!.compensationTypes.totalCount).toBe(COMPENSATION_TYPES.length);
    expect(nodes.get('GSKA')).toMatchObject({ group: 'SKOLA', name: 'GRUNDSKOLA - ASYL', paidWithApplication: true, isClaimType: true, isRecovery: false });
    expect(nodes.get('Å-GSK')).toMatchObject({ isRecovery: true, isClaimType: false });
    expect(nodes.get('NSCH')).toMatchObject({ paidWithApplication: false, isClaimType: false });
    expect(nodes.get('PRELH')).toMatchObject({ validFrom: '2016-12-01', validTo: '2016-12-31' });
  });

  it('filters by text, group, way of payment and validity date', async () => {
    expect(await codes({ search: 'grundskola' })).toEqual(['GSKA', 'GSKAB', 'Å-GSB', 'Å-GSK']);
    expect(await codes({ group: 'skola', paidWithApplication: true, search: 'GYM' })).toEqual(['GYMN', 'GYMNB', 'Å-GYB', 'Å-GYM']);
    expect(await codes({ paidWithApplication: false, group: 'SCHABLON' })).toEqual(['EKBP', 'EKUP', 'NSCH']);
    expect(await codes({ validOn: '2016-12-15', group: 'BUV2', paidWithApplication: false })).toContain('PRELH');
    expect(await codes({ validOn: '2018-01-01', group: 'BUV2' })).not.toContain('PRELH');
    expect(await codes({ validOn: '2014-06-01', group: 'SFI' })).toEqual(['SFI', 'Å-SFI']);
    expect(await codes({ search: '100%_' })).toEqual([]);
  });

  it('is created and changed by the system administrator, with history, and kept by a second seeding', async () => {
    const created = await call('systemAdmin', CREATE, { input: { ...ekup, code: ' ini20 ' } });
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.createCompensationType).toEqual({ ...ekup, updatedBy: 'systemansvarig' });
    const updated = await call('systemAdmin', UPDATE, { input: { code: 'GSKA', group: 'SKOLA', groupName: 'Skola', name: 'GRUNDSKOLA M.M. - ASYL', paidWithApplication: true, validFrom: '2016-01-01', validTo: '2030-12-31' } });
    expect(updated.body.data?.updateCompensationType).toEqual({ code: 'GSKA', name: 'GRUNDSKOLA M.M. - ASYL', paidWithApplication: true, validTo: '2030-12-31', updatedBy: 'systemansvarig' });
    const [change] = await changes('COMPENSATION_TYPE', 'GSKA');
    expect(json(change!.before)).toMatchObject({ name: 'GRUNDSKOLA - ASYL', validTo: null });
    expect(json(change!.after)).toMatchObject({ name: 'GRUNDSKOLA M.M. - ASYL', validTo: '2030-12-31' });
    expect((await changes('COMPENSATION_TYPE', 'INI20'))[0]!.before).toBeNull();

    await seedSubgraph(personSubgraph, db.url);
    const after = await call<{ compensationTypes: { totalCount: number; edges: { node: Node }[] } }>('coordinator', LIST, { filter: { search: 'GSKA' } });
    expect(after.body.data!.compensationTypes.edges.find((e) => e.node.code === 'GSKA')?.node.name).toBe('GRUNDSKOLA M.M. - ASYL');
    expect((await call<{ compensationTypes: { totalCount: number } }>('coordinator', LIST, {})).body.data!.compensationTypes.totalCount).toBe(COMPENSATION_TYPES.length + 1);
  });

  it('refuses each broken rule with the field and reason', async () => {
    const cases: [string, Record<string, unknown>, string, string, RegExp][] = [
      [CREATE, { ...ekup, code: 'INI 20!' }, 'code', 'FORMAT', /högst 12 tecken/],
      [CREATE, { ...ekup, code: 'GSKA' }, 'code', 'DUPLICATE_CODE', /^Ersättningskoden GSKA finns redan\.$/],
      [UPDATE, { ...ekup, code: 'FINNS-EJ' }, 'code', 'UNKNOWN_CODE', /FINNS-EJ finns inte/],
      [CREATE, { ...ekup, code: 'INI66', name: '' }, 'name', 'REQUIRED', /Klartext måste anges/],
      [CREATE, { ...ekup, code: 'INI66', group: '' }, 'group', 'REQUIRED', /Gruppkod måste anges/],
      [CREATE, { ...ekup, code: 'INI66', groupName: '' }, 'groupName', 'REQUIRED', /Gruppnamn måste anges/],
      [CREATE, { ...ekup, code: 'INI66', validFrom: '2025-01-01', validTo: '2024-12-31' }, 'validTo', 'VALID_TO_BEFORE_FROM', /kan inte vara före/],
    ];
    for (const [mutation, input, field, reason, message] of cases) {
      const res = await call('systemAdmin', mutation, { input });
      expectRefused(res, field, reason);
      expect(firstError(res)?.message).toMatch(message);
    }
    expect(await changes('COMPENSATION_TYPE', 'INI66')).toEqual([]);
  });

  it('is read by every AmF role, refused to district users, and edited by the system administrator only', async () => {
    for (const who of ['coordinator', 'analyst', 'systemAdmin'] as const) expect((await codes({ search: 'BIF' }, who)).length).toBeGreaterThan(0);
    expectForbidden(await call('jarvaOfficer', LIST, {}));
    expectForbidden(await call('coordinator', CREATE, { input: { ...ekup, code: 'INI99' } }));
    expectForbidden(await call('jarvaContact', UPDATE, { input: { ...ekup, code: 'GSKA' } }));
  });

  it('resolves federation references in one statement for a whole batch', async () => {
    const representations = ['GSKA', 'BIF', 'Å-GSK', 'NSCH', 'FINNS-EJ', 'GSKA'].map((code) => ({ __typename: 'CompensationType', code }));
    const { result, queries } = await queryCounter.measure(() =>
      call<{ _entities: ({ code: string; name: string; paidWithApplication: boolean } | null)[] }>(
        'jarvaOfficer',
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on CompensationType { code name paidWithApplication } } }',
        { r: representations },
      ),
    );
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?._entities.map((e) => e?.code ?? null)).toEqual(['GSKA', 'BIF', 'Å-GSK', 'NSCH', null, 'GSKA']);
    expect(result.body.data?._entities[1]).toEqual({ code: 'BIF', name: 'BARN I FAMILJ - ASYL', paidWithApplication: true });
    const sql = queries.filter((q) => q.schema === 'person').map((q) => q.sql);
    expect(sql).toHaveLength(1);
    expect(sql[0]).toMatch(/from "person"\."compensation_type"/);
  });
});
