import { PERSONS } from '@statsbidrag/demo-data';
import { startTestPlatform, type TestPlatform } from './platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

async function ok<T>(query: string, as: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await platform.query<T>(query, { as, variables });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}

/** A Järva claim taken through steps 1a and 2a to ATERSOK_ACCEPTERAD_AMF. */
async function acceptedClaim(personId: string, amount: number): Promise<string> {
  const input = { personId, districtCode: 'JARVA', claimTypeCode: 'BIF', amount, periodFrom: '2026-04-01', periodTo: '2026-06-30' };
  const { initiateClaim } = await ok<{ initiateClaim: { id: string } }>('mutation($input: InitiateClaimInput!) { initiateClaim(input: $input) { id } }', 'jarva.handlaggare', { input });
  await ok('mutation($input: MarkClaimDocumentsReceivedInput!) { markClaimDocumentsReceived(input: $input) { id } }', 'jarva.handlaggare', { input: { claimId: initiateClaim.id } });
  await ok('mutation($input: AcceptClaimInput!) { acceptClaim(input: $input) { id } }', 'samordnare', { input: { claimId: initiateClaim.id } });
  return initiateClaim.id;
}

const APPLICATION = `query($id: ID!) { migApplication(id: $id) {
  reference claimType { code name } periodFrom periodTo totalAmount claimCount
  applicant { municipalityName contactName }
  claims { id amount district { code name } person { fullName personalIdentityNumber migIndividualNumber } }
} }`;
type Application = {
  migApplication: {
    reference: string; totalAmount: number; claimCount: number; applicant: { municipalityName: string; contactName: string };
    claims: { id: string; amount: number; district: { name: string }; person: { fullName: string; personalIdentityNumber: string; migIndividualNumber: string } | null }[];
  } | null;
};

describe('an application to MiG through the gateway', () => {
  it('is compiled by the coordinator and read in one query with the persons from the person subgraph', async () => {
    const people = PERSONS.filter((p) => p.districtCode === 'JARVA' && !p.protectedIdentity).slice(0, 2);
    const ids = [await acceptedClaim(people[0]!.id, 150_000), await acceptedClaim(people[1]!.id, 275_050)];
    const applicant = {
      municipalityName: 'Stockholms stad', municipalityCode: '0180', postalAddress: 'Box 1234', postalCode: '105 35', city: 'Stockholm',
      contactName: 'Åsa Öberg', phone: '08-508 000 00', email: 'asa.oberg@stockholm.se', reference: null,
    };
    const { compileMigApplication } = await ok<{ compileMigApplication: { id: string; reference: string } }>(
      'mutation($input: CompileMigApplicationInput!) { compileMigApplication(input: $input) { id reference } }', 'samordnare',
      { input: { claimIds: ids, applicant, districtComments: [{ districtCode: 'JARVA', comment: 'Beslut bifogas.' }] } });
    expect(compileMigApplication.reference).toMatch(/^ANS-\d{4}-\d{4}$/);

    const app = (await ok<Application>(APPLICATION, 'samordnare', { id: compileMigApplication.id })).migApplication!;
    expect(app).toMatchObject({ totalAmount: 425_050, claimCount: 2, applicant: { municipalityName: 'Stockholms stad', contactName: 'Åsa Öberg' } });
    expect(app.claims.map((c) => c.id)).toEqual(ids);
    expect(app.claims.map((c) => c.person)).toEqual(
      people.map((p) => ({ fullName: `${p.firstName} ${p.lastName}`, personalIdentityNumber: p.personalIdentityNumber, migIndividualNumber: p.migIndividualNumber })),
    );
    expect(app.claims[0]!.district.name).toBe('Järva');

    // The finance manager may read it; a district may not.
    expect((await ok<Application>(APPLICATION, 'ekonomichef', { id: compileMigApplication.id })).migApplication!.reference).toBe(compileMigApplication.reference);
    const district = await platform.query<Application>(APPLICATION, { as: 'jarva.handlaggare', variables: { id: compileMigApplication.id } });
    expect(district.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
