import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { createTestDatabase } from '@statsbidrag/db';
import { migrateSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { FlatRatePaymentEntity } from '../flat-rate-payment/infra/flat-rate-payment.entity.js';
import { FlatRateImportTotalEntity } from '../import/infra/flat-rate-import-total.entity.js';
import { allocationSubgraph } from '../subgraph.js';
import { expectedLines, insertYear, MERGED, syntheticYear, YEAR } from './allocation-sheet-fixture.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
const as = (identity: keyof typeof testIdentities) => ({ identity: testIdentities[identity], secret: TEST_INTERNAL_SECRET });
const year = syntheticYear();

interface Line { compensationCode: string; kind: string; kindLabel: string; district: { code: string } | null; paid: number; recovered: number; amount: number; ageBands: { band: string; persons: number; amount: number }[] }
interface Sheet {
  id: string | null; month: string; version: number | null; status: string; statusLabel: string; locked: boolean; total: number; note: string | null; returnReason: string | null;
  lines: Line[];
  reconciliation: { ok: boolean; rows: { compensationCode: string; migPaid: number; difference: number }[]; deviations: { compensationCode: string; difference: number; message: string }[] };
  unallocatedItems: { flatRatePaymentId: string; amount: number; reason: string; saved: boolean }[];
  initialCostSplit: { compensationCode: string; district: { code: string } | null; band: string; persons: number; amount: number }[];
  changes: { compensationCode: string; kind: string; district: { code: string } | null; before: number; after: number; difference: number }[];
}
const SHEET = `id month version status statusLabel locked total note returnReason
  lines { compensationCode kind kindLabel district { code } paid recovered amount ageBands { band persons amount } }
  reconciliation { ok rows { compensationCode migPaid difference } deviations { compensationCode difference message } }
  unallocatedItems { flatRatePaymentId amount reason saved }
  initialCostSplit { compensationCode district { code } band persons amount }
  changes { compensationCode kind district { code } before after difference }`;
const PROPOSAL = `query($month: String!) { allocationSheet(month: $month) { ${SHEET} } }`;
const SAVE = `mutation($month: String!, $note: String) { saveAllocationSheet(month: $month, note: $note) { ${SHEET} } }`;
const REVIEW = `mutation($id: ID!) { reviewAllocationSheet(id: $id) { ${SHEET} } }`;
const APPROVE = `mutation($id: ID!) { approveAllocationSheet(id: $id) { ${SHEET} } }`;
const RETURN = `mutation($id: ID!, $reason: String!) { returnAllocationSheet(id: $id, reason: $reason) { ${SHEET} } }`;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const keyOf = (l: Line) => `${l.compensationCode}|${l.kind}|${l.district?.code ?? ''}`;

async function gql<T>(query: string, variables: Record<string, unknown>, who: keyof typeof testIdentities = 'coordinator') {
  const res = await callSubgraph<T>(subgraph.url, query, { ...as(who), variables });
  return res.body;
}
async function ok<T>(query: string, variables: Record<string, unknown>, who: keyof typeof testIdentities = 'coordinator'): Promise<T> {
  const body = await gql<T>(query, variables, who);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

beforeAll(async () => {
  db = await createTestDatabase('allocation_sheet');
  await migrateSubgraph(allocationSubgraph, db.url);
  subgraph = await startSubgraph(allocationSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
  await insertYear(subgraph.orm.em.fork(), year);
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('allocation sheet over a synthetic year', () => {
  it('reconciles every month to the öre, and every line equals the inputs it is made of', async () => {
    for (const month of YEAR) {
      const { allocationSheet: sheet } = await ok<{ allocationSheet: Sheet }>(PROPOSAL, { month });
      expect(sheet).toMatchObject({ id: null, version: null, status: 'PROPOSAL', statusLabel: 'Förslag', locked: false });
      expect(sheet.reconciliation.deviations).toEqual([]);
      expect(sheet.reconciliation.ok).toBe(true);
      expect(sheet.reconciliation.rows.every((r) => r.difference === 0)).toBe(true);
      const expected = expectedLines(year, month);
      expect(new Map(sheet.lines.map((l) => [keyOf(l), l.amount]))).toEqual(expected);
      const inputs =
        sum(year.flat.filter((r) => r.paymentDate.startsWith(month)).map((r) => r.amount)) +
        sum(year.claims.filter((c) => c.month === month && c.claimId).map((c) => c.amount)) -
        sum(year.offsets.filter((o) => o.month === month).map((o) => o.amount));
      expect(sheet.total).toBe(inputs);
      expect(sum(sheet.lines.map((l) => l.amount))).toBe(inputs);
      // The merger: Rinkeby-Kista/Spånga-Tensta until the date that counts reaches 2023-07-01, Järva after.
      const codes = new Set(sheet.lines.map((l) => l.district?.code));
      if (month <= '2023-07') expect(codes.has('RINKEBY_KISTA')).toBe(true);
      if (month >= '2023-08') expect([...MERGED].some((c) => codes.has(c))).toBe(false);
      // Initial costs split to the öre.
      for (const code of new Set(sheet.initialCostSplit.map((s) => s.compensationCode))) {
        const paid = sum(year.flat.filter((r) => r.paymentDate.startsWith(month) && r.compensationCode === code && !year.marks.has(r.id)).map((r) => r.amount));
        expect(sum(sheet.initialCostSplit.filter((s) => s.compensationCode === code).map((s) => s.amount))).toBe(paid);
      }
    }
  });

  it('shows AmF revenue, age bands, a recovery larger than the district’s month, and claims without cost bearer as unallocated', async () => {
    const { allocationSheet: march } = await ok<{ allocationSheet: Sheet }>(PROPOSAL, { month: '2023-03' });
    const farsta = march.lines.find((l) => l.compensationCode === 'NSCH' && l.district?.code === 'FARSTA')!;
    expect(farsta.amount).toBeLessThan(0);
    expect(farsta.recovered).toBe(1_000_000_00);
    expect(farsta.ageBands.map((b) => b.band)).toEqual(['0–19', '20–64', '65+']);
    expect(sum(farsta.ageBands.map((b) => b.amount))).toBe(farsta.paid);
    const amf = march.lines.find((l) => l.compensationCode === 'NSCH' && l.kind === 'AMF_REVENUE')!;
    expect(amf).toMatchObject({ kindLabel: 'AmF:s intäkt', district: null });
    expect(amf.amount).toBe(sum(year.flat.filter((r) => r.paymentDate.startsWith('2023-03') && r.compensationCode === 'NSCH' && r.districtCode === null).map((r) => r.amount)));
    const noBearer = march.lines.find((l) => l.compensationCode === 'EKBIS')!;
    expect(noBearer).toMatchObject({ kind: 'UNALLOCATED', kindLabel: 'Ej fördelade medel', amount: 1234_56 });
    expect(march.unallocatedItems).toEqual([expect.objectContaining({ amount: 1234_56, reason: 'Kostnadsbärande SDF saknas', saved: false })]);
    const { allocationSheet: sept } = await ok<{ allocationSheet: Sheet }>(PROPOSAL, { month: '2023-09' });
    expect(sept.lines.find((l) => l.compensationCode === 'LSS' && l.district?.code === 'JARVA')?.amount).toBe(777_00);
  });

  it('lists unallocated funds: EKBP proposals without a district plus the saved marks, and saves the list', async () => {
    type Item = { flatRatePaymentId: string; compensationCode: string; amount: number; reason: string; saved: boolean; person: { id: string } | null };
    const Q = 'query($month: String!) { unallocatedFunds(month: $month) { flatRatePaymentId compensationCode amount reason saved person { id } } }';
    const { unallocatedFunds: may } = await ok<{ unallocatedFunds: Item[] }>(Q, { month: '2023-05' });
    const mark = [...year.marks.keys()][0]!;
    expect(may.filter((i) => i.saved).map((i) => i.flatRatePaymentId)).toEqual([mark]);
    const proposals = may.filter((i) => !i.saved);
    const expected = year.flat.filter((r) => r.paymentDate.startsWith('2023-05') && r.compensationCode === 'EKBP' && r.districtCode === null && !year.marks.has(r.id));
    expect(proposals.map((p) => p.flatRatePaymentId).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(proposals.every((p) => p.reason === 'EKB utan känt SDF-ansvar' && p.person)).toBe(true);

    const SAVE_LIST = 'mutation($month: String!, $items: [UnallocatedFundsItemInput!]!) { saveUnallocatedFunds(month: $month, items: $items) { flatRatePaymentId saved } }';
    const other = year.flat.find((r) => r.paymentDate.startsWith('2023-04'))!;
    const wrongMonth = await gql(SAVE_LIST, { month: '2023-05', items: [{ flatRatePaymentId: other.id, reason: 'Fel månad' }] });
    expect(wrongMonth.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_PAYMENT', field: 'items.0.flatRatePaymentId' } });
    const noReason = await gql(SAVE_LIST, { month: '2023-05', items: [{ flatRatePaymentId: mark, reason: ' ' }] });
    expect(noReason.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'REQUIRED' } });
    // Saving the same list again changes nothing.
    const saved = await ok<{ saveUnallocatedFunds: { flatRatePaymentId: string; saved: boolean }[] }>(SAVE_LIST, { month: '2023-05', items: [{ flatRatePaymentId: mark, reason: 'EKB utan känt SDF-ansvar' }] });
    expect(saved.saveUnallocatedFunds.filter((i) => i.saved).map((i) => i.flatRatePaymentId)).toEqual([mark]);
    const { allocationSheet } = await ok<{ allocationSheet: Sheet }>(PROPOSAL, { month: '2023-05' });
    expect(allocationSheet.lines.find((l) => l.compensationCode === 'EKBP' && l.kind === 'UNALLOCATED')?.amount).toBe(year.flat.find((r) => r.id === mark)!.amount);
  });

  it('goes draft → reviewed → approved; an approved version is locked; a correction is version 2 with its changes', async () => {
    const month = '2023-03';
    const v1 = (await ok<{ saveAllocationSheet: Sheet }>(SAVE, { month, note: 'Första' })).saveAllocationSheet;
    expect(v1).toMatchObject({ version: 1, status: 'DRAFT', statusLabel: 'Utkast', locked: false, note: 'Första', changes: [] });
    // Saving again replaces the unlocked draft instead of adding a version.
    const again = (await ok<{ saveAllocationSheet: Sheet }>(SAVE, { month })).saveAllocationSheet;
    expect(again).toMatchObject({ id: v1.id, version: 1, status: 'DRAFT' });
    const reviewed = (await ok<{ reviewAllocationSheet: Sheet }>(REVIEW, { id: v1.id })).reviewAllocationSheet;
    expect(reviewed).toMatchObject({ status: 'REVIEWED', statusLabel: 'Granskad' });
    const underReview = await gql(SAVE, { month });
    expect(underReview.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'UNDER_REVIEW' } });
    const noReason = await gql(RETURN, { id: v1.id, reason: '' });
    expect(noReason.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    const returned = (await ok<{ returnAllocationSheet: Sheet }>(RETURN, { id: v1.id, reason: 'Kontrollera Farsta' })).returnAllocationSheet;
    expect(returned).toMatchObject({ status: 'DRAFT', returnReason: 'Kontrollera Farsta' });
    const early = await gql(APPROVE, { id: v1.id });
    expect(early.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'NOT_REVIEWED' } });
    await ok(REVIEW, { id: v1.id });
    const approved = (await ok<{ approveAllocationSheet: Sheet }>(APPROVE, { id: v1.id })).approveAllocationSheet;
    expect(approved).toMatchObject({ status: 'APPROVED', statusLabel: 'Godkänd (låst)', locked: true });

    for (const [query, variables] of [
      [REVIEW, { id: v1.id }],
      [APPROVE, { id: v1.id }],
      [RETURN, { id: v1.id, reason: 'Ändra' }],
      ['mutation($month: String!) { saveUnallocatedFunds(month: $month, items: []) { flatRatePaymentId } }', { month }],
    ] as const) {
      const locked = await gql(query, variables);
      expect(locked.errors?.[0]).toMatchObject({ message: expect.stringMatching(/godkänt och låst/), extensions: { code: 'CONFLICT', reason: 'LOCKED' } });
    }

    // A late row for March (and what the file says MiG paid for it) → a correction.
    const em = subgraph.orm.em.fork();
    const importId = randomUUID();
    em.create(FlatRatePaymentEntity, { id: randomUUID(), personId: year.persons[7]!, districtCode: 'BROMMA', compensationCode: 'NSCH', kind: 'GENERAL', amount: 4321_00, paymentDate: '2023-03-28', countsOn: '2023-02-28', ageBand: '20–64', source: 'IMPORT', importId, rowNumber: 1, createdAt: new Date() });
    em.create(FlatRateImportTotalEntity, { id: randomUUID(), importId, month, compensationCode: 'NSCH', amount: 4321_00, rows: 1 });
    await em.flush();
    const v2 = (await ok<{ saveAllocationSheet: Sheet }>(SAVE, { month, note: 'Rättelse' })).saveAllocationSheet;
    expect(v2).toMatchObject({ version: 2, status: 'DRAFT', note: 'Rättelse' });
    expect(v2.changes).toEqual([{ compensationCode: 'NSCH', kind: 'DISTRICT', district: { code: 'BROMMA' }, before: expect.any(Number), after: expect.any(Number), difference: 4321_00 }]);
    expect(v2.total - approved.total).toBe(4321_00);
    const { allocationSheetVersion } = await ok<{ allocationSheetVersion: Sheet }>(`query($id: ID!) { allocationSheetVersion(id: $id) { ${SHEET} } }`, { id: v1.id });
    expect(allocationSheetVersion).toMatchObject({ version: 1, status: 'APPROVED', total: approved.total });
    const { allocationSheetMonth } = await ok<{ allocationSheetMonth: { latest: Sheet; versions: Sheet[] } }>(
      `query($month: String!) { allocationSheetMonth(month: $month) { latest { id version } versions { version status } } }`,
      { month },
    );
    expect(allocationSheetMonth.latest).toMatchObject({ id: v2.id, version: 2 });
    expect(allocationSheetMonth.versions).toEqual([{ version: 2, status: 'DRAFT' }, { version: 1, status: 'APPROVED' }]);
    // Data changed after saving → approval is refused as stale.
    await ok(REVIEW, { id: v2.id });
    const em2 = subgraph.orm.em.fork();
    em2.create(FlatRatePaymentEntity, { id: randomUUID(), personId: year.persons[8]!, districtCode: 'FARSTA', compensationCode: 'NSCH', kind: 'GENERAL', amount: 100_00, paymentDate: '2023-03-28', countsOn: '2023-02-28', ageBand: '0–19', createdAt: new Date() });
    await em2.flush();
    const stale = await gql(APPROVE, { id: v2.id });
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'STALE' } });
    const { allocationSheets } = await ok<{ allocationSheets: { totalCount: number; edges: { node: { month: string; version: number } }[] } }>(
      '{ allocationSheets { totalCount edges { node { month version } } } }',
      {},
    );
    expect(allocationSheets.edges.map((e) => e.node)).toEqual([{ month: '2023-03', version: 2 }]);
  });

  it('refuses to approve a month whose import total is higher than the applied rows (an open deviation)', async () => {
    const month = '2023-11';
    const em = subgraph.orm.em.fork();
    em.create(FlatRateImportTotalEntity, { id: randomUUID(), importId: randomUUID(), month, compensationCode: 'NSCH', amount: 123_45, rows: 1 });
    await em.flush();
    const saved = (await ok<{ saveAllocationSheet: Sheet }>(SAVE, { month })).saveAllocationSheet;
    expect(saved.reconciliation).toMatchObject({ ok: false, deviations: [{ compensationCode: 'NSCH', difference: 123_45 }] });
    await ok(REVIEW, { id: saved.id });
    const refused = await gql(APPROVE, { id: saved.id });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'RECONCILIATION_DIFFERENCE' } });
    expect(refused.errors?.[0]?.message).toMatch(/NSCH 123,45\s*kr/);
  });

  it('exports the sheet to Excel with the same sums, and an Agresso file (approved only) per district cost centre', async () => {
    const { allocationSheetMonth } = await ok<{ allocationSheetMonth: { versions: Sheet[] } }>(`query { allocationSheetMonth(month: "2023-03") { versions { ${SHEET} } } }`, {});
    const [v2, v1] = allocationSheetMonth.versions as [Sheet, Sheet];
    const EXPORT = 'query($id: ID!) { exportAllocationSheet(id: $id) { fileName contentType contentBase64 } }';
    const file = (await ok<{ exportAllocationSheet: { fileName: string; contentBase64: string } }>(EXPORT, { id: v1.id })).exportAllocationSheet;
    expect(file.fileName).toBe('fordelningsark-2023-03-v1.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Fördelning', 'Avstämning', 'Ej fördelade medel', 'Initiala kostnader']);
    const ws = wb.getWorksheet('Fördelning')!;
    expect(ws.getRow(2).values).toEqual([undefined, 'Ersättningskod', 'Slag', 'Stadsdel', 'Utbetalt', 'Återkrävt', 'Belopp']);
    const dataRows = Array.from({ length: v1.lines.length }, (_, i) => ws.getRow(3 + i));
    expect(dataRows.map((r) => Math.round(Number(r.getCell(6).value) * 100))).toEqual(v1.lines.map((l) => l.amount));
    expect(dataRows.map((r) => r.getCell(2).value)).toEqual(v1.lines.map((l) => l.kindLabel));
    const sumRow = ws.getRow(3 + v1.lines.length);
    expect(sumRow.getCell(1).value).toBe('Summa');
    expect(Math.round(Number(sumRow.getCell(6).value) * 100)).toBe(v1.total);
    expect(ws.getColumn(6).numFmt).toMatch(/kr/);
    const rec = wb.getWorksheet('Avstämning')!;
    expect(Math.round(Number(rec.getRow(2 + v1.reconciliation.rows.length).getCell(7).value) * 100)).toBe(0);

    const AGRESSO = 'query($id: ID!) { agressoPaymentFile(id: $id) { fileName contentType contentBase64 } }';
    const notApproved = await gql(AGRESSO, { id: v2.id });
    expect(notApproved.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'NOT_APPROVED' } });
    const agresso = (await ok<{ agressoPaymentFile: { fileName: string; contentBase64: string } }>(AGRESSO, { id: v1.id })).agressoPaymentFile;
    const rows = Buffer.from(agresso.contentBase64, 'base64').toString('utf8').trim().split('\r\n').map((l) => l.split(';'));
    const districtLines = v1.lines.filter((l) => l.kind === 'DISTRICT');
    const districts = [...new Set(districtLines.map((l) => l.district!.code))].sort();
    expect(rows.map((r) => r[0])).toEqual(districts.map((d) => `SDF-${d}`));
    expect(rows.every((r) => r[1] === '3510' && r[2] === '202303')).toBe(true);
    const toOre = (s: string) => Math.round(Number(s.replace(',', '.')) * 100);
    expect(sum(rows.map((r) => toOre(r[3]!)))).toBe(sum(districtLines.map((l) => l.amount)));
    for (const d of districts) expect(toOre(rows.find((r) => r[0] === `SDF-${d}`)![3]!)).toBe(sum(districtLines.filter((l) => l.district!.code === d).map((l) => l.amount)));
  });

  it('shows a district officer only their own district’s approved money and persons, and no sheets', async () => {
    const forbidden = await gql(PROPOSAL, { month: '2023-03' }, 'jarvaOfficer');
    expect(forbidden.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const ROWS = 'query($d: String) { districtAllocations(fromMonth: "2023-01", toMonth: "2023-12", districtCode: $d) { month compensationCode kind kindLabel district { code } amount } }';
    type Row = { month: string; kind: string; district: { code: string } | null; amount: number; compensationCode: string };
    const central = (await ok<{ districtAllocations: Row[] }>(ROWS, {})).districtAllocations;
    expect(new Set(central.map((r) => r.month))).toEqual(new Set(['2023-03'])); // the only approved month
    const farsta = (await ok<{ districtAllocations: Row[] }>(ROWS, {}, 'farstaOfficer')).districtAllocations;
    expect(farsta.length).toBeGreaterThan(0);
    expect(farsta.every((r) => r.district?.code === 'FARSTA' && r.kind === 'DISTRICT')).toBe(true);
    expect(farsta).toEqual(central.filter((r) => r.district?.code === 'FARSTA'));
    const asksOther = (await ok<{ districtAllocations: Row[] }>(ROWS, { d: 'BROMMA' }, 'farstaOfficer')).districtAllocations;
    expect(asksOther).toEqual([]);

    const PERSONS = 'query($month: String!, $d: String, $first: Int) { districtFlatRatePersons(month: $month, districtCode: $d, first: $first) { totalCount edges { node { person { id } compensationCode amount ageBand district { code } } } } }';
    type Conn = { districtFlatRatePersons: { totalCount: number; edges: { node: { person: { id: string }; amount: number; district: { code: string } } }[] } };
    const jarva = (await ok<Conn>(PERSONS, { month: '2023-09', first: 500 }, 'jarvaOfficer')).districtFlatRatePersons;
    const expectedRows = year.flat.filter((r) => r.paymentDate.startsWith('2023-09') && (r.districtCode === 'JARVA' || MERGED.has(r.districtCode ?? '')));
    expect(jarva.totalCount).toBe(expectedRows.length);
    expect(jarva.edges.every((e) => e.node.district.code === 'JARVA')).toBe(true);
    expect(sum(jarva.edges.map((e) => e.node.amount))).toBe(sum(expectedRows.map((r) => r.amount)));
    const other = (await ok<Conn>(PERSONS, { month: '2023-09', d: 'FARSTA' }, 'jarvaOfficer')).districtFlatRatePersons;
    expect(other.totalCount).toBe(0);
  });

  it('validates months', async () => {
    const bad = await gql(PROPOSAL, { month: '2023-13' });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'month', reason: 'FORMAT' } });
  });
});
