import { createTestDatabase, queryCounter } from '@statsbidrag/db';
import { CURRENT_DISTRICTS, UNITS } from '@statsbidrag/demo-data';
import type { Identity } from '@statsbidrag/domain';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { personSubgraph } from './subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
const identities = {
  ...testIdentities,
  systemAdmin: { sub: 'systemansvarig', name: 'Sven Systemansvarig', roles: ['SYSTEM_ADMIN'], districtCodes: [] } as Identity,
};
const as = (identity: keyof typeof identities, variables?: Record<string, unknown>) => ({ identity: identities[identity], secret: TEST_INTERNAL_SECRET, variables });

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
const CHANGES = 'query($t: String, $k: String) { organisationChanges(entityType: $t, entityKey: $k, first: 10) { entityType entityKey username before after } }';
const changes = async (t: string, k: string) =>
  (await callSubgraph<{ organisationChanges: Change[] }>(subgraph.url, CHANGES, as('systemAdmin', { t, k }))).body.data!.organisationChanges;

describe('applicant profile', () => {
  const UPDATE = 'mutation($input: UpdateApplicantProfileInput!) { updateApplicantProfile(input: $input) { municipalityName municipalityCode postalCode phone email reference updatedBy } }';
  const input = {
    municipalityName: 'Stockholms stad',
    municipalityCode: '0180',
    postalAddress: 'Box 8000',
    postalCode: '10420',
    city: 'Stockholm',
    contactName: 'Statsbidragsgruppen',
    phone: '+46 8 508 00 000',
    email: 'statsbidrag@example.org',
    reference: 'Dnr 1.2.3',
  };

  it('is seeded with Stockholm and readable by a coordinator', async () => {
    const res = await callSubgraph<{ applicantProfile: Record<string, unknown> }>(subgraph.url, '{ applicantProfile { municipalityName municipalityCode contactName phone email } }', as('coordinator'));
    expect(res.body.data?.applicantProfile).toEqual({
      municipalityName: 'Stockholms stad',
      municipalityCode: '0180',
      contactName: 'Statsbidragsgruppen',
      phone: '08-508 00 000',
      email: 'statsbidrag@example.org',
    });
  });

  it('is updated by the system administrator, with a history row holding before and after', async () => {
    const res = await callSubgraph<{ updateApplicantProfile: Record<string, unknown> }>(subgraph.url, UPDATE, as('systemAdmin', { input }));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.updateApplicantProfile).toMatchObject({ postalCode: '104 20', phone: '+46 8 508 00 000', reference: 'Dnr 1.2.3', updatedBy: 'systemansvarig' });
    const [latest] = await changes('APPLICANT_PROFILE', 'DEFAULT');
    expect(latest).toMatchObject({ entityType: 'APPLICANT_PROFILE', entityKey: 'DEFAULT', username: 'systemansvarig' });
    expect(JSON.parse(latest!.before!)).toMatchObject({ postalAddress: 'Box 44', postalCode: '124 21', phone: '08-508 00 000' });
    expect(JSON.parse(latest!.after!)).toMatchObject({ postalAddress: 'Box 8000', postalCode: '104 20', reference: 'Dnr 1.2.3' });
  });

  it('refuses a coordinator', async () => {
    const res = await callSubgraph(subgraph.url, UPDATE, as('coordinator', { input }));
    expect(res.body.errors?.[0]).toMatchObject({ message: 'Du saknar behörighet för detta.', extensions: { code: 'FORBIDDEN' } });
  });

  it('names the field of a bad phone number and a bad postal code in Swedish', async () => {
    const phone = await callSubgraph(subgraph.url, UPDATE, as('systemAdmin', { input: { ...input, phone: '08-50' } }));
    expect(phone.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'phone' } });
    expect(phone.body.errors?.[0]?.message).toMatch(/Telefonnumret/);
    const postal = await callSubgraph(subgraph.url, UPDATE, as('systemAdmin', { input: { ...input, postalCode: '1042' } }));
    expect(postal.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'postalCode' } });
    expect(postal.body.errors?.[0]?.message).toMatch(/Postnumret/);
    const history = await changes('APPLICANT_PROFILE', 'DEFAULT');
    expect(history).toHaveLength(1); // nothing written for the refused ones
  });
});

describe('district contact person', () => {
  const SET = 'mutation($input: SetDistrictContactInput!) { setDistrictContact(input: $input) { code contact { username name } } }';

  it('is set by the system administrator to a contact of that district, with history', async () => {
    await callSubgraph(
      subgraph.url,
      'mutation($input: UpsertStaffMemberInput!) { upsertStaffMember(input: $input) { username } }',
      as('systemAdmin', { input: { username: 'jarva.kontakt2', name: 'Karin Kontakt', email: 'karin@example.org', roles: ['DISTRICT_CONTACT'], districtCodes: ['JARVA'] } }),
    );
    const res = await callSubgraph<{ setDistrictContact: unknown }>(subgraph.url, SET, as('systemAdmin', { input: { districtCode: 'JARVA', username: 'jarva.kontakt2' } }));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.setDistrictContact).toEqual({ code: 'JARVA', contact: { username: 'jarva.kontakt2', name: 'Karin Kontakt' } });
    const [latest] = await changes('DISTRICT', 'JARVA');
    expect(JSON.parse(latest!.before!)).toEqual({ contactUsername: 'jarva.kontakt' });
    expect(JSON.parse(latest!.after!)).toEqual({ contactUsername: 'jarva.kontakt2' });
  });

  it('refuses a contact person of another district, an officer and an unknown user', async () => {
    const other = await callSubgraph(subgraph.url, SET, as('systemAdmin', { input: { districtCode: 'JARVA', username: 'farsta.kontakt' } }));
    expect(other.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'username', reason: 'OTHER_DISTRICT' } });
    expect(other.body.errors?.[0]?.message).toMatch(/inte kontaktperson för Järva/);
    const officer = await callSubgraph(subgraph.url, SET, as('systemAdmin', { input: { districtCode: 'JARVA', username: 'jarva.handlaggare' } }));
    expect(officer.body.errors?.[0]?.extensions).toMatchObject({ field: 'username', reason: 'NOT_DISTRICT_CONTACT' });
    const unknown = await callSubgraph(subgraph.url, SET, as('systemAdmin', { input: { districtCode: 'JARVA', username: 'ingen' } }));
    expect(unknown.body.errors?.[0]?.message).toBe('Användaren ingen finns inte.');
    const historic = await callSubgraph(subgraph.url, SET, as('systemAdmin', { input: { districtCode: 'RINKEBY_KISTA', username: 'jarva.kontakt' } }));
    expect(historic.body.errors?.[0]?.extensions).toMatchObject({ field: 'districtCode' });
    const forbidden = await callSubgraph(subgraph.url, SET, as('coordinator', { input: { districtCode: 'JARVA', username: 'jarva.kontakt' } }));
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads every district’s contact and units with one statement per level', async () => {
    const { result, queries } = await queryCounter.measure(() =>
      callSubgraph<{ districts: { code: string; contact: { username: string } | null; units: { code: string; name: string }[] }[] }>(
        subgraph.url,
        '{ districts { code contact { username name email } units { code name } } }',
        as('jarvaOfficer'),
      ),
    );
    expect(result.body.errors).toBeUndefined();
    const districts = result.body.data!.districts;
    expect(districts).toHaveLength(CURRENT_DISTRICTS.length);
    for (const d of districts) {
      expect(d.contact?.username).toBe(d.code === 'JARVA' ? 'jarva.kontakt2' : `${d.code.toLowerCase().replace(/_/g, '-')}.kontakt`);
      expect(d.units.map((u) => u.code).sort()).toEqual(UNITS.filter((u) => u.districtCode === d.code).map((u) => u.code).sort());
    }
    const sql = queries.filter((q) => q.schema === 'person').map((q) => q.sql);
    expect(sql.filter((s) => /from "person"\."district"/.test(s))).toHaveLength(1);
    expect(sql.filter((s) => /from "person"\."staff_member"/.test(s))).toHaveLength(1);
    expect(sql.filter((s) => /from "person"\."unit"/.test(s))).toHaveLength(1);
    expect(sql).toHaveLength(3);
  });
});

describe('staff', () => {
  const UPSERT = 'mutation($input: UpsertStaffMemberInput!) { upsertStaffMember(input: $input) { username name email roles districtCodes active } }';
  const member = { username: 'ny.samordnare', name: 'Nora Ny', email: 'Nora.Ny@Example.org', roles: ['COORDINATOR'], districtCodes: [] };

  it('is created and updated by the system administrator, with history', async () => {
    const created = await callSubgraph<{ upsertStaffMember: unknown }>(subgraph.url, UPSERT, as('systemAdmin', { input: member }));
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.upsertStaffMember).toEqual({ username: 'ny.samordnare', name: 'Nora Ny', email: 'nora.ny@example.org', roles: ['COORDINATOR'], districtCodes: [], active: true });
    await callSubgraph(subgraph.url, UPSERT, as('systemAdmin', { input: { ...member, active: false } }));
    const history = await changes('STAFF_MEMBER', 'ny.samordnare');
    expect(history).toHaveLength(2);
    expect(history[1]!.before).toBeNull();
    expect(JSON.parse(history[0]!.before!)).toMatchObject({ active: true });
    expect(JSON.parse(history[0]!.after!)).toMatchObject({ active: false });
  });

  it('validates e-mail, roles and districts per field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 'nora@' }, 'email'],
      [{ roles: [] }, 'roles'],
      [{ roles: ['DISTRICT_OFFICER'], districtCodes: [] }, 'districtCodes'],
      [{ roles: ['DISTRICT_OFFICER'], districtCodes: ['RINKEBY_KISTA'] }, 'districtCodes'],
      [{ roles: ['COORDINATOR'], districtCodes: ['JARVA'] }, 'districtCodes'],
    ];
    for (const [change, field] of cases) {
      const res = await callSubgraph(subgraph.url, UPSERT, as('systemAdmin', { input: { ...member, username: 'ogiltig', ...change } }));
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const forbidden = await callSubgraph(subgraph.url, UPSERT, as('coordinator', { input: member }));
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists staff by district, role and search for AmF, and only their own district’s staff to district users', async () => {
    const Q = 'query($f: StaffMemberFilterInput) { staffMembers(filter: $f, first: 100) { totalCount edges { node { username } } } }';
    type R = { staffMembers: { totalCount: number; edges: { node: { username: string } }[] } };
    const jarva = await callSubgraph<R>(subgraph.url, Q, as('coordinator', { f: { districtCode: 'JARVA' } }));
    expect(jarva.body.data?.staffMembers.edges.map((e) => e.node.username).sort()).toEqual(['jarva.handlaggare', 'jarva.kontakt', 'jarva.kontakt2']);
    const contacts = await callSubgraph<R>(subgraph.url, Q, as('systemAdmin', { f: { districtCode: 'JARVA', role: 'DISTRICT_CONTACT', search: 'karin' } }));
    expect(contacts.body.data?.staffMembers.edges.map((e) => e.node.username)).toEqual(['jarva.kontakt2']);
    const own = await callSubgraph<R>(subgraph.url, Q, as('jarvaOfficer'));
    expect(own.body.data?.staffMembers.edges.map((e) => e.node.username).sort()).toEqual(['jarva.handlaggare', 'jarva.kontakt', 'jarva.kontakt2']);
    const other = await callSubgraph<R>(subgraph.url, Q, as('jarvaOfficer', { f: { districtCode: 'FARSTA' } }));
    expect(other.body.data?.staffMembers).toMatchObject({ totalCount: 0, edges: [] });
    const refused = await callSubgraph(subgraph.url, Q, as('analyst'));
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('clears a district contact who is deactivated, with history', async () => {
    const input = { username: 'jarva.kontakt2', name: 'Karin Kontakt', email: 'karin@example.org', roles: ['DISTRICT_CONTACT'], districtCodes: ['JARVA'], active: false };
    const res = await callSubgraph(subgraph.url, UPSERT, as('systemAdmin', { input }));
    expect(res.body.errors).toBeUndefined();
    const districts = await callSubgraph<{ districts: { code: string; contact: unknown }[] }>(subgraph.url, '{ districts { code contact { username } } }', as('coordinator'));
    expect(districts.body.data?.districts.find((d) => d.code === 'JARVA')?.contact).toBeNull();
    const [latest] = await changes('DISTRICT', 'JARVA');
    expect([JSON.parse(latest!.before!), JSON.parse(latest!.after!)]).toEqual([{ contactUsername: 'jarva.kontakt2' }, { contactUsername: null }]);
  });
});
