import type { EntityManager } from '@mikro-orm/postgresql';
import { createOrm, createTestDatabase, Migration, type MikroORM } from '@statsbidrag/db';
import ExcelJS from 'exceljs';
import { IMPORT_ENTITIES } from './entities.js';
import { MIG_DECISIONS_PROFILE } from './mapping.js';
import { APPLY_FAILED, receiveImportFile, runImport, type ImportHandler } from './run-import.js';

const SCHEMA = 'engine';
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: MikroORM;

class Tables extends Migration {
  override up(): void {
    this.addSql(`create table "${SCHEMA}"."payment" ("case_number" text primary key, "amount_ore" bigint not null, "import_id" uuid not null);`);
  }
}

beforeAll(async () => {
  db = await createTestDatabase('import_engine');
  orm = await createOrm({ schema: SCHEMA, databaseUrl: db.url, entities: [...IMPORT_ENTITIES], migrations: [{ name: 'tables', class: Tables }] });
  await orm.em.getConnection().execute(`create schema if not exists "${SCHEMA}"`);
  await orm.schema.create(); // the engine's tables, from its entities (a subgraph's migration makes them the same way)
  await orm.migrator.up();
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

interface Payment { caseNumber: string; amountOre: number }

/** A handler like the decisions import will be: amounts in kronor, a case number required. */
const payments: ImportHandler<Payment> = {
  kind: 'TEST_PAYMENT',
  check(row) {
    if (!row.values.caseNumber) return { ok: false, field: 'caseNumber', reason: 'REQUIRED', message: 'Diarienummer saknas.' };
    const amount = Number(row.values.amount!.replace(',', '.'));
    if (!Number.isFinite(amount) || amount < 0) return { ok: false, field: 'amount', reason: 'FORMAT', message: `Beloppet "${row.values.amount}" är inget belopp i kronor.` };
    return { ok: true, value: { caseNumber: row.values.caseNumber, amountOre: Math.round(amount * 100) } };
  },
  async apply(em, rows, importId) {
    for (const { value } of rows) {
      await em.execute(`insert into "${SCHEMA}"."payment" (case_number, amount_ore, import_id) values (?, ?, ?)`, [value.caseNumber, value.amountOre, importId]);
    }
  },
};

const HEADER = ['Diarienummer', 'Individnummer', 'Födelsedata', 'Namn', 'Fr o m', 'T o m', 'Period', 'Belopp', 'Referens', 'Ersättning'];
async function file(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Export');
  sheet.addRow(HEADER);
  for (const [caseNumber, amount] of rows) sheet.addRow([caseNumber, '98000001', '', '', '2026-01-01', '2026-01-31', '', amount, '', 'GSKA']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const sql = async <T,>(query: string) => (await orm.em.fork().getConnection().execute(query)) as T[];
const receive = (em: EntityManager, content: Buffer, fileName = 'utbetalningar.xlsx') =>
  receiveImportFile(em, { kind: payments.kind, fileName, content, profileKey: MIG_DECISIONS_PROFILE.key, receivedBy: 'samordnare' });

describe('runImport', () => {
  /** The bytes of the first file (a workbook written again differs in its timestamps). */
  let firstFile: Buffer;

  it('applies the accepted rows, lists every rejected one with its original values, and reports progress', async () => {
    const content = (firstFile = await file([['A-1', 100], ['', 5], ['A-2', 'tio'], ['A-3', '12,5']]));
    const { file: received, alreadyReceived } = await receive(orm.em.fork(), content);
    expect(alreadyReceived).toBe(false);
    const progress: number[] = [];
    const summary = await runImport(orm.em.fork(), received.id, payments, MIG_DECISIONS_PROFILE, { progressEvery: 1, onProgress: (p) => progress.push(p.rowsRead) });
    expect(summary).toMatchObject({ status: 'APPLIED', rowsRead: 4, accepted: 2, deviations: 2, alreadyApplied: false });
    expect(progress).toEqual([1, 2, 3, 4, 4]);
    expect(await sql<{ case_number: string; amount_ore: string }>(`select case_number, amount_ore from "${SCHEMA}"."payment" order by case_number`)).toEqual([
      { case_number: 'A-1', amount_ore: '10000' },
      { case_number: 'A-3', amount_ore: '1250' },
    ]);
    const deviations = await sql<{ row_number: number; field: string; message: string; original: string[] }>(`select row_number, field, message, original from "${SCHEMA}"."import_deviation" order by row_number`);
    expect(deviations).toEqual([
      { row_number: 3, field: 'caseNumber', message: 'Diarienummer saknas.', original: ['', '98000001', '', '', '2026-01-01', '2026-01-31', '', '5', '', 'GSKA'] },
      { row_number: 4, field: 'amount', message: 'Beloppet "tio" är inget belopp i kronor.', original: ['A-2', '98000001', '', '', '2026-01-01', '2026-01-31', '', 'tio', '', 'GSKA'] },
    ]);
    const [state] = await sql<{ status: string; rows_read: number; rows_applied: number; deviation_count: number }>(`select status, rows_read, rows_applied, deviation_count from "${SCHEMA}"."import_file" where id = '${received.id}'`);
    expect(state).toEqual({ status: 'APPLIED', rows_read: 4, rows_applied: 2, deviation_count: 2 });
  });

  it('treats the same file again as the same import and changes nothing', async () => {
    const again = await receive(orm.em.fork(), firstFile, 'samma-fil-nytt-namn.xlsx');
    expect(again.alreadyReceived).toBe(true);
    const summary = await runImport(orm.em.fork(), again.file.id, payments, MIG_DECISIONS_PROFILE);
    expect(summary).toMatchObject({ status: 'APPLIED', alreadyApplied: true, accepted: 2, deviations: 2 });
    expect(await sql(`select 1 from "${SCHEMA}"."payment"`)).toHaveLength(2);
    expect(await sql(`select 1 from "${SCHEMA}"."import_deviation"`)).toHaveLength(2);
  });

  it('applies nothing when applying fails half-way, and can be run again once the cause is gone', async () => {
    // B-2 already exists: the insert of the second row fails after the first one went in.
    await orm.em.fork().getConnection().execute(`insert into "${SCHEMA}"."payment" values ('B-2', 1, gen_random_uuid())`);
    const { file: received } = await receive(orm.em.fork(), await file([['B-1', 1], ['B-2', 2], ['B-3', 3]]));
    const failed = await runImport(orm.em.fork(), received.id, payments, MIG_DECISIONS_PROFILE);
    expect(failed).toMatchObject({ status: 'FAILED', failure: APPLY_FAILED });
    expect(await sql(`select 1 from "${SCHEMA}"."payment" where case_number in ('B-1', 'B-3')`)).toHaveLength(0);
    expect(await sql(`select 1 from "${SCHEMA}"."import_deviation" where import_id = '${received.id}'`)).toHaveLength(0);

    await orm.em.fork().getConnection().execute(`delete from "${SCHEMA}"."payment" where case_number = 'B-2'`);
    const retried = await runImport(orm.em.fork(), received.id, payments, MIG_DECISIONS_PROFILE);
    expect(retried).toMatchObject({ status: 'APPLIED', accepted: 3 });
    expect(await sql(`select 1 from "${SCHEMA}"."payment" where case_number like 'B-%'`)).toHaveLength(3);
  });

  it('marks a file with the wrong columns as failed, naming them, and applies nothing', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Fel').addRow(['Namn', 'Belopp']).commit?.();
    const { file: received } = await receive(orm.em.fork(), Buffer.from(await wb.xlsx.writeBuffer()));
    const summary = await runImport(orm.em.fork(), received.id, payments, MIG_DECISIONS_PROFILE);
    expect(summary.status).toBe('FAILED');
    expect(summary.failure).toContain('Kolumnen Diarienummer saknas i filen.');
    const [state] = await sql<{ status: string; failure: string }>(`select status, failure from "${SCHEMA}"."import_file" where id = '${received.id}'`);
    expect(state!.status).toBe('FAILED');
  });
});
