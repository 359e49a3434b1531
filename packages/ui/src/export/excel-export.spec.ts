import ExcelJS from 'exceljs';
import { buildWorkbook, KRONOR_NUMBER_FORMAT, type ExcelSheet } from './excel-export.js';

interface Item { name: string; amountOre: number | null; from: string | null }
const items: Item[] = [
  { name: 'Amina Hassan', amountOre: 123_456, from: '2025-01-01' },
  { name: 'Omar Ali', amountOre: null, from: null },
];
const sheet: ExcelSheet<Item> = {
  name: 'Återsökningar',
  columns: [
    { header: 'Person', value: (i) => i.name },
    { header: 'Belopp (kr)', value: (i) => i.amountOre, format: 'kronorFromOre' },
    { header: 'Period från', value: (i) => i.from, format: 'date' },
  ],
  rows: items,
};

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('buildWorkbook', () => {
  it('writes a Swedish header row, amounts as kronor numbers with 2 decimals, dates as text and empty cells for missing values', async () => {
    const wb = await readBack(await buildWorkbook([sheet, { name: 'Filter', columns: [{ header: 'Filter', value: (r: string[]) => r[0] }, { header: 'Värde', value: (r: string[]) => r[1] }], rows: [['Status', 'Beslutad']] }]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Återsökningar', 'Filter']);
    const ws = wb.getWorksheet('Återsökningar')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Person', 'Belopp (kr)', 'Period från']);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getCell('A2').value).toBe('Amina Hassan');
    expect(ws.getCell('B2').value).toBe(1234.56);
    expect(ws.getCell('B2').numFmt).toBe(KRONOR_NUMBER_FORMAT);
    expect(ws.getCell('C2').value).toBe('2025-01-01');
    expect(ws.getCell('B3').value).toBeNull();
    expect(ws.rowCount).toBe(3);
    expect(wb.getWorksheet('Filter')!.getRow(2).values).toEqual([undefined, 'Status', 'Beslutad']);
  });

  it('makes sheet names valid and unique', async () => {
    const wb = await readBack(await buildWorkbook([{ ...sheet, name: 'A/B: för långt namn som inte får plats i Excel' }, { ...sheet, name: 'A/B: för långt namn som inte får plats i Excel' }]));
    const names = wb.worksheets.map((w) => w.name);
    expect(names.every((n) => n.length <= 31 && !/[[\]:*?/\\]/.test(n))).toBe(true);
    expect(new Set(names).size).toBe(2);
  });
});
