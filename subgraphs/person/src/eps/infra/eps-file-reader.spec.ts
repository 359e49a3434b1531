import ExcelJS from 'exceljs';
import { EpsFileError, readEpsFile } from './eps-file-reader.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const BOM = '\uFEFF';
const HEADER = ['personnummer', 'individnummer', 'förnamn', 'efternamn', 'adress', 'postnummer', 'folkbokföringsdatum', 'Eps_stadsdelsnamnd', 'Eps_Stadsdelsnamndskod'];

async function refusal(fileName: string, bytes: Uint8Array): Promise<EpsFileError> {
  try {
    await readEpsFile(fileName, bytes);
  } catch (err) {
    if (err instanceof EpsFileError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('readEpsFile (CSV)', () => {
  it.each([
    ['semicolons', ';', ''],
    ['commas', ',', ''],
    ['semicolons with BOM', ';', BOM],
    ['commas with BOM', ',', BOM],
  ])('reads %s', async (_label, sep, bom) => {
    const text = `${bom}${HEADER.join(sep)}\r\n701063-2391${sep}${sep}Amina${sep}Ahmadi${sep}Exempelgatan 1${sep}163 44${sep}2024-03-01${sep}Järva${sep}JARVA\r\n`;
    const sheet = await readEpsFile('uttag.csv', utf8(text));
    expect(sheet.format).toBe('CSV');
    expect(sheet.header).toEqual(HEADER);
    expect(sheet.rows).toEqual([{ rowNumber: 2, values: ['701063-2391', '', 'Amina', 'Ahmadi', 'Exempelgatan 1', '163 44', '2024-03-01', 'Järva', 'JARVA'] }]);
  });

  it('reads quoted fields with separators, quotes and line breaks, and counts rows as a spreadsheet does', async () => {
    const text = 'a;b;c\n"x;y";"he said ""hi""";"two\nlines"\n\n1;2;3';
    const sheet = await readEpsFile('uttag.CSV', utf8(text));
    expect(sheet.rows).toEqual([
      { rowNumber: 2, values: ['x;y', 'he said "hi"', 'two\nlines'] },
      { rowNumber: 3, values: [''] },
      { rowNumber: 4, values: ['1', '2', '3'] },
    ]);
  });

  it('refuses garbage bytes, other encodings and empty files with a Swedish message', async () => {
    expect(await refusal('uttag.csv', new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0xc3, 0x28]))).toMatchObject({ reason: 'ENCODING', message: expect.stringMatching(/UTF-8/) });
    const latin1 = new Uint8Array([...utf8('f'), 0xf6, ...utf8('rnamn;efternamn\n')]); // "förnamn" in Windows-1252
    expect(await refusal('uttag.csv', latin1)).toMatchObject({ reason: 'ENCODING' });
    expect(await refusal('uttag.csv', new Uint8Array())).toMatchObject({ reason: 'EMPTY', message: 'Filen är tom.' });
    expect(await refusal('uttag.csv', utf8(`${BOM}\r\n  \n`))).toMatchObject({ reason: 'EMPTY' });
    expect(await refusal('uttag.csv', utf8('a;"b\n1;2'))).toMatchObject({ reason: 'CORRUPT', message: expect.stringMatching(/citattecken/) });
  });

  it('refuses other file types by name', async () => {
    expect(await refusal('uttag.pdf', utf8('%PDF-1.4'))).toMatchObject({ reason: 'FILE_TYPE', message: expect.stringMatching(/\.pdf stöds inte/) });
    expect(await refusal('uttag.xls', utf8('x'))).toMatchObject({ reason: 'FILE_TYPE', message: expect.stringMatching(/\.xls/) });
    expect(await refusal('uttag.xlsx', utf8('personnummer;förnamn'))).toMatchObject({ reason: 'CORRUPT' });
  });
});

describe('readEpsFile (Excel)', () => {
  it('reads the first worksheet with content, with dates, numbers, rich text and formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Tom');
    const sheet = workbook.addWorksheet('Uttag');
    sheet.addRow(HEADER);
    sheet.addRow([197010632391, null, 'Amina', { richText: [{ text: 'Ah' }, { text: 'madi' }] }, 'Exempelgatan 1', 16344, new Date(Date.UTC(2024, 2, 1)), 'Järva', { formula: '"JAR"&"VA"', result: 'JARVA' }]);
    sheet.addRow([]);
    sheet.addRow(['701063-2391', '9000017']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await readEpsFile('uttag.xlsx', bytes);
    expect(read.format).toBe('XLSX');
    expect(read.header).toEqual(HEADER);
    expect(read.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(read.rows[0]!.values).toEqual([197010632391, null, 'Amina', 'Ahmadi', 'Exempelgatan 1', 16344, new Date(Date.UTC(2024, 2, 1)), 'Järva', 'JARVA']);
    expect(read.rows[1]!.values).toEqual(['701063-2391', '9000017']);
  });

  it('refuses a damaged workbook', async () => {
    const zipHeaderOnly = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await refusal('uttag.xlsx', zipHeaderOnly)).toMatchObject({ reason: 'CORRUPT', message: expect.stringMatching(/Excel-filen kunde inte läsas/) });
  });
});
