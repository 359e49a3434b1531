import { PERSONS } from '@statsbidrag/demo-data';
import { startTestPlatform, type TestPlatform } from './platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

/** The claims remote's ClaimDetailsSection query: the claim, the viewer and the district's units (person subgraph). */
const DETAILS = `query($id: ID!) {
  me { username roles }
  claim(id: $id) { id status unitCode officerUsername responsibleLabel editableDetails amount periodFrom periodTo
    district { code name units { code name } }
    edits { changedBy changes { field before after } } }
}`;

interface Details {
  me: { username: string; roles: string[] };
  claim: {
    id: string; status: string; unitCode: string | null; officerUsername: string | null; editableDetails: string[];
    district: { code: string; name: string; units: { code: string; name: string }[] };
    edits: { changedBy: string; changes: { field: string; before: string | null; after: string | null }[] }[];
  } | null;
}

describe('an AmF proposal through the gateway (step 1b)', () => {
  it('the coordinator finds the person by personnummer and proposes; the district sees the units, fills in and confirms', async () => {
    const person = PERSONS.find((p) => p.districtCode === 'SODERMALM') ?? PERSONS[0]!;
    const found = await platform.query<{ persons: { edges: { node: { id: string; district: { code: string } | null } }[] } }>(
      'query($search: String!) { persons(search: $search, first: 5) { edges { node { id district { code } } } } }',
      { as: 'samordnare', variables: { search: person.personalIdentityNumber } },
    );
    expect(found.body.errors).toBeUndefined();
    expect(found.body.data!.persons.edges.map((e) => e.node.id)).toEqual([person.id]);
    const districtCode = found.body.data!.persons.edges[0]!.node.district!.code;
    const slug = districtCode.toLowerCase().replace(/_/g, '-');

    const proposed = await platform.query<{ proposeClaim: { id: string; status: string } }>(
      'mutation($input: ProposeClaimInput!) { proposeClaim(input: $input) { id status } }',
      { as: 'samordnare', variables: { input: { personId: person.id, districtCode, claimTypeCode: 'GSKA', comment: 'Gick i grundskola hösten 2025' } } },
    );
    expect(proposed.body.errors).toBeUndefined();
    const claimId = proposed.body.data!.proposeClaim.id;
    expect(proposed.body.data!.proposeClaim.status).toBe('INITIERAD_TILL_SDF');

    const contact = `${slug}.kontakt`;
    const seen = await platform.query<Details>(DETAILS, { as: contact, variables: { id: claimId } });
    expect(seen.body.errors).toBeUndefined();
    const claim = seen.body.data!.claim!;
    expect(claim).toMatchObject({ status: 'INITIERAD_TILL_SDF', unitCode: null, editableDetails: ['UNIT', 'OFFICER', 'AMOUNT', 'PERIOD_FROM', 'PERIOD_TO'] });
    expect(claim.district.units.length).toBeGreaterThan(0);

    const unitCode = claim.district.units[0]!.code;
    const update = (as: string, input: Record<string, unknown>) =>
      platform.query<{ updateClaimDetails: { status: string } }>('mutation($input: UpdateClaimDetailsInput!) { updateClaimDetails(input: $input) { status } }', { as, variables: { input: { claimId, ...input } } });
    expect((await update(contact, { unitCode, officerUsername: `${slug}.handlaggare` })).body.errors).toBeUndefined();
    expect((await update(`${slug}.handlaggare`, { amount: 845_000, periodFrom: '2025-08-01', periodTo: '2025-12-31' })).body.errors).toBeUndefined();
    // Another district's officer: the claim does not exist for them.
    const other = (await update('jarva.handlaggare', { amount: 1 })).body.errors?.[0];
    if (districtCode !== 'JARVA') expect(other?.extensions).toMatchObject({ code: 'NOT_FOUND' });

    const confirmed = await platform.query<{ confirmClaim: { status: string } }>('mutation($input: ConfirmClaimInput!) { confirmClaim(input: $input) { status } }', {
      as: `${slug}.handlaggare`, variables: { input: { claimId } },
    });
    expect(confirmed.body.errors).toBeUndefined();
    expect(confirmed.body.data!.confirmClaim.status).toBe('ATERSOKNING_BEKRAFTAD_SDF');

    const after = await platform.query<Details>(DETAILS, { as: 'samordnare', variables: { id: claimId } });
    expect(after.body.data!.claim!.edits.map((e) => e.changedBy)).toEqual([contact, `${slug}.handlaggare`]);
  });

  it('lists AmF staff for the responsible-officer choice to a coordinator; a district sees only its own staff', async () => {
    const query = 'query { staffMembers(first: 200, filter: { role: COORDINATOR }) { edges { node { username name active } } } }';
    const amf = await platform.query<{ staffMembers: { edges: { node: { username: string } }[] } }>(query, { as: 'samordnare' });
    expect(amf.body.errors).toBeUndefined();
    expect(amf.body.data!.staffMembers.edges.map((e) => e.node.username)).toEqual(expect.arrayContaining(['samordnare', 'samordnare2']));
    const district = await platform.query<{ staffMembers: { edges: { node: { username: string } }[] } }>(query, { as: 'jarva.kontakt' });
    expect(district.body.data!.staffMembers.edges).toEqual([]);
    const own = await platform.query<{ staffMembers: { edges: { node: { username: string } }[] } }>('query { staffMembers(first: 200) { edges { node { username } } } }', { as: 'jarva.kontakt' });
    expect(own.body.data!.staffMembers.edges.map((e) => e.node.username).sort()).toEqual(['jarva.handlaggare', 'jarva.kontakt']);
    expect((await platform.query(query, { as: 'analytiker' })).body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
