import { CLAIMS, PERSONS, DISTRICTS } from '@statsbidrag/demo-data';
import { startTestPlatform, type TestPlatform } from './platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

type ClaimsList = {
  claims: {
    totalCount: number;
    edges: { node: { id: string; statusLabel: string; amount: number; person: { fullName: string; district: { name: string } } | null; district: { code: string; name: string } } }[];
  };
};

const CLAIMS_WITH_PEOPLE = `query($first: Int) { claims(first: $first) { totalCount edges { node {
  id statusLabel amount claimType { code name }
  person { id fullName district { name } }
  district { code name }
} } } }`;

describe('through the gateway', () => {
  it('gives a coordinator claims with each person’s name and district, joined across two subgraphs', async () => {
    const res = await platform.query<ClaimsList>(CLAIMS_WITH_PEOPLE, { as: 'samordnare', variables: { first: 20 } });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const { totalCount, edges } = res.body.data!.claims;
    expect(totalCount).toBe(CLAIMS.length);
    expect(edges).toHaveLength(20);
    const persons = new Map(PERSONS.map((p) => [p.id, p]));
    const districtNames = new Map(DISTRICTS.map((d) => [d.code, d.name]));
    for (const { node } of edges) {
      const claim = CLAIMS.find((c) => c.id === node.id)!;
      const person = persons.get(claim.personId)!;
      expect(node.person?.fullName).toBe(`${person.firstName} ${person.lastName}`);
      expect(node.district).toEqual({ code: claim.districtCode, name: districtNames.get(claim.districtCode) });
    }
  });

  it('shows a Järva officer only Järva’s claims and persons', async () => {
    const res = await platform.query<ClaimsList>(CLAIMS_WITH_PEOPLE, { as: 'jarva.handlaggare', variables: { first: 500 } });
    expect(res.body.errors).toBeUndefined();
    const { totalCount, edges } = res.body.data!.claims;
    expect(totalCount).toBe(CLAIMS.filter((c) => c.districtCode === 'JARVA').length);
    expect(new Set(edges.map((e) => e.node.district.name))).toEqual(new Set(['Järva']));
    expect(edges.every((e) => e.node.person?.district.name === 'Järva')).toBe(true);
  });

  it('extends Person with claims from the claims subgraph', async () => {
    const person = PERSONS[3]!;
    const res = await platform.query<{ person: { fullName: string; claims: { id: string }[] } }>(
      'query($id: ID!) { person(id: $id) { fullName claims { id status } } }',
      { as: 'samordnare', variables: { id: person.id } },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.person.claims.map((c) => c.id).sort()).toEqual(CLAIMS.filter((c) => c.personId === person.id).map((c) => c.id).sort());
  });

  it('lets a district officer start a claim that then shows up in their list with the person’s name', async () => {
    const person = PERSONS.find((p) => p.districtCode === 'JARVA')!;
    const created = await platform.query<{ initiateClaim: { id: string; status: string; person: { fullName: string } } }>(
      `mutation($input: InitiateClaimInput!) { initiateClaim(input: $input) { id status person { fullName } } }`,
      { as: 'jarva.handlaggare', variables: { input: { personId: person.id, districtCode: 'JARVA', claimTypeCode: 'BIF', amount: 4_500_000, periodFrom: '2026-04-01', periodTo: '2026-06-30' } } },
    );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.initiateClaim).toMatchObject({ status: 'INITIERAD_AV_SDF', person: { fullName: `${person.firstName} ${person.lastName}` } });
    const list = await platform.query<ClaimsList>(
      '{ claims(first: 5, filter: { statuses: [INITIERAD_AV_SDF] }, orderBy: { field: CREATED_AT, direction: DESC }) { totalCount edges { node { id } } } }',
      { as: 'jarva.kontakt' },
    );
    expect(list.body.data!.claims.edges[0]!.node.id).toBe(created.body.data!.initiateClaim.id);
  });

  it('tells the user who they are, with roles in Swedish', async () => {
    const res = await platform.query<{ me: unknown }>('{ me { username name roleLabels districts { name } } }', { as: 'jarva.handlaggare' });
    expect(res.body.data!.me).toEqual({ username: 'jarva.handlaggare', name: 'Hedda Handläggare (Järva)', roleLabels: ['Handläggare SDF'], districts: [{ name: 'Järva' }] });
  });
});

describe('across all five subgraphs', () => {
  it('follows a claim to its MiG decision and the appeal of that decision, and a person to their flat-rate payments', async () => {
    const res = await platform.query<{
      claims: { edges: { node: { id: string; decision: { outcome: string; finalAt: string; appeal: { status: string; district: { name: string } } | null } | null } }[] };
    }>(
      `{ claims(first: 500, filter: { statuses: [DELVIS_BEVILJAT, BESLUTAD, UTBETALD, FARDIGBEHANDLAT] }) { edges { node { id
          decision { outcome decidedAt finalAt appeal { status district { name } } }
        } } } }`,
      { as: 'samordnare' },
    );
    expect(res.body.errors).toBeUndefined();
    const decided = res.body.data!.claims.edges.map((e) => e.node);
    expect(decided.length).toBeGreaterThan(0);
    expect(decided.every((c) => c.decision !== null)).toBe(true);
    expect(decided.some((c) => c.decision?.appeal?.district.name)).toBe(true);

    const person = await platform.query<{ persons: { edges: { node: { fullName: string; flatRates: { amount: number; kind: string }[] } }[] } }>(
      '{ persons(first: 20) { edges { node { fullName flatRates { amount kind } } } } }',
      { as: 'administrator' },
    );
    expect(person.body.errors).toBeUndefined();
    expect(person.body.data!.persons.edges.some((e) => e.node.flatRates.length > 0)).toBe(true);
    expect(person.body.data!.persons.edges.flatMap((e) => e.node.flatRates).every((f) => Number.isInteger(f.amount))).toBe(true);
  });

  it('keeps a Järva officer inside Järva on every hop', async () => {
    const res = await platform.query<{ decisions: { edges: { node: { district: { code: string } | null; claim: { district: { code: string } } | null } }[] } }>(
      '{ decisions(first: 500) { edges { node { district { code } claim { district { code } } } } } }',
      { as: 'jarva.handlaggare' },
    );
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.decisions.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.district?.code === 'JARVA' && (n.claim === null || n.claim.district.code === 'JARVA'))).toBe(true);
  });
});
