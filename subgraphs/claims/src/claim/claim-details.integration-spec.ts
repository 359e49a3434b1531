import { createTestDatabase } from '@statsbidrag/db';
import type { Identity } from '@statsbidrag/domain';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { createHash, randomUUID } from 'node:crypto';
import { claimsSubgraph } from '../subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;

const identities = {
  ...testIdentities,
  jarvaContact: { sub: 'jarva.kontakt', name: 'Kim Kontaktperson (Järva)', roles: ['DISTRICT_CONTACT'], districtCodes: ['JARVA'] } as Identity,
  administrator: { sub: 'administrator', name: 'Adam Administratör', roles: ['ADMINISTRATOR'], districtCodes: [] } as Identity,
};
type Who = keyof typeof identities;

beforeAll(async () => {
  db = await createTestDatabase('claims_details');
  await migrateSubgraph(claimsSubgraph, db.url);
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
  initiatedBy: string;
  amount: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  unitCode: string | null;
  officerUsername: string | null;
  responsibleUsername: string | null;
  responsibleLabel: string;
  claimType: { code: string };
  editableDetails: string[];
  history: { changedBy: string; toStatus: string; reason: string | null }[];
  edits: { changedBy: string; reason: string | null; changes: { field: string; fieldLabel: string; before: string | null; after: string | null }[] }[];
  allowedTransitions: { command: string }[];
}
const CLAIM_FIELDS = `id status initiatedBy amount periodFrom periodTo unitCode officerUsername responsibleUsername responsibleLabel claimType { code } editableDetails
  history { changedBy toStatus reason } edits { changedBy reason changes { field fieldLabel before after } } allowedTransitions { command }`;

async function gql<T>(who: Who, query: string, variables: Record<string, unknown>): Promise<{ data?: T; error?: GqlError }> {
  const res = await callSubgraph<T>(subgraph.url, query, { identity: identities[who], secret: TEST_INTERNAL_SECRET, variables });
  const error = res.body.errors?.[0] as GqlError | undefined;
  return { data: res.body.data ?? undefined, ...(error ? { error } : {}) };
}

const INPUTS = { proposeClaim: 'ProposeClaimInput', updateClaimDetails: 'UpdateClaimDetailsInput', assignClaimResponsible: 'AssignClaimResponsibleInput', confirmClaim: 'ConfirmClaimInput' } as const;
async function mutate(who: Who, mutation: keyof typeof INPUTS, input: Record<string, unknown>): Promise<{ claim?: ClaimView; error?: GqlError }> {
  const { data, error } = await gql<Record<string, ClaimView | null>>(who, `mutation($input: ${INPUTS[mutation]}!) { ${mutation}(input: $input) { ${CLAIM_FIELDS} } }`, { input });
  return { claim: data?.[mutation] ?? undefined, ...(error ? { error } : {}) };
}
async function ok(who: Who, mutation: keyof typeof INPUTS, input: Record<string, unknown>): Promise<ClaimView> {
  const { claim, error } = await mutate(who, mutation, input);
  expect(error).toBeUndefined();
  return claim!;
}
async function refused(who: Who, mutation: keyof typeof INPUTS, input: Record<string, unknown>): Promise<GqlError> {
  const { claim, error } = await mutate(who, mutation, input);
  expect(claim).toBeUndefined();
  expect(error).toBeDefined();
  return error!;
}
async function view(who: Who, id: string): Promise<ClaimView | null> {
  const { data, error } = await gql<{ claim: ClaimView | null }>(who, `query($id: ID!) { claim(id: $id) { ${CLAIM_FIELDS} } }`, { id });
  expect(error).toBeUndefined();
  return data!.claim;
}

interface ImportResult { importId: string; alreadyImported: boolean; rowCount: number; createdCount: number; rejectedRows: { rowNumber: number; field: string; reason: string; message: string }[] }
async function importRows(who: Who, fileName: string, rows: Record<string, unknown>[], contentHash = createHash('sha256').update(JSON.stringify(rows)).digest('hex')) {
  const { data, error } = await gql<{ importClaimProposals: ImportResult }>(
    who,
    'mutation($input: ImportClaimProposalsInput!) { importClaimProposals(input: $input) { importId alreadyImported rowCount createdCount rejectedRows { rowNumber field reason message } } }',
    { input: { fileName, contentHash, rows } },
  );
  return { result: data?.importClaimProposals ?? undefined, error };
}

const sql = async <T>(query: string, params: unknown[] = []) => (await subgraph.orm.em.fork().getConnection().execute(query, params)) as T[];
const events = (claimId: string) =>
  sql<{ payload: { status: string; notify?: { changedBy: string; reason: string | null } } }>(`select payload from claims.outbox_event where payload->>'caseId' = ? order by created_at, id`, [claimId]).then((rows) =>
    rows.map((r) => r.payload),
  );
const claimsOfImport = (importId: string) => sql<{ id: string; status: string; person_id: string }>('select id, status, person_id from claims.claim where proposal_import_id = ?', [importId]);

/** A proposal with AmF's period and amount left out: the district fills them in. */
async function propose(extra: Record<string, unknown> = {}): Promise<ClaimView> {
  return ok('coordinator', 'proposeClaim', { personId: randomUUID(), districtCode: 'JARVA', claimTypeCode: 'GSKA', ...extra });
}

describe('proposeClaim (step 1b)', () => {
  it('creates a proposal to the district with AmF’s comment as the first history reason and a notifying event', async () => {
    const claim = await propose({ comment: ' Personen gick i grundskola hösten 2025. ' });
    expect(claim).toMatchObject({ status: 'INITIERAD_TILL_SDF', initiatedBy: 'AMF', amount: null, periodFrom: null, periodTo: null, unitCode: null, officerUsername: null });
    expect(claim.history).toEqual([{ changedBy: 'samordnare', toStatus: 'INITIERAD_TILL_SDF', reason: 'Förslag från AmF: Personen gick i grundskola hösten 2025.' }]);
    expect(await events(claim.id)).toMatchObject([{ status: 'INITIERAD_TILL_SDF', notify: { changedBy: 'samordnare', reason: 'Förslag från AmF: Personen gick i grundskola hösten 2025.' } }]);
    expect((await view('jarvaContact', claim.id))!.allowedTransitions.map((t) => t.command)).toEqual(['CONFIRM', 'DECLINE']);
  });

  it('is refused to a district and to an administrator, and validates its input', async () => {
    const input = { personId: randomUUID(), districtCode: 'JARVA', claimTypeCode: 'GSKA' };
    expect((await refused('jarvaOfficer', 'proposeClaim', input)).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await refused('administrator', 'proposeClaim', input)).extensions).toMatchObject({ code: 'FORBIDDEN' });
    const bad = await refused('coordinator', 'proposeClaim', { personId: 'x', districtCode: 'järva', claimTypeCode: 'NOPE', periodFrom: '2025-06-01', periodTo: '2025-01-01', amount: -1 });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((bad.extensions!.problems as { field: string; reason: string }[]).map((p) => `${p.field}:${p.reason}`)).toEqual([
      'personId:FORMAT', 'districtCode:UNKNOWN_DISTRICT', 'claimTypeCode:UNKNOWN_CLAIM_TYPE', 'periodTo:RANGE', 'amount:RANGE',
    ]);
    expect(bad.message).toContain('Ersättningstypen NOPE finns inte.');
  });

  it('refuses a duplicate of an open claim (same person, type and period)', async () => {
    const personId = randomUUID();
    await propose({ personId, periodFrom: '2025-08-01', periodTo: '2025-12-31' });
    expect((await refused('coordinator', 'proposeClaim', { personId, districtCode: 'JARVA', claimTypeCode: 'GSKA', periodFrom: '2025-08-01', periodTo: '2025-12-31' })).extensions).toMatchObject({
      code: 'CONFLICT', reason: 'DUPLICATE',
    });
  });
});

describe('importClaimProposals (step 1b, Excel read in the browser)', () => {
  it('creates the valid rows, lists the rejected ones, and the same file again creates nothing', async () => {
    const [anna, bo, cleo] = [randomUUID(), randomUUID(), randomUUID()];
    const rows = [
      { rowNumber: 2, personId: anna, districtCode: 'JARVA', claimTypeCode: 'GSKA', periodFrom: '2025-01-01', periodTo: '2025-06-30', amount: 1_250_000, comment: 'Vårterminen' },
      { rowNumber: 3, personId: bo, districtCode: 'FARSTA', claimTypeCode: 'FSKA', periodFrom: null, periodTo: null, amount: null, comment: null },
      { rowNumber: 4, personId: null, personProblem: 'Personnumret 19900101-0000 finns inte i personregistret.', districtCode: 'JARVA', claimTypeCode: 'GSKA' },
      { rowNumber: 5, personId: cleo, districtCode: 'JARVA', claimTypeCode: 'OKAND', periodFrom: '2025-03-01', periodTo: '2025-02-01', amount: -5 },
      { rowNumber: 6, personId: anna, districtCode: 'JARVA', claimTypeCode: 'GSKA', periodFrom: '2025-01-01', periodTo: '2025-06-30', amount: 1 },
    ];
    const { result, error } = await importRows('coordinator', 'forslag-nov.xlsx', rows);
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ alreadyImported: false, rowCount: 5, createdCount: 2 });
    expect(result!.rejectedRows.map((r) => `${r.rowNumber} ${r.field} ${r.reason}`)).toEqual([
      '4 personId PERSON_NOT_IDENTIFIED', '5 claimTypeCode UNKNOWN_CLAIM_TYPE', '5 periodTo RANGE', '5 amount RANGE', '6 personId DUPLICATE',
    ]);
    expect(result!.rejectedRows[0]!.message).toBe('Personnumret 19900101-0000 finns inte i personregistret.');
    const created = await claimsOfImport(result!.importId);
    expect(created.map((c) => c.person_id).sort()).toEqual([anna, bo].sort());
    expect(created.every((c) => c.status === 'INITIERAD_TILL_SDF')).toBe(true);
    const annasClaim = (await view('coordinator', created.find((c) => c.person_id === anna)!.id))!;
    expect(annasClaim).toMatchObject({ amount: 1_250_000, periodFrom: '2025-01-01', periodTo: '2025-06-30', history: [{ reason: 'Förslag från AmF: Vårterminen' }] });
    expect(await events(annasClaim.id)).toHaveLength(1);

    const again = await importRows('coordinator', 'kopia.xlsx', rows);
    expect(again.result).toEqual({ ...result, alreadyImported: true });
    expect(await claimsOfImport(result!.importId)).toHaveLength(2);
    expect(await sql('select id from claims.claim_proposal_import where id = ?', [result!.importId])).toHaveLength(1);

    // Another file with a row already open: rejected as DUPLICATE of the open claim.
    const next = await importRows('coordinator', 'nasta.xlsx', [{ rowNumber: 2, personId: bo, districtCode: 'FARSTA', claimTypeCode: 'FSKA' }]);
    expect(next.result).toMatchObject({ createdCount: 0, rejectedRows: [{ rowNumber: 2, reason: 'DUPLICATE', message: 'Det finns redan en öppen återsökning för personen med samma ersättningstyp och period.' }] });
  });

  it('is refused to a district, and refuses a malformed hash or an empty file', async () => {
    const row = { rowNumber: 2, personId: randomUUID(), districtCode: 'JARVA', claimTypeCode: 'GSKA' };
    expect((await importRows('jarvaContact', 'a.xlsx', [row])).error!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await importRows('coordinator', 'a.xlsx', [row], 'abc')).error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentHash' });
    expect((await importRows('coordinator', 'a.xlsx', [])).error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rows' });
  });

  it('creates nothing and records no import when the database fails on one row (all or nothing)', async () => {
    const doomed = randomUUID();
    await sql(`create function claims.fail_for_person() returns trigger language plpgsql as $$ begin
      if new.person_id = '${doomed}' then raise exception 'simulated failure'; end if; return new; end $$`);
    await sql('create trigger fail_for_person before insert on claims.claim for each row execute function claims.fail_for_person()');
    // The subgraph logs the internal error on the server (and tells the client nothing of it).
    const originalError = console.error;
    let logged = 0;
    console.error = () => void logged++;
    try {
      const ok1 = randomUUID();
      const rows = [
        { rowNumber: 2, personId: ok1, districtCode: 'JARVA', claimTypeCode: 'GSKA' },
        { rowNumber: 3, personId: doomed, districtCode: 'JARVA', claimTypeCode: 'GSKA' },
      ];
      const { result, error } = await importRows('coordinator', 'trasig.xlsx', rows);
      expect(result).toBeUndefined();
      expect(error).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(error!.message).not.toMatch(/simulated|insert|claims\./);
      expect(await sql('select id from claims.claim where person_id in (?, ?)', [ok1, doomed])).toEqual([]);
      expect(await sql("select id from claims.claim_proposal_import where file_name = 'trasig.xlsx'")).toEqual([]);
      expect(logged).toBeGreaterThan(0);
    } finally {
      console.error = originalError;
      await sql('drop trigger fail_for_person on claims.claim');
      await sql('drop function claims.fail_for_person()');
    }
  });
});

describe('the district fills in a proposal and confirms it', () => {
  it('the contact person sets unit and officer, the officer amount and period, then confirms', async () => {
    const proposal = await propose();
    expect((await view('jarvaContact', proposal.id))!.editableDetails).toEqual(['UNIT', 'OFFICER', 'AMOUNT', 'PERIOD_FROM', 'PERIOD_TO']);

    const noFigures = await refused('jarvaOfficer', 'confirmClaim', { claimId: proposal.id });
    expect(noFigures).toMatchObject({ message: 'Fyll i belopp och period innan du bekräftar. Ange enhet och handläggare innan du bekräftar.', extensions: { code: 'BAD_USER_INPUT', field: 'amount' } });

    const assigned = await ok('jarvaContact', 'updateClaimDetails', { claimId: proposal.id, unitCode: 'JARVA_FH', officerUsername: 'jarva.handlaggare' });
    expect(assigned).toMatchObject({ unitCode: 'JARVA_FH', officerUsername: 'jarva.handlaggare', status: 'INITIERAD_TILL_SDF' });
    expect((await refused('jarvaOfficer', 'confirmClaim', { claimId: proposal.id })).message).toBe('Fyll i belopp och period innan du bekräftar.');

    const badPeriod = await refused('jarvaOfficer', 'updateClaimDetails', { claimId: proposal.id, periodFrom: '2025-09-01', periodTo: '2025-08-01', amount: 0 });
    expect((badPeriod.extensions!.problems as { field: string }[]).map((p) => p.field)).toEqual(['amount', 'periodTo']);

    const filled = await ok('jarvaOfficer', 'updateClaimDetails', { claimId: proposal.id, amount: 845_000, periodFrom: '2025-08-01', periodTo: '2025-12-31', reason: 'Enligt insatsbeslut' });
    expect(filled).toMatchObject({ amount: 845_000, periodFrom: '2025-08-01', periodTo: '2025-12-31' });
    expect(filled.edits).toEqual([
      { changedBy: 'jarva.kontakt', reason: null, changes: [
        { field: 'UNIT', fieldLabel: 'Enhet', before: null, after: 'JARVA_FH' },
        { field: 'OFFICER', fieldLabel: 'Handläggare SDF', before: null, after: 'jarva.handlaggare' },
      ] },
      { changedBy: 'jarva.handlaggare', reason: 'Enligt insatsbeslut', changes: [
        { field: 'AMOUNT', fieldLabel: 'Belopp', before: null, after: '845000' },
        { field: 'PERIOD_FROM', fieldLabel: 'Period från', before: null, after: '2025-08-01' },
        { field: 'PERIOD_TO', fieldLabel: 'Period till', before: null, after: '2025-12-31' },
      ] },
    ]);
    expect(await ok('jarvaOfficer', 'confirmClaim', { claimId: proposal.id })).toMatchObject({ status: 'ATERSOKNING_BEKRAFTAD_SDF' });
    expect((await events(proposal.id)).map((e) => e.notify?.changedBy)).toEqual(['samordnare', 'jarva.kontakt', 'jarva.handlaggare', 'jarva.handlaggare']);

    // Confirmed: the figures are AmF's now; the district may still reassign its officer.
    expect((await view('jarvaOfficer', proposal.id))!.editableDetails).toEqual(['UNIT', 'OFFICER']);
    expect(await refused('jarvaOfficer', 'updateClaimDetails', { claimId: proposal.id, amount: 900_000 })).toMatchObject({
      message: 'Du får inte ändra belopp när återsökningen har status "Återsökning bekräftad av SDF".', extensions: { code: 'FORBIDDEN' },
    });
    expect(await ok('jarvaContact', 'updateClaimDetails', { claimId: proposal.id, officerUsername: 'jarva.ny' })).toMatchObject({ officerUsername: 'jarva.ny' });
  });

  it('another district neither sees nor changes the claim, a district never changes type or person, and an unchanged edit is refused', async () => {
    const proposal = await propose();
    expect((await refused('farstaOfficer', 'updateClaimDetails', { claimId: proposal.id, unitCode: 'FARSTA_X' })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await refused('farstaOfficer', 'updateClaimDetails', { claimId: 'inte-ett-id', unitCode: 'X' })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await view('farstaOfficer', proposal.id)).toBeNull();
    expect((await refused('jarvaContact', 'updateClaimDetails', { claimId: proposal.id, claimTypeCode: 'FSKA' })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await refused('analyst', 'updateClaimDetails', { claimId: proposal.id, unitCode: 'X' })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('jarvaContact', 'updateClaimDetails', { claimId: proposal.id })).toMatchObject({ message: 'Inga ändringar att spara.', extensions: { code: 'BAD_USER_INPUT', reason: 'NO_CHANGES' } });
    expect((await view('jarvaContact', proposal.id))!.edits).toEqual([]);
  });
});

describe('the coordinator edits (step 4)', () => {
  it('changes type and amount of an accepted claim, which starts the preparation automatically', async () => {
    const claim = await propose({ amount: 100_000, periodFrom: '2025-01-01', periodTo: '2025-03-31' });
    await ok('jarvaContact', 'updateClaimDetails', { claimId: claim.id, unitCode: 'JARVA_FH', officerUsername: 'jarva.handlaggare' });
    await ok('jarvaOfficer', 'confirmClaim', { claimId: claim.id });
    await gql('coordinator', 'mutation($input: AcceptClaimInput!) { acceptClaim(input: $input) { id } }', { input: { claimId: claim.id } });
    expect((await view('coordinator', claim.id))!.status).toBe('ATERSOK_ACCEPTERAD_AMF');

    expect((await refused('coordinator', 'updateClaimDetails', { claimId: claim.id, claimTypeCode: 'INAKTIV' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_CLAIM_TYPE' });
    expect((await view('coordinator', claim.id))!.status).toBe('ATERSOK_ACCEPTERAD_AMF');

    const edited = await ok('coordinator', 'updateClaimDetails', { claimId: claim.id, claimTypeCode: 'FSKA', amount: 95_000, reason: 'Förskola, inte grundskola' });
    expect(edited).toMatchObject({ status: 'ATERSOK_FORBEREDS_AMF', claimType: { code: 'FSKA' }, amount: 95_000 });
    expect(edited.history.at(-1)).toEqual({ changedBy: 'samordnare', toStatus: 'ATERSOK_FORBEREDS_AMF', reason: 'Automatiskt: förberedelse påbörjad' });
    expect(edited.edits.at(-1)).toEqual({ changedBy: 'samordnare', reason: 'Förskola, inte grundskola', changes: [
      { field: 'AMOUNT', fieldLabel: 'Belopp', before: '100000', after: '95000' },
      { field: 'CLAIM_TYPE', fieldLabel: 'Ersättningstyp', before: 'GSKA', after: 'FSKA' },
    ] });
    // The edit's event (still accepted) and the automatic step's event, both notifying.
    expect((await events(claim.id)).slice(-2).map((e) => `${e.status} ${e.notify?.changedBy}`).sort()).toEqual(['ATERSOK_ACCEPTERAD_AMF samordnare', 'ATERSOK_FORBEREDS_AMF samordnare']);

    // A second edit while preparing stays in ATERSOK_FORBEREDS_AMF; the person can be corrected.
    const personId = randomUUID();
    expect(await ok('coordinator', 'updateClaimDetails', { claimId: claim.id, personId })).toMatchObject({ status: 'ATERSOK_FORBEREDS_AMF' });
    expect((await view('coordinator', claim.id))!.history).toHaveLength(4);

    // Once sent to MiG nothing can be edited.
    await gql('coordinator', 'mutation($input: MarkClaimSentToMigInput!) { markClaimSentToMig(input: $input) { id } }', { input: { claimId: claim.id, migCaseNumber: '4321-2026-9', channel: 'POST' } });
    expect(await refused('coordinator', 'updateClaimDetails', { claimId: claim.id, amount: 1 })).toMatchObject({
      message: 'Uppgifterna kan inte ändras: återsökningen har status "Återsökning inskickad till MiG".', extensions: { code: 'CONFLICT', reason: 'WRONG_STATUS' },
    });
    expect((await view('coordinator', claim.id))!.editableDetails).toEqual([]);
  });
});

describe('assignClaimResponsible (ansvarig AmF)', () => {
  it('assigns an officer and hands back to Statsbidragsgruppen in any status, with edit history and notice', async () => {
    const claim = await propose();
    const assigned = await ok('coordinator', 'assignClaimResponsible', { claimId: claim.id, username: 'amf.handlaggare' });
    expect(assigned).toMatchObject({ responsibleUsername: 'amf.handlaggare', responsibleLabel: 'amf.handlaggare' });
    expect(await refused('coordinator', 'assignClaimResponsible', { claimId: claim.id, username: 'amf.handlaggare' })).toMatchObject({ message: 'Inga ändringar att spara.' });
    expect((await refused('coordinator', 'assignClaimResponsible', { claimId: claim.id, username: 'inte giltig!' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });

    const back = await ok('coordinator', 'assignClaimResponsible', { claimId: claim.id, username: null, reason: 'Slutförd' });
    expect(back).toMatchObject({ responsibleUsername: null, responsibleLabel: 'Statsbidragsgruppen' });
    expect(back.edits.map((e) => e.changes[0])).toEqual([
      { field: 'RESPONSIBLE', fieldLabel: 'Ansvarig AmF', before: null, after: 'amf.handlaggare' },
      { field: 'RESPONSIBLE', fieldLabel: 'Ansvarig AmF', before: 'amf.handlaggare', after: null },
    ]);
    expect((await events(claim.id)).at(-1)!.notify).toMatchObject({ changedBy: 'samordnare', reason: 'Slutförd' });
    expect((await refused('jarvaContact', 'assignClaimResponsible', { claimId: claim.id, username: 'x' })).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
