import { createTestDatabase } from '@statsbidrag/db';
import { migrateSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { fictitiousRows, renderScan } from '@statsbidrag/ocr/testing';
import { decisionsSubgraph } from '../subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
const as = (identity: keyof typeof testIdentities) => ({ identity: testIdentities[identity], secret: TEST_INTERNAL_SECRET });

const READ = `mutation($input: ScannedListInput!) { readScannedList(input: $input) { fileName pages uncertainCount fields { key label } rows { rowNumber page cells { field text confidence uncertain } } } }`;
type Read = { readScannedList: { fileName: string; pages: number; uncertainCount: number; fields: { key: string; label: string }[]; rows: { rowNumber: number; cells: { field: string; text: string; confidence: number; uncertain: boolean }[] }[] } };
const IMPORT = `mutation($input: ReviewedRowsInput!) { importReviewedRows(input: $input) { alreadyReceived file { id fileName } } }`;
const read = (content: Buffer, who: keyof typeof testIdentities = 'coordinator') =>
  callSubgraph<Read>(subgraph.url, READ, { ...as(who), variables: { input: { fileName: 'roselista-2026-03.png', contentBase64: content.toString('base64') } } });

beforeAll(async () => {
  db = await createTestDatabase('decisions_scanned');
  await migrateSubgraph(decisionsSubgraph, db.url);
  subgraph = await startSubgraph(decisionsSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
}, 60_000);
afterAll(async () => {
  await subgraph?.close(); // also ends the OCR worker
  await db?.drop();
});

describe('a scanned MiG list (Roselista)', () => {
  const rows = fictitiousRows(4, 11);
  it('is read with a confidence per cell, every cell right or flagged for review, and nothing is imported yet', async () => {
    const res = await read(renderScan(rows, { rotation: 0.3, noise: 0.004 }).png);
    expect(res.body.errors).toBeUndefined();
    const list = res.body.data!.readScannedList;
    expect(list).toMatchObject({ fileName: 'roselista-2026-03.png', pages: 1 });
    expect(list.fields.map((f) => f.label)).toEqual(['Diarienummer', 'Individnummer', 'Födelsedata', 'Förnamn', 'Efternamn', 'Fr o m', 'T o m', 'Belopp', 'Referens', 'Ersättning', 'Beslut']);
    expect(list.rows).toHaveLength(4);
    let uncertain = 0;
    for (const [i, row] of list.rows.entries()) {
      expect(row.rowNumber).toBe(i + 1);
      for (const cell of row.cells) {
        if (cell.uncertain) uncertain++;
        else expect([cell.field, cell.text]).toEqual([cell.field, rows[i]![cell.field]]);
        expect(cell.confidence).toBeGreaterThanOrEqual(0);
        expect(cell.confidence).toBeLessThanOrEqual(100);
      }
    }
    expect(list.uncertainCount).toBe(uncertain);
    const [{ count }] = (await subgraph.orm.em.fork().getConnection().execute(`select count(*)::int as count from decisions.import_file`)) as [{ count: number }];
    expect(count).toBe(0);
  }, 120_000);

  it('imports the reviewed rows as MiG decisions from OCR, each row applied or a deviation', async () => {
    const fields = ['caseNumber', 'individualNumber', 'birthData', 'firstName', 'lastName', 'periodFrom', 'periodTo', 'amount', 'reference', 'compensation', 'outcome'];
    const res = await callSubgraph<{ importReviewedRows: { alreadyReceived: boolean; file: { id: string; fileName: string } } }>(subgraph.url, IMPORT, {
      ...as('coordinator'), variables: { input: { kind: 'MIG_BESLUT', fileName: 'roselista-2026-03.png', fields, rows: rows.map((r) => fields.map((f) => r[f]!)) } },
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.importReviewedRows).toMatchObject({ alreadyReceived: false, file: { fileName: 'roselista-2026-03 (granskad).xlsx' } });
    const id = res.body.data!.importReviewedRows.file.id;
    let file: { status: string; rows_read: number; rows_applied: number; deviations: number; source: string } | undefined;
    for (let i = 0; i < 300 && file?.status !== 'APPLIED'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      [file] = (await subgraph.orm.em.fork().getConnection().execute(
        `select status, rows_read, rows_applied, (select count(*)::int from decisions.import_deviation d where d.import_id = f.id) as deviations, parameters->>'source' as source from decisions.import_file f where id = ?`, [id],
      )) as (typeof file)[];
    }
    expect(file).toMatchObject({ status: 'APPLIED', rows_read: 4, source: 'OCR' });
    // No claim or person is known here: every row is a deviation to handle, none is dropped.
    expect(file!.rows_applied + file!.deviations).toBe(4);
  });

  it('answers a file that is no scan, an empty file and a blank page with a Swedish message', async () => {
    const text = await read(Buffer.from('Diarienummer;Belopp\n'));
    expect(text.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64', reason: 'UNSUPPORTED' } });
    expect(text.body.errors?.[0]?.message).toBe('Filen är ingen PDF-, PNG- eller TIFF-bild.');
    const empty = await read(Buffer.alloc(0));
    expect(empty.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'EMPTY' } });
    const blank = await read(renderScan([], { noise: 0 }).png);
    expect(blank.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
    expect(blank.body.errors?.[0]?.message).not.toMatch(/Error|at |\/work\//);
  }, 60_000);

  it('is only for coordinators and administrators', async () => {
    const res = await read(Buffer.from('x'), 'jarvaOfficer');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
