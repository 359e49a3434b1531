import type { EntityManager } from '@mikro-orm/postgresql';
import { createOrm, createTestDatabase } from '@statsbidrag/db';
import { EVENT_ENTITIES } from '@statsbidrag/events';
import { migrateSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimCopyConsumer, personIdentityConsumer } from '../copies/application/copy-consumers.js';
import { decisionsSubgraph } from '../subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
const as = (identity: keyof typeof testIdentities) => ({ identity: testIdentities[identity], secret: TEST_INTERNAL_SECRET });
const sql = async <T,>(query: string, params: unknown[] = []) => (await subgraph.orm.em.fork().getConnection().execute(query, params)) as T[];

// Fictitious persons (coordination-number range) and claims, as the person and claims subgraphs would report them.
const PERSON_A = randomUUID();
const PERSON_B = randomUUID();
const CLAIM_BY_CASE = randomUUID();
const CLAIM_BY_PERSON = randomUUID();
const CLAIM_OTHER_PERIOD = randomUUID();
const at = new Date().toISOString();

async function deliver(em: EntityManager) {
  await personIdentityConsumer.handle(em, { id: randomUUID(), topic: 'person.identity-changed', payload: { personId: PERSON_A, personalIdentityNumber: '199001622387', migIndividualNumber: '98000001', birthDate: '1990-01-02', registrations: [{ from: '2020-01-01', districtCode: 'JARVA' }], mergedInto: null, purged: false, at } });
  await personIdentityConsumer.handle(em, { id: randomUUID(), topic: 'person.identity-changed', payload: { personId: PERSON_B, personalIdentityNumber: null, migIndividualNumber: '98000002', birthDate: '1985-05-05', registrations: [{ from: '2020-01-01', districtCode: 'FARSTA' }], mergedInto: null, purged: false, at } });
  const claim = (claimId: string, personId: string, districtCode: string, periodFrom: string, periodTo: string, migCaseNumber: string | null) =>
    claimCopyConsumer.handle(em, { id: randomUUID(), topic: 'claims.claim-changed', payload: { claimId, personId, districtCode, claimTypeCode: 'FSKA', periodFrom, periodTo, amount: 1_000_000, migCaseNumber, officerUsername: `${districtCode.toLowerCase()}.handlaggare`, status: 'ATERSOKNING_INSKICKAD_MIG', at } });
  await claim(CLAIM_BY_CASE, PERSON_A, 'JARVA', '2025-01-01', '2025-03-31', '1.1.3-2025-100');
  await claim(CLAIM_BY_PERSON, PERSON_B, 'FARSTA', '2025-04-01', '2025-06-30', null);
  await claim(CLAIM_OTHER_PERIOD, PERSON_B, 'FARSTA', '2024-01-01', '2024-03-31', null);
}

const HEADER = ['Diarienummer', 'Individnummer', 'Födelsedata', 'Förnamn', 'Efternamn', 'Fr o m', 'T o m', 'Beviljat belopp', 'Referens', 'Ersättning', 'Beslut', 'Beslutsdatum'];
async function workbook(header: string[], rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Export');
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const START = `mutation($input: StartImportInput!) { startImport(input: $input) { alreadyReceived message file { id status kindLabel } } }`;
const FILE = `query($id: ID!) { importFile(id: $id) { id status statusLabel rowsRead rowsApplied deviationCount openDeviationCount failure
  deviations { totalCount edges { node { id rowNumber field fieldLabel reason message original values { field value } suggestion { label claimId personId } status } } } } }`;
type FileResult = { importFile: { status: string; rowsRead: number; rowsApplied: number; deviationCount: number; openDeviationCount: number; failure: string | null; deviations: { totalCount: number; edges: { node: { id: string; rowNumber: number; field: string; reason: string; message: string; original: string[]; suggestion: { claimId: string | null } | null; status: string } }[] } } };

async function upload(content: Buffer, extra: Record<string, unknown> = {}, who: keyof typeof testIdentities = 'coordinator') {
  return callSubgraph<{ startImport: { alreadyReceived: boolean; message: string; file: { id: string; status: string } } }>(subgraph.url, START, { ...as(who), variables: { input: { kind: 'MIG_BESLUT', profileKey: 'MIG_BESLUT', fileName: 'beslut.xlsx', contentBase64: content.toString('base64'), ...extra } } });
}

async function finished(id: string): Promise<FileResult['importFile']> {
  for (let i = 0; i < 600; i++) {
    const res = await callSubgraph<FileResult>(subgraph.url, FILE, { ...as('coordinator'), variables: { id } });
    const file = res.body.data?.importFile;
    if (file && (file.status === 'APPLIED' || file.status === 'FAILED')) return file;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('importen blev inte klar');
}

beforeAll(async () => {
  db = await createTestDatabase('decisions_import');
  await migrateSubgraph(decisionsSubgraph, db.url);
  subgraph = await startSubgraph(decisionsSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
  await subgraph.orm.em.fork().transactional((em) => deliver(em as EntityManager));
}, 60_000);
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('importing MiG decisions (MIG_BESLUT)', () => {
  let firstFile: Buffer;
  let importId: string;

  it('applies matched rows in the background, lists every other row as a deviation with its reason and original values', async () => {
    firstFile = await workbook(HEADER, [
      ['1.1.3-2025-100', '98000001', '1990-01-02', 'Testa', 'Testsson', '2025-01-01', '2025-03-31', '12 345,50', 'R1', 'FSKA', 'Beviljad', '2025-05-02'],
      ['1.1.3-2025-200', '98000002', '', '', '', '2025-04-01', '2025-06-30', '0', '', 'FSKA', 'Avslag', '2025-08-01'],
      ['1.1.3-2025-300', '98000002', '', '', '', '2025-05-01', '2025-05-31', '100', '', 'FSKA', 'Beviljad', '2025-08-01'],
      ['1.1.3-2025-400', '98000001', '', '', '', '2025-01-01', '2025-03-31', '-5', '', 'FSKA', 'Beviljad', '2025-08-01'],
      ['1.1.3-2025-500', '98000009', '', '', '', '2025-01-01', '2025-03-31', '100', '', 'FSKA', 'Beviljad', '2025-08-01'],
      ['1.1.3-2025-600', '98000001', '', '', '', '2025-01-01', '2025-02-30', '100', '', 'FSKA', 'Beviljad', '2025-08-01'],
    ]);
    const res = await upload(firstFile);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.startImport).toMatchObject({ alreadyReceived: false, message: 'Filen är mottagen och importeras nu. Du kan följa förloppet här.' });
    importId = res.body.data!.startImport.file.id;
    const file = await finished(importId);
    expect(file).toMatchObject({ status: 'APPLIED', rowsRead: 6, rowsApplied: 2, deviationCount: 4, openDeviationCount: 4 });
    const byRow = new Map(file.deviations.edges.map((e) => [e.node.rowNumber, e.node]));
    expect(byRow.get(4)).toMatchObject({ field: 'match', reason: 'UNKNOWN_CLAIM', suggestion: { claimId: CLAIM_BY_PERSON } });
    expect(byRow.get(4)!.original[0]).toBe('1.1.3-2025-300');
    expect(byRow.get(5)).toMatchObject({ field: 'amount', reason: 'NEGATIVE' });
    expect(byRow.get(6)).toMatchObject({ field: 'match', reason: 'UNKNOWN_PERSON' });
    expect(byRow.get(7)).toMatchObject({ field: 'periodTo', reason: 'FORMAT' });

    const decisions = await sql<{ claim_id: string; district_code: string; outcome: string; granted_amount: string; decided_at: string; final_at: string; purge_at: string; person_name: string | null }>(
      `select claim_id, district_code, outcome, granted_amount, to_char(decided_at, 'YYYY-MM-DD') as decided_at, to_char(final_at, 'YYYY-MM-DD') as final_at, to_char(purge_at, 'YYYY-MM-DD') as purge_at, person_name from decisions.decision order by mig_case_number`,
    );
    expect(decisions).toEqual([
      { claim_id: CLAIM_BY_CASE, district_code: 'JARVA', outcome: 'BEVILJAD', granted_amount: '1234550', decided_at: '2025-05-02', final_at: '2025-05-23', purge_at: '2025-06-13', person_name: 'Testa Testsson' },
      { claim_id: CLAIM_BY_PERSON, district_code: 'FARSTA', outcome: 'AVSLAG', granted_amount: '0', decided_at: '2025-08-01', final_at: '2025-08-22', purge_at: '2025-09-12', person_name: null },
    ]);
    // MiG's notice of the avslag goes to the claim's officer (the person subgraph sends it); the grant has none.
    const events = await sql<{ payload: { claimId: string; notify?: { kind: string; officerUsername: string } } }>(`select payload from decisions.outbox_event where topic = 'decisions.decision-recorded'`);
    expect(events.find((e) => e.payload.claimId === CLAIM_BY_PERSON)?.payload.notify).toMatchObject({ kind: 'AVSLAG', officerUsername: 'farsta.handlaggare' });
    expect(events.find((e) => e.payload.claimId === CLAIM_BY_CASE)?.payload.notify).toBeUndefined();
  });

  it('treats the same file again as already imported and changes nothing', async () => {
    const again = await upload(firstFile, { fileName: 'samma-fil.xlsx' });
    expect(again.body.data?.startImport.alreadyReceived).toBe(true);
    expect(again.body.data?.startImport.message).toMatch(/^Filen är redan importerad \(beslut\.xlsx, .*\): 2 rader tillämpade, 4 avvikelser\. Ingenting har ändrats\.$/);
    expect(await sql('select 1 from decisions.decision')).toHaveLength(2);
  });

  it('resolves a deviation by linking the suggested claim, and closes another with a reason', async () => {
    const file = await finished(importId);
    const unknownClaim = file.deviations.edges.find((e) => e.node.rowNumber === 4)!.node;
    const resolve = `mutation($input: ResolveDeviationInput!) { resolveDeviation(input: $input) { status resolution resolvedBy } }`;
    const wrongLink = await callSubgraph(subgraph.url, resolve, { ...as('coordinator'), variables: { input: { deviationId: unknownClaim.id, claimId: randomUUID() } } });
    expect(wrongLink.body.errors?.[0]).toMatchObject({ message: 'Den valda återsökningen finns inte.', extensions: { code: 'BAD_USER_INPUT', field: 'match' } });
    const ok = await callSubgraph(subgraph.url, resolve, { ...as('coordinator'), variables: { input: { deviationId: unknownClaim.id, claimId: CLAIM_BY_PERSON, note: 'Perioden delades av MiG.' } } });
    expect(ok.body.data?.resolveDeviation).toEqual({ status: 'RESOLVED', resolution: 'Perioden delades av MiG.', resolvedBy: 'samordnare' });
    expect(await sql(`select 1 from decisions.decision where mig_case_number = '1.1.3-2025-300' and claim_id = ?`, [CLAIM_BY_PERSON])).toHaveLength(1);
    const again = await callSubgraph(subgraph.url, resolve, { ...as('coordinator'), variables: { input: { deviationId: unknownClaim.id, claimId: CLAIM_BY_PERSON } } });
    expect(again.body.errors?.[0]).toMatchObject({ message: 'Avvikelsen är redan åtgärdad.', extensions: { code: 'CONFLICT' } });

    const close = `mutation($id: ID!, $reason: String!) { closeDeviation(deviationId: $id, reason: $reason) { status resolution } }`;
    const negative = file.deviations.edges.find((e) => e.node.rowNumber === 5)!.node;
    const empty = await callSubgraph(subgraph.url, close, { ...as('coordinator'), variables: { id: negative.id, reason: ' ' } });
    expect(empty.body.errors?.[0]).toMatchObject({ message: 'Ange varför avvikelsen stängs.', extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    const closed = await callSubgraph(subgraph.url, close, { ...as('coordinator'), variables: { id: negative.id, reason: 'Återkravet kommer med utbetalningen.' } });
    expect(closed.body.data?.closeDeviation).toEqual({ status: 'CLOSED', resolution: 'Återkravet kommer med utbetalningen.' });
    expect((await finished(importId)).openDeviationCount).toBe(2);
  });

  it('refuses an empty file and says what is wrong with a corrupt, password-protected or wrongly laid out one, applying nothing', async () => {
    const empty = await upload(Buffer.alloc(0));
    expect(empty.body.errors?.[0]).toMatchObject({ message: 'Filen är tom (0 byte). Välj en annan fil.', extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64' } });
    // Over 10 MB: refused with a message; far over (a 150 MB file: a 200 MB request once base64-encoded) the request
    // itself is refused with 413 while the rest is drained. (Past 256 MB the server cuts the connection instead,
    // so a larger test body would make the client race between the answer and the reset.)
    const big = await upload(Buffer.alloc(10 * 1024 * 1024 + 1, 1));
    expect(big.body.errors?.[0]).toMatchObject({ message: 'Filen är större än 10 MB. Dela upp den i flera filer.', extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64', reason: 'TOO_LARGE' } });
    const huge = await upload(Buffer.alloc(150 * 1024 * 1024, 1));
    expect(huge.status).toBe(413);
    expect(huge.body.errors?.[0]?.message).toBe('Begäran är för stor (högst 15 MB; en importfil får vara högst 10 MB).');
    expect(await sql('select 1 from decisions.import_file where size_bytes > 10485760')).toHaveLength(0);
    const before = (await sql('select 1 from decisions.decision')).length;
    const cases: [Buffer, string][] = [
      [Buffer.from('PK\u0003\u0004 trasig zip', 'latin1'), 'Excel-filen kan inte läsas: den verkar vara skadad. Spara om den i Excel och försök igen.'],
      [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'Filen är lösenordsskyddad eller sparad i det gamla Excel-formatet (.xls). Spara den som .xlsx utan lösenord och försök igen.'],
      [await workbook(['Namn', 'Belopp'], [['x', 1]]), 'Kolumnen Diarienummer saknas i filen.'],
    ];
    for (const [content, message] of cases) {
      const res = await upload(content);
      const file = await finished(res.body.data!.startImport.file.id);
      expect(file.status).toBe('FAILED');
      expect(file.failure).toContain(message);
    }
    expect(await sql('select 1 from decisions.decision')).toHaveLength(before);
  });

  it('lets only coordinators and administrators import, and hides imports from districts', async () => {
    const denied = await upload(await workbook(HEADER, []), {}, 'jarvaOfficer');
    expect(denied.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const list = await callSubgraph(subgraph.url, '{ importFiles { totalCount } }', as('jarvaOfficer'));
    expect(list.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});

describe('importing MiG payment specifications (MIG_UTBETALNING)', () => {
  it('links lines to decisions, adds the paid amount, starts a recovery from an Å line and totals the month per compensation type', async () => {
    const header = ['Diarienummer', 'Individnummer', 'Födelsedata', 'Namn', 'Period', 'Belopp', 'Referens', 'Ersättning'];
    const content = await workbook(header, [
      ['1.1.3-2025-100', '98000001', '', '', '2025-01-01 – 2025-03-31', '10 000,00', '', 'FSKA'],
      ['1.1.3-2025-999', '98000002', '', '', '2025-04', '-2 500,00', 'ÅK-1', 'ÅFSKA'],
      ['1.1.3-2025-777', '98000001', '', '', '2025-01', '50,00', '', 'FSKA'],
      ['1.1.3-2025-100', '98000001', '', '', '2025-01-01 – 2025-03-31', '99 999,00', '', 'FSKA'],
    ]);
    const res = await upload(content, { kind: 'MIG_UTBETALNING', profileKey: 'MIG_UTBETALNING', fileName: 'utbetalning-2025-06.xlsx', paymentMonth: '2025-06', account: '1234' });
    expect(res.body.errors).toBeUndefined();
    const file = await finished(res.body.data!.startImport.file.id);
    expect(file).toMatchObject({ status: 'APPLIED', rowsApplied: 2, deviationCount: 2 });
    expect(file.deviations.edges.map((e) => [e.node.rowNumber, e.node.reason])).toEqual([[4, 'UNKNOWN_DECISION'], [5, 'OVERPAID']]);
    const [decision] = await sql<{ paid_amount: string }>(`select paid_amount from decisions.decision where mig_case_number = '1.1.3-2025-100'`);
    expect(decision!.paid_amount).toBe('1000000');
    const recoveries = await sql<{ amount: string; district_code: string; person_id: string; source: string }>(`select amount, district_code, person_id, source from decisions.recovery`);
    expect(recoveries).toEqual([{ amount: '250000', district_code: 'FARSTA', person_id: PERSON_B, source: 'IMPORT' }]);
    // The recovery is offset at this payment (5.7): the month's 10 000 kr absorb its 2 500 kr.
    const [offset] = await sql<{ status: string; offset_amount: string }>(`select status, offset_amount from decisions.recovery`);
    expect(offset).toEqual({ status: 'SETTLED', offset_amount: '250000' });

    const months = await callSubgraph<{ paymentMonths: unknown[] }>(subgraph.url, '{ paymentMonths(year: 2025) { month account paid recovered total lineCount byCompensation { compensationCode total } } }', as('coordinator'));
    expect(months.body.data?.paymentMonths).toEqual([
      { month: '2025-06', account: '1234', paid: 1_000_000, recovered: -250_000, total: 750_000, lineCount: 2, byCompensation: [{ compensationCode: 'FSKA', total: 1_000_000 }, { compensationCode: 'ÅFSKA', total: -250_000 }] },
    ]);
    const jarva = await callSubgraph<{ paymentLines: { totalCount: number; edges: { node: { districtCode: string } }[] } }>(subgraph.url, '{ paymentLines { totalCount edges { node { districtCode } } } }', as('jarvaOfficer'));
    expect(jarva.body.data?.paymentLines).toEqual({ totalCount: 1, edges: [{ node: { districtCode: 'JARVA' } }] });
  });

  it('asks for the payment month', async () => {
    const res = await upload(await workbook(['Diarienummer', 'Belopp', 'Ersättning'], [['x', 1, 'FSKA']]), { kind: 'MIG_UTBETALNING', profileKey: 'MIG_UTBETALNING', paymentMonth: '2025-13' });
    expect(res.body.errors?.[0]).toMatchObject({ message: 'Utbetalningsmånaden "2025-13" ska skrivas ÅÅÅÅ-MM.', extensions: { code: 'BAD_USER_INPUT', field: 'paymentMonth' } });
  });
});

describe('recovery from MiG\'s files, offset at the next payments', () => {
  const RECOVERIES = `{ recoveries(filter: { compensationCode: "FSKA" }) { edges { node { amount offsetAmount remainingAmount status source districtCode migCaseNumber offsets { month amount } } } } }`;
  type Listed = { recoveries: { edges: { node: { amount: number; offsetAmount: number; remainingAmount: number; status: string; migCaseNumber: string; offsets: { month: string; amount: number }[] } }[] } };
  const pay = async (month: string, amount: string) => {
    const content = await workbook(['Diarienummer', 'Individnummer', 'Period', 'Belopp', 'Ersättning'], [['1.1.3-2025-100', '98000001', '2025-01-01 – 2025-03-31', amount, 'FSKA']]);
    const res = await upload(content, { kind: 'MIG_UTBETALNING', profileKey: 'MIG_UTBETALNING', fileName: `utbetalning-${month}.xlsx`, paymentMonth: month, account: '1234' });
    expect(res.body.errors).toBeUndefined();
    expect(await finished(res.body.data!.startImport.file.id)).toMatchObject({ status: 'APPLIED', rowsApplied: 1, deviationCount: 0 });
  };
  const recoveryOf = async (caseNumber: string) => {
    const res = await callSubgraph<Listed>(subgraph.url, RECOVERIES, as('coordinator'));
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.recoveries.edges.map((e) => e.node).find((r) => r.migCaseNumber === caseNumber)!;
  };

  it('records an Å row of the decisions export as a recovery once, and carries a recovery larger than the payment forward until settled', async () => {
    const decisionsFile = await workbook(HEADER, [['1.1.3-2025-100', '98000001', '', '', '', '2025-01-01', '2025-03-31', '-1 000,00', 'ÅR-7', 'ÅFSKA', '', '2025-07-01']]);
    const res = await upload(decisionsFile, { fileName: 'aterkrav.xlsx' });
    expect(await finished(res.body.data!.startImport.file.id)).toMatchObject({ status: 'APPLIED', rowsApplied: 1, deviationCount: 0 });
    expect(await sql(`select 1 from decisions.decision where claim_type_code = 'ÅFSKA'`)).toHaveLength(0);
    expect(await recoveryOf('1.1.3-2025-100')).toMatchObject({ amount: 100_000, offsetAmount: 0, remainingAmount: 100_000, status: 'OPEN', source: 'IMPORT', districtCode: 'JARVA' });

    // The same Å row in another file (another layout, same values) is not a second recovery.
    const again = await upload(await workbook([...HEADER, 'Kommentar'], [['1.1.3-2025-100', '98000001', '', '', '', '2025-01-01', '2025-03-31', '-1 000,00', 'ÅR-7', 'ÅFSKA', '', '2025-07-01', 'igen']]), { fileName: 'aterkrav-igen.xlsx' });
    await finished(again.body.data!.startImport.file.id);
    expect(await sql(`select 1 from decisions.recovery where mig_case_number = '1.1.3-2025-100'`)).toHaveLength(1);

    await pay('2025-07', '600,00');
    expect(await recoveryOf('1.1.3-2025-100')).toMatchObject({ offsetAmount: 60_000, remainingAmount: 40_000, status: 'OFFSET_PARTLY', offsets: [{ month: '2025-07', amount: 60_000 }] });
    await pay('2025-08', '1 000,00');
    expect(await recoveryOf('1.1.3-2025-100')).toMatchObject({
      offsetAmount: 100_000, remainingAmount: 0, status: 'SETTLED', offsets: [{ month: '2025-07', amount: 60_000 }, { month: '2025-08', amount: 40_000 }],
    });
    // Every offset is published for the allocation work, with what remains.
    const [{ id }] = (await sql<{ id: string }>(`select id from decisions.recovery where mig_case_number = '1.1.3-2025-100'`)) as [{ id: string }];
    const published = await sql<{ payload: { remainingAmount: number; offset?: { month: string; amount: number } } }>(
      `select payload from decisions.outbox_event where topic = 'decisions.recovery-changed' and payload->>'recoveryId' = ? order by created_at`, [id],
    );
    expect(published.map((e) => [e.payload.remainingAmount, e.payload.offset?.month, e.payload.offset?.amount])).toEqual([[100_000, undefined, undefined], [40_000, '2025-07', 60_000], [0, '2025-08', 40_000]]);
  });
});

describe('laga kraft and purge dates', () => {
  it('follow the settings, and a hand-set purge date stays until reset', async () => {
    const [d] = await sql<{ id: string }>(`select id from decisions.decision where mig_case_number = '1.1.3-2025-100'`);
    const setPurge = `mutation($id: ID!, $p: Date) { setDecisionPurgeDate(id: $id, purgeAt: $p) { finalAt purgeAt purgeAtManual } }`;
    const early = await callSubgraph(subgraph.url, setPurge, { ...as('coordinator'), variables: { id: d!.id, p: '2025-05-01' } });
    expect(early.body.errors?.[0]).toMatchObject({ message: 'Gallringsdatum kan inte ligga före laga kraft (2025-05-23).', extensions: { field: 'purgeAt' } });
    const manual = await callSubgraph(subgraph.url, setPurge, { ...as('coordinator'), variables: { id: d!.id, p: '2030-01-01' } });
    expect(manual.body.data?.setDecisionPurgeDate).toEqual({ finalAt: '2025-05-23', purgeAt: '2030-01-01', purgeAtManual: true });

    const update = `mutation($i: DecisionSettingsInput!) { updateDecisionSettings(input: $i) { appealDays purgeDaysAfterFinal updatedBy } }`;
    const bad = await callSubgraph(subgraph.url, update, { identity: { ...testIdentities.coordinator, roles: ['SYSTEM_ADMIN'] }, secret: TEST_INTERNAL_SECRET, variables: { i: { appealDays: 0, purgeDaysAfterFinal: 21 } } });
    expect(bad.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'appealDays' } });
    const denied = await callSubgraph(subgraph.url, update, { ...as('coordinator'), variables: { i: { appealDays: 28, purgeDaysAfterFinal: 30 } } });
    expect(denied.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const ok = await callSubgraph(subgraph.url, update, { identity: { ...testIdentities.coordinator, sub: 'systemansvarig', roles: ['SYSTEM_ADMIN'] }, secret: TEST_INTERNAL_SECRET, variables: { i: { appealDays: 28, purgeDaysAfterFinal: 30 } } });
    expect(ok.body.data?.updateDecisionSettings).toEqual({ appealDays: 28, purgeDaysAfterFinal: 30, updatedBy: 'systemansvarig' });
    const byId = `query($id: ID!) { decision(id: $id) { finalAt purgeAt purgeAtManual isFinal appealed } }`;
    expect((await callSubgraph<{ decision: unknown }>(subgraph.url, byId, { ...as('coordinator'), variables: { id: d!.id } })).body.data?.decision).toEqual({ finalAt: '2025-05-30', purgeAt: '2030-01-01', purgeAtManual: true, isFinal: true, appealed: false });
    await callSubgraph(subgraph.url, setPurge, { ...as('coordinator'), variables: { id: d!.id, p: null } });
    const appeal = await callSubgraph<{ markDecisionAppealed: unknown }>(subgraph.url, `mutation($id: ID!) { markDecisionAppealed(id: $id, appealed: true) { purgeAt purgeAtManual isFinal appealed } }`, { ...as('coordinator'), variables: { id: d!.id } });
    expect(appeal.body.data?.markDecisionAppealed).toEqual({ purgeAt: '2025-06-29', purgeAtManual: false, isFinal: false, appealed: true });
  });
});

describe('an import killed in the middle', () => {
  it('leaves nothing half-applied, and running it again applies it once', async () => {
    // Every row matches person A's claim by person, type and period (new case numbers: new decisions).
    const rows = Array.from({ length: 3000 }, (_, i) => [`9.9.9-2025-${i}`, '98000001', '', '', '', '2025-01-01', '2025-03-31', '100', '', 'FSKA', 'Beviljad', '2025-05-02']);
    const content = await workbook(HEADER, rows);
    const em = subgraph.orm.em.fork();
    const { receiveImportFile } = await import('@statsbidrag/import-engine');
    const { file } = await receiveImportFile(em as never, { kind: 'MIG_BESLUT', fileName: 'avbruten.xlsx', content, profileKey: 'MIG_BESLUT', receivedBy: 'samordnare', parameters: { source: 'FILE' } });
    const here = dirname(fileURLToPath(import.meta.url));
    const dist = resolve(here, '../../dist');
    const script = join(dist, `kill-import-${file.id}.mjs`); // beside the build, so that the workspace packages resolve
    // The child runs the real import; the moment the decisions are written (inside the transaction) it kills itself.
    writeFileSync(script, `
      import { createOrm } from '@statsbidrag/db';
      import { runImport, MIG_DECISIONS_PROFILE, IMPORT_ENTITIES } from '@statsbidrag/import-engine';
      import { EVENT_ENTITIES } from '@statsbidrag/events';
      import { decisionsSubgraph } from '${join(dist, 'subgraph.js')}';
      import { handlerFor } from '${join(dist, 'import/application/import-jobs.js')}';
      const orm = await createOrm({ schema: 'decisions', databaseUrl: process.env.DB_URL, entities: [...decisionsSubgraph.entities, ...EVENT_ENTITIES], migrations: [] });
      const em = orm.em.fork();
      const file = await em.findOneOrFail(IMPORT_ENTITIES[0], { id: process.env.IMPORT_ID });
      const handler = handlerFor(file);
      const apply = handler.apply;
      handler.apply = async (tx, rows, id) => { await apply(tx, rows, id); await tx.flush(); process.kill(process.pid, 'SIGKILL'); };
      await runImport(em, process.env.IMPORT_ID, handler, MIG_DECISIONS_PROFILE);
    `);
    const child = spawn(process.execPath, [script], { cwd: resolve(here, '../..'), env: { ...process.env, DB_URL: db.url, IMPORT_ID: file.id }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const signal = await new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, sig) => done(sig)));
    rmSync(script, { force: true });
    expect({ signal, stderr }).toEqual({ signal: 'SIGKILL', stderr: '' });
    const [state] = await sql<{ status: string; rows_read: number }>(`select status, rows_read from decisions.import_file where id = ?`, [file.id]);
    expect(state!.status).toBe('RUNNING'); // it died: the queue would run it again
    expect(await sql(`select 1 from decisions.import_deviation where import_id = ?`, [file.id])).toHaveLength(0);
    expect(await sql(`select 1 from decisions.decision where import_id = ?`, [file.id])).toHaveLength(0);

    const { runQueuedImport } = await import('./application/import-jobs.js');
    await runQueuedImport(subgraph.orm as never, file.id);
    const done = await finished(file.id);
    expect(done).toMatchObject({ status: 'APPLIED', rowsRead: 3000, rowsApplied: 3000, deviationCount: 0 });
    await runQueuedImport(subgraph.orm as never, file.id);
    expect(await sql(`select 1 from decisions.decision where import_id = ?`, [file.id])).toHaveLength(3000);
  }, 120_000);
});

describe('a 100 000-row file', () => {
  it('imports in a process whose heap is capped at 160 MB: streamed, applied in chunks, every row accounted for', async () => {
    // MiG's export written streamed to disk, as the e-service's is large: every 50th row names an unknown person.
    const dir = mkdtempSync(join(tmpdir(), 'mig-100k-'));
    const path = join(dir, 'beslut-100k.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
    const sheet = writer.addWorksheet('Export');
    sheet.addRow(HEADER).commit();
    for (let i = 0; i < 100_000; i++) {
      sheet.addRow([`7.7.7-2025-${i}`, i % 50 === 49 ? '98999999' : '98000001', '', '', '', '2025-01-01', '2025-03-31', '100', '', 'FSKA', 'Beviljad', '2025-05-02']).commit();
    }
    sheet.commit();
    await writer.commit();
    // A database of its own, with no subgraph running on it: nothing relays the 98 000 events this import records.
    const bigDb = await createTestDatabase('decisions_100k');
    await migrateSubgraph(decisionsSubgraph, bigDb.url);
    const orm = await createOrm({ schema: 'decisions', databaseUrl: bigDb.url, entities: [...decisionsSubgraph.entities, ...EVENT_ENTITIES], migrations: [] });
    const bigSql = async <T,>(query: string, params: unknown[] = []) => (await orm.em.fork().getConnection().execute(query, params)) as T[];
    await orm.em.fork().transactional((em) => deliver(em as EntityManager));
    const { receiveImportFile } = await import('@statsbidrag/import-engine');
    const { file } = await receiveImportFile(orm.em.fork() as never, { kind: 'MIG_BESLUT', fileName: 'beslut-100k.xlsx', content: readFileSync(path), profileKey: 'MIG_BESLUT', receivedBy: 'samordnare', parameters: { source: 'FILE' } });
    rmSync(dir, { recursive: true, force: true });
    const here = dirname(fileURLToPath(import.meta.url));
    const dist = resolve(here, '../../dist');
    const script = join(dist, `big-import-${file.id}.mjs`);
    writeFileSync(script, `
      import { createOrm } from '@statsbidrag/db';
      import { IMPORT_ENTITIES } from '@statsbidrag/import-engine';
      import { EVENT_ENTITIES } from '@statsbidrag/events';
      import { decisionsSubgraph } from '${join(dist, 'subgraph.js')}';
      import { runQueuedImport } from '${join(dist, 'import/application/import-jobs.js')}';
      const orm = await createOrm({ schema: 'decisions', databaseUrl: process.env.DB_URL, entities: [...decisionsSubgraph.entities, ...EVENT_ENTITIES], migrations: [] });
      await runQueuedImport(orm, process.env.IMPORT_ID);
      await orm.close(true);
    `);
    const child = spawn(process.execPath, ['--max-old-space-size=160', script], { cwd: resolve(here, '../..'), env: { ...process.env, DB_URL: bigDb.url, IMPORT_ID: file.id }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    rmSync(script, { force: true });
    expect({ code, stderr: stderr.slice(0, 500) }).toEqual({ code: 0, stderr: '' });
    const [state] = await bigSql<{ status: string; rows_read: number; rows_applied: number; deviation_count: number }>(`select status, rows_read, rows_applied, deviation_count from decisions.import_file where id = ?`, [file.id]);
    expect(state).toEqual({ status: 'APPLIED', rows_read: 100_000, rows_applied: 98_000, deviation_count: 2_000 });
    const [{ count }] = (await bigSql<{ count: number }>(`select count(*)::int as count from decisions.decision where import_id = ?`, [file.id])) as [{ count: number }];
    expect(count).toBe(98_000);
    const reasons = await bigSql<{ reason: string; n: number }>(`select reason, count(*)::int as n from decisions.import_deviation where import_id = ? group by reason`, [file.id]);
    expect(reasons).toEqual([{ reason: 'UNKNOWN_PERSON', n: 2_000 }]);
    await orm.close(true);
    await bigDb.drop();
  }, 300_000);
});
