import type { EntityManager } from '@mikro-orm/postgresql';
import { createTestDatabase } from '@statsbidrag/db';
import { luhnCheckDigit } from '@statsbidrag/domain';
import { migrateSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { renderScan, type ListRow } from '@statsbidrag/ocr/testing';
import { randomUUID } from 'node:crypto';
import { personCopyConsumer } from '../copies/application/copy-consumers.js';
import { allocationSubgraph } from '../subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
const as = (identity: keyof typeof testIdentities) => ({ identity: testIdentities[identity], secret: TEST_INTERNAL_SECRET });
const sql = async <T,>(query: string, params: unknown[] = []) => (await subgraph.orm.em.fork().getConnection().execute(query, params)) as T[];

/** A fictitious samordningsnummer (day + 60) with a valid check digit, written ÅÅÅÅMMDD-NNNN. */
function coordinationNumber(birthDate: string, serial: string): string {
  const [y, m, d] = birthDate.split('-');
  const nine = `${y!.slice(2)}${m}${Number(d) + 60}${serial}`;
  return `${y}${m}${Number(d) + 60}-${serial}${luhnCheckDigit(nine)}`;
}

const CHILD = { id: randomUUID(), pnr: coordinationNumber('2012-04-07', '238'), mig: '9300017', birth: '2012-04-07' };
const STRANGER_PNR = coordinationNumber('2011-08-14', '238');
/** The decision's columns as printed on the paper, in the order the subgraph answers them. */
const HEADERS: [string, string][] = [
  ['personalIdentityNumber', 'Personnummer'], ['migIndividualNumber', 'Dossiernummer'], ['name', 'Namn'], ['compensationCode', 'Ersättningskod'],
  ['periodFrom', 'Fr o m'], ['periodTo', 'T o m'], ['days', 'Antal dygn'], ['amount', 'Belopp'], ['paymentDate', 'Utbetalningsdatum'],
];
const FIELDS = HEADERS.map(([key]) => key);
// Fictitious decision rows: a dygnsschablon and a barnschablon for a known child, and a row for somebody unknown.
const PAPER: ListRow[] = [
  { personalIdentityNumber: CHILD.pnr, migIndividualNumber: CHILD.mig, name: 'Amira Testsson', compensationCode: 'EKBP', periodFrom: '2026-01-01', periodTo: '2026-01-31', days: '31', amount: '58 900,00', paymentDate: '2026-03-20' },
  { personalIdentityNumber: CHILD.pnr, migIndividualNumber: CHILD.mig, name: 'Amira Testsson', compensationCode: 'EKBG', periodFrom: '2026-01-01', periodTo: '2026-03-31', days: '', amount: '12 000,00', paymentDate: '2026-03-20' },
  { personalIdentityNumber: STRANGER_PNR, migIndividualNumber: '9300099', name: 'Leyla Provare', compensationCode: 'EKBP', periodFrom: '2026-02-01', periodTo: '2026-02-28', days: '28', amount: '53 200,00', paymentDate: '2026-03-20' },
];

const READ = `mutation($input: ScannedFlatRateDecisionInput!) { readScannedFlatRateDecision(input: $input) { fileName pages uncertainCount fields { key label required } rows { rowNumber page cells { field text confidence uncertain } } } }`;
type Cell = { field: string; text: string; confidence: number; uncertain: boolean };
type Read = { readScannedFlatRateDecision: { fileName: string; pages: number; uncertainCount: number; fields: { key: string; label: string; required: boolean }[]; rows: { rowNumber: number; cells: Cell[] }[] } };
const IMPORT = `mutation($input: ScannedFlatRateRowsInput!) { importScannedFlatRateRows(input: $input) { alreadyReceived message import { id kind kindLabel source fileName profileKey } } }`;
type Imported = { importScannedFlatRateRows: { alreadyReceived: boolean; message: string; import: { id: string; kind: string; kindLabel: string; source: string; fileName: string; profileKey: string } } };
const STATUS = `query($id: ID!) { flatRateImport(id: $id) { status rowsRead rowsApplied deviationCount totalAmount source deviations { edges { node { rowNumber reason } } } } }`;
type Status = { flatRateImport: { status: string; rowsRead: number; rowsApplied: number; deviationCount: number; totalAmount: number; source: string; deviations: { edges: { node: { rowNumber: number; reason: string } }[] } } };

const read = (content: Buffer, who: keyof typeof testIdentities = 'coordinator') =>
  callSubgraph<Read>(subgraph.url, READ, { ...as(who), variables: { input: { fileName: 'beslut-dygnsschablon-2026-03.png', contentBase64: content.toString('base64') } } });
const importRows = (rows: string[][], who: keyof typeof testIdentities = 'coordinator') =>
  callSubgraph<Imported>(subgraph.url, IMPORT, { ...as(who), variables: { input: { fileName: 'beslut-dygnsschablon-2026-03.png', rows } } });

async function finished(id: string): Promise<Status['flatRateImport']> {
  for (let i = 0; i < 600; i++) {
    const res = await callSubgraph<Status>(subgraph.url, STATUS, { ...as('coordinator'), variables: { id } });
    const file = res.body.data?.flatRateImport;
    if (file && (file.status === 'APPLIED' || file.status === 'FAILED')) return file;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('importen blev inte klar');
}

beforeAll(async () => {
  db = await createTestDatabase('allocation_scanned');
  await migrateSubgraph(allocationSubgraph, db.url);
  subgraph = await startSubgraph(allocationSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
  await subgraph.orm.em.fork().transactional((em) =>
    personCopyConsumer.handle(em as EntityManager, {
      id: randomUUID(), topic: 'person.identity-changed',
      payload: { personId: CHILD.id, personalIdentityNumber: CHILD.pnr.replace('-', ''), migIndividualNumber: CHILD.mig, birthDate: CHILD.birth, registrations: [{ from: '2024-01-01', districtCode: 'JARVA' }], movedOutOn: null, mergedInto: null, purged: false, at: new Date().toISOString() },
    }),
  );
}, 60_000);
afterAll(async () => {
  await subgraph?.close(); // also ends the OCR worker
  await db?.drop();
});

describe('a scanned paper decision on the e-service schablons', () => {
  let reviewed: string[][] = [];

  it('is read with a confidence per cell, every certain cell as on the paper, the others flagged, and nothing is imported yet', async () => {
    const res = await read(renderScan(PAPER, { headers: HEADERS, rotation: 0.3, noise: 0.004 }).png);
    expect(res.body.errors).toBeUndefined();
    const decision = res.body.data!.readScannedFlatRateDecision;
    expect(decision).toMatchObject({ fileName: 'beslut-dygnsschablon-2026-03.png', pages: 1 });
    expect(decision.fields.map((f) => f.label)).toEqual(['Personnummer', 'Dossiernummer', 'Namn', 'Ersättningskod', 'Fr o m', 'T o m', 'Antal dygn', 'Belopp', 'Utbetalningsdatum']);
    expect(decision.fields.filter((f) => f.required).map((f) => f.key)).toEqual(['compensationCode', 'amount', 'paymentDate']);
    expect(decision.rows).toHaveLength(PAPER.length);
    let uncertain = 0;
    let certain = 0;
    for (const [i, row] of decision.rows.entries()) {
      expect(row.rowNumber).toBe(i + 1);
      expect(row.cells.map((c) => c.field)).toEqual(FIELDS);
      for (const cell of row.cells) {
        expect(cell.confidence).toBeGreaterThanOrEqual(0);
        expect(cell.confidence).toBeLessThanOrEqual(100);
        if (cell.uncertain) uncertain++;
        else {
          certain++;
          expect([cell.field, cell.text]).toEqual([cell.field, PAPER[i]![cell.field]]);
        }
      }
    }
    expect(decision.uncertainCount).toBe(uncertain);
    expect(certain).toBeGreaterThan(FIELDS.length); // the reader read most of the paper, not nothing
    // The user corrects what was flagged: here with what the paper says.
    reviewed = decision.rows.map((row, i) => row.cells.map((c) => (c.uncertain ? PAPER[i]![c.field]! : c.text)));
    const [files] = await sql<{ count: number }>(`select count(*)::int as count from allocation.import_file`);
    expect(files?.count).toBe(0);
  }, 120_000);

  it('imports the reviewed rows as e-service schablons from OCR: the known child\'s rows booked with source OCR, the unknown person a deviation', async () => {
    const res = await importRows(reviewed.length ? reviewed : PAPER.map((r) => FIELDS.map((f) => r[f]!)));
    expect(res.body.errors).toBeUndefined();
    const started = res.body.data!.importScannedFlatRateRows;
    expect(started).toMatchObject({ alreadyReceived: false, import: { kind: 'ESERVICE_SCHABLON', kindLabel: 'Skannat beslut', source: 'OCR', fileName: 'beslut-dygnsschablon-2026-03 (granskad).xlsx', profileKey: 'ESERVICE_SCHABLON' } });
    const file = await finished(started.import.id);
    expect(file).toMatchObject({ status: 'APPLIED', rowsRead: 3, rowsApplied: 2, deviationCount: 1, source: 'OCR', totalAmount: 5_890_000 + 1_200_000 + 5_320_000 });
    expect(file.deviations.edges.map((e) => e.node)).toEqual([{ rowNumber: 4, reason: 'UNKNOWN_PERSON' }]);
    const payments = await sql<{ person_id: string; amount: string; kind: string; source: string; days: number | null; district_code: string }>(
      `select person_id, amount, kind, source, days, district_code from allocation.flat_rate_payment where import_id = ? order by row_number`, [started.import.id],
    );
    expect(payments).toEqual([
      { person_id: CHILD.id, amount: '5890000', kind: 'DAILY', source: 'OCR', days: 31, district_code: 'JARVA' },
      { person_id: CHILD.id, amount: '1200000', kind: 'CHILD', source: 'OCR', days: null, district_code: 'JARVA' },
    ]);
    // Sent again (a second click, or the same review once more): recognised, nothing booked twice.
    const again = await importRows(reviewed.length ? reviewed : PAPER.map((r) => FIELDS.map((f) => r[f]!)));
    expect(again.body.data?.importScannedFlatRateRows).toMatchObject({ alreadyReceived: true, import: { id: started.import.id } });
    expect(again.body.data?.importScannedFlatRateRows.message).toMatch(/^Filen är redan importerad .*: 2 rader bokade, 1 avvikelser\. Ingenting har ändrats\.$/);
    const [total] = await sql<{ n: number }>(`select count(*)::int as n from allocation.flat_rate_payment`);
    expect(total?.n).toBe(2);
    const list = await callSubgraph<{ flatRateImports: { edges: { node: { id: string; source: string } }[] } }>(subgraph.url, `{ flatRateImports { edges { node { id source } } } }`, as('coordinator'));
    expect(list.body.data?.flatRateImports.edges.map((e) => e.node)).toContainEqual({ id: started.import.id, source: 'OCR' });
  }, 60_000);

  it('refuses reviewed rows of the wrong shape, or none, with a Swedish message', async () => {
    const short = await importRows([['EKBP', '1000']]);
    expect(short.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'rows', reason: 'SHAPE' } });
    expect(short.body.errors?.[0]?.message).toMatch(/^Rad 1 har 2 celler; varje rad ska ha 9/);
    const none = await importRows([]);
    expect(none.body.errors?.[0]).toMatchObject({ message: 'Det finns inga rader att importera.', extensions: { code: 'BAD_USER_INPUT', reason: 'EMPTY' } });
  });

  it('answers a file that is no scan, an empty file and a page without the decision\'s table with a Swedish message', async () => {
    const text = await read(Buffer.from('Personnummer;Belopp\n'));
    expect(text.body.errors?.[0]).toMatchObject({ message: 'Filen är ingen PDF-, PNG- eller TIFF-bild.', extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64', reason: 'UNSUPPORTED' } });
    const empty = await read(Buffer.alloc(0));
    expect(empty.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'EMPTY' } });
    const blank = await read(renderScan([], { headers: HEADERS, noise: 0 }).png);
    expect(blank.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
    expect(blank.body.errors?.[0]?.message).toMatch(/^(Ingen tabell med beslutets kolumnrubriker|Bilden är tom)/);
    expect(blank.body.errors?.[0]?.message).not.toMatch(/Error|at |\/work\//);
  }, 60_000);

  it('is only for coordinators and administrators', async () => {
    expect((await read(Buffer.from('x'), 'jarvaOfficer')).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await importRows([FIELDS.map(() => 'x')], 'jarvaOfficer')).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await read(Buffer.from('x'), 'analyst')).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
