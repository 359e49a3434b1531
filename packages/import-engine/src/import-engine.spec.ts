import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportFileError, mapRows, MappingError, MIG_DECISIONS_PROFILE, normaliseHeader, validateProfile, type MappedRow, type MappingProfile } from './index.js';

const MIG_HEADER = ['Diarienummer', 'Individnummer', 'Födelsedata', 'Namn', 'Fr o m', 'T o m', 'Period', 'Belopp', 'Referens', 'Ersättning'];

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Export');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function all(rows: AsyncGenerator<MappedRow>): Promise<MappedRow[]> {
  const out: MappedRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe('mapping profiles', () => {
  it('compares header names without case, spaces or punctuation', () => {
    expect(normaliseHeader('Fr o m')).toBe(normaliseHeader('FR.O.M.'));
    expect(normaliseHeader(' Födelsedata ')).toBe('födelsedata');
  });
});

describe('reading MiG’s Excel export with the built-in profile', () => {
  it('picks every field by its header, wherever the column is, with dates and numbers as text', async () => {
    const header = [...MIG_HEADER].reverse();
    const row = ['GSKA', 'Ref 1', 12345.5, '2026-01', new Date(Date.UTC(2026, 0, 31)), new Date(Date.UTC(2026, 0, 1)), 'Test Testsson', '19850412', '98765432', '1234-26'];
    const rows = await all(mapRows({ buffer: await workbook([header, row, [], ['5555-26', '9999', '', '', '2026-02-01', '2026-02-28', '', '100', '', 'ÅGSKA'].reverse()]) }, MIG_DECISIONS_PROFILE));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      rowNumber: 2,
      values: {
        caseNumber: '1234-26', individualNumber: '98765432', birthData: '19850412', name: 'Test Testsson', periodFrom: '2026-01-01', periodTo: '2026-01-31',
        period: '2026-01', amount: '12345.5', reference: 'Ref 1', compensation: 'GSKA',
      },
      original: ['GSKA', 'Ref 1', '12345.5', '2026-01', '2026-01-31', '2026-01-01', 'Test Testsson', '19850412', '98765432', '1234-26'],
    });
    // The empty row 3 is not data; row 4 keeps its number in the file.
    expect(rows[1]!.rowNumber).toBe(4);
    expect(rows[1]!.values.compensation).toBe('ÅGSKA');
  });

  it('names every missing required column', async () => {
    const file = await workbook([['Diarienummer', 'Namn', 'Belopp'], ['1', 'x', '2']]);
    await expect(all(mapRows({ buffer: file }, MIG_DECISIONS_PROFILE))).rejects.toEqual(
      new MappingError([
        'Kolumnen Individnummer saknas i filen.',
        'Kolumnen Fr o m saknas i filen.',
        'Kolumnen T o m saknas i filen.',
        'Kolumnen Ersättning saknas i filen.',
      ]),
    );
  });

  it('streams a large sheet row by row (10 000 rows)', async () => {
    const rows: unknown[][] = [MIG_HEADER];
    for (let i = 0; i < 10_000; i++) rows.push([`${i}-26`, String(90_000_000 + i), '', '', '2026-01-01', '2026-01-31', '', i, '', 'GSKA']);
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const path = join(dir, 'stor.xlsx');
    writeFileSync(path, await workbook(rows));
    let count = 0;
    let last: MappedRow | null = null;
    for await (const row of mapRows({ path }, MIG_DECISIONS_PROFILE)) {
      count++;
      last = row;
    }
    expect(count).toBe(10_000);
    expect(last!.values).toMatchObject({ caseNumber: '9999-26', amount: '9999' });
  }, 60_000);

  it('refuses an empty file, a password-protected or old .xls workbook and a corrupt one, in Swedish', async () => {
    await expect(all(mapRows({ buffer: Buffer.alloc(0) }, MIG_DECISIONS_PROFILE))).rejects.toMatchObject({ message: 'Filen är tom.', reason: 'EMPTY' });
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    await expect(all(mapRows({ buffer: ole }, MIG_DECISIONS_PROFILE))).rejects.toMatchObject({ reason: 'PROTECTED_OR_OLD_FORMAT' });
    const broken = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from('inte en riktig zip-fil'.repeat(20))]);
    const error = await all(mapRows({ buffer: broken }, MIG_DECISIONS_PROFILE)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({ reason: 'CORRUPT', message: 'Excel-filen kan inte läsas: den verkar vara skadad. Spara om den i Excel och försök igen.' });
    await expect(all(mapRows({ buffer: await workbook([]) }, MIG_DECISIONS_PROFILE))).rejects.toMatchObject({ reason: 'EMPTY' });
  });
});

describe('CSV and fixed-width files', () => {
  const csvProfile: MappingProfile = { ...MIG_DECISIONS_PROFILE, key: 'CSV', format: 'csv' };

  it('reads CSV with a BOM, detects the delimiter and keeps quoted delimiters and line breaks', async () => {
    const text = `\uFEFF${MIG_HEADER.join(';')}\n"1234-26";98765432;;"Testsson; Test";2026-01-01;2026-01-31;;"12 345,50";"rad ett\nrad två";GSKA\n`;
    const rows = await all(mapRows({ buffer: Buffer.from(text, 'utf8') }, csvProfile));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.values).toMatchObject({ caseNumber: '1234-26', name: 'Testsson; Test', amount: '12 345,50', reference: 'rad ett\nrad två', compensation: 'GSKA' });
  });

  it('uses the delimiter the profile names instead of guessing it from the first line', async () => {
    // The header has more commas than semicolons: detection would pick the comma.
    const text = 'Namn, förnamn, tilltal;Belopp\nTestsson, Test, Testa;12,50\n';
    const profile: MappingProfile = { key: 'SEMI', name: 'Semikolon', format: 'csv', hasHeader: true, delimiter: ';', columns: { name: { headers: ['Namn, förnamn, tilltal'] }, amount: { headers: ['Belopp'] } } };
    const rows = await all(mapRows({ buffer: Buffer.from(text, 'utf8') }, profile));
    expect(rows.map((r) => r.values)).toEqual([{ name: 'Testsson, Test, Testa', amount: '12,50' }]);
    const guessed = await all(mapRows({ buffer: Buffer.from(text, 'utf8') }, { ...profile, delimiter: undefined, columns: { name: { position: 1 } } }));
    expect(guessed[0]!.values).toEqual({ name: 'Testsson' });
  });

  it('keeps a valid delimiter in a saved profile and refuses another one', () => {
    const input = { key: 'EGEN_CSV', name: 'Egen', format: 'csv', hasHeader: true, columns: { amount: { headers: ['Belopp'] } } };
    const fields = { amount: { label: 'Belopp', required: true } };
    expect(validateProfile({ ...input, delimiter: ';' }, fields)).toMatchObject({ ok: true, profile: { delimiter: ';' } });
    expect(validateProfile({ ...input, delimiter: '|' }, fields)).toEqual({ ok: false, problems: [{ field: 'delimiter', message: 'Avgränsaren ska vara semikolon, komma eller tabb.' }] });
    expect(validateProfile({ ...input, format: 'xlsx', delimiter: ';' }, fields)).toMatchObject({ ok: true, profile: { format: 'xlsx' } });
  });

  it('reads fixed-width fields by start and length', async () => {
    const profile: MappingProfile = {
      key: 'FAST', name: 'Fast bredd', format: 'fixed', hasHeader: false,
      columns: { caseNumber: { start: 1, length: 8 }, amount: { start: 9, length: 6 }, compensation: { start: 15, length: 4 } },
    };
    const rows = await all(mapRows({ buffer: Buffer.from('1234-26 001250GSKA\n\n5555-26 000100FSKA\n') }, profile));
    expect(rows.map((r) => [r.rowNumber, r.values])).toEqual([
      [1, { caseNumber: '1234-26', amount: '001250', compensation: 'GSKA' }],
      [3, { caseNumber: '5555-26', amount: '000100', compensation: 'FSKA' }],
    ]);
  });
});
